"""Several seats in the main window: the seat's publisher and listener, its status-bar corner, View → Wallboard
(F11 full screen) and Settings → Call routing. One call from MainWindow; on SQLite it still runs presence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction

from ui.seats.identity import seat_name
from ui.seats.routing_dialog import RoutingDialog
from ui.seats.seats import Seats
from ui.seats.status import SeatStatus
from ui.seats.wallboard import WallboardWindow


def queue_folder() -> Path:
    """Where the caller-ID seat keeps rings while the server is away: the data folder, beside tamas.db."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "seats"


class SeatsPanel:
    """What the main window holds of the seats: the controller, the status corner and the wallboard."""

    def __init__(self, window: Any) -> None:
        self.window = window
        settings, db = window.settings, window.db
        self.seat = seat_name(settings)
        self.seats = Seats(db, window.pops, self.seat, window.actor, settings.phone_rules,
                           queue_folder=None if db.is_sqlite else queue_folder(),
                           has_callerid=lambda: bool(window.bridge.sources),
                           ring_timeout_s=settings.value("ring_timeout"), parent=window)  # fmt: skip
        self.status = SeatStatus(self.seats, window.statusBar())
        self.wallboard: WallboardWindow | None = None
        self._menus()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.seats.stop)
        self.seats.start()

    def _menus(self) -> None:
        window, bar = self.window, self.window.menuBar()
        view = bar.addMenu(QCoreApplication.translate("Seats", "&View"))
        actions = bar.actions()
        if len(actions) > 3:  # after File and Edit
            bar.insertMenu(actions[2], view)
        board = QAction(QCoreApplication.translate("Seats", "&Wallboard"), window)
        board.triggered.connect(lambda _checked=False: self.show_wallboard())
        view.addAction(board)
        for action in actions:
            if action.text() == window.tr("&Settings") and action.menu() is not None:
                routes = action.menu().addAction(QCoreApplication.translate("Seats", "Call &routing…"))
                routes.triggered.connect(lambda _checked=False: self.routing())

    def show_wallboard(self) -> WallboardWindow:
        if self.wallboard is None:
            window = self.window
            self.wallboard = WallboardWindow(window.db, window.fmt,
                                             ring_timeout_s=window.settings.value("ring_timeout"))  # fmt: skip
            self.seats.news.connect(self.wallboard.news)
            self.seats.presence_changed.connect(self.wallboard.news)
            window.pops.calls_changed.connect(self.wallboard.news)
            window.destroyed.connect(self.wallboard.close)
        self.wallboard.show()
        self.wallboard.raise_()
        return self.wallboard

    def routing(self) -> RoutingDialog:
        dialog = RoutingDialog(self.window.db, self.seat, self.window.actor, self.window)
        dialog.open()
        return dialog


def install_seats(window: Any) -> SeatsPanel:
    return SeatsPanel(window)
