"""A person's notifications inbox: breached targets (supervisors) and due follow-ups (their agent),
newest first, with an unread count for the bell and "mark read". Supervisors share the notifications
addressed to every supervisor (user_id NULL): one of them marking one read marks it for all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

from app.db import Database
from app.models import User
from app.tickets.models import Notification

SUPERVISING = ("supervisor", "owner")


@dataclass(frozen=True, slots=True)
class InboxItem:
    id: int
    at: datetime
    kind: str  # breach, task_due
    ticket_id: int | None
    text: str
    read: bool


def _mine(session: Session, actor: str) -> ColumnElement[bool]:
    """The notifications `actor` sees: their own, and as a supervisor also those for every supervisor."""
    user = session.execute(select(User.id, User.role).where(User.username == actor)).one_or_none()
    user_id, role = (user[0], user[1]) if user is not None else (None, "agent")
    if role in SUPERVISING:
        return (Notification.user_id == user_id) | Notification.user_id.is_(None)
    return Notification.user_id == user_id if user_id is not None else Notification.id.is_(None)


def inbox(db: Database, actor: str, limit: int = 200) -> list[InboxItem]:
    with db.sessions() as session:
        query = select(Notification).where(_mine(session, actor)).order_by(Notification.id.desc()).limit(limit)
        return [InboxItem(n.id, n.at, n.kind, n.ticket_id, n.text, n.read_at is not None)
                for n in session.scalars(query)]  # fmt: skip


def unread_count(db: Database, actor: str) -> int:
    with db.sessions() as session:
        where = _mine(session, actor)
        return int(
            session.scalar(select(func.count(Notification.id)).where(where, Notification.read_at.is_(None))) or 0
        )


def mark_read(db: Database, actor: str, ids: list[int] | None = None, now: datetime | None = None) -> int:
    """Mark these notifications (None: every unread one `actor` sees) read; return how many changed."""
    now = now or datetime.now()
    with db.sessions.begin() as session:
        where = [_mine(session, actor), Notification.read_at.is_(None)]
        if ids is not None:
            where.append(Notification.id.in_(ids))
        return int(session.execute(update(Notification).where(*where).values(read_at=now)).rowcount or 0)  # type: ignore[attr-defined]
