"""The automatic backups while the app runs: the daily one (checked at start and every hour, on a worker), the
one at exit, and the `quick_check` of a database too big to check before the window opened."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.backup.auto import back_up, back_up_if_due
from app.backup.copy import BackupFailed
from app.backup.inspect import check
from app.backup.rotation import backups
from app.db import Database
from ui.backup.places import backup_folder, sqlite_file
from ui.settings import Settings
from ui.tasks import run_task

DUE_CHECK_MS = 3_600_000  # a day's backup is due at most an hour late on a PC that runs for days


class BackupKeeper(QObject):
    """Runs the daily backup when one is due; says when a backup failed or the database is damaged."""

    made = Signal(str)  # path of a new backup
    failed = Signal(str)  # one line for the user
    damaged = Signal(str)  # quick_check's answer on a big database, checked after start
    finished = Signal()  # a due-check ended (with or without a new backup)

    def __init__(self, db: Database, settings: Settings, now: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.settings, self.now = db, settings, now
        self.path = sqlite_file(db)
        self.timer = QTimer(self, interval=DUE_CHECK_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.busy = False

    def start(self, check_health: bool = False) -> None:
        if self.path is None:
            return  # PostgreSQL: the server's own backups (pg_dump); see `main.py backup`
        self.timer.start()
        self.back_up_if_due()
        if check_health:
            path = self.path
            run_task(self, lambda: check(path), self._checked, lambda e: self.failed.emit(str(e)), kind="slow")

    def _checked(self, problem: str) -> None:
        if problem != "ok":
            self.damaged.emit(problem)

    def back_up_if_due(self) -> None:
        if self.path is None or self.busy:
            return
        path, folder, keep, now = self.path, backup_folder(self.settings, self.path), self.keep(), self.now()
        self.busy = True
        run_task(self, lambda: back_up_if_due(path, folder, now, keep), self._done, self._failed, kind="slow")

    def keep(self) -> int:
        return max(1, int(self.settings.value("backup_keep")))

    def _done(self, made: Path | None) -> None:
        self.busy = False
        if made is not None:
            self.made.emit(str(made))
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.failed.emit(str(error))
        self.finished.emit()


def changed_since_last_backup(path: Path, folder: Path) -> bool:
    """The file (or its WAL) was written after the newest backup was taken: cheap, no read of the data."""
    existing = backups(folder, path)
    if not existing:
        return True
    newest = existing[0].path.stat().st_mtime  # when it was written (its name may carry another clock's time)
    written = max(p.stat().st_mtime for p in (path, Path(f"{path}-wal")) if p.exists())
    return written > newest


def back_up_at_exit(db: Database, settings: Settings, now: datetime | None = None) -> Path | None:
    """The backup at exit (after the window closed): skipped when nothing changed since the newest backup."""
    path = sqlite_file(db)
    if path is None or not path.exists():
        return None
    folder = backup_folder(settings, path)
    if not changed_since_last_backup(path, folder):
        return None
    try:
        return back_up(path, folder, now or datetime.now(), max(1, int(settings.value("backup_keep"))), "exit")
    except (BackupFailed, OSError) as error:
        print(f"warning: the backup at exit failed: {error}", file=sys.stderr)
        return None
