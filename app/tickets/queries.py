"""Reading tickets: the paged list with its saved filters, the counts, one ticket with its timeline,
and a caller's open tickets for the pop and the card. Every list query pages by keyset on an index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, text, tuple_
from sqlalchemy.orm import Session, aliased

from app import errors
from app.db import Database
from app.dto import Page
from app.models import Customer, Lookup, User
from app.tickets.dto import EventView, OpenTicket, OpenTicketSummary, TicketDetail, TicketRow
from app.tickets.models import OPEN_Q, RUNNING_Q, Ticket, TicketEvent
from app.tickets.policies import load_calendar
from app.tickets.sla import SlaState, WeekCalendar, sla_state

PAGE_SIZE = 100
VIEWS = ("open", "mine", "department", "overdue", "unassigned", "waiting", "to_inform", "all")
INFORM_DAYS = 3  # an open ticket whose customer heard nothing for this many business days is "to inform"


@dataclass(frozen=True, slots=True)
class TicketFilter:
    view: str = "open"
    me_id: int | None = None  # "mine"
    department_id: int | None = None  # "department" (and a plain filter in any view)
    status: str | None = None
    type: str | None = None
    category_id: int | None = None
    customer_id: int | None = None
    now: datetime | None = None  # "overdue" and "to inform" are relative to it
    inform_days: int = INFORM_DAYS


@dataclass(frozen=True, slots=True)
class TicketCounts:
    open: int
    overdue: int


Category, Department, Tier = aliased(Lookup), aliased(Lookup), aliased(Lookup)
Assignee = aliased(User)


def _row_select() -> Select:
    return (
        select(
            Ticket.id,
            Ticket.subject,
            Ticket.type,
            Ticket.priority,
            Ticket.status,
            func.coalesce(Category.value, ""),
            func.coalesce(Department.value, ""),
            func.coalesce(Tier.value, ""),
            func.coalesce(Assignee.username, ""),
            Ticket.customer_id,
            func.coalesce(Customer.name, ""),
            Ticket.created_at,
            Ticket.resolution_due,
            Ticket.breached_at,
            Ticket.paused_at,
            Ticket.resolved_at,
        )  # fmt: skip
        .outerjoin(Category, Category.id == Ticket.category_id)
        .outerjoin(Department, Department.id == Ticket.department_id)
        .outerjoin(Tier, Tier.id == Ticket.tier_id)
        .outerjoin(Assignee, Assignee.id == Ticket.assignee_id)
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
    )


def _row(r: Any, calendar: WeekCalendar | None = None, now: datetime | None = None) -> TicketRow:
    sla = SlaState("none", None)
    if calendar is not None and now is not None:
        sla = sla_state(r[11], r[12], now, calendar, paused_at=r[14], done_at=r[15])
    return TicketRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
                     r[13] is not None, r[14] is not None, sla.state, sla.seconds_left)  # fmt: skip


def business_days_back(now: datetime, days: int, calendar: WeekCalendar) -> datetime:
    """The same time of day `days` working days before `now` (days off and holidays not counted)."""
    day, counted = now.date(), 0
    for _ in range(3 * 366):
        if counted >= days:
            break
        day -= timedelta(days=1)
        if calendar.window(day) is not None:
            counted += 1
    return datetime.combine(day, time(now.hour, now.minute, now.second))


def _conditions(session: Session, f: TicketFilter, now: datetime) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.view in ("open", "mine", "department", "unassigned", "to_inform"):
        where.append(text(OPEN_Q))
    if f.view == "mine":
        where.append(Ticket.assignee_id == f.me_id)
    if f.view == "unassigned":
        where.append(Ticket.assignee_id.is_(None))
    if f.view == "waiting":
        where.append(Ticket.status == "waiting")
    if f.view == "overdue":
        where += [text(RUNNING_Q), Ticket.resolution_due < now]
    if f.view == "to_inform":
        cutoff = business_days_back(now, f.inform_days, load_calendar(session))
        where.append(func.coalesce(Ticket.last_informed_at, Ticket.created_at) < cutoff)
    for column, value in ((Ticket.department_id, f.department_id), (Ticket.status, f.status),
                          (Ticket.type, f.type), (Ticket.category_id, f.category_id),
                          (Ticket.customer_id, f.customer_id)):  # fmt: skip
        if value is not None:
            where.append(column == value)
    return where


def list_tickets(db: Database, f: TicketFilter, after: Any = None, limit: int = PAGE_SIZE) -> Page[TicketRow, Any]:
    """One page: newest first, or most overdue first in the "overdue" view (keyset on (due, id))."""
    now = f.now or datetime.now()
    with db.sessions() as session:
        query = _row_select().where(*_conditions(session, f, now)).limit(limit)
        if f.view == "overdue":
            query = query.order_by(Ticket.resolution_due, Ticket.id)
            if after is not None:
                query = query.where(tuple_(Ticket.resolution_due, Ticket.id) > tuple_(*after))
        else:
            query = query.order_by(Ticket.id.desc())
            if after is not None:
                query = query.where(Ticket.id < after)
        calendar = load_calendar(session)
        rows = [_row(r, calendar, now) for r in session.execute(query)]
    if len(rows) < limit:
        return Page(rows, None)
    last = rows[-1]
    return Page(rows, (last.resolution_due, last.id) if f.view == "overdue" else last.id)


def ticket_counts(db: Database, now: datetime | None = None) -> TicketCounts:
    """Open and overdue tickets, for the main window's tab title (two index-only counts)."""
    now = now or datetime.now()
    with db.sessions() as session:
        open_count = session.scalar(select(func.count()).select_from(Ticket).where(text(OPEN_Q))) or 0
        overdue = session.scalar(
            select(func.count()).select_from(Ticket).where(text(RUNNING_Q), Ticket.resolution_due < now)
        )
    return TicketCounts(open_count, overdue or 0)


def open_ticket_summary(session: Session, customer_id: int, newest: int = 3) -> OpenTicketSummary:
    """The customer's open tickets: how many and the newest few, in one query on ix_tickets_customer_open."""
    query = (
        select(Ticket.id, Ticket.status, Ticket.subject, Ticket.created_at, func.coalesce(User.username, ""),
               func.count().over())
        .outerjoin(User, User.id == Ticket.assignee_id)
        .where(Ticket.customer_id == customer_id, text(OPEN_Q))
        .order_by(Ticket.id.desc())
        .limit(newest)
    )  # fmt: skip
    rows = session.execute(query).all()
    return OpenTicketSummary(rows[0][5] if rows else 0, [OpenTicket(r[0], r[1], r[2], r[3], r[4]) for r in rows])


def customer_open_tickets(db: Database, customer_id: int, newest: int = 5) -> OpenTicketSummary:
    with db.sessions() as session:
        return open_ticket_summary(session, customer_id, newest)


def ticket_detail(db: Database, ticket_id: int, now: datetime | None = None) -> TicketDetail:
    technician = aliased(User)
    with db.sessions() as session:
        found = session.execute(
            _row_select().add_columns(Ticket, func.coalesce(technician.username, ""))
            .outerjoin(technician, technician.id == Ticket.technician_id).where(Ticket.id == ticket_id)
        ).first()  # fmt: skip
        if found is None:
            raise errors.NotFound(ticket_id)
        t: Ticket = found[16]
        events = [
            EventView(e.id, e.at, e.by, e.kind, e.before, e.after, e.note)
            for e in session.scalars(
                select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id)
            )
        ]
        language = (
            session.scalar(select(Customer.language).where(Customer.id == t.customer_id)) if t.customer_id else ""
        )
        return TicketDetail(
            _row(found, load_calendar(session), now or datetime.now()), t.description, t.category_id,
            t.department_id, t.tier_id, t.assignee_id, t.call_id,
            t.first_response_due, t.first_response_at, t.paused_at, t.resolved_at, t.last_informed_at,
            t.resolution, t.satisfaction, t.visit_start, found[17], t.visit_address, t.visit_outcome, events,
            language or "",
        )  # fmt: skip


def sla_calendar(db: Database) -> WeekCalendar:
    with db.sessions() as session:
        return load_calendar(session)


def user_id_of(db: Database, username: str) -> int | None:
    """The id of a user by name, or None (reads only: the "mine" filter of someone who never logged anything)."""
    with db.sessions() as session:
        return session.scalar(select(User.id).where(User.username == username))
