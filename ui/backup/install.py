"""Backups in the app: Settings → Backups… in each main window; the daily backups and the damaged-database
warning once per run (started by ui.application, not by building a window, so tests and benchmarks that
build windows never copy their databases)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.auth import allowed
from ui.backup.dialog import BackupsDialog
from ui.backup.keeper import BackupKeeper
from ui.backup.places import known_backups
from ui.backup.restart import restore_after_quit
from ui.backup.startup import CHECK_BEFORE_START_BYTES, accepted, can_ask, damaged_box


def open_backups_dialog(window: Any) -> BackupsDialog:
    dialog = BackupsDialog(window.db, window.settings, parent=window)
    dialog.restore_chosen = lambda backup: restore_after_quit(backup, window)
    if not allowed(getattr(window, "role", None), "restore"):  # supervisors back up; only the owner restores
        dialog.restore_button.setEnabled(False)
        dialog.restore_button.setToolTip(QCoreApplication.translate("AuthPanel", "Your role may not do this."))
    dialog.show()
    return dialog


def install_backups(window: Any, menu: QMenu) -> QAction:
    action = QAction(QCoreApplication.translate("Backups", "&Backups…"), window)
    action.triggered.connect(lambda _checked=False: open_backups_dialog(window))
    menu.addAction(action)
    return action


def start_backups(shell: Any) -> BackupKeeper:
    """The daily backup (now if due, then hourly checks) and, for a big file, `quick_check` on a worker."""
    keeper = BackupKeeper(shell.db, shell.settings, parent=shell.app)
    keeper.failed.connect(lambda text: shell.window and shell.window.statusBar().showMessage(text, 15_000))
    keeper.damaged.connect(lambda problem: offer_restore(shell, keeper, problem))
    path = keeper.path
    big = path is not None and path.exists() and path.stat().st_size > CHECK_BEFORE_START_BYTES
    keeper.start(check_health=big)
    return keeper


def offer_restore(shell: Any, keeper: BackupKeeper, problem: str) -> None:
    path = keeper.path
    if path is None or shell.window is None:
        return
    found = known_backups(shell.settings, path)
    latest: Path | None = found[0].path if found else None
    message = QCoreApplication.translate("Backups", "The database is damaged: restore the latest backup.")
    shell.window.statusBar().showMessage(message)
    if can_ask() and accepted(damaged_box(path, latest)) and latest is not None:
        restore_after_quit(latest, shell.window)
