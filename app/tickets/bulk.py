"""Changing many tickets at once (the list's selection): assign, with what undo needs; move status where legal."""

from __future__ import annotations

from datetime import datetime

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


def bulk_status(
    db: Database, ticket_ids: list[int], after: str, actor: str, now: datetime | None = None
) -> tuple[list[int], list[int]]:
    """Move every ticket where the status table allows it (one transaction); returns (moved, refused)."""
    require(db, actor, "ticket.bulk")
    now = now or datetime.now()
    moved, refused = [], []
    with db.sessions.begin() as session:
        for ticket in session.scalars(select(Ticket).where(Ticket.id.in_(ticket_ids)).order_by(Ticket.id)):
            try:
                action = action_for(ticket.status, after)
            except TicketError:
                refused.append(ticket.id)
                continue
            before = ticket.status
            _move(session, ticket, after, action, now)
            _event(session, ticket, "status", actor, now, before, after)
            moved.append(ticket.id)
    return moved, refused
