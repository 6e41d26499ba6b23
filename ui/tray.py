"""The tray icon: Tamas keeps listening for calls while its window is closed, and shows today's missed callers.

The icon carries a badge with today's unreturned missed callers; its menu lists the latest five with
"Call back", "Show Tamas" and "Quit" (the only way, with File → Quit, to stop listening).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.db import Database
from app.dto import MissedCaller
from app.phones import PhoneRules
from app.services import missed
from ui.formatting import fill, local_number
from ui.tasks import run_task


def badge_icon(base: QIcon, count: int) -> QIcon:
    """The app icon with a red count in its corner (nothing when there is nothing to return)."""
    if count <= 0:
        return base
    pixmap = base.pixmap(64, 64)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#c62828"))
    painter.setPen(Qt.PenStyle.NoPen)
    disc = QRect(30, 0, 34, 34)
    painter.drawEllipse(disc)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPixelSize(22 if count < 10 else 17)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, local_number(count) if count < 100 else local_number(99) + "+")
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    show_requested = Signal()
    call_back_requested = Signal(object)  # MissedCaller
    quit_requested = Signal()

    def __init__(
        self, db: Database, rules: Callable[[], PhoneRules], icon: QIcon, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.rules, self.base = db, rules, icon
        self.usable = QSystemTrayIcon.isSystemTrayAvailable()  # without a tray, closing the window quits
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.count = 0
        self.latest: list[MissedCaller] = []
        self._build_menu()
        if self.usable:
            self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_requested.emit()

    def refresh(self) -> None:
        """Recount today's unreturned callers on a worker; the icon, tooltip and menu follow."""
        db, rules = self.db, self.rules()
        run_task(self, lambda: missed.todays_missed(db, rules=rules), lambda result: self._show(*result))

    def _show(self, count: int, latest: list[MissedCaller]) -> None:
        self.count, self.latest = count, latest
        self.icon.setIcon(badge_icon(self.base, count))
        if count:
            self.icon.setToolTip(
                fill(
                    QCoreApplication.translate("Tray", "Tamas — %1 missed callers to call back today"),
                    local_number(count),
                )
            )
        else:
            self.icon.setToolTip(QCoreApplication.translate("Tray", "Tamas — no missed calls to return today"))
        self._build_menu()

    def _build_menu(self) -> None:
        self.menu.clear()
        self.menu.addAction(QCoreApplication.translate("Tray", "Show Tamas"), self.show_requested.emit)
        if self.latest:
            self.menu.addSeparator()
            self.menu.addSection(QCoreApplication.translate("Tray", "Missed today"))
            for row in self.latest:
                who = row.customer_name or row.display_number
                text = fill(QCoreApplication.translate("Tray", "Call back %1 (%2 tries)"), who, local_number(row.tries))
                self.menu.addAction(text, lambda r=row: self.call_back_requested.emit(r))
        self.menu.addSeparator()
        self.menu.addAction(QCoreApplication.translate("Tray", "Quit"), self.quit_requested.emit)

    def tell_still_running(self) -> None:
        self.icon.showMessage(
            QCoreApplication.translate("Tray", "Tamas is still listening for calls"),
            QCoreApplication.translate(
                "Tray", "Closing the window keeps Tamas in the tray so calls still pop. Use Quit in this menu to stop."
            ),
            QSystemTrayIcon.MessageIcon.Information,
            8000,
        )

    def hide(self) -> None:
        self.icon.hide()
