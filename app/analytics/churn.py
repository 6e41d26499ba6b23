"""Churn risk: customers silent for longer than 1.5x their own usual gap between contacts.

Events are orders and calls the customer took part in (inbound calls of any status, outbound
calls that reached them). A customer needs at least 3 events for "usual" to mean anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Float, cast, func, literal, or_, select, union_all

from app.analytics.sqlparts import days_between
from app.db import Database
from app.models import Call, Customer, Order

MIN_EVENTS = 3
OVERDUE_FACTOR = 1.5


@dataclass(frozen=True, slots=True)
class ChurnRisk:
    customer_id: int
    name: str
    events: int
    last_contact: datetime
    average_interval_days: float
    days_since: float

    @property
    def overdue_ratio(self) -> float:
        """How many usual gaps have passed since the last contact (> 1.5 when flagged)."""
        return self.days_since / self.average_interval_days


def _as_datetime(value: Any) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value  # SQLite MAX() over a UNION


def event_stats(as_of: datetime) -> Any:
    """Per customer: cid, n (events), first_at, last_at, over orders and reaching calls before `as_of`."""
    events = union_all(
        select(Order.customer_id.label("cid"), Order.ordered_at.label("at")).where(Order.ordered_at < as_of),
        select(Call.customer_id.label("cid"), Call.started_at.label("at")).where(
            Call.customer_id.is_not(None),
            Call.started_at < as_of,
            or_(Call.direction == "in", Call.status == "answered"),
        ),
    ).subquery()
    return (
        select(
            events.c.cid,
            func.count().label("n"),
            func.min(events.c.at).label("first_at"),
            func.max(events.c.at).label("last_at"),
        )  # fmt: skip
        .group_by(events.c.cid)
        .subquery()
    )


def churn_risks(
    db: Database, as_of: datetime, factor: float = OVERDUE_FACTOR, min_events: int = MIN_EVENTS, limit: int = 500
) -> list[ChurnRisk]:
    """Flagged customers, most overdue first (the full computation; screens read the value snapshot)."""
    stats = event_stats(as_of)
    now = literal(as_of, DateTime)
    interval = days_between(stats.c.first_at, stats.c.last_at) / cast(stats.c.n - 1, Float)
    since = days_between(stats.c.last_at, now)
    query = (
        select(stats.c.cid, Customer.name, stats.c.n, stats.c.last_at, interval, since)
        .join(Customer, Customer.id == stats.c.cid)
        .where(stats.c.n >= min_events)
        .where(Customer.deleted_at.is_(None), interval > 0, since > interval * factor)
        .order_by((since / interval).desc(), stats.c.cid)
        .limit(limit)
    )
    with db.sessions() as session:
        return [
            ChurnRisk(r[0], r[1], int(r[2]), _as_datetime(r[3]), float(r[4]), float(r[5]))
            for r in session.execute(query)
        ]
