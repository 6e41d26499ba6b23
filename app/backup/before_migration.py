"""Guards around a schema migration: a newer Tamas's database is refused; an existing file is copied first."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine

from app.backup.auto import database_file
from app.backup.copy import BackupFailed, copy_database
from app.backup.inspect import DatabaseTooNew, known_revisions
from app.backup.rotation import backup_name, default_folder
from app.db import DatabaseOpenError
from app.db_label import database_label


def refuse_newer(engine: Engine, url: str) -> None:
    """A schema revision this app does not know was written by a newer Tamas: never migrate or use it."""
    from app.migrate import current_revision

    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(
            f"{database_label(url)} was made by a newer Tamas (schema {revision}): update the app to open it. "
            "It was left untouched."
        )


def back_up_before_migration(engine: Engine, url: str) -> None:
    """When an existing SQLite database is about to be migrated, keep a verified copy of it first."""
    from app.migrate import current_revision, head_revision

    path = database_file(url)
    if path is None:
        return
    revision = current_revision(engine)
    if revision is None or revision == head_revision():
        return  # a new file, or nothing to migrate
    folder = default_folder(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_database(path, folder / backup_name(path, datetime.now(), f"before-{revision}"))
    except (BackupFailed, OSError) as error:
        raise DatabaseOpenError(
            f"The database was not upgraded, because a backup could not be made first: {error}"
        ) from error
