"""A restore asked for while the app runs: the app quits, the file is swapped with no connection open, and it
starts again on the restored database (see ui.application.run)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.formatting import fill

_pending: list[Path] = []


def restore_after_quit(backup: Path, window: object | None = None) -> None:
    _pending[:] = [backup]
    if window is not None and hasattr(window, "quit"):
        window.quit()  # quits for real: not hidden to the tray
    else:
        QCoreApplication.quit()


def take_pending() -> Path | None:
    return _pending.pop() if _pending else None


def apply(database: Path, backup: Path, keep_folder: Path) -> str:
    """Restore now (no connection of this process open); one line saying what happened.

    A refusal (the file is in use on another seat, the backup went bad) is said in a dialog and on stderr,
    and the app starts again on the database as it was.
    """
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from app.backup.restore import RestoreRefused, restore
    from ui.backup.startup import DialogQuestions, can_ask

    try:
        result = restore(database, backup, keep_folder, datetime.now())
    except RestoreRefused as error:
        DialogQuestions().tell(str(error))
        return str(error)
    message = fill(QCoreApplication.translate("Backups", "Restored %1."), backup.name)
    if result.kept:
        message += " " + QCoreApplication.translate("Backups", "The previous database was kept as %1.").replace(
            "%1", str(result.kept)
        )
    print(message)
    if can_ask():
        QMessageBox.information(None, QCoreApplication.translate("Backups", "Tamas"), message)
    return message
