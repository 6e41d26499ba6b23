"""Editable lists (call reasons, call outcomes) and the agents known to the database."""

from __future__ import annotations

from sqlalchemy import func, select

from app import errors
from app.db import Database
from app.dto import Agent, LookupItem
from app.models import Lookup, User

CALL_REASON = "call_reason"
CALL_OUTCOME = "call_outcome"

DEFAULTS = {
    CALL_REASON: ["Order", "Complaint", "Question", "Support", "Billing", "Delivery", "Other"],
    CALL_OUTCOME: ["Resolved", "Call back", "Escalated", "Sale", "No interest", "Wrong number"],
}


def ensure_defaults(db: Database, defaults: dict[str, list[str]] | None = None) -> None:
    """Fill each empty list with its default values (first start, or a fresh demo database)."""
    with db.sessions.begin() as session:
        for kind, values in (defaults or DEFAULTS).items():
            if session.scalar(select(func.count(Lookup.id)).where(Lookup.kind == kind)):
                continue
            session.add_all(Lookup(kind=kind, value=v, position=i) for i, v in enumerate(values))


def list_values(db: Database, kind: str, include_inactive: bool = False) -> list[LookupItem]:
    query = select(Lookup).where(Lookup.kind == kind).order_by(Lookup.position, Lookup.id)
    if not include_inactive:
        query = query.where(Lookup.active.is_(True))
    with db.sessions() as session:
        return [LookupItem(x.id, x.value, x.active) for x in session.scalars(query)]


def add_value(db: Database, kind: str, value: str) -> int:
    value = value.strip()
    if not value:
        raise errors.ValidationError({"value": errors.EMPTY})
    with db.sessions.begin() as session:
        existing = session.scalar(select(Lookup).where(Lookup.kind == kind, Lookup.value == value))
        if existing is not None:  # re-adding a retired value brings it back
            existing.active = True
            return existing.id
        position = session.scalar(select(func.coalesce(func.max(Lookup.position), -1)).where(Lookup.kind == kind))
        item = Lookup(kind=kind, value=value, position=(position or 0) + 1)
        session.add(item)
        session.flush()
        return item.id


def rename_value(db: Database, item_id: int, value: str) -> None:
    value = value.strip()
    if not value:
        raise errors.ValidationError({"value": errors.EMPTY})
    with db.sessions.begin() as session:
        item = session.get(Lookup, item_id)
        if item is None:
            raise errors.NotFound(item_id)
        item.value = value


def set_active(db: Database, item_id: int, active: bool) -> None:
    """Retire (or bring back) a value; calls that used it keep it."""
    with db.sessions.begin() as session:
        item = session.get(Lookup, item_id)
        if item is None:
            raise errors.NotFound(item_id)
        item.active = active


def list_agents(db: Database) -> list[Agent]:
    with db.sessions() as session:
        users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.username))
        return [Agent(u.id, u.username, u.full_name) for u in users]
