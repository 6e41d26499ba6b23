"""RFM: recency, frequency and monetary value per customer, 1-5 scores and named segments.

- recency: days since the customer's last order or call (any time);
- frequency: orders in the 365 days before `as_of`; monetary: their total amount;
- scores 1-5 by quintile of the percent rank (5 = most recent / most frequent / highest value;
  equal values share a score, so "no orders" never splits across scores);
- segment from (R, F), the common RFM grid (Champions ... Lost).
Everything is one SQL query with window functions (`rfm_select`, the full computation); the value
snapshot (`value_snapshot`) stores its result per customer so the segment can filter the customer list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, null, select, union_all

from app.db import Database
from app.dto import CustomerRow, Page
from app.models import Call, Customer, Order
from app.phones import PhoneRules

YEAR_DAYS = 365
# (segment, R range, F range), first match wins.
SEGMENTS = (
    ("champions", (5, 5), (4, 5)),
    ("loyal", (3, 4), (4, 5)),
    ("new", (5, 5), (1, 1)),
    ("promising", (4, 4), (1, 1)),
    ("potential_loyalists", (4, 5), (2, 3)),
    ("need_attention", (3, 3), (3, 3)),
    ("about_to_sleep", (3, 3), (1, 2)),
    ("cant_lose_them", (1, 2), (5, 5)),
    ("at_risk", (1, 2), (3, 4)),
    ("hibernating", (2, 2), (1, 2)),
    ("lost", (1, 1), (1, 2)),
)
SEGMENT_NAMES = tuple(name for name, _r, _f in SEGMENTS)


@dataclass(frozen=True, slots=True)
class RfmRow:
    customer_id: int
    name: str
    last_contact: datetime
    recency_days: int
    frequency: int
    monetary: Decimal
    r: int
    f: int
    m: int
    segment: str


def _quintile(rank: ColumnElement[Any]) -> ColumnElement[Any]:
    return case((rank < 0.2, 1), (rank < 0.4, 2), (rank < 0.6, 3), (rank < 0.8, 4), else_=5)


def _latest(a: ColumnElement[Any], b: ColumnElement[Any]) -> ColumnElement[Any]:
    return case((a.is_(None), b), (b.is_(None), a), (a > b, a), else_=b)


def rfm_select(as_of: datetime, currency: str = "IRR") -> Select:
    """Columns: customer_id, name, last_contact, frequency, monetary, r, f, m, segment."""
    since = as_of - timedelta(days=YEAR_DAYS)
    recent = and_(Order.ordered_at >= since, Order.ordered_at < as_of)
    orders = (
        select(
            Order.customer_id.label("cid"),
            func.max(Order.ordered_at).label("last_at"),
            func.sum(case((recent, 1), else_=0)).label("n"),
            func.sum(case((recent, Order.amount), else_=0)).label("value"),
        )  # fmt: skip
        .where(Order.currency == currency, Order.ordered_at < as_of)
        .group_by(Order.customer_id)
    )
    calls = (
        select(
            Call.customer_id.label("cid"),
            func.max(Call.started_at).label("last_at"),
            literal(0).label("n"),
            literal(0).label("value"),
        )  # fmt: skip
        .where(Call.customer_id.is_not(None), Call.started_at < as_of)
        .group_by(Call.customer_id)
    )
    events = union_all(orders, calls).subquery()
    per_customer = (
        select(
            events.c.cid,
            func.max(events.c.last_at).label("last_at"),
            func.sum(events.c.n).label("frequency"),
            func.sum(events.c.value).label("monetary"),
        )  # fmt: skip
        .group_by(events.c.cid)
        .subquery()
    )
    p = per_customer.c
    scored = (
        select(
            p.cid,
            Customer.name,
            p.last_at,
            p.frequency,
            p.monetary,
            _quintile(func.percent_rank().over(order_by=p.last_at)).label("r"),
            _quintile(func.percent_rank().over(order_by=p.frequency)).label("f"),
            _quintile(func.percent_rank().over(order_by=p.monetary)).label("m"),
        )  # fmt: skip
        .join(Customer, Customer.id == p.cid)
        .where(Customer.deleted_at.is_(None))
        .subquery()
    )
    s = scored.c
    segment = case(
        *[((s.r.between(*r)) & (s.f.between(*f)), literal(name)) for name, r, f in SEGMENTS], else_=null()
    ).label("segment")
    return select(s.cid, s.name, s.last_at, s.frequency, s.monetary, s.r, s.f, s.m, segment)


def _as_datetime(value: Any) -> datetime:
    # MAX() over a UNION loses the DateTime type on SQLite, which then hands back ISO text.
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def to_row(row: Any, as_of: datetime) -> RfmRow:
    last = _as_datetime(row[2])
    monetary = Decimal(row[4] or 0).quantize(Decimal("0.01"))
    return RfmRow(
        row[0], row[1], last, (as_of - last).days, int(row[3] or 0), monetary, row[5], row[6], row[7], row[8] or "other"
    )


def rfm_table(db: Database, as_of: datetime, limit: int | None = None) -> list[RfmRow]:
    """RFM rows by customer id (use the report for all of a million customers: it streams)."""
    query = rfm_select(as_of).order_by("cid")
    if limit is not None:
        query = query.limit(limit)
    with db.sessions() as session:
        return [to_row(r, as_of) for r in session.execute(query)]


def segment_counts(db: Database, as_of: datetime) -> dict[str, int]:
    """Customers per segment (every segment listed, zero included)."""
    inner = rfm_select(as_of).subquery()
    query = select(inner.c.segment, func.count()).group_by(inner.c.segment)
    counts = dict.fromkeys((*SEGMENT_NAMES, "other"), 0)
    with db.sessions() as session:
        for segment, n in session.execute(query):
            counts[segment or "other"] = int(n)
    return counts


def customers_in_segment(
    db: Database,
    segment: str,
    after: int | None = None,
    limit: int = 200,
    as_of: datetime | None = None,
    rules: PhoneRules | None = None,
) -> Page[CustomerRow, int]:
    """Customers of one segment by id, `limit` at a time after id `after` (the customer list's filter).

    Reads the stored segment of the customer value snapshot (an index range); the snapshot is computed
    first when there is none yet, or when `as_of` asks for another moment.
    """
    from app.analytics import value_snapshot  # the snapshot is built from this module's query

    if segment not in SEGMENT_NAMES:
        raise ValueError(f"unknown segment {segment!r}")
    value_snapshot.ensure(db, as_of)
    return value_snapshot.customers_in_segment(db, segment, after, limit, rules)
