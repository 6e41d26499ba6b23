"""Starting the GUI: the QApplication, language, the database (created and migrated), the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db import Database, DatabaseOpenError, open_database
from app.identity import os_username
from app.services import lookups
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import wait_for_all


def default_database_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "tamas.db"


def create_application(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName("Tamas")
    QCoreApplication.setApplicationName("Tamas")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def report_open_error(message: str) -> None:
    """One line on stderr always; a dialog too when there is a screen to show it on."""
    print(f"error: {message}", file=sys.stderr)
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, QCoreApplication.translate("Application", "Tamas cannot start"), message)


class Shell:
    """Holds the main window and rebuilds it when the language or calendar changes."""

    def __init__(self, app: QApplication, db: Database, settings: Settings) -> None:
        self.app, self.db, self.settings = app, db, settings
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        install_language(self.app, self.settings.value("language"))
        old = self.window
        self.window = MainWindow(self.db, self.settings, os_username())
        self.window.language_change_requested.connect(self.change_language)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        self.window.show()
        return self.window

    def change_language(self, language: str) -> None:
        self.settings.set_value("language", language)
        QTimer.singleShot(0, self.show)  # not from inside the old window's menu handler


def run(db_arg: str | None, language: str | None, *, exit_after_ms: int = 0, screenshot: str = "") -> int:
    app = create_application()
    settings = Settings()
    if language:
        settings.set_value("language", language)
    install_language(app, settings.value("language"))
    try:
        db = open_database(db_arg or default_database_path())
    except DatabaseOpenError as error:
        report_open_error(str(error))
        return 1
    lookups.ensure_defaults(db)
    shell = Shell(app, db, settings)
    window = shell.show()
    if screenshot:
        QTimer.singleShot(1500, lambda: (window.grab().save(screenshot), app.quit()))
    elif exit_after_ms:
        QTimer.singleShot(exit_after_ms, app.quit)
    code = app.exec()
    wait_for_all()
    db.dispose()
    return code
