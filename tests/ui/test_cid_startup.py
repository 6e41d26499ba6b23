"""Start-up and quit through ui.application's Shell (issue 7 items 11 and 12).

A real NCID server on loopback sends a call the moment Tamas connects: it must be popped and recorded.
Calls left ringing by a crash are settled at start; quitting settles this seat's own ringing calls.
"""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from PySide6.QtWidgets import QApplication

from app.db import Database
from app.dto import CallFilter, CustomerDraft, PhoneDraft
from app.models import Call
from app.services import calls, customers, incoming, lookups, missed
from hardware.events import CallerIdEvent
from ui.application import Shell
from ui.callerid.source_config import SourceConfig, dump_sources


class CallAtOnce(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        self.wfile.write(b"200 Server: ncidd (NCID) 1.11\n300 End of connection startup\n")
        self.wfile.write(b"CID: *DATE*06012026*TIME*1000*LINE*1*NMBR*09123456789*MESG*NONE*NAME*TEHRANI*\n")
        self.server.done.wait(20)  # type: ignore[attr-defined]


@pytest.fixture
def ncid_server() -> Iterator[socketserver.ThreadingTCPServer]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), CallAtOnce)
    server.daemon_threads = True
    server.done = threading.Event()  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.done.set()  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


@pytest.fixture
def office(db: Database) -> Database:
    lookups.ensure_defaults(db)
    customers.create_customer(db, CustomerDraft(name="Behnaz Tehrani", phones=[PhoneDraft("0912 345 6789")]), "t")
    return db


def test_the_first_call_after_start_is_popped_and_recorded(qtbot, office: Database, settings, ncid_server) -> None:  # noqa: ANN001
    port = ncid_server.server_address[1]
    settings.set_value("callerid_sources", dump_sources([SourceConfig(kind="ncid", tcp_port=port)]))
    shell = Shell(QApplication.instance(), office, settings)  # type: ignore[arg-type]
    assert not any(running.source.running for running in shell.bridge.sources)  # nothing started before the window
    window = shell.show()
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: len(window.pops.windows) == 1, timeout=10000)
        assert window.pops.windows[0].pop.name == "Behnaz Tehrani"
        rows = calls.list_calls(office, CallFilter(direction="in")).rows
        assert [(r.customer_name, r.status) for r in rows] == [("Behnaz Tehrani", "ringing")]
    finally:
        shell.bridge.stop_all()
        shell.sweeper.stop()
        window.pops.close_all()


def test_start_settles_calls_a_crash_left_ringing_and_quit_settles_its_own(qtbot, office: Database, settings) -> None:  # noqa: ANN001
    crashed = incoming.ring(office, "09350001111", when=datetime.now() - timedelta(hours=3))
    shell = Shell(QApplication.instance(), office, settings)  # type: ignore[arg-type]
    window = shell.show()  # replaced (and deleted) by the rebuild below
    qtbot.waitUntil(lambda: _status(office, crashed.call_id) == "missed", timeout=10000)
    assert crashed.number in [m.number for m in missed.missed_calls(office).rows]
    # A ring on this seat; the language changes (the window is rebuilt); another ring; another seat's ring.
    with qtbot.waitSignal(window.pops.popped, timeout=5000) as first:
        window.bridge.inject(CallerIdEvent("09123456789", None, None, "1", datetime.now(), "simulator", "NMBR"))
    rebuilt = shell.show()
    qtbot.addWidget(rebuilt)
    with qtbot.waitSignal(rebuilt.pops.popped, timeout=5000) as second:
        shell.bridge.inject(CallerIdEvent("09350003333", None, None, "2", datetime.now(), "simulator", "NMBR"))
    other_seat = incoming.ring(office, "09350002222")
    with office.sessions() as session:  # the old window no longer listens: one row per ring
        assert session.scalar(select(func.count(Call.id))) == 4
    rebuilt.close()
    shell.sweeper.stop()
    shell.quit_settling()
    assert _status(office, first.args[0].pop.call_id) == "missed"
    assert _status(office, second.args[0].pop.call_id) == "missed"
    assert _status(office, other_seat.call_id) == "ringing"  # not this seat's: its own seat (or a sweep) settles it


def _status(db: Database, call_id: int) -> str:
    with db.sessions() as session:
        call = session.get(Call, call_id)
        assert call is not None
        return call.status
