"""`db copy`: every table of one Tamas database into another, empty one, ids kept, then counted.

The source is only read (a SQLite source is opened read-only). The target is created by the app's
own migrations (newest schema) and filled in one transaction, so a copy that fails leaves it as
empty as it was. Derived tables are copied as stored, not recomputed: rollups, missed callers,
revenue per day and the customer value snapshot are exact copies. Only the search index is a
dialect matter: SQLite's FTS5 table is rebuilt from the copied customers; PostgreSQL's trigram
index is built from the copied rows like every other index.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from app.db import Database, resolve_url
from app.dbcopy.endpoints import (
    CopyError,
    data_tables_with_rows,
    driver_message,
    open_source,
    open_target,
    seeded_tables,
    shown,
)
from app.dbcopy.writers import writer_for
from app.models import Base
from app.progress import Cancelled, Progress, no_progress

BATCH_ROWS = 20_000
FINISH = "(indexes, keys, sequences)"


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int
    seconds: float

    @property
    def ok(self) -> bool:
        return self.source == self.target


@dataclass
class CopyReport:
    source: str
    target: str
    tables: list[TableCount] = field(default_factory=list)
    seconds: float = 0.0
    finish_seconds: float = 0.0  # indexes, foreign keys, sequences and statistics after the rows

    @property
    def ok(self) -> bool:
        return all(count.ok for count in self.tables)

    @property
    def rows(self) -> int:
        return sum(count.source for count in self.tables)


def copy_database(
    source: str, target: str, progress: Progress = no_progress, batch_rows: int = BATCH_ROWS
) -> CopyReport:
    """Copy `source` (path or URL) into the empty `target`; raises CopyError with a line for the user."""
    if resolve_url(source) == resolve_url(target):
        raise CopyError("--from and --to are the same database; choose a new file or an empty server database.")
    began = time.perf_counter()
    source_engine = open_source(source)
    try:
        tables = Base.metadata.sorted_tables
        totals = _counts(source_engine, tables)
        target_db, created = open_target(target)
        try:
            busy = data_tables_with_rows(target_db, seeded_tables())
            if busy:
                raise CopyError(
                    f"{shown(target_db.url)} is not empty (it has {', '.join(busy[:3])}"
                    f"{'…' if len(busy) > 3 else ''}); copy into a new file or an empty server database."
                )
            seconds = _copy_rows(source_engine, target_db, tables, totals, progress, batch_rows)
            copied = _counts(target_db.engine, tables)  # counted again from the target, after the commit
        except BaseException:
            target_db.dispose()
            if created:
                _remove_sqlite_file(target_db.url)
            raise
        target_db.dispose()
    finally:
        source_engine.dispose()
    counts = [TableCount(t.name, totals[t.name], copied[t.name], seconds.get(t.name, 0.0)) for t in tables]
    took = time.perf_counter() - began
    return CopyReport(shown(resolve_url(source)), shown(target_db.url), counts, took, seconds.get(FINISH, 0.0))


def _counts(engine: Engine, tables: list[Table]) -> dict[str, int]:
    with engine.connect() as connection:
        return {t.name: int(connection.scalar(select(func.count()).select_from(t)) or 0) for t in tables}


def _copy_rows(
    source: Engine, target: Database, tables: list[Table], totals: dict[str, int], progress: Progress, batch_rows: int
) -> dict[str, float]:
    """All tables in one target transaction (all or nothing); seconds spent per table."""
    total = sum(totals.values()) + 1  # the last step: indexes, keys and sequences
    done = 0
    seconds: dict[str, float] = {}
    try:
        with source.connect() as reading, target.writer.begin() as writing:
            writer = writer_for(writing)
            writer.prepare(tables)
            _clear_seeded(writing, tables)
            for table in tables:
                began = time.perf_counter()
                order = list(table.primary_key.columns)
                result = reading.execution_options(yield_per=batch_rows).execute(select(table).order_by(*order))
                for batch in result.partitions():
                    writer.write(table, batch)
                    done += len(batch)
                    if not progress(done, total, table.name):
                        raise Cancelled()
                seconds[table.name] = time.perf_counter() - began
            began = time.perf_counter()
            progress(done, total, "indexes and keys")
            writer.finish(tables)
            seconds[FINISH] = time.perf_counter() - began
            progress(total, total, "done")
    except (OperationalError, DBAPIError) as error:
        raise CopyError(
            f"The copy stopped and nothing was kept in the target: {driver_message(error, target.url)}"
        ) from error
    return seconds


def _clear_seeded(connection: Connection, tables: list[Table]) -> None:
    """Rows the migrations put in a fresh target (default lists) make way for the source's own."""
    for table in reversed(tables):
        connection.execute(table.delete())


def _remove_sqlite_file(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(parsed.database + suffix).unlink(missing_ok=True)
