"""Writing the new customers of an import: rows as tuples, many rows per statement on SQLite.

No dict and no SQLAlchemy Core compile per row: on the 1M demo the writes were about half of an
import's CPU. PostgreSQL keeps Core's executemany with RETURNING (it batches that itself).
"""

from __future__ import annotations

from datetime import datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, func, insert, select

from app.importing.bulk import insert_tuples_sqlite
from app.importing.keys import import_search_key, import_sort_key
from app.importing.plan import Plan
from app.importing.rows import CheckedRow
from app.models import Customer, ImportChange, Phone
from app.phones import PhoneRules

CHUNK = 2000
FIELDS = ("name", "company", "email", "address", "city", "tags", "source", "status", "notes",
          "do_not_call", "do_not_sms", "do_not_email")  # fmt: skip
COLUMNS = FIELDS + ("kind", "consent_changed_at", "consent_note", "owner_id", "deleted_at", "deleted_by", "search_key",
                    "sort_key", "import_batch_id", "created_at", "created_by", "updated_at", "updated_by")  # fmt: skip
_FIELD_VALUES = attrgetter(*FIELDS)
PHONE_INSERT = "INSERT INTO phones (customer_id, number, raw, kind, position) VALUES (?, ?, ?, ?, ?)"
CHANGE_INSERT = "INSERT INTO import_changes (batch_id, customer_id, before) VALUES (?, ?, 'null')"


def customer_row(row: CheckedRow, batch_id: int, now: datetime, actor: str, rules: PhoneRules) -> tuple[Any, ...]:
    """The new customer's values in COLUMNS order."""
    draft = row.draft
    search_key = import_search_key(draft, [p.number for p in row.phones], rules)
    return (*_FIELD_VALUES(draft), "person", None, "", None, None, "", search_key, import_sort_key(draft.name),
            batch_id, row.created_at or now, actor, now, actor)  # fmt: skip


def _new_ids(conn: Connection, rows: list[tuple[Any, ...]], sqlite: bool) -> list[int]:
    """Insert customers and return their ids in order. On SQLite the import holds the write lock
    (BEGIN IMMEDIATE), so ids after max(id) are ours; see `bulk` for why many rows go in one statement."""
    table = Customer.__table__
    if not sqlite:
        values = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
        return list(conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), values).scalars())
    first = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    ids = list(range(first, first + len(rows)))
    insert_tuples_sqlite(conn, table, [*COLUMNS, "id"], [(*row, i) for row, i in zip(rows, ids, strict=True)])
    return ids


def insert_creates(
    conn: Connection, plan: Plan, batch_id: int, actor: str, rules: PhoneRules, sqlite: bool
) -> list[int]:
    """Write the batch's new customers, their phones and their undo records; their ids in `plan.creates` order."""
    now, written = datetime.now(), []
    for start in range(0, len(plan.creates), CHUNK):
        chunk = plan.creates[start : start + CHUNK]
        ids = _new_ids(conn, [customer_row(n.row, batch_id, now, actor, rules) for n in chunk], sqlite)
        written += ids
        phones = [
            (cid, p.number, p.raw[:64], kind, i)
            for cid, new in zip(ids, chunk, strict=True)
            for i, (p, kind) in enumerate(zip(new.row.phones, new.row.kinds, strict=True))
        ]
        if sqlite:  # no trigger on these two tables: the driver's own executemany, one prepared statement
            if phones:
                conn.exec_driver_sql(PHONE_INSERT, phones)
            conn.exec_driver_sql(CHANGE_INSERT, [(batch_id, i) for i in ids])
            continue
        if phones:
            names = ("customer_id", "number", "raw", "kind", "position")
            conn.execute(insert(Phone.__table__), [dict(zip(names, p, strict=True)) for p in phones])
        changes = [{"batch_id": batch_id, "customer_id": i, "before": "null"} for i in ids]
        conn.execute(insert(ImportChange.__table__), changes)
    return written
