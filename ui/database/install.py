"""Settings → Database… in the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.database.dialog import DatabaseDialog
from ui.database.store import passwords


def add_database_action(window: Any, menu: QMenu) -> QAction:
    action = QAction(QCoreApplication.translate("DatabaseDialog", "&Database…"), window)
    action.triggered.connect(lambda _checked=False: DatabaseDialog(window.settings, passwords(), window).open())
    menu.addAction(action)
    return action
