"""Closing the window keeps Tamas listening in the tray: the bridge lives on and a ring still pops;
the tray shows today's missed callers with "Call back"; File → Quit really ends."""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from app.db import Database
from app.services import incoming, lookups
from ui.application import Shell
from ui.callerid.source_config import SourceConfig, dump_sources
from ui.calls.call_dialog import CallDialog
from ui.settings import Settings


class CallLater(socketserver.StreamRequestHandler):
    """An NCID server on loopback that sends one call when the test says so."""

    def handle(self) -> None:
        self.wfile.write(b"200 Server: ncidd (NCID) 1.11\n300 End of connection startup\n")
        self.server.connected.set()  # type: ignore[attr-defined]
        self.server.go.wait(20)  # type: ignore[attr-defined]
        self.wfile.write(b"CID: *DATE*06012026*TIME*1000*LINE*2*NMBR*09351112222*MESG*NONE*NAME*CALLER*\n")
        self.server.done.wait(20)  # type: ignore[attr-defined]


@pytest.fixture
def ncid() -> Iterator[socketserver.ThreadingTCPServer]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), CallLater)
    server.daemon_threads = True
    server.connected, server.go, server.done = threading.Event(), threading.Event(), threading.Event()  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.go.set()  # type: ignore[attr-defined]
    server.done.set()  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


@pytest.fixture
def shell(qtbot, qapp, db: Database, settings: Settings, ncid) -> Iterator[Shell]:  # noqa: ANN001
    lookups.ensure_defaults(db)
    settings.set_value("callerid_sources", dump_sources([SourceConfig(kind="ncid", tcp_port=ncid.server_address[1])]))
    shell = Shell(qapp, db, settings)
    shell.tray.usable = True  # the offscreen platform has no tray; a desktop has one
    yield shell
    shell.bridge.stop_all()
    if shell.window is not None:
        shell.window.quitting = True
        shell.window.quit_on_close = False
        shell.window.close()
    shell.tray.hide()
    qapp.setQuitOnLastWindowClosed(True)


def test_closing_hides_to_the_tray_and_calls_still_pop(qtbot, shell: Shell, ncid, settings: Settings) -> None:  # noqa: ANN001
    window = shell.show()
    qtbot.waitExposed(window)
    assert ncid.connected.wait(10)
    with qtbot.waitSignal(window.hidden_to_tray, timeout=5000):
        window.close()
    assert not window.isVisible() and shell.window is window and settings.value("tray_notice_shown")
    assert shell.bridge.sources and shell.bridge.sources[0].source.state == "connected"
    with qtbot.waitSignal(window.pops.popped, timeout=10000) as shown:
        ncid.go.set()
    assert shown.args[0].isVisible() and shown.args[0].pop.number == "+989351112222"
    shell.bring_to_front()
    assert window.isVisible()


def test_without_a_caller_id_source_closing_really_closes(qtbot, shell: Shell, settings: Settings) -> None:  # noqa: ANN001
    settings.set_value("callerid_sources", "[]")
    window = shell.show()
    window.quit_on_close = False  # the test's application must keep running
    window.close()
    assert not window.isVisible() and not window.quitting and shell.keep_running() is False


def test_file_quit_ends_even_with_a_source(qtbot, shell: Shell) -> None:  # noqa: ANN001
    window = shell.show()
    window.quit_on_close = False
    window.quitting = True  # what File → Quit sets before closing
    with qtbot.assertNotEmitted(window.hidden_to_tray):
        window.close()
    assert not window.isVisible()


def test_the_tray_counts_todays_missed_callers_and_offers_call_back(qtbot, shell: Shell, db: Database) -> None:  # noqa: ANN001
    now = datetime.now()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    incoming.ring_ended(db, incoming.ring(db, "09120000001", when=midnight - timedelta(minutes=5)).call_id)  # yesterday
    for i in range(6):
        incoming.ring_ended(db, incoming.ring(db, f"0935000000{i}", when=midnight + timedelta(seconds=i)).call_id)
    window = shell.show()
    shell.tray.refresh()
    qtbot.waitUntil(lambda: shell.tray.count == 6, timeout=5000)
    assert "6 missed callers" in shell.tray.icon.toolTip()
    texts = [a.text() for a in shell.tray.menu.actions()]
    backs = [t for t in texts if t.startswith("Call back")]
    assert len(backs) == 5 and backs[0] == "Call back 0935 000 0005 (1 tries)"
    action = next(a for a in shell.tray.menu.actions() if a.text() == backs[0])
    action.trigger()  # no modem: the call log opens, outbound, with the number
    dialogs = [d for d in window.findChildren(CallDialog) if d.isVisible()]
    assert any(d.number.currentText() == "0935 000 0005" and d.direction.currentData() == "out" for d in dialogs)
