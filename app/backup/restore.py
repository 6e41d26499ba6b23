"""Put a backup in the database's place: checked first, the current file kept, the swap atomic.

The current database is kept as a backup (a verified copy) before it is replaced; a damaged one is
moved aside with its -wal/-shm instead (never overwritten, never deleted). The backup is copied beside
the database and renamed over it in one step, after the old file's WAL was checkpointed and removed,
so no stale WAL is ever applied to the restored file.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.backup.copy import BackupFailed, Progress, copy_database
from app.backup.inspect import DatabaseDamaged, check, is_sqlite_file, schema_revision
from app.backup.rotation import STAMP, backup_name
from app.db import DatabaseOpenError

SIDE_FILES = ("-wal", "-shm", "-journal")


class RestoreRefused(Exception):
    """The backup cannot be used, or the database is in use; `str(error)` is one line for the user."""


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    kept: Path | None  # where the previous database went (a verified copy, or the damaged file moved aside)
    damaged: bool  # the previous database was damaged and moved aside


def check_backup(backup: Path) -> str:
    """The backup's schema revision, after checking it is a whole Tamas database this app can open."""
    if not backup.is_file():
        raise RestoreRefused(f"{backup} does not exist or is not a file.")
    if not is_sqlite_file(backup):
        raise RestoreRefused(f"{backup} is not a Tamas backup (not an SQLite file).")
    try:
        revision = schema_revision(backup)
    except DatabaseOpenError as error:
        raise RestoreRefused(str(error).replace("Choose another file with --db.", "Choose another backup.")) from error
    if revision is None:
        raise RestoreRefused(f"{backup} is an empty database, not a Tamas backup.")
    problem = check(backup, "integrity_check")
    if problem != "ok":
        raise RestoreRefused(f"{backup} is damaged ({problem}); choose another backup.")
    return revision


def ensure_not_in_use(database: Path) -> None:
    """Refuse while any other connection (a running Tamas, another seat) has the file open."""
    try:
        connection = sqlite3.connect(database, isolation_level=None, timeout=0.5)
        try:
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("ROLLBACK")
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise RestoreRefused(
                f"{database} is in use by Tamas or another program: close it on every seat, then restore."
            ) from error
        # any other answer means damage, which restore() finds and handles by moving the file aside


def _checkpoint(database: Path) -> None:
    """Fold the WAL into the main file and empty it: after this the -wal/-shm beside it hold nothing."""
    connection = sqlite3.connect(database, isolation_level=None, timeout=5)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def move_aside(database: Path, now: datetime) -> Path:
    """Rename a damaged database (and its -wal/-shm, which belong to it) to `<name>.damaged-<time>.db`."""
    aside = database.with_name(f"{database.stem}.damaged-{now.strftime(STAMP)}{database.suffix or '.db'}")
    for suffix in SIDE_FILES:
        side = Path(f"{database}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    os.replace(database, aside)
    return aside


def restore(
    database: Path, backup: Path, keep_folder: Path, now: datetime, progress: Progress | None = None
) -> RestoreResult:
    check_backup(backup)
    kept: Path | None = None
    damaged = False
    if database.exists():
        ensure_not_in_use(database)
        if check(database) == "ok":
            keep_folder.mkdir(parents=True, exist_ok=True)
            try:
                kept = copy_database(database, keep_folder / backup_name(database, now, "before-restore"), progress)
            except BackupFailed as error:
                raise RestoreRefused(f"{error} Nothing was restored.") from error
            _checkpoint(database)
        else:
            damaged = True
    incoming = database.with_name(f".{database.name}.restoring")
    try:
        copy_database(backup, incoming, progress)
    except BackupFailed as error:
        raise RestoreRefused(f"{error} Nothing was restored.") from error
    if damaged:
        kept = move_aside(database, now)
    for suffix in SIDE_FILES:  # empty after the checkpoint (and kept in the copy): never applied to the new file
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(incoming, database)
    _fsync_folder(database.parent)
    return RestoreResult(database, kept, damaged)


def _fsync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):  # POSIX: the rename itself survives a power cut
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


__all__ = ["DatabaseDamaged", "RestoreRefused", "RestoreResult", "check_backup", "restore"]
