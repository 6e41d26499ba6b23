"""Starting the GUI: the QApplication, language, the database (created and migrated), the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from app.analytics import rollup
from app.db import Database
from app.identity import os_username
from app.services import incoming, lookups
from ui.backup.install import start_backups
from ui.backup.keeper import back_up_at_exit
from ui.backup.places import backup_folder
from ui.backup.restart import apply, take_pending
from ui.backup.startup import DialogQuestions, open_at_start
from ui.callerid.bridge import CallerIdBridge
from ui.callerid.source_config import build_source, load_sources
from ui.digit_keys import accept_any_digits
from ui.firstrun import needs_first_run
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import run_task, wait_for_all
from ui.tray import Tray

STALE_SWEEP_MS = 60_000


def default_database_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "tamas.db"


def create_application(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName("Tamas")
    QCoreApplication.setApplicationName("Tamas")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    accept_any_digits(app)  # ۱۲ or ١٢ typed into any number or date field
    return app


def report_open_error(message: str) -> None:
    """One line on stderr always; a dialog too when there is a screen to show it on."""
    print(f"error: {message}", file=sys.stderr)
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, QCoreApplication.translate("Application", "Tamas cannot start"), message)


class Shell:
    """Holds the caller-ID sources and the main window; rebuilds the window when the language changes."""

    def __init__(self, app: QApplication, db: Database, settings: Settings, actor: str = "") -> None:
        self.app, self.db, self.settings = app, db, settings
        self.actor = actor or os_username()  # the signed-in user (ui/auth/startup.py); the OS user in an open install
        self.window: MainWindow | None = None
        self.bridge = CallerIdBridge()
        self.tray = tray_icon(app, self, db)
        app.setQuitOnLastWindowClosed(False)  # the tray keeps Tamas running; the main window decides when to quit
        settings.changed.connect(self._setting_changed)
        self.left_ringing: set[int] = set()  # own calls of windows replaced by a language change
        self.sweeper = QTimer(interval=STALE_SWEEP_MS)
        self.sweeper.timeout.connect(self.sweep_stale)

    def start_sources(self) -> None:
        """(Re)open every enabled source; each reconnects by itself when its device comes back.

        Called once the main window's pop manager listens to the bridge, so the first call is not lost.
        """
        self.bridge.stop_all()
        for config in load_sources(self.settings.value("callerid_sources")):
            if config.enabled:
                self.bridge.add(config.label(), build_source(config))
        self.bridge.start_waiting()

    def sweep_stale(self) -> None:
        """Calls left ringing by a crash or a quit (this seat's or another's) are settled: missed unless answered."""
        if self.window is not None:
            self.window.pops.sweep_stale()

    def quit_settling(self) -> None:
        """At quit, after the event loop: this seat's own ringing calls end their cycle now (missed unless answered)."""
        self.bridge.stop_all()
        wait_for_all()  # rings still being written land first
        if self.window is None:
            return
        own = self.window.pops.own_calls() | self.left_ringing
        failed = lambda error: print(f"warning: settling ringing calls: {error}", file=sys.stderr)  # noqa: E731
        run_task(None, lambda: incoming.settle_calls(self.db, own), None, failed, write=True)
        wait_for_all()

    def _setting_changed(self, key: str) -> None:
        if key == "callerid_sources":
            self.start_sources()

    def keep_running(self) -> bool:
        """Closing the window hides it to the tray while a caller-ID source is set up (and a tray exists)."""
        return self.tray.usable and any(c.enabled for c in load_sources(self.settings.value("callerid_sources")))

    def hidden_to_tray(self) -> None:
        if not self.settings.value("tray_notice_shown"):
            self.tray.tell_still_running()
            self.settings.set_value("tray_notice_shown", True)

    def call_back(self, row: object) -> None:
        self.bring_to_front()
        if self.window is not None:
            self.window.call_back(row)  # type: ignore[arg-type]

    def quit(self) -> None:
        if self.window is not None:
            self.window.quitting = True
        self.app.quit()

    def bring_to_front(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def show(self) -> MainWindow:
        install_language(self.app, self.settings.value("language"))
        old = self.window
        if old is not None:  # the old window's pops stop listening before the new one's start
            self.bridge.event.disconnect(old.pops.handle)
            self.left_ringing |= old.pops.own_calls()
        self.window = MainWindow(self.db, self.settings, self.actor, self.bridge)
        self.window.language_change_requested.connect(self.change_language)
        self.window.auth.user_switched.connect(self.switch_user)
        self.window.keep_running = self.keep_running
        self.window.quit_on_close = True
        self.window.hidden_to_tray.connect(self.hidden_to_tray)
        self.window.pops.calls_changed.connect(self.tray.refresh)
        self.window.missed.changed.connect(self.tray.refresh)
        self.tray.refresh()
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.keep_running, old.quit_on_close = (lambda: False), False  # replaced, not closed by the agent
            old.close()
            old.deleteLater()
        else:  # first window: its pop manager listens now, so the sources may start
            self.start_sources()
            self.sweep_stale()
            self.sweeper.start()
        self.window.show()
        return self.window

    def switch_user(self, username: str) -> None:
        """Another user signed in: the window is rebuilt, so every screen, call and change acts as them."""
        self.actor = username
        QTimer.singleShot(0, self.show)

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


def tray_icon(app: QApplication, shell: Shell, db: Database) -> Tray:
    """A tray icon keeps Tamas reachable (and listening) while its window is closed."""
    app.setWindowIcon(app_icon())
    tray = Tray(db, shell.settings.phone_rules, app_icon(), app)
    tray.show_requested.connect(shell.bring_to_front)
    tray.call_back_requested.connect(shell.call_back)
    tray.quit_requested.connect(shell.quit)
    return tray


def run(db_arg: str | None, language: str | None, *, exit_after_ms: int = 0, screenshot: str = "",
        user: str | None = None) -> int:  # fmt: skip
    app = create_application()
    settings = Settings()
    if language:
        settings.set_value("language", language)
    install_language(app, settings.value("language"))
    from ui.database.startup import chosen_database
    from ui.database.store import passwords

    default = default_database_path()
    chosen = chosen_database(db_arg, settings, default, passwords())  # --db beats the saved choice
    if chosen is None:
        return 1  # the office server's password was asked for and not given
    # The data folder's default file may be created; a --db path or the saved server is opened as it is.
    db = open_at_start(None if chosen == str(default) else chosen, default, settings, DialogQuestions())
    if db is None:
        return 1
    lookups.ensure_defaults(db)
    from ui.auth.startup import starting_actor

    actor = starting_actor(db, user)
    if actor is None:  # the sign-in was cancelled
        db.dispose()
        return 0
    shell = Shell(app, db, settings, actor)
    # Days closed since the last start get their dashboard rollups: slow work, so the pop never waits behind it.
    run_task(None, lambda: rollup.warm(db), None, lambda error: print(f"warning: rollups: {error}", file=sys.stderr),
             kind="slow")  # fmt: skip
    window = shell.show()
    keeper = start_backups(shell)
    if needs_first_run(db, settings):
        window.first_run_setup()
    if screenshot:
        QTimer.singleShot(1500, lambda: (window.grab().save(screenshot), app.quit()))
    elif exit_after_ms:
        QTimer.singleShot(exit_after_ms, app.quit)
    code = app.exec()
    shell.quit_settling()
    keeper.timer.stop()
    restore_backup = take_pending()  # Settings → Backups… → Restore…: swapped in now, with no connection open
    if restore_backup is None:
        back_up_at_exit(db, settings)
    else:
        wait_for_all(600_000)  # every worker done with the file (a backup or rollup may still be running)
    db.dispose()
    if restore_backup is not None and keeper.path is not None:
        shell.tray.hide()
        shell.sweeper.stop()
        apply(keeper.path, restore_backup, backup_folder(settings, keeper.path))  # says how it went
        return run(db_arg, None, exit_after_ms=exit_after_ms, screenshot=screenshot)
    return code
