"""Which database file the app runs on, and where its backups go (the user's folder, or beside the database)."""

from __future__ import annotations

from pathlib import Path

from app.backup.auto import database_file
from app.backup.rotation import BackupFile, backups, default_folder
from app.db import Database
from ui.settings import Settings


def backup_folder(settings: Settings, database: Path) -> Path:
    chosen = settings.value("backup_folder")
    return Path(chosen) if chosen else default_folder(database)


def known_backups(settings: Settings, database: Path) -> list[BackupFile]:
    """Backups of `database`, newest first, from the chosen folder and the default one (migration backups)."""
    found = {b.path: b for folder in {backup_folder(settings, database), default_folder(database)}
             for b in backups(folder, database)}  # fmt: skip
    return sorted(found.values(), key=lambda b: b.taken, reverse=True)


def sqlite_file(db: Database) -> Path | None:
    return database_file(db.url)
