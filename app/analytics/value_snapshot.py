"""The customer value snapshot: RFM, ABC and churn figures per customer, stored so screens read them.

Computing them is a pass over every order and call (tens of seconds at a million customers), so it
runs on a worker (`refresh`) and the screens show the figures "as of" that run: the Customer value
screen recomputes when its figures are from an earlier day, the customer list filters by the stored,
indexed segment. Rows are written a batch per short write transaction, so rings never wait long.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Float, and_, case, cast, delete, func, insert, literal, select

from app.analytics import churn, rfm
from app.analytics.pareto import ParetoSummary
from app.analytics.sqlparts import days_between
from app.db import Database
from app.dto import CustomerRow, Page
from app.models import Customer, CustomerValue, CustomerValueRun
from app.phones import PhoneRules
from app.progress import Cancelled, Progress, no_progress
from app.services.customer_lists import _row_select, _rows

BATCH = 20_000  # rows per write transaction (a few tens of milliseconds)
A_CUT, B_CUT = 0.8, 0.95
COLUMNS = ("customer_id", "last_contact", "frequency", "monetary", "r", "f", "m", "segment", "value_rank",
           "value_share", "abc", "events", "last_event_at", "interval_days", "churn_ratio")  # fmt: skip


def scored_select(as_of: datetime) -> Any:
    """Every scored customer: RFM and the ABC rank of the last 365 days' value, by customer id."""
    scored = rfm.rfm_select(as_of).subquery()
    s = scored.c
    valued = s.monetary > 0
    order = (s.monetary.desc(), s.cid)
    rank = func.row_number().over(partition_by=valued, order_by=order)
    running = func.sum(s.monetary).over(partition_by=valued, order_by=order, rows=(None, 0))
    total = func.sum(s.monetary).over(partition_by=valued)
    abc = case((running - s.monetary < total * A_CUT, "A"), (running - s.monetary < total * B_CUT, "B"), else_="C")
    return select(
        s.cid, s.last_at, s.frequency, s.monetary, s.r, s.f, s.m, func.coalesce(s.segment, "other"),
        case((valued, rank)), case((valued, cast(running, Float) / cast(total, Float))), case((valued, abc)),
    ).order_by(s.cid)  # fmt: skip


def churn_select(as_of: datetime) -> Any:
    """Per customer with events: events, the last one, the usual gap and how overdue, by customer id."""
    stats = churn.event_stats(as_of)
    interval = days_between(stats.c.first_at, stats.c.last_at) / cast(stats.c.n - 1, Float)
    usual = case((and_(stats.c.n >= churn.MIN_EVENTS, interval > 0), interval))
    since = days_between(stats.c.last_at, literal(as_of))
    return select(stats.c.cid, stats.c.n, stats.c.last_at, usual, since / usual).order_by(stats.c.cid)


def _merged(scored: Any, stats: Any) -> Iterator[tuple]:
    """Scored rows with their churn figures: both streams come by customer id, so a merge join (SQLite
    would otherwise join the two million-row groupings without an index)."""
    extra = iter(stats)
    current = next(extra, None)
    for row in scored:
        while current is not None and current[0] < row[0]:
            current = next(extra, None)  # a deleted customer's events: not scored
        if current is not None and current[0] == row[0]:
            yield (*row, *current[1:])
        else:
            yield (*row, 0, None, None, None)


def refresh(db: Database, as_of: datetime | None = None, progress: Progress = no_progress) -> datetime:
    """Recompute every customer's figures as of `as_of` (now); returns it."""
    as_of = as_of or datetime.now()
    with db.sessions() as session:
        total = session.scalar(select(func.count(Customer.id))) or 0
    done, previous = 0, 0
    with db.engine.connect() as reader, contextlib.ExitStack() as cursors:  # one read transaction, two streams
        streaming = reader.execution_options(yield_per=BATCH)
        scored = cursors.enter_context(streaming.execute(scored_select(as_of)))
        stats = cursors.enter_context(streaming.execute(churn_select(as_of)))
        rows = _merged(scored, stats)
        while batch := [_values(row) for row in itertools.islice(rows, BATCH)]:
            last = batch[-1]["customer_id"]
            with db.writer.begin() as writer:
                writer.execute(delete(CustomerValue).where(CustomerValue.customer_id > previous,
                                                           CustomerValue.customer_id <= last))  # fmt: skip
                writer.execute(insert(CustomerValue), batch)
            done, previous = done + len(batch), last
            if not progress(done, total, "customer value"):
                raise Cancelled
    with db.writer.begin() as writer:
        writer.execute(delete(CustomerValue).where(CustomerValue.customer_id > previous))
        writer.execute(insert(CustomerValueRun).values(as_of=as_of, finished_at=datetime.now(), customers=done))
    return as_of


def _values(row: Any) -> dict[str, Any]:
    values = dict(zip(COLUMNS, row, strict=True))
    for key in ("last_contact", "last_event_at"):
        if values[key] is not None:
            values[key] = rfm._as_datetime(values[key])
    values["monetary"] = Decimal(values["monetary"] or 0).quantize(Decimal("0.01"))
    return values


def as_of(db: Database) -> datetime | None:
    """When the current snapshot's figures were taken (None: never computed)."""
    with db.sessions() as session:
        return session.scalar(select(CustomerValueRun.as_of).order_by(CustomerValueRun.id.desc()).limit(1))


def ensure(db: Database, as_of_moment: datetime | None = None) -> datetime:
    """The snapshot's moment, computing it first if there is none (or none for `as_of_moment`)."""
    current = as_of(db)
    if current is None or (as_of_moment is not None and current != as_of_moment):
        current = refresh(db, as_of_moment)
    return current


def segment_counts(db: Database) -> dict[str, int]:
    counts = dict.fromkeys((*rfm.SEGMENT_NAMES, "other"), 0)
    query = select(CustomerValue.segment, func.count()).group_by(CustomerValue.segment)
    with db.sessions() as session:
        for segment, n in session.execute(query):
            counts[segment] = int(n)
    return counts


def customers_in_segment(
    db: Database, segment: str, after: int | None = None, limit: int = 200, rules: PhoneRules | None = None
) -> Page[CustomerRow, int]:
    """Live customers of one stored segment by id: a range of ix_customer_values_segment."""
    query = (
        select(CustomerValue.customer_id)
        .join(Customer, Customer.id == CustomerValue.customer_id)
        .where(CustomerValue.segment == segment, CustomerValue.customer_id > (after or 0))
        .where(Customer.deleted_at.is_(None))
        .order_by(CustomerValue.customer_id)
        .limit(limit)
    )
    with db.sessions() as session:
        ids = list(session.scalars(query))
        if not ids:
            return Page([], None)
        rows = _rows(session, _row_select().where(Customer.id.in_(ids)).order_by(Customer.id), rules or PhoneRules())
    return Page(rows, ids[-1] if len(ids) == limit else None)


def pareto(db: Database, top_share: float = 0.2) -> ParetoSummary:
    """The Pareto sentence and A/B/C sizes over the snapshot's last 365 days of orders."""
    classes: dict[str, tuple[int, Decimal]] = {"A": (0, Decimal(0)), "B": (0, Decimal(0)), "C": (0, Decimal(0))}
    v = CustomerValue
    with db.sessions() as session:
        for abc, n, value in session.execute(
            select(v.abc, func.count(), func.sum(v.monetary)).where(v.abc.is_not(None)).group_by(v.abc)
        ):
            classes[abc] = (int(n), Decimal(value).quantize(Decimal("0.01")))
        customers = sum(n for n, _v in classes.values())
        top = math.ceil(customers * top_share - 1e-9)
        share = session.scalar(select(v.value_share).where(v.value_rank == top)) if top else 0.0
    total = sum((value for _n, value in classes.values()), Decimal(0))
    return ParetoSummary(customers, total, top_share, top, float(share or 0.0), classes)


def curve(db: Database, points: int = 400) -> list[tuple[float, float]]:
    """(share of customers, share of value) at about `points` ranks, best customers first."""
    v = CustomerValue
    with db.sessions() as session:
        ranked = session.scalar(select(func.max(v.value_rank))) or 0
        if not ranked:
            return []
        ranks = sorted({max(1, round(ranked * i / points)) for i in range(1, points + 1)})
        query = select(v.value_rank, v.value_share).where(v.value_rank.in_(ranks)).order_by(v.value_rank)
        return [(rank / ranked, float(share)) for rank, share in session.execute(query)]


def churn_risks(db: Database, factor: float = churn.OVERDUE_FACTOR, limit: int = 500) -> list[churn.ChurnRisk]:
    """Flagged customers, most overdue first, as of the snapshot (through ix_customer_values_churn_ratio)."""
    moment = as_of(db)
    v = CustomerValue
    query = (
        select(v.customer_id, Customer.name, v.events, v.last_event_at, v.interval_days)
        .join(Customer, Customer.id == v.customer_id)
        .where(v.churn_ratio > factor, Customer.deleted_at.is_(None))
        .order_by(v.churn_ratio.desc(), v.customer_id)
        .limit(limit)
    )
    with db.sessions() as session:
        rows = session.execute(query).all()
    return [
        churn.ChurnRisk(cid, name, int(n), last, float(usual), ((moment or last) - last).total_seconds() / 86400)
        for cid, name, n, last, usual in rows
    ]
