"""Opening the database at start: a missing file is created only when the user says so, a damaged one is
never touched and the latest good backup is offered instead (restored beside it, the damaged file kept)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.backup.auto import database_file
from app.backup.inspect import DatabaseDamaged, check, is_sqlite_file
from app.backup.restore import RestoreRefused, restore
from app.db import Database, DatabaseOpenError, open_database, resolve_url
from ui.backup.places import backup_folder, known_backups
from ui.formatting import fill
from ui.settings import Settings

# Files up to this size get `quick_check` before the window opens (about a second on a laptop disk);
# bigger ones are checked on a worker once the window is up (ui.backup.install.StartCheck).
CHECK_BEFORE_START_BYTES = 256 * 1024 * 1024


class Questions(Protocol):
    def create_database(self, path: Path) -> bool: ...
    def restore_damaged(self, path: Path, problem: str, backup: Path | None) -> bool: ...
    def tell(self, message: str) -> None: ...


def can_ask() -> bool:
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def create_box(path: Path) -> QMessageBox:
    text = fill(
        QCoreApplication.translate("Backups", "There is no database at %1. Create a new, empty database there?"),
        str(path),
    )
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Backups", "Tamas"), text)
    box.addButton(QCoreApplication.translate("Backups", "Create new database"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Backups", "Quit"), QMessageBox.ButtonRole.RejectRole)
    return box


def damaged_box(path: Path, backup: Path | None) -> QMessageBox:
    text = fill(
        QCoreApplication.translate("Backups", "The database %1 is damaged. Tamas has not changed it."), str(path)
    )
    if backup is None:
        text += " " + QCoreApplication.translate(
            "Backups", "No backup of it was found: copy the file for a specialist, then quit."
        )
    else:
        text += " " + fill(
            QCoreApplication.translate(
                "Backups", "Restore the latest backup (%1)? The damaged file is kept beside it."
            ),
            backup.name,
        )
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Backups", "Tamas: damaged database"), text)
    if backup is not None:
        box.addButton(
            QCoreApplication.translate("Backups", "Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(QCoreApplication.translate("Backups", "Quit"), QMessageBox.ButtonRole.RejectRole)
    return box


def accepted(box: QMessageBox) -> bool:
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole


class DialogQuestions:
    """Asks with message boxes; where there is no screen (offscreen, a service), answers no."""

    def create_database(self, path: Path) -> bool:
        return can_ask() and accepted(create_box(path))

    def restore_damaged(self, path: Path, problem: str, backup: Path | None) -> bool:
        return can_ask() and backup is not None and accepted(damaged_box(path, backup))

    def tell(self, message: str) -> None:
        print(f"error: {message}", file=sys.stderr)
        if can_ask():
            QMessageBox.critical(None, QCoreApplication.translate("Backups", "Tamas cannot start"), message)


def restore_latest(path: Path, settings: Settings, now: datetime) -> Path:
    """Restore the newest backup that passes its checks; raise RestoreRefused when none does."""
    refusals = []
    for candidate in known_backups(settings, path):
        try:
            restore(path, candidate.path, backup_folder(settings, path), now)
            return candidate.path
        except RestoreRefused as error:
            refusals.append(str(error))
    raise RestoreRefused(refusals[-1] if refusals else f"No backup of {path} was found.")


def open_at_start(db_arg: str | None, default_path: Path, settings: Settings, ask: Questions) -> Database | None:
    """The database to run on, or None (the user chose to quit, or it cannot be opened: already said)."""
    url = resolve_url(db_arg or default_path)
    path = database_file(url)
    create = db_arg is None  # the default data folder is created on first start
    try:
        if path is not None and not path.exists() and not create:
            if not ask.create_database(path):
                ask.tell(
                    fill(
                        QCoreApplication.translate("Backups", "%1 does not exist. Check the path given with --db."),
                        str(path),
                    )
                )
                return None
            create = True
        if path is not None and path.is_file() and path.stat().st_size <= CHECK_BEFORE_START_BYTES:
            if is_sqlite_file(path) and (problem := check(path)) != "ok":
                if not offer_restore(path, problem, settings, ask):
                    return None
        return open_database(url, create=create)
    except DatabaseOpenError as error:
        if isinstance(error, DatabaseDamaged) and path is not None:
            if offer_restore(path, str(error), settings, ask):
                return open_database(url)
            return None
        ask.tell(str(error))
        return None


def offer_restore(path: Path, problem: str, settings: Settings, ask: Questions) -> bool:
    """Ask to restore the latest backup; True once it is in place (the damaged file moved aside)."""
    found = known_backups(settings, path)
    latest = found[0].path if found else None
    if not ask.restore_damaged(path, problem, latest):
        sentence = QCoreApplication.translate(
            "Backups",
            "%1 is damaged (%2); it was left untouched. Restore a backup: Settings → Backups…, or main.py restore.",
        )
        ask.tell(fill(sentence, str(path), problem))
        return False
    try:
        restore_latest(path, settings, datetime.now())
    except RestoreRefused as error:
        ask.tell(str(error))
        return False
    return True
