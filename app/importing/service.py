"""The import itself: every row checked, then one write transaction (all or nothing), with a batch to undo.

`run_import` never half-writes: a cancel (progress returns False), a failure or `dry_run` rolls the
whole transaction back. Rows with problems are reported with their row numbers and left out.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from app.auth import require
from app.db import Database
from app.dto import CustomerDraft
from app.importing.bulk import update_rows_sqlite
from app.importing.creates import FIELDS, insert_creates
from app.importing.keys import import_search_key, import_sort_key
from app.importing.plan import MODES, ON_DUPLICATE, Plan, make_plan
from app.importing.quiet_gc import collector_paused
from app.importing.rows import CheckedRow, check_table
from app.importing.table import Cell, SourceTable
from app.models import AuditLog, Customer, ImportBatch, ImportChange, Phone
from app.phones import PhoneRules
from app.progress import Cancelled, Progress, no_progress

CHUNK = 2000
KEPT = FIELDS + ("search_key", "sort_key", "import_batch_id", "updated_at", "updated_by")


@dataclass(slots=True)
class ImportOptions:
    mode: str = "create"  # create, update (by id, or phone/e-mail), upsert
    on_duplicate: str = "merge"  # skip, merge, create
    actor: str = ""
    file_name: str = ""
    dry_run: bool = False
    rules: PhoneRules = field(default_factory=PhoneRules)


@dataclass(frozen=True, slots=True)
class RowProblem:
    row_number: int
    reason: str
    cells: list[Cell]


@dataclass(slots=True)
class ImportResult:
    batch_id: int | None = None
    created: int = 0
    updated: int = 0
    merged: int = 0  # rows merged into an existing customer or an earlier row
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    skipped_rows: list[tuple[int, int | None]] = field(default_factory=list)
    seconds: float = 0.0
    dry_run: bool = False

    @property
    def rejected(self) -> int:
        return len(self.problems)


class _DryRun(Exception):
    """Raised inside the transaction so a dry run rolls back exactly what a real run would write."""


def _check(progress: Progress, done: int, total: int, label: str) -> None:
    if not progress(done, total, label):
        raise Cancelled()


def _current(conn: Connection, ids: list[int]) -> dict[int, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """The kept fields and phones of these customers, as they are before the import touches them."""
    table = Customer.__table__
    found: dict[int, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
    for row in conn.execute(
        select(table.c.id, *[table.c[name] for name in KEPT]).where(table.c.id.in_(ids))
    ).mappings():
        values = dict(row)
        found[values.pop("id")] = (values, [])
    phones = select(Phone.customer_id, Phone.number, Phone.raw, Phone.kind, Phone.position)
    for phone in conn.execute(phones.where(Phone.customer_id.in_(ids)).order_by(Phone.customer_id, Phone.position)):
        found[phone.customer_id][1].append({"number": phone.number, "raw": phone.raw, "kind": phone.kind,
                                            "position": phone.position})  # fmt: skip
    return found


def _apply_rows(values: dict[str, Any], phones: list[dict[str, Any]], rows: list[tuple[CheckedRow, str]]) -> None:
    """An update overwrites the fields the file gave; a merge only fills empty ones. Both add new phones."""
    for row, how in rows:
        for name in row.given & set(FIELDS):
            new = getattr(row.draft, name)
            if how == "update" or not values[name] or (name.startswith("do_not") and new):
                values[name] = new
        known = {p["number"] for p in phones}
        for phone, kind in zip(row.phones, row.kinds, strict=True):
            if phone.number not in known:
                phones.append({"number": phone.number, "raw": phone.raw[:64], "kind": kind, "position": len(phones)})
                known.add(phone.number)


def _apply_updates(
    conn: Connection, plan: Plan, batch_id: int, options: ImportOptions, progress: Progress, sqlite: bool
) -> None:
    """Chunks of customers: one read, one executemany per statement (a statement per customer is 10x slower)."""
    now, ids = datetime.now(), list(plan.updates)
    table = Customer.__table__
    statement = update(table).where(table.c.id == bindparam("b_id")).values({k: bindparam(k) for k in KEPT})
    for start in range(0, len(ids), CHUNK // 4):
        _check(progress, start, len(ids), "updating customers")
        chunk = ids[start : start + CHUNK // 4]
        current = _current(conn, chunk)
        updates, phones_out, changes, audits = [], [], [], []
        for customer_id in chunk:
            before, phones = current[customer_id]
            before_phones = [dict(p) for p in phones]
            values = dict(before)
            _apply_rows(values, phones, plan.updates[customer_id])
            draft = CustomerDraft(**{name: values[name] for name in FIELDS})
            values.update(
                search_key=import_search_key(draft, [p["number"] for p in phones], options.rules),
                sort_key=import_sort_key(draft.name), import_batch_id=batch_id, updated_at=now,
                updated_by=options.actor,
            )  # fmt: skip
            updates.append({"b_id": customer_id, **values})
            phones_out += [{"customer_id": customer_id, **p} for p in phones]
            snapshot = {**_jsonable(before), "phones": before_phones}
            changes.append({"batch_id": batch_id, "customer_id": customer_id,
                            "before": json.dumps(snapshot, ensure_ascii=False)})  # fmt: skip
            audits.append(_audit_row(options.actor, "customer", customer_id, "update", _jsonable(before),
                                     _jsonable(values)))  # fmt: skip
        if sqlite:
            update_rows_sqlite(conn, table, "b_id", list(KEPT), updates)
        else:
            conn.execute(statement, updates)
        conn.execute(delete(Phone.__table__).where(Phone.customer_id.in_(chunk)))
        if phones_out:
            conn.execute(insert(Phone.__table__), phones_out)
        conn.execute(insert(ImportChange.__table__), changes)
        conn.execute(insert(AuditLog.__table__), audits)


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in values.items()}


def _audit_row(actor: str, entity: str, entity_id: int, action: str, before: Any, after: Any) -> dict[str, Any]:
    def dump(value: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    return {"at": datetime.now(), "by": actor, "entity": entity, "entity_id": entity_id, "action": action,
            "before": dump(before), "after": dump(after)}  # fmt: skip


def _audit(conn: Connection, actor: str, entity: str, entity_id: int, action: str, before: Any, after: Any) -> None:
    conn.execute(insert(AuditLog.__table__).values(_audit_row(actor, entity, entity_id, action, before, after)))


@contextmanager
def _big_cache(conn: Connection, sqlite: bool) -> Iterator[None]:
    """SQLite's default 2 MB page cache thrashes on a million-customer file: every insert touches
    random index pages. 256 MB for the import (inside the 500 MB budget), then back to the default."""
    if sqlite:
        conn.exec_driver_sql("PRAGMA cache_size = -262144")
    try:
        yield
    finally:
        if sqlite:
            conn.exec_driver_sql("PRAGMA cache_size = -2000")


def run_import(
    db: Database, table: SourceTable, mapping: list[str], options: ImportOptions, progress: Progress = no_progress
) -> ImportResult:
    require(db, options.actor, "import")
    if options.mode not in MODES or options.on_duplicate not in ON_DUPLICATE:
        raise ValueError(f"mode must be one of {MODES} and on_duplicate one of {ON_DUPLICATE}")
    with collector_paused():
        return _run_import(db, table, mapping, options, progress)


def _run_import(
    db: Database, table: SourceTable, mapping: list[str], options: ImportOptions, progress: Progress
) -> ImportResult:
    started = time.perf_counter()
    _check(progress, 0, len(table.rows), "checking rows")
    checked = check_table(table, mapping, options.rules)
    result = ImportResult(dry_run=options.dry_run)
    try:
        with db.writer.begin() as conn, _big_cache(conn, db.is_sqlite):
            batch_id = conn.execute(
                insert(ImportBatch.__table__).values(
                    started_at=datetime.now(), by=options.actor, file_name=options.file_name[-400:], mode=options.mode,
                    on_duplicate=options.on_duplicate, created=0, updated=0, skipped=0, rejected=0,
                ).returning(ImportBatch.id)
            ).scalar_one()  # fmt: skip
            _check(progress, 0, len(table.rows), "finding duplicates")
            plan = make_plan(conn, [r for r in checked if r.ok], options.mode, options.on_duplicate)
            insert_creates(conn, plan, batch_id, options.actor, options.rules, progress, db.is_sqlite)
            _apply_updates(conn, plan, batch_id, options, progress, db.is_sqlite)
            _fill_result(result, checked, plan)
            conn.execute(
                update(ImportBatch.__table__).where(ImportBatch.id == batch_id).values(
                    created=result.created, updated=result.updated + result.merged - plan.merged_in_file,
                    skipped=result.skipped, rejected=result.rejected,
                )
            )  # fmt: skip
            _audit(conn, options.actor, "import", batch_id, "create", None,
                   {"file": options.file_name, "created": result.created, "updated": result.updated,
                    "merged": result.merged, "skipped": result.skipped, "rejected": result.rejected})  # fmt: skip
            if options.dry_run:
                raise _DryRun()
            result.batch_id = batch_id
    except _DryRun:
        pass
    result.seconds = time.perf_counter() - started
    return result


def _fill_result(result: ImportResult, checked: list[CheckedRow], plan: Plan) -> None:
    result.created = len(plan.creates)
    result.updated = sum(1 for rows in plan.updates.values() for _r, how in rows if how == "update")
    result.merged = plan.merged_in_file + sum(1 for rows in plan.updates.values() for _r, how in rows if how == "merge")
    result.skipped = len(plan.skipped)
    result.skipped_rows = plan.skipped
    result.problems = [RowProblem(r.row_number, "; ".join(r.problems), r.cells) for r in checked if not r.ok]
    result.problems.sort(key=lambda p: p.row_number)
