"""Where backups go and which to keep: time-sortable names, "is one due", keep the newest N."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

SUFFIX = ".tamas-backup.db"
STAMP = "%Y%m%d-%H%M%S"
DAILY = timedelta(days=1)
DEFAULT_KEEP = 10


def default_folder(database: Path) -> Path:
    """Backups beside the database unless the user chose a folder (a USB drive, a shared folder)."""
    return database.parent / "backups"


def backup_name(database: Path, when: datetime, reason: str = "") -> str:
    """`tamas-20261123-224501.tamas-backup.db`: sorting the names sorts by time."""
    tail = f"-{reason}" if reason else ""
    return f"{database.stem}-{when.strftime(STAMP)}{tail}{SUFFIX}"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime


def backups(folder: Path, database: Path) -> list[BackupFile]:
    """The backups of `database` in `folder`, newest first (by the time in the name, not the file's mtime)."""
    found = []
    prefix = f"{database.stem}-"
    for path in folder.glob(f"{database.stem}-*{SUFFIX}") if folder.is_dir() else []:
        stamp = path.name[len(prefix) : len(prefix) + len("20261123-224501")]
        try:
            found.append(BackupFile(path, datetime.strptime(stamp, STAMP)))
        except ValueError:
            continue
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def due(folder: Path, database: Path, now: datetime) -> bool:
    """A daily backup is due when there is none yet or the newest is a day old."""
    existing = backups(folder, database)
    return not existing or now - existing[0].taken >= DAILY


def prune(folder: Path, database: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups (at least one is always kept); returns what was deleted."""
    old = [b.path for b in backups(folder, database)[max(1, keep) :]]
    for path in old:
        path.unlink(missing_ok=True)
    return old
