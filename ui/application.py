"""Starting the GUI: the QApplication, language, the database (created and migrated), the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from app.analytics import rollup
from app.db import Database, DatabaseOpenError, open_database
from app.identity import os_username
from app.services import lookups
from ui.callerid.bridge import CallerIdBridge
from ui.callerid.source_config import build_source, load_sources
from ui.firstrun import needs_first_run
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import run_task, wait_for_all


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
    """Holds the caller-ID sources and the main window; rebuilds the window when the language changes."""

    def __init__(self, app: QApplication, db: Database, settings: Settings) -> None:
        self.app, self.db, self.settings = app, db, settings
        self.window: MainWindow | None = None
        self.bridge = CallerIdBridge()
        self.tray = tray_icon(app, self)
        settings.changed.connect(self._setting_changed)
        self.start_sources()

    def start_sources(self) -> None:
        """(Re)open every enabled source; each reconnects by itself when its device comes back."""
        self.bridge.stop_all()
        for config in load_sources(self.settings.value("callerid_sources")):
            if config.enabled:
                self.bridge.add(config.label(), build_source(config))

    def _setting_changed(self, key: str) -> None:
        if key == "callerid_sources":
            self.start_sources()

    def bring_to_front(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def show(self) -> MainWindow:
        install_language(self.app, self.settings.value("language"))
        old = self.window
        self.window = MainWindow(self.db, self.settings, os_username(), self.bridge)
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


def app_icon() -> QIcon:
    """A drawn icon (a green handset disc), so no image file is needed at run time."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2e7d32"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 60, 60)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPixelSize(40)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "ت")
    painter.end()
    return QIcon(pixmap)


def tray_icon(app: QApplication, shell: Shell) -> QSystemTrayIcon | None:
    """A tray icon keeps Tamas reachable while minimized; screen pops show either way."""
    app.setWindowIcon(app_icon())
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(app_icon(), app)
    menu = QMenu()
    menu.addAction(QCoreApplication.translate("Application", "Show Tamas"), shell.bring_to_front)
    menu.addAction(QCoreApplication.translate("Application", "Quit"), app.quit)
    tray.setContextMenu(menu)
    tray.activated.connect(lambda _reason: shell.bring_to_front())
    tray.setToolTip("Tamas")
    tray.show()
    return tray


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
    # Days closed since the last start get their dashboard rollups in the background.
    run_task(None, lambda: rollup.warm(db), None, lambda error: print(f"warning: rollups: {error}", file=sys.stderr))
    window = shell.show()
    if needs_first_run(db, settings):
        window.first_run_setup()
    if screenshot:
        QTimer.singleShot(1500, lambda: (window.grab().save(screenshot), app.quit()))
    elif exit_after_ms:
        QTimer.singleShot(exit_after_ms, app.quit)
    code = app.exec()
    shell.bridge.stop_all()
    wait_for_all()
    db.dispose()
    return code
