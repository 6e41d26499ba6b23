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

from sqlalchemy import Connection, delete, insert, select, update

from app.auth import require
from app.db import Database
from app.dto import CustomerDraft
from app.importing.bulk import update_rows
from app.importing.creates import FIELDS, insert_creates
from app.importing.keys import import_search_key, import_sort_key
from app.importing.plan import MODES, ON_DUPLICATE, FileMatches, Plan, make_plan
from app.importing.quiet_gc import collector_paused
from app.importing.rows import CheckedRow, check_batches
from app.importing.table import Cell, SourceTable
from app.models import AuditLog, Customer, ImportBatch, ImportChange, Phone
from app.phones import PhoneRules
from app.progress import Cancelled, Progress, no_progress

CHUNK = 2000
BATCH = 5000  # rows checked, matched and written at a time: memory holds one batch, not the file
# Changes to existing customers wait and go in together (up to this many rows): written between batches of
# new customers they made SQLite's page cache thrash between the tables and indexes of both.
UPDATES_HELD = 20_000
Updates = dict[int, list[tuple[CheckedRow, str]]]  # customer id -> [(row, "update" | "merge")]
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
    merged_in_file: int = 0  # of those, rows merged into an earlier row of the file
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
    known = {p["number"] for p in phones}  # once: a switchboard number shared by many rows gathers many phones
    for row, how in rows:
        for name in row.given & set(FIELDS):
            new = getattr(row.draft, name)
            if how == "update" or not values[name] or (name.startswith("do_not") and new):
                values[name] = new
        for phone, kind in zip(row.phones, row.kinds, strict=True):
            if phone.number not in known:
                phones.append({"number": phone.number, "raw": phone.raw[:64], "kind": kind, "position": len(phones)})
                known.add(phone.number)


def _apply_updates(
    conn: Connection, pending: Updates, batch_id: int, options: ImportOptions, seen: FileMatches
) -> None:
    """Chunks of customers: one read, one executemany per statement (a statement per customer is 10x slower).

    The first change to an existing customer records it as it was, for undo; a customer this import
    created needs no record (undo removes it), nor an audit row of its own."""
    now, ids = datetime.now(), list(pending)
    table = Customer.__table__
    for start in range(0, len(ids), CHUNK // 4):
        chunk = ids[start : start + CHUNK // 4]
        current = _current(conn, chunk)
        updates, phones_out, changes, audits = [], [], [], []
        for customer_id in chunk:
            before, phones = current[customer_id]
            before_phones = [dict(p) for p in phones]
            values = dict(before)
            _apply_rows(values, phones, pending[customer_id])
            draft = CustomerDraft(**{name: values[name] for name in FIELDS})
            values.update(
                search_key=import_search_key(draft, [p["number"] for p in phones], options.rules),
                sort_key=import_sort_key(draft.name), import_batch_id=batch_id, updated_at=now,
                updated_by=options.actor,
            )  # fmt: skip
            updates.append({"b_id": customer_id, **values})
            phones_out += [{"customer_id": customer_id, **p} for p in phones]
            if customer_id in seen.created:
                continue
            if customer_id not in seen.recorded:
                seen.recorded.add(customer_id)
                snapshot = {**_jsonable(before), "phones": before_phones}
                changes.append({"batch_id": batch_id, "customer_id": customer_id,
                                "before": json.dumps(snapshot, ensure_ascii=False)})  # fmt: skip
            audits.append(_audit_row(options.actor, "customer", customer_id, "update", _jsonable(before),
                                     _jsonable(values)))  # fmt: skip
        update_rows(conn, table, list(KEPT), updates)
        conn.execute(delete(Phone.__table__).where(Phone.customer_id.in_(chunk)))
        if phones_out:
            conn.execute(insert(Phone.__table__), phones_out)
        if changes:
            conn.execute(insert(ImportChange.__table__), changes)
        if audits:
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
    random index pages. 64 MB for the import, then back to the default: on the 1M benchmark 64, 128 and
    256 MB imported at the same speed (the pages it drops stay in the system's cache), and 256 MB
    was most of the import's memory."""
    if sqlite:
        conn.exec_driver_sql("PRAGMA cache_size = -65536")
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
    """Batch by batch: check, match, write, then let the rows go; the transaction spans them all."""
    started, total, done = time.perf_counter(), table.row_count, 0
    result, seen = ImportResult(dry_run=options.dry_run), FileMatches()
    _check(progress, 0, total, "importing")
    try:
        with db.writer.begin() as conn, _big_cache(conn, db.is_sqlite):
            batch_id = conn.execute(
                insert(ImportBatch.__table__).values(
                    started_at=datetime.now(), by=options.actor, file_name=options.file_name[-400:], mode=options.mode,
                    on_duplicate=options.on_duplicate, created=0, updated=0, skipped=0, rejected=0,
                ).returning(ImportBatch.id)
            ).scalar_one()  # fmt: skip
            pending: Updates = {}
            for checked in check_batches(table, mapping, options.rules, BATCH):
                plan = make_plan(conn, [r for r in checked if r.ok], options.mode, options.on_duplicate, seen)
                seen.written(plan.creates, insert_creates(conn, plan, batch_id, options.actor, options.rules,
                                                          db.is_sqlite))  # fmt: skip
                _count(result, checked, plan, seen)
                for customer_id, rows in plan.updates.items():
                    pending.setdefault(customer_id, []).extend(rows)
                if sum(len(rows) for rows in pending.values()) >= UPDATES_HELD:
                    _apply_updates(conn, pending, batch_id, options, seen)
                    pending = {}
                if not pending:
                    seen.forget()
                done += len(checked)
                # Rows whose changes still wait are not done yet: the bar ends when the last of them is written.
                _check(progress, done - sum(len(rows) for rows in pending.values()), total, "importing")
            _apply_updates(conn, pending, batch_id, options, seen)
            _check(progress, total, total, "importing")
            result.problems.sort(key=lambda p: p.row_number)
            conn.execute(
                update(ImportBatch.__table__).where(ImportBatch.id == batch_id).values(
                    created=result.created, updated=result.updated + result.merged - result.merged_in_file,
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


def _count(result: ImportResult, checked: list[CheckedRow], plan: Plan, seen: FileMatches) -> None:
    """Add one batch to the counts. A row merged into a customer this import created is merged in the file."""
    result.created += len(plan.creates)
    result.merged_in_file += plan.merged_in_file
    result.merged += plan.merged_in_file
    for customer_id, rows in plan.updates.items():
        for _row, how in rows:
            if how == "update":
                result.updated += 1
            elif customer_id not in seen.created:
                result.merged += 1
    result.skipped += len(plan.skipped)
    result.skipped_rows += plan.skipped
    result.problems += [RowProblem(r.row_number, "; ".join(r.problems), r.cells) for r in checked if not r.ok]
