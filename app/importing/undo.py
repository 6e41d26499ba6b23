"""Past imports with their counts, and "Undo this import": remove what it created, restore what it changed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select, update

from app.auth import require
from app.db import Database
from app.importing.service import KEPT, _audit
from app.models import Call, Customer, ImportBatch, ImportChange, Phone

CHUNK = 500


@dataclass(frozen=True, slots=True)
class ImportSummary:
    id: int
    started_at: datetime
    by: str
    file_name: str
    created: int
    updated: int
    skipped: int
    rejected: int
    undone_at: datetime | None


def list_imports(db: Database) -> list[ImportSummary]:
    with db.sessions() as session:
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())).all()
        return [ImportSummary(b.id, b.started_at, b.by, b.file_name, b.created, b.updated, b.skipped, b.rejected,
                              b.undone_at) for b in batches]  # fmt: skip


class AlreadyUndone(ValueError):
    """The import was undone before."""


def undo_import(db: Database, batch_id: int, actor: str) -> int:
    """Undo import `batch_id` in one transaction; return how many customers it touched."""
    require(db, actor, "import")
    with db.writer.begin() as conn:
        batch = conn.execute(select(ImportBatch.undone_at).where(ImportBatch.id == batch_id)).one_or_none()
        if batch is None:
            raise LookupError(f"There is no import {batch_id}: choose one from the list of past imports.")
        if batch.undone_at is not None:
            raise AlreadyUndone(f"Import {batch_id} was already undone.")
        changes = conn.execute(
            select(ImportChange.customer_id, ImportChange.before).where(ImportChange.batch_id == batch_id)
        ).all()
        created = [c.customer_id for c in changes if c.before == "null"]
        for start in range(0, len(created), CHUNK):
            ids = created[start : start + CHUNK]
            # Calls logged since then stay, as calls of an unknown caller.
            conn.execute(update(Call.__table__).where(Call.customer_id.in_(ids)).values(customer_id=None))
            conn.execute(delete(Phone.__table__).where(Phone.customer_id.in_(ids)))
            conn.execute(delete(Customer.__table__).where(Customer.id.in_(ids)))
        for change in changes:
            if change.before == "null":
                continue
            before = json.loads(change.before)
            values = {k: before[k] for k in KEPT if k in before}
            if isinstance(values.get("updated_at"), str):
                values["updated_at"] = datetime.fromisoformat(values["updated_at"])
            conn.execute(update(Customer.__table__).where(Customer.id == change.customer_id).values(**values))
            conn.execute(delete(Phone.__table__).where(Phone.customer_id == change.customer_id))
            phones = [{"customer_id": change.customer_id, **p} for p in before.get("phones", [])]
            if phones:
                conn.execute(insert(Phone.__table__), phones)
        conn.execute(update(ImportBatch.__table__).where(ImportBatch.id == batch_id).values(undone_at=datetime.now()))
        _audit(conn, actor, "import", batch_id, "delete", {"customers": len(changes)}, None)
        return len(changes)
