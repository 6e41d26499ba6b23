"""One sentence for a failure the user can act on: never a traceback, never SQL (with numbers and notes in it)."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from PySide6.QtCore import QCoreApplication

from app.backup.copy import BackupFailed
from app.backup.restore import RestoreRefused
from app.db import DatabaseOpenError


def friendly(error: BaseException) -> str:
    if isinstance(error, (BackupFailed, RestoreRefused, DatabaseOpenError)):
        return str(error)  # already written for the user, one line
    text = str(getattr(error, "orig", error)).lower()
    if isinstance(error, DBAPIError) or "sqlite" in type(error).__module__:
        if "full" in text:
            return QCoreApplication.translate("Backups", "The disk is full: this change was not saved (everything "
                                              "saved before it is safe). Free some space and try again.")  # fmt: skip
        if "locked" in text or "busy" in text:
            return QCoreApplication.translate("Backups", "The database is busy in another program: this change was "
                                              "not saved. Try again in a moment.")  # fmt: skip
        if "malformed" in text or "not a database" in text:
            return QCoreApplication.translate("Backups", "The database is damaged: this change was not saved. Quit "
                                              "Tamas and restore the latest backup (Settings → Backups…).")  # fmt: skip
        return QCoreApplication.translate("Backups", "The database could not save this change. Try again; if it "
                                          "keeps failing, restart Tamas.")  # fmt: skip
    if isinstance(error, OSError):
        return QCoreApplication.translate("Backups", "The file could not be written: %1").replace(
            "%1", error.strerror or str(error)
        )
    return str(error)
