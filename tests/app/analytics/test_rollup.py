"""Daily rollups answer closed days exactly as the live queries would, and triggers keep them current."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from app.analytics import breakdowns, kpis, rollup
from app.db import Database
from app.dto import CallDraft
from app.models import CallDayStat, RollupDay
from app.services import calls, incoming

DAY = date.today() - timedelta(days=30)
T = datetime.combine(DAY, datetime.min.time())


def log(db: Database, when: datetime, status: str = "answered", number: str = "09121112233", agent: str = "a") -> int:
    return calls.log_call(db, CallDraft("in", when, number=number, status=status, ring_seconds=5, talk_seconds=60,
                                        agent=agent), "t")  # fmt: skip


def marks(db: Database) -> set[date]:
    with db.sessions() as session:
        return {
            d if isinstance(d, date) else date.fromisoformat(str(d)) for d in session.scalars(select(RollupDay.day))
        }


def test_split_sends_whole_past_days_to_rollups() -> None:
    today = date(2026, 5, 10)
    parts = rollup.split(datetime(2026, 5, 1), datetime(2026, 5, 11), today)
    assert parts.closed == (date(2026, 5, 1), date(2026, 5, 9))
    assert parts.live == [(datetime(2026, 5, 10), datetime(2026, 5, 11))]
    ragged = rollup.split(datetime(2026, 5, 1, 12), datetime(2026, 5, 4, 6), today)
    assert ragged.closed == (date(2026, 5, 2), date(2026, 5, 3))
    assert ragged.live == [
        (datetime(2026, 5, 1, 12), datetime(2026, 5, 2)),
        (datetime(2026, 5, 4), datetime(2026, 5, 4, 6)),
    ]
    assert rollup.split(datetime(2026, 5, 10, 8), datetime(2026, 5, 10, 9), today).closed is None


def test_rolled_numbers_equal_live_numbers_and_follow_backdated_changes(any_db: Database) -> None:
    for hour in (9, 10, 11):
        log(any_db, T + timedelta(hours=hour), agent=f"agent{hour % 2}")
    log(any_db, T + timedelta(hours=12), status="missed")
    start, end = T - timedelta(days=2), T + timedelta(days=3)
    first = kpis.kpi_summary(any_db, start, end)
    assert (first.totals.offered, first.totals.answered, first.totals.missed, first.totals.agents) == (4, 3, 1, 2)
    assert DAY in marks(any_db)
    with any_db.sessions() as session:
        assert session.scalar(select(func.sum(CallDayStat.offered))) == 4
    # A call logged afterwards for that past day forgets the day's rollup; the next read is right again.
    log(any_db, T + timedelta(hours=15), status="abandoned")
    assert DAY not in marks(any_db)
    again = kpis.kpi_summary(any_db, start, end)
    assert (again.totals.offered, again.totals.abandoned) == (5, 1)
    assert breakdowns.heat_map(any_db, start, end)[DAY.weekday()][15] == 1
    assert [c.inbound for c in breakdowns.calls_per_day(any_db, DAY, DAY)] == [5]
    assert {a.username: a.calls for a in breakdowns.agent_table(any_db, start, end)} == {
        "agent1": 2,
        "agent0": 1,
        "a": 2,
    }


def test_a_later_call_makes_an_earlier_day_a_repeat(any_db: Database) -> None:
    log(any_db, T + timedelta(hours=9))
    period = (T, T + timedelta(days=1))
    assert kpis.first_contact_resolution(any_db, *period) == 1.0
    log(any_db, T + timedelta(days=3, hours=9))  # the same number calls again three days later
    assert kpis.first_contact_resolution(any_db, *period) == 0.0
    with any_db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(RollupDay)) >= 1


def test_status_changes_from_the_pop_are_seen(any_db: Database) -> None:
    pop = incoming.ring(any_db, "09121112233", when=T + timedelta(hours=9))
    period = (T, T + timedelta(days=1))
    assert kpis.kpi_summary(any_db, *period).totals.offered == 0  # still ringing: not offered yet
    incoming.ring_ended(any_db, pop.call_id, at=T + timedelta(hours=9, seconds=30))
    totals = kpis.kpi_summary(any_db, *period).totals
    assert (totals.offered, totals.missed) == (1, 1)
