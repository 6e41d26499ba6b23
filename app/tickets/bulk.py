"""Changing many tickets at once (the list's selection): assign, with what undo needs; move status where legal."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import errors
from app.auth import require
from app.db import Database
from app.models import User
from app.tickets.models import Ticket
from app.tickets.service import _event, _move
from app.tickets.workflow import TicketError, action_for


def _names(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    found = session.execute(select(User.id, User.username).where(User.id.in_([i for i in ids if i])))
    return {None: ""} | {r[0]: r[1] for r in found}


def assign_many(
    db: Database, assignees: dict[int, int | None], actor: str, now: datetime | None = None
) -> dict[int, int | None]:
    """Give each ticket its assignee (one transaction); returns the previous assignee of each changed ticket."""
    require(db, actor, "ticket.bulk")
    now = now or datetime.now()
    with db.sessions.begin() as session:
        tickets = list(session.scalars(select(Ticket).where(Ticket.id.in_(list(assignees)))))
        if len(tickets) != len(assignees):
            raise errors.NotFound(sorted(set(assignees) - {t.id for t in tickets}))
        names = _names(session, set(assignees.values()) | {t.assignee_id for t in tickets})
        if any(a is not None and a not in names for a in assignees.values()):
            raise errors.ValidationError({"assignee_id": errors.INVALID_CHOICE})
        previous: dict[int, int | None] = {}
        for ticket in tickets:
            after = assignees[ticket.id]
            if after != ticket.assignee_id:
                previous[ticket.id] = ticket.assignee_id
                _event(session, ticket, "assign", actor, now, names[ticket.assignee_id], names[after])
                ticket.assignee_id = after
        return previous


def bulk_assign(
    db: Database, ticket_ids: list[int], assignee_id: int | None, actor: str, now: datetime | None = None
) -> dict[int, int | None]:
    require(db, actor, "ticket.bulk")
    return assign_many(db, dict.fromkeys(ticket_ids, assignee_id), actor, now)


# What a status move changes on a ticket: undo puts exactly these back.
STATUS_STATE = ("status", "paused_at", "paused_seconds", "first_response_due", "resolution_due", "resolved_at",
                "closed_at", "reopen_count")  # fmt: skip


def bulk_status(
    db: Database, ticket_ids: list[int], after: str, actor: str, now: datetime | None = None
) -> tuple[list[int], list[int]]:
    """Move every ticket where the status table allows it (one transaction); returns (moved, refused)."""
    moved, refused, _before = bulk_status_undoable(db, ticket_ids, after, actor, now)
    return moved, refused


def bulk_status_undoable(
    db: Database, ticket_ids: list[int], after: str, actor: str, now: datetime | None = None
) -> tuple[list[int], list[int], dict[int, dict[str, Any]]]:
    """`bulk_status`, also returning each moved ticket's status state before (for `restore_status`)."""
    require(db, actor, "ticket.bulk")
    now = now or datetime.now()
    moved, refused = [], []
    saved: dict[int, dict[str, Any]] = {}
    with db.sessions.begin() as session:
        for ticket in session.scalars(select(Ticket).where(Ticket.id.in_(ticket_ids)).order_by(Ticket.id)):
            try:
                action = action_for(ticket.status, after)
            except TicketError:
                refused.append(ticket.id)
                continue
            before = ticket.status
            saved[ticket.id] = {name: getattr(ticket, name) for name in STATUS_STATE}
            _move(session, ticket, after, action, now)
            _event(session, ticket, "status", actor, now, before, after)
            moved.append(ticket.id)
    return moved, refused, saved


def restore_status(
    db: Database, saved: dict[int, dict[str, Any]], actor: str, now: datetime | None = None
) -> list[int]:
    """Undo a bulk status change: each ticket's status, SLA pause and times as they were, with an event
    ("undo") in its timeline. Not a move through the status table: it takes back one that was made."""
    require(db, actor, "ticket.bulk")
    now = now or datetime.now()
    with db.sessions.begin() as session:
        tickets = list(session.scalars(select(Ticket).where(Ticket.id.in_(list(saved))).order_by(Ticket.id)))
        for ticket in tickets:
            before = ticket.status
            for name, value in saved[ticket.id].items():
                setattr(ticket, name, value)
            _event(session, ticket, "status", actor, now, before, ticket.status, note="undo")
        return [t.id for t in tickets]
