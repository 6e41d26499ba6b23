"""Automatic backups: a verified copy into the chosen folder, then older ones pruned to the newest N."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from app.backup.copy import Progress, copy_database
from app.backup.rotation import DEFAULT_KEEP, backup_name, default_folder, due, prune


def database_file(url: str) -> Path | None:
    """The SQLite file behind `url`; None for a server database (or an in-memory one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def back_up(
    database: Path,
    folder: Path | None,
    now: datetime,
    keep: int = DEFAULT_KEEP,
    reason: str = "",
    progress: Progress | None = None,
) -> Path:
    """Copy now (verified), then prune: a backup that failed never costs an older good one."""
    target_folder = folder or default_folder(database)
    target_folder.mkdir(parents=True, exist_ok=True)
    made = copy_database(database, target_folder / backup_name(database, now, reason), progress)
    prune(target_folder, database, keep)
    return made


def back_up_if_due(database: Path, folder: Path | None, now: datetime, keep: int = DEFAULT_KEEP) -> Path | None:
    """The daily backup: made when the newest in the folder is a day old (or there is none)."""
    if not due(folder or default_folder(database), database, now):
        return None
    return back_up(database, folder, now, keep)
