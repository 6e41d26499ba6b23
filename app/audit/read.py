"""Reading the audit log: filters (user, table, record, period), newest first, one keyset page at a time.

Only supervisors and owners read it (`audit.read`); the screen is ui/audit/, the export app/audit/export.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select

from app.auth import require
from app.db import Database
from app.models import AuditLog

PAGE_SIZE = 200


@dataclass(frozen=True)
class AuditFilter:
    user: str = ""
    entity: str = ""  # the table: customer, call, lookup, ticket, user...
    entity_id: int | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive


@dataclass(frozen=True)
class Change:
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    by: str
    entity: str
    entity_id: int
    action: str
    changes: tuple[Change, ...]

    def summary(self) -> str:
        """'name: Ali → Ali Rezaei; city: (empty) → Tabriz' — what changed, one line."""
        return "; ".join(f"{c.field}: {c.before or '(empty)'} → {c.after or '(empty)'}" for c in self.changes)


def _query(f: AuditFilter) -> Select:
    query = select(AuditLog)
    if f.user:
        query = query.where(AuditLog.by == f.user)
    if f.entity:
        query = query.where(AuditLog.entity == f.entity)
    if f.entity_id is not None:
        query = query.where(AuditLog.entity_id == f.entity_id)
    if f.since is not None:
        query = query.where(AuditLog.at >= f.since)
    if f.until is not None:
        query = query.where(AuditLog.at < f.until)
    return query


def audit_page(db: Database, actor: str, f: AuditFilter, before_id: int | None = None,
               limit: int = PAGE_SIZE) -> list[AuditEntry]:  # fmt: skip
    """Up to `limit` entries, newest first, older than `before_id` (the last id of the previous page)."""
    require(db, actor, "audit.read")
    query = _query(f)
    if before_id is not None:
        query = query.where(AuditLog.id < before_id)
    with db.sessions() as session:
        return [entry(row) for row in session.scalars(query.order_by(AuditLog.id.desc()).limit(limit))]


def audit_choices(db: Database, actor: str) -> tuple[list[str], list[str]]:
    """(users, tables) that appear in the log, for the screen's filter lists."""
    require(db, actor, "audit.read")
    with db.sessions() as session:
        users = list(session.scalars(select(AuditLog.by).distinct().order_by(AuditLog.by)))
        tables = list(session.scalars(select(AuditLog.entity).distinct().order_by(AuditLog.entity)))
    return users, tables


def entry(row: AuditLog) -> AuditEntry:
    return AuditEntry(row.id, row.at, row.by, row.entity, row.entity_id, row.action,
                      tuple(changes(_load(row.before), _load(row.after))))  # fmt: skip


def changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[Change]:
    """The fields that differ (all of them for a create or a delete), values as readable text."""
    old, new = before or {}, after or {}
    fields = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
    return [Change(k, readable(old.get(k)), readable(new.get(k))) for k in fields]


def readable(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(readable(v.get("number", v) if isinstance(v, dict) else v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={readable(v)}" for k, v in value.items())
    text = str(value)
    if 19 <= len(text) <= 26 and text[10:11] == "T":  # an ISO timestamp from snapshot(): as people write it
        try:
            return datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            return text
    return text


def _load(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        loaded = json.loads(text)
    except ValueError:
        return {"value": text}
    return loaded if isinstance(loaded, dict) else {"value": loaded}
