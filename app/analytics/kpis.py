"""The dashboard's numbers for a period, each defined once here and computed by SQL GROUP BY.

Definitions (inbound = direction "in"; a call still ringing is not counted yet):
- offered: inbound calls; answered: inbound answered; unanswered = offered - answered
  (missed + abandoned + anything else that was not picked up).
- abandonment rate: unanswered / offered.
- service level: inbound answered within `answer_within` seconds of ringing / offered
  (abandoned calls stay in the denominator, the strict industry form).
- average speed of answer (ASA): mean ring seconds of answered inbound calls.
- average handle time (AHT): mean talk seconds of answered calls, both directions (Tamas records
  no hold or wrap-up time, so handle time is talk time).
- calls per agent: answered calls (both directions) / agents who answered at least one.
- first contact resolution (FCR): share of answered inbound calls with a known number after which
  the same number did not call in again within 7 days.
- revenue per call: orders placed in the period (one currency) / answered calls; None without orders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, case, distinct, func, select

from app.analytics import rollup
from app.analytics.sqlparts import count_if, day_of, sum_if
from app.db import Database
from app.models import Call, CallDayFcr, CallDayStat, Order, OrderDayStat

DEFAULT_ANSWER_WITHIN = 20
REPEAT_DAYS = rollup.REPEAT_DAYS


@dataclass(frozen=True, slots=True)
class CallTotals:
    """Counts and sums for one period or one bucket (a day, an agent)."""

    offered: int
    answered: int
    missed: int
    abandoned: int
    answered_within: int
    ring_seconds: int  # of answered inbound calls
    outbound: int
    outbound_answered: int
    talk_seconds: int  # of answered calls, both directions
    agents: int

    @property
    def unanswered(self) -> int:
        return self.offered - self.answered

    @property
    def handled(self) -> int:
        return self.answered + self.outbound_answered

    @property
    def abandonment_rate(self) -> float | None:
        return self.unanswered / self.offered if self.offered else None

    @property
    def service_level(self) -> float | None:
        return self.answered_within / self.offered if self.offered else None

    @property
    def average_speed_of_answer(self) -> float | None:
        return self.ring_seconds / self.answered if self.answered else None

    @property
    def average_handle_time(self) -> float | None:
        return self.talk_seconds / self.handled if self.handled else None

    @property
    def calls_per_agent(self) -> float | None:
        return self.handled / self.agents if self.agents else None


@dataclass(frozen=True, slots=True)
class KpiSummary:
    date_from: datetime
    date_to: datetime  # exclusive
    answer_within: int
    totals: CallTotals
    first_contact_resolution: float | None
    orders: int
    revenue: Decimal  # in `currency`
    currency: str

    @property
    def revenue_per_call(self) -> Decimal | None:
        if not self.orders or not self.totals.handled:
            return None
        return (self.revenue / self.totals.handled).quantize(Decimal("0.01"))


# The rollup columns in CallTotals order (all but the distinct agent count, which cannot be summed).
ROLLED = (
    CallDayStat.offered, CallDayStat.answered, CallDayStat.missed, CallDayStat.abandoned, CallDayStat.answered_within,
    CallDayStat.ring_seconds, CallDayStat.outbound, CallDayStat.outbound_answered, CallDayStat.talk_seconds,
)  # fmt: skip


def measures(answer_within: int = DEFAULT_ANSWER_WITHIN) -> list[ColumnElement[Any]]:
    """The columns of `CallTotals`, in order, as aggregates over `calls`."""
    inbound = (Call.direction == "in") & (Call.status != "ringing")
    answered_in = inbound & (Call.status == "answered")
    answered = Call.status == "answered"
    return [
        count_if(inbound), count_if(answered_in), count_if(inbound & (Call.status == "missed")),
        count_if(inbound & (Call.status == "abandoned")), count_if(answered_in & (Call.ring_seconds <= answer_within)),
        sum_if(answered_in, Call.ring_seconds), count_if(Call.direction == "out"),
        count_if((Call.direction == "out") & answered), sum_if(answered, Call.talk_seconds),
        func.count(distinct(case((answered, Call.agent_id)))),
    ]  # fmt: skip


def totals_of(row: Any) -> CallTotals:
    return CallTotals(*(int(value or 0) for value in row))


def in_period(query: Select, date_from: datetime, date_to: datetime) -> Select:
    return query.where(Call.started_at >= date_from, Call.started_at < date_to)


def _fcr_counts(db: Database, date_from: datetime, date_to: datetime) -> tuple[int, int]:
    """(answered inbound calls, of which repeated within 7 days) for a live range."""
    calls = rollup.repeat_window(date_from, date_to)
    query = select(func.count(), count_if(calls.c.repeated))
    with db.sessions() as session:
        total, repeats = session.execute(query).one()
    return int(total), int(repeats)


def first_contact_resolution(db: Database, date_from: datetime, date_to: datetime) -> float | None:
    """FCR over answered inbound calls in the period (see the module docstring)."""
    parts = rollup.split(date_from, date_to)
    total = repeats = 0
    if parts.closed:
        rollup.ensure(db, *parts.closed, DEFAULT_ANSWER_WITHIN)
        first, last = parts.closed
        query = select(func.coalesce(func.sum(CallDayFcr.total), 0), func.coalesce(func.sum(CallDayFcr.repeats), 0))
        with db.sessions() as session:
            rolled = session.execute(query.where(CallDayFcr.day >= first, CallDayFcr.day <= last)).one()
        total, repeats = int(rolled[0]), int(rolled[1])
    for start, end in parts.live:
        live_total, live_repeats = _fcr_counts(db, start, end)
        total, repeats = total + live_total, repeats + live_repeats
    return (total - repeats) / total if total else None


def call_totals(db: Database, date_from: datetime, date_to: datetime, answer_within: int) -> CallTotals:
    """The period's CallTotals: closed days from the daily rollups, the rest (today) from calls."""
    parts = rollup.split(date_from, date_to)
    sums = [0] * 9
    agents: set[int] = set()
    with db.sessions() as session:
        if parts.closed:
            rollup.ensure(db, *parts.closed, answer_within)
            first, last = parts.closed
            in_days = (CallDayStat.day >= first, CallDayStat.day <= last, CallDayStat.answer_within == answer_within)
            rolled = session.execute(select(*(func.coalesce(func.sum(c), 0) for c in ROLLED)).where(*in_days)).one()
            sums = [a + int(b) for a, b in zip(sums, rolled, strict=True)]
            handled = (CallDayStat.answered + CallDayStat.outbound_answered) > 0
            agents |= set(
                session.scalars(
                    select(CallDayStat.agent_key).where(*in_days, handled, CallDayStat.agent_key != 0).distinct()
                )
            )
        for start, end in parts.live:
            live = session.execute(in_period(select(*measures(answer_within)[:9]), start, end)).one()
            sums = [a + int(b or 0) for a, b in zip(sums, live, strict=True)]
            taken = in_period(
                select(Call.agent_id).where(Call.status == "answered", Call.agent_id.is_not(None)), start, end
            )
            agents |= set(session.scalars(taken.distinct()))
    return CallTotals(*sums, len(agents))


def kpi_summary(
    db: Database,
    date_from: datetime,
    date_to: datetime,
    answer_within: int = DEFAULT_ANSWER_WITHIN,
    currency: str = "IRR",
) -> KpiSummary:
    """Every dashboard KPI for [date_from, date_to)."""
    totals = call_totals(db, date_from, date_to, answer_within)
    fcr_value = first_contact_resolution(db, date_from, date_to)
    orders, revenue = order_totals(db, date_from, date_to, currency)
    return KpiSummary(date_from, date_to, answer_within, totals, fcr_value, orders, revenue, currency)


def order_totals(db: Database, date_from: datetime, date_to: datetime, currency: str) -> tuple[int, Decimal]:
    """(orders, revenue) in the period: whole days from `order_day_stats` (current for every day, today
    included, through triggers), ragged edges from `orders`."""
    parts = rollup.split(date_from, date_to, today=date.max)
    orders, revenue = 0, Decimal(0)
    queries = []
    if parts.closed:
        d = OrderDayStat
        queries.append(
            select(func.coalesce(func.sum(d.orders), 0), func.coalesce(func.sum(d.revenue), 0)).where(
                d.day >= parts.closed[0], d.day <= parts.closed[1], d.currency == currency
            )
        )
    for start, end in parts.live:
        queries.append(
            select(func.count(), func.coalesce(func.sum(Order.amount), 0)).where(
                Order.ordered_at >= start, Order.ordered_at < end, Order.currency == currency
            )
        )
    with db.sessions() as session:
        for query in queries:
            n, value = session.execute(query).one()
            orders, revenue = orders + int(n), revenue + Decimal(value)
    return orders, revenue.quantize(Decimal("0.01"))


def kpis_per_day(
    db: Database, date_from: datetime, date_to: datetime, answer_within: int = DEFAULT_ANSWER_WITHIN
) -> list[tuple[Any, CallTotals]]:
    """(date, totals) for every day of the period that had calls, oldest first."""
    day = day_of(Call.started_at)
    query = in_period(select(day, *measures(answer_within)), date_from, date_to).group_by(day).order_by(day)
    with db.sessions() as session:
        return [(row[0], totals_of(row[1:])) for row in session.execute(query)]
