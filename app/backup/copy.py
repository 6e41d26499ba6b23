"""One consistent copy of a live SQLite database (the online backup API), verified before it counts.

The copy is written to a hidden temporary file beside the target, checked with `PRAGMA integrity_check`,
and only then renamed into place: a half-written or damaged copy never looks like a backup.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.backup.inspect import check, read_only
from app.progress import Cancelled

PAGES_PER_STEP = 4096  # ~16 MB a step: the app's writers get the file between steps
Progress = Callable[[int, int, str], bool]


class BackupFailed(Exception):
    """The copy could not be written or did not verify; `str(error)` is one line for the user."""


def _temporary(target: Path) -> Path:
    return target.with_name(f".{target.name}.partial")


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_database(source: Path, target: Path, progress: Progress | None = None) -> Path:
    """Copy `source` to `target` while others may write to it; verify the copy; return `target`.

    Raises BackupFailed (disk full, folder missing, damaged copy) or Cancelled (progress returned False);
    either way no file is left at `target` or beside it.
    """
    partial = _temporary(target)
    _remove(partial)

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None and not progress(total - remaining, total, "copy"):
            raise Cancelled()

    try:
        source_connection = read_only(source)
        try:
            # A read transaction held over the whole copy pins one snapshot: writers (WAL) go on, and the
            # backup never restarts because of them (it would, step after step, on a busy line).
            source_connection.execute("BEGIN")
            source_connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            copy = sqlite3.connect(partial, isolation_level=None)
            try:
                source_connection.backup(copy, pages=PAGES_PER_STEP, progress=step)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                copy.close()
        finally:
            if source_connection.in_transaction:
                source_connection.execute("ROLLBACK")
            source_connection.close()
        if progress is not None and not progress(0, 0, "verify"):
            raise Cancelled()
        problem = check(partial, "integrity_check")
        if problem != "ok":
            raise BackupFailed(f"The copy of {source} did not verify ({problem}); the database itself may be damaged.")
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())  # on disk before it replaces anything or older backups are pruned
        os.replace(partial, target)
    except sqlite3.Error as error:
        _remove(partial)
        raise BackupFailed(f"Cannot back up {source} to {target}: {_reason(error)}") from error
    except OSError as error:
        _remove(partial)
        raise BackupFailed(f"Cannot write the backup {target}: {error.strerror or error}") from error
    except BaseException:
        _remove(partial)
        raise
    return target


def _reason(error: BaseException) -> str:
    text = str(error)
    if "full" in text.lower():
        return "the disk is full; free some space or choose another backup folder"
    return text
