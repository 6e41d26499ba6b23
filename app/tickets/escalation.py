"""Breached resolution targets: flag the ticket, record a "breached" event, notify the supervisors.

`check_breaches(db, now)` is idempotent and cheap (it walks the running tickets' due-time index from the
oldest), so the app can call it every minute; tests and the demo pass their own clock.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text

from app.db import Database
from app.models import User
from app.tickets.models import RUNNING_Q, Notification, Ticket, TicketEvent

SYSTEM = "system"


def check_breaches(db: Database, now: datetime | None = None, limit: int = 500) -> list[int]:
    """Flag running tickets whose resolution target has passed; return their ids (oldest due first)."""
    now = now or datetime.now()
    with db.sessions.begin() as session:
        tickets = list(
            session.scalars(
                select(Ticket)
                .where(text(RUNNING_Q), Ticket.resolution_due < now, Ticket.breached_at.is_(None))
                .order_by(Ticket.resolution_due, Ticket.id)
                .limit(limit)
            )
        )
        if not tickets:
            return []
        supervisors = list(
            session.scalars(select(User.id).where(User.role.in_(("supervisor", "owner")), User.active.is_(True)))
        )
        for ticket in tickets:
            ticket.breached_at = now
            session.add(
                TicketEvent(ticket_id=ticket.id, at=now, by=SYSTEM, kind="breached",
                            after=ticket.resolution_due.isoformat(sep=" ", timespec="minutes") if ticket.resolution_due
                            else "", note="")
            )  # fmt: skip
            message = f"Ticket #{ticket.id} ({ticket.subject}) missed its resolution target."
            for user_id in supervisors or [None]:  # nobody has the role yet: a notification for every supervisor
                session.add(Notification(at=now, user_id=user_id, kind="breach", ticket_id=ticket.id, text=message))
        return [t.id for t in tickets]


def unread_notifications(db: Database, user_id: int | None, role: str = "agent") -> list[Notification]:
    """A person's unread notifications (supervisors also see those addressed to every supervisor)."""
    query = select(Notification).where(Notification.read_at.is_(None))
    if role in ("supervisor", "owner"):
        query = query.where((Notification.user_id == user_id) | Notification.user_id.is_(None))
    else:
        query = query.where(Notification.user_id == user_id)
    with db.sessions() as session:
        return list(session.scalars(query.order_by(Notification.id)))
