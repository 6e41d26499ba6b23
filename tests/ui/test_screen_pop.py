"""The heartbeat: a caller-ID record becomes a pop-up with the right customer, and a settled call row.

Through the simulator path and end to end through a real pseudo-terminal opened by pyserial,
including unplugging and replugging the device; and through a real NCID server on loopback.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.db import Database
from app.dto import CallFilter, CustomerDraft, PhoneDraft
from app.phones import PhoneRules
from app.services import calls, customers, lookups, missed
from hardware.events import CallerIdEvent
from hardware.ncid_source import NcidSource
from hardware.serial_source import SerialModemSource
from tests.hardware.conftest import PtyDevice
from ui.callerid.bridge import CallerIdBridge
from ui.callerid.pop_manager import PopManager
from ui.callerid.screen_pop import ScreenPopWindow
from ui.formatting import Formatter


@pytest.fixture
def office(db: Database) -> Database:
    lookups.ensure_defaults(db)
    customers.create_customer(db, CustomerDraft(name="Behnaz Tehrani", company="Pars Tile", tags="VIP, wholesale",
                                                 phones=[PhoneDraft("0912 345 6789")]), "t")  # fmt: skip
    omid = CustomerDraft(name="Omid Rad", do_not_call=True, phones=[PhoneDraft("021 2233 4455")])
    customers.create_customer(db, omid, "t")
    return db


@pytest.fixture
def wiring(qtbot, office: Database) -> Iterator[tuple[CallerIdBridge, PopManager]]:  # noqa: ANN001
    bridge = CallerIdBridge()
    clock = [1000.0]  # seconds; a test moves it on with `later(pops)`
    pops = PopManager(office, PhoneRules, "agent", Formatter(), ring_timeout_s=30, clock=lambda: clock[0])
    pops.later = lambda seconds=30.0: clock.__setitem__(0, clock[0] + seconds)  # type: ignore[attr-defined]
    bridge.event.connect(pops.handle)
    yield bridge, pops
    bridge.stop_all()
    pops.close_all()


def ring(number: str | None, line: str = "1", device: str = "simulator", absent: str | None = None) -> CallerIdEvent:
    return CallerIdEvent(number, None, absent, line, datetime(2026, 6, 1, 10, 0), device, f"NMBR = {number}")


def test_simulated_call_pops_the_customer_and_logs_in_one_step(qtbot, office: Database, wiring) -> None:  # noqa: ANN001
    bridge, pops = wiring
    with qtbot.waitSignal(pops.popped, timeout=5000) as shown:
        bridge.inject(ring("9123456789"))
    window: ScreenPopWindow = shown.args[0]
    assert window.isVisible()
    assert "Behnaz Tehrani" in window.who.text() and "Pars Tile" in window.who.text()
    assert "0912 345 6789" in window.number.text()
    assert window.open_button.isVisible() and not window.new_button.isVisible()
    badges = [label.text() for label in window.findChildren(type(window.state))]
    assert "VIP" in badges and "wholesale" in badges
    window.reason.setCurrentIndex(2)
    window.notes.setText("wants a quote")
    with qtbot.waitSignal(pops.settled, timeout=5000):
        window.log_button.click()
    logged = calls.list_calls(office).rows[0]
    assert (logged.status, logged.notes, logged.customer_name, logged.agent) == ("answered", "wants a quote",
                                                                                "Behnaz Tehrani", "agent")  # fmt: skip
    assert logged.reason == window.reason.itemText(2)


def test_lines_stack_and_typing_is_never_wiped(qtbot, office: Database, wiring) -> None:  # noqa: ANN001
    bridge, pops = wiring
    with qtbot.waitSignal(pops.popped, timeout=5000) as first:
        bridge.inject(ring("09123456789", line="1"))
    first.args[0].notes.setText("half-typed note")
    with qtbot.waitSignal(pops.popped, timeout=5000) as second:
        bridge.inject(ring("02122334455", line="2"))
    pops.later()
    with qtbot.waitSignal(pops.popped, timeout=5000) as third:
        bridge.inject(ring(None, line="1", absent="private"))  # line 1 rings again, a new cycle
    assert len(pops.windows) == 3
    assert first.args[0].isVisible() and first.args[0].notes.text() == "half-typed note"
    assert second.args[0].pop.do_not_call and "Do not call" in [w.text() for w in second.args[0].findChildren(
        type(second.args[0].state))]  # fmt: skip
    assert third.args[0].number.text() == "Private number" and not third.args[0].new_button.isVisible()
    tops = [w.pos().y() for w in pops.windows]
    assert tops == sorted(tops) and len(set(tops)) == 3  # stacked, newest lowest


def test_unknown_number_offers_new_customer_and_ring_timeout_marks_missed(qtbot, office: Database) -> None:  # noqa: ANN001
    bridge = CallerIdBridge()
    pops = PopManager(office, PhoneRules, "agent", Formatter(), ring_timeout_s=1)
    bridge.event.connect(pops.handle)
    with qtbot.waitSignal(pops.popped, timeout=5000) as shown:
        bridge.inject(ring("0935 111 2222"))
    window = shown.args[0]
    assert window.who.text() == "Unknown caller" and window.new_button.isVisible()
    with qtbot.waitSignal(pops.settled, timeout=5000) as settled:
        pass
    assert settled.args[1] == "missed" and window.state.text() == "Missed"
    assert [m.display_number for m in missed.missed_calls(office).rows] == ["0935 111 2222"]
    with qtbot.waitSignal(pops.new_customer_requested, timeout=5000) as requested:
        window.new_button.click()
    assert requested.args[0].number == "+989351112222"
    pops.close_all()


MODEM_ANSWERS = {b"ATZ": b"\r\nOK\r\n", b"AT+VCID=1": b"\r\nOK\r\n", b"AT": b"\r\nOK\r\n"}
RECORD = b"\r\nRING\r\n\r\nDATE = 0601\r\nTIME = 1000\r\nNMBR = %s\r\nNAME = CALLER\r\n\r\nRING\r\n"


def test_modem_on_a_real_pty_pops_and_survives_unplug(qtbot, office: Database, wiring, tmp_path: Path) -> None:  # noqa: ANN001
    bridge, pops = wiring
    device = PtyDevice(tmp_path / "ttyModem", MODEM_ANSWERS)
    device.plug()
    states: list[str] = []
    bridge.status.connect(lambda _label, state, _detail: states.append(state))
    source = SerialModemSource(str(device.link), retry_interval=0.2)
    with qtbot.waitSignal(bridge.status, timeout=8000, check_params_cb=lambda _l, s, _d: s == "connected"):
        bridge.add("modem", source)
    assert source.working_enable_string == "AT+VCID=1"
    with qtbot.waitSignal(pops.popped, timeout=5000) as shown:
        device.send(RECORD % b"9123456789")
    assert "Behnaz Tehrani" in shown.args[0].who.text()
    with qtbot.waitSignal(bridge.status, timeout=8000, check_params_cb=lambda _l, s, _d: s == "reconnecting"):
        device.unplug()
    with qtbot.waitSignal(bridge.status, timeout=8000, check_params_cb=lambda _l, s, _d: s == "connected"):
        device.plug()
    assert device.commands.count(b"AT+VCID=1") >= 1  # the enable string was sent again after replug
    with qtbot.waitSignal(pops.popped, timeout=5000) as again:
        device.send(RECORD % b"02122334455")
    assert "Omid Rad" in again.args[0].who.text()
    bridge.stop_all()
    device.unplug()
    rows = calls.list_calls(office, CallFilter(direction="in")).rows
    # A new ring on the same line ends the earlier cycle nobody took; the latest is still ringing.
    assert {r.customer_name: r.status for r in rows} == {"Behnaz Tehrani": "missed", "Omid Rad": "ringing"}


class NcidHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        self.wfile.write(b"200 Server: ncidd (NCID) 1.11\n210 API: 1.11 Feature Set 1 2 3 4\n")
        self.wfile.write(b"CIDLOG: *DATE*05312026*TIME*0900*LINE*1*NMBR*09123456789*MESG*NONE*NAME*OLD*\n")
        self.wfile.write(b"300 End of connection startup\n")
        self.server.ready.set()  # type: ignore[attr-defined]
        self.server.go.wait(10)  # type: ignore[attr-defined]
        self.wfile.write(b"CID: *DATE*06012026*TIME*1000*LINE*2*NMBR*02122334455*MESG*NONE*NAME*RAD*\n")
        self.server.done.wait(10)  # type: ignore[attr-defined]


def test_ncid_server_history_is_not_popped_live_call_is(qtbot, office: Database, wiring) -> None:  # noqa: ANN001
    bridge, pops = wiring
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), NcidHandler)
    server.ready, server.go, server.done = threading.Event(), threading.Event(), threading.Event()  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        bridge.add("ncid", NcidSource("127.0.0.1", server.server_address[1]))
        assert server.ready.wait(10)  # type: ignore[attr-defined]
        with qtbot.waitSignal(pops.popped, timeout=5000) as shown:
            server.go.set()  # type: ignore[attr-defined]
        assert "Omid Rad" in shown.args[0].who.text() and shown.args[0].pop.line == "2"
        assert len(pops.windows) == 1  # the CIDLOG history line did not pop
    finally:
        server.done.set()  # type: ignore[attr-defined]
        bridge.stop_all()
        server.shutdown()
        server.server_close()
    assert socket is not None
