"""Follow-up tasks ("call the customer back" at a due time), "My tasks today", reminders that fire once
when a task falls due (a notification for its agent), and field-visit scheduling with the technician's
day plan. `now=` drives the clock in tests and the app's minute timer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app import errors
from app.auth import require
from app.db import Database
from app.models import Call, Customer, User
from app.tickets.models import Notification, Ticket, TicketEvent, TicketTask


@dataclass(frozen=True, slots=True)
class TaskView:
    id: int
    ticket_id: int
    subject: str  # the ticket's
    title: str
    due_at: datetime
    assignee: str
    customer_name: str
    customer_id: int | None = None


@dataclass(frozen=True, slots=True)
class VisitView:
    ticket_id: int
    start: datetime
    subject: str
    customer_name: str
    address: str
    status: str
    outcome: str


def _event(ticket_id: int, kind: str, actor: str, now: datetime, after: str = "", note: str = "",
           call_id: int | None = None) -> TicketEvent:  # fmt: skip
    return TicketEvent(ticket_id=ticket_id, at=now, by=actor, kind=kind, before="", after=after, note=note,
                       call_id=call_id)  # fmt: skip


def add_task(
    db: Database, ticket_id: int, title: str, due_at: datetime, assignee_id: int | None, actor: str,
    now: datetime | None = None,
) -> int:  # fmt: skip
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    if not title.strip():
        raise errors.ValidationError({"title": errors.EMPTY})
    with db.sessions.begin() as session:
        if session.get(Ticket, ticket_id) is None:
            raise errors.NotFound(ticket_id)
        task = TicketTask(ticket_id=ticket_id, title=title.strip(), due_at=due_at, assignee_id=assignee_id,
                          created_at=now, created_by=actor)  # fmt: skip
        session.add(task)
        session.add(_event(ticket_id, "task", actor, now, due_at.strftime("%Y-%m-%d %H:%M"), title.strip()))
        session.flush()
        return task.id


def complete_task(
    db: Database, task_id: int, actor: str, call_id: int | None = None, now: datetime | None = None
) -> None:
    """Done; with `call_id` (the follow-up call just logged) the call is linked to the ticket's history."""
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    with db.sessions.begin() as session:
        task = session.get(TicketTask, task_id)
        if task is None:
            raise errors.NotFound(task_id)
        if call_id is not None and session.get(Call, call_id) is None:
            raise errors.ValidationError({"call_id": errors.INVALID_CHOICE})
        task.done_at, task.call_id = now, call_id
        session.add(_event(task.ticket_id, "followed_up", actor, now, note=task.title, call_id=call_id))


def _task_query():  # noqa: ANN202 - a Select of TaskView columns
    return (
        select(
            TicketTask.id,
            TicketTask.ticket_id,
            Ticket.subject,
            TicketTask.title,
            TicketTask.due_at,
            User.username,
            Customer.name,
            Ticket.customer_id,
        )  # fmt: skip
        .join(Ticket, Ticket.id == TicketTask.ticket_id)
        .outerjoin(User, User.id == TicketTask.assignee_id)
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .where(TicketTask.done_at.is_(None))
        .order_by(TicketTask.due_at, TicketTask.id)
    )


def _views(rows: object) -> list[TaskView]:
    return [TaskView(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6] or "", r[7]) for r in rows]  # type: ignore[attr-defined]


def tasks_today(db: Database, assignee_id: int | None, now: datetime | None = None) -> list[TaskView]:
    """My open follow-ups due by the end of today (overdue ones included), soonest first."""
    now = now or datetime.now()
    end_of_day = datetime.combine(now.date() + timedelta(days=1), time())
    query = _task_query().where(TicketTask.assignee_id == assignee_id, TicketTask.due_at < end_of_day)
    with db.sessions() as session:
        return _views(session.execute(query))


def due_reminders(db: Database, now: datetime | None = None) -> list[TaskView]:
    """Tasks that fell due since the last check: each fires once, with a notification for its agent."""
    now = now or datetime.now()
    with db.sessions.begin() as session:
        query = _task_query().where(TicketTask.due_at <= now, TicketTask.notified_at.is_(None))
        due = _views(session.execute(query))
        for task in due:
            row = session.get(TicketTask, task.id)
            assert row is not None
            row.notified_at = now
            text = f"{task.title} (#{task.ticket_id} {task.subject})"
            session.add(Notification(at=now, user_id=row.assignee_id, kind="task_due", ticket_id=task.ticket_id,
                                     task_id=task.id, text=text))  # fmt: skip
        return due


def schedule_visit(
    db: Database, ticket_id: int, start: datetime, technician_id: int, address: str, actor: str,
    now: datetime | None = None,
) -> None:  # fmt: skip
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    with db.sessions.begin() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise errors.NotFound(ticket_id)
        if session.get(User, technician_id) is None:
            raise errors.ValidationError({"technician_id": errors.INVALID_CHOICE})
        ticket.visit_start, ticket.technician_id, ticket.visit_address = start, technician_id, address.strip()
        ticket.updated_at = now
        session.add(_event(ticket_id, "visit", actor, now, start.strftime("%Y-%m-%d %H:%M"), address.strip()))


def record_visit_outcome(db: Database, ticket_id: int, outcome: str, actor: str, now: datetime | None = None) -> None:
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    if not outcome.strip():
        raise errors.ValidationError({"outcome": errors.EMPTY})
    with db.sessions.begin() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise errors.NotFound(ticket_id)
        ticket.visit_outcome, ticket.updated_at = outcome.strip(), now
        session.add(_event(ticket_id, "note", actor, now, note=outcome.strip()))


def day_plan(db: Database, technician_id: int, day: date) -> list[VisitView]:
    """A technician's visits of one day, by time (ix_tickets_visits)."""
    start = datetime.combine(day, time())
    query = (
        select(
            Ticket.id,
            Ticket.visit_start,
            Ticket.subject,
            Customer.name,
            Ticket.visit_address,
            Ticket.status,
            Ticket.visit_outcome,
        )  # fmt: skip
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .where(
            Ticket.technician_id == technician_id,
            Ticket.visit_start >= start,
            Ticket.visit_start < start + timedelta(days=1),
        )  # fmt: skip
        .order_by(Ticket.visit_start, Ticket.id)
    )
    with db.sessions() as session:
        return [VisitView(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6]) for r in session.execute(query)]
