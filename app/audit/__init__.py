"""The audit log: who changed which row, when, and what it looked like before and after."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.models import AuditLog, Base

SKIPPED = {"search_key", "sort_key", "password_hash"}  # derived columns are noise; a hash is a secret


def snapshot(row: Base, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The row's column values (plus `extra`, e.g. its phones) as JSON-ready values."""
    values: dict[str, Any] = {}
    for column in inspect(row).mapper.column_attrs:
        if column.key in SKIPPED:
            continue
        value = getattr(row, column.key)
        values[column.key] = value.isoformat() if isinstance(value, date | datetime) else value
    values.update(extra or {})
    return values


def record(
    session: Session,
    actor: str,
    entity: str,
    entity_id: int,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    session.add(
        AuditLog(
            by=actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            before=None if before is None else json.dumps(before, ensure_ascii=False, sort_keys=True),
            after=None if after is None else json.dumps(after, ensure_ascii=False, sort_keys=True),
        )
    )
