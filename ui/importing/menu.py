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


def show_check_in_customers(window: Any, check: str, title: str) -> None:
    """A Data quality count, activated: the Customers tab lists that check's customers under a chip."""
    from app.quality.checks import condition

    window.customers.show_only(title, condition(check))
    window.tabs.setCurrentWidget(window.customers)


def add_import_actions(window: Any, file_menu: QMenu, bar: QMenuBar) -> None:
    """File → Import customers…, Past imports…, Find duplicates…, Data quality…"""
    from ui.importing import open_import_history, open_import_wizard

    def wizard() -> None:
        open_import_wizard(window, window.db, window.actor, window.settings.phone_rules(), window.refresh)

    def duplicates() -> None:
        from ui.duplicates.duplicates_view import DuplicatesView

        DuplicatesView(window.db, window.actor, window.settings.phone_rules(), window).show()

    def quality() -> None:
        from ui.quality.quality_view import QualityView

        view = QualityView(window.db, window, window.settings.phone_rules().region)
        view.open_card.connect(window.open_card)
        view.open_customers.connect(lambda check, title: show_check_in_customers(window, check, title))
        view.show()

    file_menu.addAction(_action(window, QCoreApplication.translate("ImportMenu", "&Import customers…"), wizard))
    file_menu.addAction(_action(window, QCoreApplication.translate("ImportMenu", "Past &imports…"),
                                lambda: open_import_history(window, window.db, window.actor)))  # fmt: skip
    file_menu.addAction(_action(window, QCoreApplication.translate("ImportMenu", "Find &duplicates…"), duplicates))
    file_menu.addAction(_action(window, QCoreApplication.translate("ImportMenu", "Data &quality…"), quality))
