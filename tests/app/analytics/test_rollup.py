"""Daily rollups answer closed days exactly as the live queries would, and triggers keep them current."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, select, update

from app.analytics import breakdowns, kpis, rollup
from app.db import Database
from app.dto import CallDraft
from app.models import CallDayFcr, CallDayStat, Order, OrderDayStat, RollupDay
from app.services import calls, incoming
from tests.app.analytics.conftest import add_customer, add_order

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


def rolled(db: Database) -> tuple[set[date], list[tuple], list[tuple]]:
    """Marked days, the per-day stats and the per-day first-contact rows, as stored."""
    with db.sessions() as session:
        columns = (CallDayStat.day, CallDayStat.offered, CallDayStat.answered, CallDayStat.agent_key)
        stats = sorted(tuple(r) for r in session.execute(select(*columns)))
        fcr = sorted(tuple(r) for r in session.execute(select(CallDayFcr.day, CallDayFcr.total, CallDayFcr.repeats)))
    return marks(db), stats, fcr


def rebuilt(db: Database, start: datetime, end: datetime) -> list[tuple]:
    """The first-contact rows a full recomputation gives (every mark forgotten first)."""
    with db.writer.begin() as connection:
        connection.execute(delete(RollupDay))
    kpis.kpi_summary(db, start, end)
    return rolled(db)[2]


def test_a_call_today_leaves_past_days_built_and_fcr_exact(any_db: Database) -> None:
    today = datetime.combine(date.today(), datetime.min.time())
    for days_ago, number in ((6, "09121112233"), (5, "09121112233"), (3, "09124445566"), (2, "09121112233")):
        log(any_db, today - timedelta(days=days_ago) + timedelta(hours=10), number=number)
    log(any_db, today - timedelta(days=1, hours=-11), status="missed", number="09127778899")
    start, end = today - timedelta(days=10), today + timedelta(days=1)
    kpis.kpi_summary(any_db, start, end)
    before = rolled(any_db)
    assert len(before[0]) == 10  # every closed day of the period is built
    # The pop's path today: ring, answered; a second caller rings out; an agent logs a call by hand.
    pop = incoming.ring(any_db, "09121112233", when=today + timedelta(hours=9))
    incoming.answer(any_db, pop.call_id, "a", at=today + timedelta(hours=9, seconds=5))
    missed = incoming.ring(any_db, "09124445566", when=today + timedelta(hours=9, minutes=5))
    incoming.ring_ended(any_db, missed.call_id, at=today + timedelta(hours=9, minutes=6))
    log(any_db, today + timedelta(hours=9, minutes=30), number="09127778899")
    after = rolled(any_db)
    assert after[0] == before[0] and after[1] == before[1]  # no past day forgotten, no past stat touched
    assert after[2] != before[2]  # two earlier calls became repeats, counted in place ...
    assert after[2] == rebuilt(any_db, start, end)  # ... exactly as a full recomputation counts them
    summary = kpis.kpi_summary(any_db, start, end)
    assert summary.totals.offered == 8 and summary.first_contact_resolution == 2 / 6  # B-3, A-2 repeat


def test_a_backdated_call_forgets_only_its_day_and_the_previous_call_of_its_number(any_db: Database) -> None:
    today = datetime.combine(date.today(), datetime.min.time())
    for days_ago in (9, 6, 2):
        log(any_db, today - timedelta(days=days_ago) + timedelta(hours=10))
    start, end = today - timedelta(days=12), today + timedelta(days=1)
    kpis.kpi_summary(any_db, start, end)
    built = marks(any_db)
    log(any_db, today - timedelta(days=4) + timedelta(hours=10))  # between the calls 6 and 2 days ago
    assert built - marks(any_db) == {(today - timedelta(days=4)).date(), (today - timedelta(days=6)).date()}
    fcr = rolled(any_db)[2]
    kpis.kpi_summary(any_db, start, end)
    assert rolled(any_db)[2] == rebuilt(any_db, start, end) != fcr


def test_revenue_per_day_follows_every_order_change(any_db: Database) -> None:
    customer = add_customer(any_db, "Buyer")
    today = datetime.combine(date.today(), datetime.min.time())
    ids = [add_order(any_db, customer, today - timedelta(days=n, hours=-10), 100 + n) for n in range(5)]
    with any_db.writer.begin() as connection:
        connection.execute(update(Order).where(Order.id == ids[0]).values(amount=Decimal("7.25")))
        connection.execute(update(Order).where(Order.id == ids[1]).values(ordered_at=today - timedelta(days=30)))
        connection.execute(update(Order).where(Order.id == ids[2]).values(currency="USD"))
        connection.execute(delete(Order).where(Order.id == ids[3]))
    start, end = today - timedelta(days=40), today + timedelta(days=1)
    with any_db.sessions() as session:
        direct = session.execute(select(func.count(), func.sum(Order.amount)).where(Order.currency == "IRR")).one()
        per_day = session.execute(
            select(OrderDayStat.day, OrderDayStat.orders).where(OrderDayStat.currency == "IRR", OrderDayStat.orders > 0)
        ).all()
    assert kpis.order_totals(any_db, start, end, "IRR") == (direct[0], Decimal(direct[1]).quantize(Decimal("0.01")))
    assert kpis.order_totals(any_db, start, end, "IRR") == (3, Decimal("7.25") + 101 + 104)
    assert kpis.order_totals(any_db, start, end, "USD") == (1, Decimal("102.00"))
    assert sum(n for _d, n in per_day) == 3
    ragged = kpis.order_totals(any_db, today + timedelta(hours=11), end, "IRR")  # a partial day reads orders
    assert ragged == (0, Decimal("0.00"))
