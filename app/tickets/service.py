"""Changing tickets: create, status moves, reopen, escalate, assign, priority, notes, "customer informed".

Every function is one write transaction and records one event per change (who and when), so the
ticket's timeline is its full history. Status moves go through app.tickets.workflow's table only.
`now=` lets tests and the demo drive the clock.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import errors
from app.auth import require
from app.db import Database
from app.field_text import check_lengths, clean_block, clean_line, require_lengths
from app.models import Call, Customer, Lookup, User
from app.tickets.dto import TicketDraft
from app.tickets.models import PRIORITIES, TYPES, Ticket, TicketEvent
from app.tickets.policies import due_times, load_calendar, targets_for
from app.tickets.sla import business_seconds
from app.tickets.workflow import NoteRequired, TicketError, action_for

INFORM_CHANNELS = ("call", "sms", "in_person")
RESPONSE_KINDS = {"status", "note", "informed", "escalated"}  # what counts as the first response


def _event(
    session: Session, ticket: Ticket, kind: str, actor: str, now: datetime,
    before: object = "", after: object = "", note: str = "", call_id: int | None = None,
) -> None:  # fmt: skip
    session.add(TicketEvent(
        ticket_id=ticket.id, at=now, by=actor, kind=kind, before="" if before is None else str(before),
        after="" if after is None else str(after), note=note, call_id=call_id,
    ))  # fmt: skip
    ticket.updated_at = now
    if kind in RESPONSE_KINDS and ticket.first_response_at is None:
        ticket.first_response_at = now


def _ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id, with_for_update=session.get_bind().dialect.name == "postgresql")
    if ticket is None:
        raise errors.NotFound(ticket_id)
    return ticket


def _check_refs(session: Session, draft: TicketDraft) -> None:
    problems: dict[str, str] = {}
    values: dict[str, str] = {}
    if not clean_line(draft.subject):
        problems["subject"] = errors.EMPTY
    check_lengths({"subject": (draft.subject, Ticket.subject), "description": (draft.description, Ticket.description),
                   "visit_address": (draft.visit_address, Ticket.visit_address)}, problems, values)  # fmt: skip
    if draft.type not in TYPES:
        problems["type"] = errors.INVALID_CHOICE
    if draft.priority not in PRIORITIES:
        problems["priority"] = errors.INVALID_CHOICE
    for name, model, value in (
        ("customer_id", Customer, draft.customer_id), ("call_id", Call, draft.call_id),
        ("category_id", Lookup, draft.category_id), ("department_id", Lookup, draft.department_id),
        ("tier_id", Lookup, draft.tier_id), ("assignee_id", User, draft.assignee_id),
        ("technician_id", User, draft.technician_id),
    ):  # fmt: skip
        if value is not None and session.get(model, value) is None:
            problems[name] = errors.INVALID_CHOICE
    if problems:
        raise errors.ValidationError(problems, values)


def create_ticket(db: Database, draft: TicketDraft, actor: str, now: datetime | None = None) -> int:
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    with db.sessions.begin() as session:
        _check_refs(session, draft)
        first_due, resolution_due = due_times(
            load_calendar(session), targets_for(session, draft.priority, draft.category_id), now
        )
        ticket = Ticket(
            type=draft.type, category_id=draft.category_id, priority=draft.priority, status="new",
            department_id=draft.department_id, tier_id=draft.tier_id, assignee_id=draft.assignee_id,
            customer_id=draft.customer_id, call_id=draft.call_id, subject=clean_line(draft.subject),
            description=clean_block(draft.description), created_at=now, created_by=actor, updated_at=now,
            first_response_due=first_due, resolution_due=resolution_due, paused_seconds=0, reopen_count=0,
            visit_start=draft.visit_start, technician_id=draft.technician_id,
            visit_address=clean_block(draft.visit_address),
        )  # fmt: skip
        session.add(ticket)
        session.flush()
        _event(session, ticket, "created", actor, now, after="new", call_id=draft.call_id)
        return ticket.id


def _move(session: Session, ticket: Ticket, after: str, action: str, now: datetime) -> None:
    """Apply a legal status move's side effects: the SLA pause, resolution and closing times."""
    if ticket.status == "waiting" and ticket.paused_at is not None:
        calendar = load_calendar(session)
        ticket.paused_seconds += business_seconds(ticket.paused_at, now, calendar)
        ticket.paused_at = None
        ticket.first_response_due, ticket.resolution_due = due_times(
            calendar, targets_for(session, ticket.priority, ticket.category_id), ticket.created_at,
            ticket.paused_seconds,
        )  # fmt: skip
    if after == "waiting":
        ticket.paused_at = now
    if after == "resolved":
        ticket.resolved_at = now
    if after == "closed":
        ticket.closed_at = now
    if action == "reopen":
        ticket.resolved_at = ticket.closed_at = None
        ticket.reopen_count += 1
    ticket.status = after


def change_status(
    db: Database, ticket_id: int, after: str, actor: str, note: str = "", *,
    resolution: str = "", satisfaction: int | None = None, inform: tuple[str, str] | None = None,
    now: datetime | None = None,
) -> None:  # fmt: skip
    """An ordinary status move (not reopen or escalate); IllegalTransition when the table has no such move.

    `inform` = (channel, message): the customer was told of the change, recorded in the same transaction.
    """
    require(db, actor, "ticket.edit")
    if inform is not None and inform[0] not in INFORM_CHANNELS:
        raise errors.ValidationError({"channel": errors.INVALID_CHOICE})
    now = now or datetime.now()
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        raise errors.ValidationError({"satisfaction": errors.OUT_OF_RANGE})
    with db.sessions.begin() as session:
        ticket = _ticket(session, ticket_id)
        before = ticket.status
        action = action_for(before, after)
        _move(session, ticket, after, action, now)
        if after == "resolved" and resolution.strip():
            ticket.resolution = resolution.strip()
        if after == "closed" and satisfaction is not None:
            ticket.satisfaction = satisfaction
        _event(session, ticket, "status", actor, now, before, after, note.strip())
        if inform is not None:
            ticket.last_informed_at = now
            _event(session, ticket, "informed", actor, now, after=inform[0], note=inform[1].strip())


def reopen(db: Database, ticket_id: int, actor: str, note: str, now: datetime | None = None) -> None:
    """Bring a resolved or closed ticket back to open; the reason is required and kept as a "reopened" event."""
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    if not note.strip():
        raise NoteRequired("reopen")
    with db.sessions.begin() as session:
        ticket = _ticket(session, ticket_id)
        before = ticket.status
        action = action_for(before, "open", reopening=True)
        _move(session, ticket, "open", action, now)
        _event(session, ticket, "reopened", actor, now, before, "open", note.strip())


def escalate(
    db: Database, ticket_id: int, actor: str, note: str, *, tier_id: int | None = None,
    department_id: int | None = None, now: datetime | None = None,
) -> None:  # fmt: skip
    """Move to another tier and/or department with a required note; the status becomes escalated."""
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    if not note.strip():
        raise NoteRequired("escalate")
    with db.sessions.begin() as session:
        ticket = _ticket(session, ticket_id)
        before = ticket.status
        if before != "escalated":
            _move(session, ticket, "escalated", action_for(before, "escalated", escalating=True), now)
        elif tier_id in (None, ticket.tier_id) and department_id in (None, ticket.department_id):
            raise TicketError("The ticket is already escalated; choose another tier or department.")
        for kind, column, value in (("tier", "tier_id", tier_id), ("department", "department_id", department_id)):
            if value is not None and value != getattr(ticket, column):
                if session.get(Lookup, value) is None:
                    raise errors.ValidationError({column: errors.INVALID_CHOICE})
                _event(session, ticket, kind, actor, now, _lookup_name(session, getattr(ticket, column)),
                       _lookup_name(session, value))  # fmt: skip
                setattr(ticket, column, value)
        _event(session, ticket, "escalated", actor, now, before, "escalated", note.strip())


def _lookup_name(session: Session, lookup_id: int | None) -> str:
    return "" if lookup_id is None else session.scalar(select(Lookup.value).where(Lookup.id == lookup_id)) or ""


def _username(session: Session, user_id: int | None) -> str:
    return "" if user_id is None else session.scalar(select(User.username).where(User.id == user_id)) or ""


def assign(db: Database, ticket_id: int, assignee_id: int | None, actor: str, now: datetime | None = None) -> None:
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    with db.sessions.begin() as session:
        ticket = _ticket(session, ticket_id)
        if assignee_id is not None and session.get(User, assignee_id) is None:
            raise errors.ValidationError({"assignee_id": errors.INVALID_CHOICE})
        if assignee_id == ticket.assignee_id:
            return
        before, after = _username(session, ticket.assignee_id), _username(session, assignee_id)
        ticket.assignee_id = assignee_id
        _event(session, ticket, "assign", actor, now, before, after)


def set_priority(db: Database, ticket_id: int, priority: str, actor: str, now: datetime | None = None) -> None:
    """A new priority brings the policy's targets for it (counted from the ticket's creation)."""
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    if priority not in PRIORITIES:
        raise errors.ValidationError({"priority": errors.INVALID_CHOICE})
    with db.sessions.begin() as session:
        ticket = _ticket(session, ticket_id)
        if priority == ticket.priority:
            return
        before, ticket.priority = ticket.priority, priority
        ticket.first_response_due, ticket.resolution_due = due_times(
            load_calendar(session), targets_for(session, priority, ticket.category_id), ticket.created_at,
            ticket.paused_seconds,
        )  # fmt: skip
        _event(session, ticket, "priority", actor, now, before, priority)


def add_note(db: Database, ticket_id: int, actor: str, note: str, now: datetime | None = None) -> None:
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    note = clean_block(note)
    if not note:
        raise errors.ValidationError({"note": errors.EMPTY})
    require_lengths({"note": (note, TicketEvent.note)})
    with db.sessions.begin() as session:
        _event(session, _ticket(session, ticket_id), "note", actor, now, note=note)


def record_informed(
    db: Database, ticket_id: int, actor: str, channel: str, message: str, *,
    call_id: int | None = None, now: datetime | None = None,
) -> None:  # fmt: skip
    """The customer was told how their ticket stands (by call, SMS or in person): a "customer informed" event."""
    require(db, actor, "ticket.edit")
    now = now or datetime.now()
    if channel not in INFORM_CHANNELS:
        raise errors.ValidationError({"channel": errors.INVALID_CHOICE})
    with db.sessions.begin() as session:
        ticket = _ticket(session, ticket_id)
        ticket.last_informed_at = now
        _event(session, ticket, "informed", actor, now, after=channel, note=message.strip(), call_id=call_id)
