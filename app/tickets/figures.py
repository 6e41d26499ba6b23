"""Ticket figures for the dashboard: open and overdue now, resolved in the period, the median business
time to resolve, and tickets by category. Counted in SQL; only the period's resolved tickets are read
(for the business-hour median)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from statistics import median

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Lookup
from app.tickets.models import OPEN_Q, RUNNING_Q, Ticket
from app.tickets.policies import load_calendar
from app.tickets.sla import business_seconds


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    category: str  # "" when the ticket has none
    opened: int  # opened in the period
    resolved: int  # resolved in the period
    open_now: int


@dataclass(frozen=True, slots=True)
class TicketFigures:
    open: int
    overdue: int
    opened: int  # in the period
    resolved: int  # in the period
    median_resolve_seconds: float | None  # business time, less the time waiting on the customer
    by_category: list[CategoryFigures]


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    return datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())


def _by_category(session: Session, start: datetime, end: datetime) -> list[CategoryFigures]:
    name = func.coalesce(Lookup.value, "")
    counts: dict[str, list[int]] = {}
    queries = (
        (
            Ticket.created_at >= start,
            Ticket.created_at < end,
        ),
        (Ticket.resolved_at >= start, Ticket.resolved_at < end),
        (text(OPEN_Q),),
    )
    for column, where in enumerate(queries):
        query = (
            select(name, func.count(Ticket.id))
            .select_from(Ticket)
            .outerjoin(Lookup, Lookup.id == Ticket.category_id)
            .where(*where)
            .group_by(name)
        )
        for category, count in session.execute(query):
            counts.setdefault(category, [0, 0, 0])[column] = int(count)
    rows = [CategoryFigures(c, *values) for c, values in counts.items()]
    return sorted(rows, key=lambda r: (-r.opened, -r.open_now, r.category))


def ticket_figures(db: Database, first: date, last: date, now: datetime | None = None) -> TicketFigures:
    """The dashboard's ticket figures for the days `first`..`last` (open and overdue are as of `now`)."""
    now = now or datetime.now()
    start, end = _bounds(first, last)
    with db.sessions() as session:
        open_count = session.scalar(select(func.count()).select_from(Ticket).where(text(OPEN_Q))) or 0
        overdue = session.scalar(
            select(func.count()).select_from(Ticket).where(text(RUNNING_Q), Ticket.resolution_due < now)
        )
        opened = session.scalar(
            select(func.count()).select_from(Ticket).where(Ticket.created_at >= start, Ticket.created_at < end)
        )
        calendar = load_calendar(session)
        resolved = session.execute(
            select(Ticket.created_at, Ticket.resolved_at, Ticket.paused_seconds).where(
                Ticket.resolved_at >= start, Ticket.resolved_at < end
            )
        ).all()
        by_category = _by_category(session, start, end)
    times = [max(0, business_seconds(c, r, calendar) - p) for c, r, p in resolved]
    return TicketFigures(
        int(open_count), int(overdue or 0), int(opened or 0), len(resolved), median(times) if times else None,
        by_category,
    )  # fmt: skip
