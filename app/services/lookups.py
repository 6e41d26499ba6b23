"""Editable lists (call reasons, call outcomes) and the agents known to the database."""

from __future__ import annotations

from sqlalchemy import func, select

from app import audit, errors
from app.auth import require
from app.db import Database
from app.dto import Agent, LookupItem
from app.lookup_defaults import CALL_OUTCOME, CALL_REASON, DEFAULT_LABELS
from app.models import Lookup, User

__all__ = ["CALL_OUTCOME", "CALL_REASON", "DEFAULTS"]

DEFAULTS = {kind: list(labels) for kind, labels in DEFAULT_LABELS.items()}
LABELLED_LANGUAGES = ("fa", "ar")


def ensure_defaults(db: Database, defaults: dict[str, list[str]] | None = None) -> None:
    """Fill each empty list with its default values, labelled in Persian and Arabic (first start, demo)."""
    with db.sessions.begin() as session:
        for kind, values in (defaults or DEFAULTS).items():
            if session.scalar(select(func.count(Lookup.id)).where(Lookup.kind == kind)):
                continue
            labels = DEFAULT_LABELS.get(kind, {})
            session.add_all(
                Lookup(kind=kind, value=v, position=i, label_fa=labels.get(v, ("", ""))[0],
                       label_ar=labels.get(v, ("", ""))[1])
                for i, v in enumerate(values)
            )  # fmt: skip


def _item(row: Lookup) -> LookupItem:
    return LookupItem(row.id, row.value, row.active, row.label_fa, row.label_ar)


def list_values(db: Database, kind: str, include_inactive: bool = False) -> list[LookupItem]:
    query = select(Lookup).where(Lookup.kind == kind).order_by(Lookup.position, Lookup.id)
    if not include_inactive:
        query = query.where(Lookup.active.is_(True))
    with db.sessions() as session:
        return [_item(x) for x in session.scalars(query)]


def label_map(db: Database, language: str) -> dict[tuple[str, str], str]:
    """(kind, stored value) -> what `language` users see, for every translated value (one query).

    Screens and workbooks show a stored value through this map, so a renamed English value or a
    value typed by the user without a translation simply shows as it is.
    """
    if language not in LABELLED_LANGUAGES:
        return {}
    column = Lookup.label_fa if language == "fa" else Lookup.label_ar
    with db.sessions() as session:
        rows = session.execute(select(Lookup.kind, Lookup.value, column).where(column != ""))
        return {(kind, value): label for kind, value, label in rows}


def set_labels(db: Database, item_id: int, label_fa: str, label_ar: str, actor: str = "") -> None:
    """Give a value its Persian and Arabic labels (empty shows the value as typed)."""
    require(db, actor, "lists.edit")
    with db.sessions.begin() as session:
        item = session.get(Lookup, item_id)
        if item is None:
            raise errors.NotFound(item_id)
        before = audit.snapshot(item)
        item.label_fa, item.label_ar = label_fa.strip()[:120], label_ar.strip()[:120]
        audit.record(session, actor, "lookup", item.id, "update", before, audit.snapshot(item))


def add_value(db: Database, kind: str, value: str, actor: str = "") -> int:
    require(db, actor, "lists.edit")
    value = value.strip()
    if not value:
        raise errors.ValidationError({"value": errors.EMPTY})
    with db.sessions.begin() as session:
        existing = session.scalar(select(Lookup).where(Lookup.kind == kind, Lookup.value == value))
        if existing is not None:  # re-adding a retired value brings it back
            before = audit.snapshot(existing)
            existing.active = True
            audit.record(session, actor, "lookup", existing.id, "update", before, audit.snapshot(existing))
            return existing.id
        position = session.scalar(select(func.coalesce(func.max(Lookup.position), -1)).where(Lookup.kind == kind))
        item = Lookup(kind=kind, value=value, position=(position or 0) + 1)
        session.add(item)
        session.flush()
        audit.record(session, actor, "lookup", item.id, "create", None, audit.snapshot(item))
        return item.id


def rename_value(db: Database, item_id: int, value: str, actor: str = "") -> None:
    require(db, actor, "lists.edit")
    value = value.strip()
    if not value:
        raise errors.ValidationError({"value": errors.EMPTY})
    with db.sessions.begin() as session:
        item = session.get(Lookup, item_id)
        if item is None:
            raise errors.NotFound(item_id)
        before = audit.snapshot(item)
        item.value = value
        audit.record(session, actor, "lookup", item.id, "update", before, audit.snapshot(item))


def set_active(db: Database, item_id: int, active: bool, actor: str = "") -> None:
    """Retire (or bring back) a value; calls that used it keep it."""
    require(db, actor, "lists.edit")
    with db.sessions.begin() as session:
        item = session.get(Lookup, item_id)
        if item is None:
            raise errors.NotFound(item_id)
        before = audit.snapshot(item)
        item.active = active
        audit.record(session, actor, "lookup", item.id, "update", before, audit.snapshot(item))


def list_agents(db: Database) -> list[Agent]:
    with db.sessions() as session:
        users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.username))
        return [Agent(u.id, u.username, u.full_name) for u in users]
