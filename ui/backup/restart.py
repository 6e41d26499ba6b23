"""A restore asked for while the app runs: the app quits, the file is swapped with no connection open, and it
starts again on the restored database (see ui.application.run)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

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
    """Restore now (no connection open); one line saying what happened, for a message box and stderr."""
    from datetime import datetime

    from app.backup.restore import RestoreRefused, restore

    try:
        result = restore(database, backup, keep_folder, datetime.now())
    except RestoreRefused as error:
        return str(error)
    kept = f" (the previous database was kept as {result.kept})" if result.kept else ""
    return QCoreApplication.translate("Backups", "Restored %1.").replace("%1", backup.name) + kept
