"""The ring cycle in the pop manager (issue 7 items 4, 6, 7, 9): what ends a call, and how it is settled.

The write worker is held with a gate where the order of writes matters, so "a log still in flight"
is a real queued write, not a guess about timing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.models import Call
from app.phones import PhoneRules
from app.services import customers, lookups, missed
from hardware.events import CallerIdEvent
from ui.callerid.bridge import CallerIdBridge
from ui.callerid.pop_manager import PopManager
from ui.callerid.screen_pop import ScreenPopWindow
from ui.formatting import Formatter
from ui.tasks import run_task

T0 = datetime(2026, 6, 1, 10, 0)


@pytest.fixture
def office(db: Database) -> Database:
    lookups.ensure_defaults(db)
    customers.create_customer(db, CustomerDraft(name="Behnaz Tehrani", phones=[PhoneDraft("0912 345 6789")]), "t")
    return db


@pytest.fixture
def pops(qtbot, office: Database) -> Iterator[PopManager]:  # noqa: ANN001
    manager = PopManager(office, PhoneRules, "agent", Formatter(), ring_timeout_s=600)
    yield manager
    manager.close_all()


def event(kind: str, number: str | None = None, line: str = "1", device: str = "ncid", **more: object) -> CallerIdEvent:
    when = more.pop("time", T0)
    return CallerIdEvent(number, None, None, line, when, device, f"{kind} {number}", kind=kind, **more)  # type: ignore[arg-type]


def pop_up(qtbot, pops: PopManager, number: str, line: str = "1") -> ScreenPopWindow:  # noqa: ANN001
    with qtbot.waitSignal(pops.popped, timeout=5000) as shown:
        pops.handle(event("ring", number, line))
    return shown.args[0]


@contextmanager
def write_worker_held() -> Iterator[None]:
    """Everything queued on the write worker inside this block runs after it, in order."""
    gate, started = threading.Event(), threading.Event()
    run_task(None, lambda: (started.set(), gate.wait(20)), write=True)
    assert started.wait(10)
    try:
        yield
    finally:
        gate.set()


def status(db: Database, call_id: int) -> str:
    with db.sessions() as session:
        call = session.get(Call, call_id)
        assert call is not None
        return call.status


def settled_log(pops: PopManager) -> list[tuple[int, str]]:
    seen: list[tuple[int, str]] = []
    pops.settled.connect(lambda call_id, state: seen.append((call_id, state)))
    return seen


def test_log_then_ring_on_the_same_line_keeps_the_first_call_answered(qtbot, office: Database, pops) -> None:  # noqa: ANN001
    first = pop_up(qtbot, pops, "09123456789")
    seen = settled_log(pops)
    first.notes.setText("asked for a quote")
    with qtbot.waitSignal(pops.popped, timeout=5000) as second, write_worker_held():
        first.log_button.click()  # the log is queued ...
        pops.handle(event("ring", "09350001111"))  # ... and the next caller rings on the same line
    qtbot.waitUntil(lambda: (first.pop.call_id, "answered") in seen, timeout=5000)
    assert [s for s in seen if s[0] == first.pop.call_id] == [(first.pop.call_id, "answered")]
    assert status(office, first.pop.call_id) == "answered"
    assert status(office, second.args[0].pop.call_id) == "ringing"
    assert first.pop.number not in [m.number for m in missed.missed_calls(office).rows]


def test_ring_then_log_in_flight_keeps_the_first_call_answered(qtbot, office: Database, pops) -> None:  # noqa: ANN001
    first = pop_up(qtbot, pops, "09123456789")
    seen = settled_log(pops)
    with qtbot.waitSignal(pops.popped, timeout=5000), write_worker_held():
        pops.handle(event("ring", "09350001111"))  # the next caller's row is queued first ...
        first.log_button.click()  # ... the agent's log of the first call lands after it
    qtbot.waitUntil(lambda: (first.pop.call_id, "answered") in seen, timeout=5000)
    assert [s for s in seen if s[0] == first.pop.call_id] == [(first.pop.call_id, "answered")]
    assert status(office, first.pop.call_id) == "answered"


def test_a_call_nobody_took_is_missed_when_the_line_rings_again_and_a_late_log_still_counts(
    qtbot,
    office: Database,
    pops,  # noqa: ANN001
) -> None:
    first = pop_up(qtbot, pops, "09123456789")
    seen = settled_log(pops)
    with qtbot.waitSignal(pops.settled, timeout=5000):
        second = pop_up(qtbot, pops, "09350001111")
    assert seen == [(first.pop.call_id, "missed")] and status(office, second.pop.call_id) == "ringing"
    # The agent did talk to the first caller and logs it afterwards: answered, and off the missed list.
    with qtbot.waitSignal(pops.settled, timeout=5000):
        first.log_button.click()
    assert status(office, first.pop.call_id) == "answered"
    assert first.pop.number not in [m.number for m in missed.missed_calls(office).rows]


def test_updates_keep_one_call_ringing_and_stopped_settles_without_restarting(qtbot, office: Database, pops) -> None:  # noqa: ANN001
    first = pop_up(qtbot, pops, "09123456789")
    pops.handle(event("update"))  # the masked second CID of the same cycle, as the hardware reports it
    assert pops.ringing_calls() == {first.pop.call_id} and len(pops.windows) == 1
    with qtbot.waitSignal(pops.settled, timeout=5000) as settled:
        pops.handle(event("stopped"))
    assert settled.args == [first.pop.call_id, "missed"] and pops.ringing_calls() == set()
    pops.handle(event("update"))  # news after the stop does not bring the cycle back
    assert pops.ringing_calls() == set()
    # Answered by an agent, then ringing stops: answered.
    other = pop_up(qtbot, pops, "09350001111", line="2")
    with qtbot.waitSignal(pops.settled, timeout=5000):
        other.new_customer.emit(other.pop)  # the agent takes the unknown caller
    pops.handle(event("stopped", line="2"))
    assert status(office, other.pop.call_id) == "answered"


def test_end_after_stopped_records_the_talk_time(qtbot, office: Database, pops) -> None:  # noqa: ANN001
    call = pop_up(qtbot, pops, "09123456789")
    with qtbot.waitSignal(pops.settled, timeout=5000):
        pops.handle(event("stopped"))
    with qtbot.waitSignal(pops.settled, timeout=5000) as ended:
        pops.handle(event("end", duration=95, time=T0 + timedelta(minutes=2)))
    assert ended.args == [call.pop.call_id, "answered"]
    with office.sessions() as session:
        row = session.get(Call, call.pop.call_id)
        assert row is not None and row.talk_seconds == 95 and row.ended_at == T0 + timedelta(minutes=2)


def test_an_end_that_arrives_before_the_row_is_written_is_not_lost(qtbot, office: Database, pops) -> None:  # noqa: ANN001
    with qtbot.waitSignal(pops.popped, timeout=5000) as shown, write_worker_held():
        pops.handle(event("ring", "09123456789"))
        pops.handle(event("end", duration=None, time=T0 + timedelta(seconds=12)))  # hung up after 12 s
    call_id = shown.args[0].pop.call_id
    qtbot.waitUntil(lambda: status(office, call_id) == "missed", timeout=5000)
    assert pops.ringing_calls() == set()


def test_replayed_history_fills_the_gap_without_a_pop(qtbot, office: Database, pops) -> None:  # noqa: ANN001
    seen = pop_up(qtbot, pops, "09123456789")  # the last call this source saw
    with qtbot.waitSignal(pops.settled, timeout=5000):
        pops.handle(event("stopped"))
    with qtbot.waitSignal(pops.calls_changed, timeout=5000):
        for minutes, number in ((-30, "09120000001"), (5, "09350002222"), (7, "09350003333")):
            pops.handle(event("history", number, time=T0 + timedelta(minutes=minutes)))
    assert len(pops.windows) == 1
    callers = {m.number for m in missed.missed_calls(office).rows}
    assert callers == {"+989123456789", "+989350002222", "+989350003333"}
    assert seen.pop.number in callers


def test_bridge_holds_sources_until_the_pop_manager_listens(qtbot, office: Database, pops) -> None:  # noqa: ANN001
    from hardware.sources import CallerIdSource

    class Instant(CallerIdSource):
        name = "instant"

        def _run(self) -> None:  # reports a call the moment it starts
            assert self.on_event is not None
            self.on_event(event("ring", "09123456789", device="modem"))
            self._stopping.wait(5)

    bridge = CallerIdBridge()
    source = Instant()
    bridge.add("instant", source)
    assert not source.running  # nobody listens yet: starting it would lose the call
    bridge.event.connect(pops.handle)
    with qtbot.waitSignal(pops.popped, timeout=5000) as shown:
        bridge.start_waiting()
    assert shown.args[0].pop.name == "Behnaz Tehrani"
    bridge.stop_all()


def test_one_cycle_reported_twice_is_one_call_with_the_first_number(qtbot, office: Database) -> None:  # noqa: ANN001
    clock = [0.0]
    pops = PopManager(office, PhoneRules, "agent", Formatter(), ring_timeout_s=600, clock=lambda: clock[0])
    first = pop_up(qtbot, pops, "09123456789")
    seen = settled_log(pops)
    clock[0] = 0.5
    pops.handle(event("ring", None))  # NCID: the same cycle again, NMBR = O masking the number
    pops.handle(event("ring", "09123456789"))  # or the same number once more
    pops.handle(event("ring", "09123456789", line="2"))  # another line is another call
    qtbot.waitUntil(lambda: len(pops.windows) == 2, timeout=5000)
    assert pops.windows[0] is first and first.pop.number == "+989123456789"
    assert seen == [] and status(office, first.pop.call_id) == "ringing"
    with office.sessions() as session:
        assert session.scalar(select(func.count(Call.id))) == 2
    # The same caller after the cycle is over (hung up and dialled again) is a new call.
    clock[0] = 9.0
    with qtbot.waitSignal(pops.settled, timeout=5000) as settled:
        again = pop_up(qtbot, pops, "09123456789")
    assert settled.args == [first.pop.call_id, "missed"] and again.pop.call_id != first.pop.call_id
    pops.close_all()
