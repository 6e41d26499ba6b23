"""Look at a SQLite file without changing a byte: is it Tamas's, is its schema one this app knows, is it whole.

The checks open the file read-only (`mode=ro`), so a file of another program, or one made by a newer
Tamas, is refused before anything (the switch to WAL, a migration) writes to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path

from app.db import DatabaseOpenError

SQLITE_HEADER = b"SQLite format 3\x00"


class NotTamasDatabase(DatabaseOpenError):
    """An SQLite file of another program (tables, but no Tamas schema version)."""


class DatabaseTooNew(DatabaseOpenError):
    """The schema revision is one this app does not know: a newer Tamas wrote it."""


class DatabaseDamaged(DatabaseOpenError):
    """`quick_check`/`integrity_check` found damage, or SQLite could not read the file's pages."""


@cache
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    from app.migrate import alembic_config

    return frozenset(script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions())


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)


def is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def damaged_message(path: Path, detail: str) -> str:
    return (
        f"{path} is damaged ({detail}); it was left untouched. Restore the latest good backup with "
        "`main.py restore BACKUP_FILE` (or choose it when the app starts)."
    )


def schema_revision(path: Path) -> str | None:
    """The Tamas schema revision of an SQLite file; None for an empty file; refuses a foreign or newer one."""
    try:
        connection = read_only(path)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "alembic_version" not in tables or "customers" not in tables:
                raise NotTamasDatabase(
                    f"{path} is an SQLite database of another program, not a Tamas database; it was left "
                    "untouched. Choose another file with --db."
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseDamaged(damaged_message(path, str(error))) from error
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(
            f"{path} was made by a newer Tamas (schema {revision}): update the app to open it. It was left untouched."
        )
    return revision


def check(path: Path, pragma: str = "quick_check", progress: Callable[[], bool] | None = None) -> str:
    """'ok', or the first problem `PRAGMA quick_check`/`integrity_check` reports (read-only).

    `progress` is called every few thousand SQLite steps; returning False stops the check (it raises).
    """
    assert pragma in ("quick_check", "integrity_check")
    try:
        connection = read_only(path)
        try:
            if progress is not None:
                connection.set_progress_handler(lambda: 0 if progress() else 1, 100_000)
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if "interrupted" in str(error):
            raise
        return str(error)
    first = str(rows[0][0]) if rows else "no answer"
    return first if first == "ok" else "; ".join(str(r[0]) for r in rows[:3])


def require_healthy(path: Path) -> None:
    """Raise DatabaseDamaged unless `PRAGMA quick_check` passes."""
    problem = check(path)
    if problem != "ok":
        raise DatabaseDamaged(damaged_message(path, problem))
