"""No call stays `ringing` (issue 7 item 12) and the end of a call settles it by what happened (items 4, 9)."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.db import Database
from app.models import Call
from app.services import incoming, missed

T0 = datetime(2026, 5, 2, 10, 0)


def _row(db: Database, call_id: int) -> Call:
    with db.sessions() as session:
        call = session.get(Call, call_id)
        assert call is not None
        return call


def test_stale_ringing_calls_are_settled_missed_unless_answered(any_db: Database) -> None:
    crashed = incoming.ring(any_db, "09121111111", when=T0)
    taken = incoming.ring(any_db, "09122222222", when=T0 + timedelta(seconds=5))
    with any_db.sessions.begin() as session:  # answered, but the app died before the status was written
        session.get(Call, taken.call_id).answered_at = T0 + timedelta(seconds=9)  # type: ignore[union-attr]
    mine = incoming.ring(any_db, "09123333333", when=T0 + timedelta(seconds=10))  # this seat still rings it
    fresh = incoming.ring(any_db, "09124444444", when=T0 + timedelta(seconds=50))
    now = T0 + timedelta(seconds=60)
    settled = incoming.settle_stale(any_db, timedelta(seconds=40), now=now, keep={mine.call_id})
    assert settled == [crashed.call_id, taken.call_id]
    lost = _row(any_db, crashed.call_id)
    assert (lost.status, lost.ring_seconds, lost.ended_at) == ("missed", 40, T0 + timedelta(seconds=40))
    assert _row(any_db, taken.call_id).status == "answered"
    assert _row(any_db, mine.call_id).status == "ringing" and _row(any_db, fresh.call_id).status == "ringing"
    assert [m.number for m in missed.missed_calls(any_db).rows] == [crashed.number]
    assert incoming.settle_stale(any_db, timedelta(seconds=40), now=now) == [mine.call_id]


def test_quitting_settles_its_own_calls(any_db: Database) -> None:
    a = incoming.ring(any_db, "09121111111", when=T0)
    b = incoming.ring(any_db, "09122222222", when=T0)
    other_seat = incoming.ring(any_db, "09123333333", when=T0)
    incoming.answer(any_db, b.call_id, "agent", at=T0 + timedelta(seconds=3))
    result = incoming.settle_calls(any_db, [a.call_id, b.call_id], at=T0 + timedelta(seconds=12))
    assert result == {a.call_id: "missed", b.call_id: "answered"}
    assert _row(any_db, a.call_id).ring_seconds == 12 and _row(any_db, b.call_id).ring_seconds == 3
    assert _row(any_db, other_seat.call_id).status == "ringing"
    assert incoming.settle_calls(any_db, []) == {}


def test_end_record_with_talk_time_means_someone_answered(any_db: Database) -> None:
    # Picked up at the handset, nobody clicked: the device's talk time says it was answered.
    handset = incoming.ring(any_db, "09121111111", when=T0)
    assert incoming.call_ended(any_db, handset.call_id, 60, at=T0 + timedelta(seconds=75)) == "answered"
    row = _row(any_db, handset.call_id)
    assert (row.talk_seconds, row.ring_seconds, row.answered_at) == (60, 15, T0 + timedelta(seconds=15))
    # Ringing stopped first (settled missed), then the end record arrives with talk time: answered after all.
    stopped = incoming.ring(any_db, "09122222222", when=T0)
    assert incoming.ring_ended(any_db, stopped.call_id, at=T0 + timedelta(seconds=8)) == "missed"
    assert incoming.call_ended(any_db, stopped.call_id, 30, at=T0 + timedelta(seconds=40)) == "answered"
    # Hung up while ringing: no talk time, missed.
    gone = incoming.ring(any_db, "09123333333", when=T0)
    assert incoming.call_ended(any_db, gone.call_id, None, at=T0 + timedelta(seconds=20)) == "missed"
    assert _row(any_db, gone.call_id).ring_seconds == 20
    zero = incoming.ring(any_db, "09124444444", when=T0)
    assert incoming.call_ended(any_db, zero.call_id, 0, at=T0 + timedelta(seconds=5)) == "missed"


def test_ring_ended_keeps_a_call_an_agent_took(any_db: Database) -> None:
    call = incoming.ring(any_db, "09121111111", when=T0)
    incoming.log_answer(any_db, call.call_id, "agent", reason_id=None, outcome="", notes="called about tiles")
    assert incoming.ring_ended(any_db, call.call_id, at=T0 + timedelta(seconds=30)) == "answered"
    assert _row(any_db, call.call_id).notes == "called about tiles"
