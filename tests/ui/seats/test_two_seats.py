"""Two seats on one PostgreSQL server: a ring on the caller-ID seat pops on the other, an answer on either
closes the other's pop with the agent's name, routing keeps a line on one seat, and both seats come back
after their connections are dropped."""

from __future__ import annotations

import pytest

from app.seats import presence, routing
from app.services import missed
from hardware.events import CallerIdEvent
from tests.app.seats.test_ring_queue import unreachable
from tests.ui.seats.conftest import Seat, end_own_connections, ring

pytestmark = pytest.mark.postgres


def test_a_ring_on_the_modem_seat_pops_on_the_other(qtbot, two_seats: tuple[Seat, Seat]) -> None:  # noqa: ANN001
    a, b = two_seats
    with qtbot.waitSignal(b.pops.popped, timeout=10000) as popped:
        a.pops.handle(ring("09123456789"))
    remote = popped.args[0]
    assert remote.pop.name == "Behnaz Tehrani"
    assert [w.pop.call_id for w in a.pops.windows] == [remote.pop.call_id]  # the same row, recorded once


def test_an_answer_on_one_seat_closes_the_other_pop_with_the_agents_name(qtbot, two_seats) -> None:  # noqa: ANN001
    a, b = two_seats
    with qtbot.waitSignal(b.pops.popped, timeout=10000):
        a.pops.handle(ring("09123456789"))
    mine, theirs = a.pops.windows[0], b.pops.windows[0]
    theirs.answer()  # Sara answers on seat B
    qtbot.waitUntil(lambda: mine.state.text() == "Answered by Sara Karimi", timeout=10000)
    qtbot.waitUntil(lambda: a.pops.windows == [], timeout=10000)  # closed (and deleted)
    assert theirs.isVisible()
    qtbot.waitUntil(lambda: getattr(presence.of(a.db, "sara"), "state", "") == "on_call", timeout=5000)
    sara = presence.of(a.db, "sara")
    assert sara is not None and sara.call_id == theirs.pop.call_id and sara.with_whom == "Behnaz Tehrani"
    assert a.pops.ringing_calls() == set()  # the ring cycle on the modem seat ends with Sara's answer


def test_a_missed_call_is_missed_once_for_everyone_and_handled_by_one_for_all(qtbot, two_seats) -> None:  # noqa: ANN001
    a, b = two_seats
    with qtbot.waitSignal(b.pops.popped, timeout=10000):
        a.pops.handle(ring("09351112222"))
    call_id = a.pops.windows[0].pop.call_id
    with qtbot.waitSignal(b.pops.settled, timeout=10000) as settled:
        a.pops.handle(CallerIdEvent("09351112222", None, None, "1", None, "modem", "", kind="end"))
    assert settled.args == [call_id, "missed"]
    assert [row.number for row in missed.missed_calls(b.db).rows] == ["+989351112222"]
    missed.mark_handled(b.db, missed.missed_calls(b.db).rows[0].id, "sara")
    assert missed.missed_calls(a.db).rows == []


def test_routing_a_line_to_one_seat(qtbot, two_seats) -> None:  # noqa: ANN001
    a, b = two_seats
    with qtbot.waitSignal(b.seats.news, timeout=10000, check_params_cb=lambda n: n["kind"] == "routes"):
        routing.set_route(a.db, routing.Route("2", "seats", ("seat-a",)), "owner", "seat-a")
    qtbot.waitUntil(lambda: "2" in b.seats.routes and "2" in a.seats.routes, timeout=5000)
    with qtbot.waitSignal(b.seats.news, timeout=10000, check_params_cb=lambda n: n["kind"] == "ring"):
        a.pops.handle(ring("09123456789", line="2"))
    with qtbot.waitSignal(b.pops.popped, timeout=10000):  # line 1 still rings everywhere: B is listening
        a.pops.handle(ring("09350000001", line="1"))
    assert [w.pop.line for w in b.pops.windows] == ["1"]
    assert sorted(w.pop.line for w in a.pops.windows) == ["1", "2"]


def test_both_seats_reconnect_after_their_connections_are_dropped(qtbot, two_seats) -> None:  # noqa: ANN001
    a, b = two_seats
    with qtbot.waitSignal(b.pops.popped, timeout=10000):
        a.pops.handle(ring("09123456789", line="1"))
    before = [a.seats.link.listener.connects, b.seats.link.listener.connects]
    lost = []
    b.seats.server.connect(lambda state, _detail: lost.append(state))
    end_own_connections(a.db, [a.seats.link.listener.backend_pid, b.seats.link.listener.backend_pid])
    qtbot.waitUntil(lambda: "lost" in lost, timeout=10000)
    assert b.pops.windows and b.pops.windows[0].isVisible()  # the pop stays on screen
    qtbot.waitUntil(lambda: a.seats.link.listener.connects > before[0] and b.seats.link.listener.connects > before[1]
                    and a.connected() and b.connected(), timeout=20000)  # fmt: skip
    with qtbot.waitSignal(b.pops.popped, timeout=10000) as popped:
        a.pops.handle(ring("09350000002", line="3"))
    assert popped.args[0].pop.line == "3"


def test_the_modem_seat_keeps_rings_while_the_server_is_away_and_writes_them_when_it_returns(
    qtbot,
    two_seats: tuple[Seat, Seat],  # noqa: ANN001
) -> None:
    a, b = two_seats
    with qtbot.waitSignal(b.pops.popped, timeout=10000):
        a.pops.handle(ring("09123456789", line="1"))  # looked up once: in the seat's cache
    server, states = a.seats.recorder.db, []
    a.seats.server.connect(lambda state, _detail: states.append(state))
    a.seats.recorder.db = unreachable()
    with qtbot.waitSignal(a.pops.popped, timeout=10000) as popped:
        a.pops.handle(ring("09123456789", line="2"))
    assert popped.args[0].pop.name == "Behnaz Tehrani" and popped.args[0].pop.call_id < 0
    assert "offline" in states and len(a.seats.recorder.queue.pending()) == 1
    a.seats.recorder.db.dispose()
    a.seats.recorder.db = server  # the server is back; the listener notices when its connection comes back
    with qtbot.waitSignal(a.seats.queue_written, timeout=20000) as written:
        end_own_connections(a.db, [a.seats.link.listener.backend_pid])
    assert written.args == [1]
    assert a.seats.recorder.queue.pending() == []
    assert [row.number for row in missed.missed_calls(b.db).rows] == ["+989123456789"]


def test_other_seats_say_when_no_caller_id_host_is_online(qtbot, two_seats) -> None:  # noqa: ANN001
    a, b = two_seats
    with qtbot.waitSignal(b.seats.server, timeout=10000, check_params_cb=lambda s, _d: s == "no_host"):
        b.seats.every_minute()
    with qtbot.waitSignal(b.seats.server, timeout=10000, check_params_cb=lambda s, _d: s == "host") as told:
        a.seats.every_minute()  # the modem seat's heartbeat: its first one tells every seat
    assert told.args == ["host", "seat-a"]
