"""The main window's entries for moving in and keeping clean (one call from `ui/main_window.py`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar


def _action(window: Any, text: str, slot: Any) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def add_import_actions(window: Any, file_menu: QMenu, bar: QMenuBar) -> None:
    """File → Import customers…, Past imports…, Find duplicates…, Data quality…"""
    from ui.importing import open_import_history, open_import_wizard

    tr = QCoreApplication.translate

    def rules() -> Any:
        return window.settings.phone_rules()

    def refresh() -> None:
        window.refresh()

    def wizard() -> None:
        open_import_wizard(window, window.db, window.actor, rules(), refresh)

    file_menu.addAction(_action(window, tr("ImportMenu", "&Import customers…"), wizard))
    file_menu.addAction(_action(window, tr("ImportMenu", "Past &imports…"),
                                lambda: open_import_history(window, window.db, window.actor)))  # fmt: skip
