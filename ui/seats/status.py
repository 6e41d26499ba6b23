"""The seat's corner of the status bar: the office server's state, caller-ID hosts, and the agent's presence
(a menu to take a break and come back)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMenu, QStatusBar, QToolButton, QWidget

from ui.formatting import fill
from ui.seats.labels import state_label
from ui.seats.seats import Seats

WARNING_STYLE = "color: #b00020; font-weight: bold;"


class SeatStatus(QWidget):
    def __init__(self, seats: Seats, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.seats, self.bar = seats, bar
        self.server = QLabel()
        self.host = QLabel()
        self.presence = QToolButton()
        self.presence.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.presence)
        for state in ("available", "break"):
            action = menu.addAction(state_label(state))
            action.triggered.connect(lambda _checked=False, state=state: self.seats.set_state(state))
        self.presence.setMenu(menu)
        for widget in (self.server, self.host, self.presence):
            bar.addPermanentWidget(widget)
        self.host.hide()
        self.server.setVisible(not seats.db.is_sqlite)
        seats.server.connect(self.server_changed)
        seats.queue_written.connect(self.queue_written)
        seats.presence_changed.connect(self.show_state)
        self.show_state()

    def show_state(self) -> None:
        self.presence.setText(fill(self.tr("Status: %1"), state_label(self.seats.state)))

    def server_changed(self, state: str, _detail: str) -> None:
        if state == "connected":
            self.server.setText(self.tr("Office server: connected"))
            self.server.setStyleSheet("")
        elif state == "lost":
            self.server.setText(self.tr("Office server lost; reconnecting… (pops stay on screen)"))
            self.server.setStyleSheet(WARNING_STYLE)
        elif state == "offline":
            self.server.setText(self.tr("Office server unreachable: calls are kept on this PC until it is back"))
            self.server.setStyleSheet(WARNING_STYLE)
        elif state == "no_host":
            self.host.setText(self.tr("No caller-ID host online: calls will not pop until the modem PC runs Tamas"))
            self.host.setStyleSheet(WARNING_STYLE)
            self.host.show()
        elif state == "host":
            self.host.hide()

    def queue_written(self, count: int) -> None:
        self.server.setText(self.tr("Office server: connected"))
        self.server.setStyleSheet("")
        self.bar.showMessage(fill(self.tr("%1 calls kept on this PC during the outage were written to the server."),
                                  count), 20000)  # fmt: skip
