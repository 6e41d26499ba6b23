"""File → Import customers: the wizard, and the list of past imports with "Undo this import"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.db import Database
from app.phones import PhoneRules


def open_import_wizard(
    parent: QWidget | None, db: Database, actor: str = "", rules: PhoneRules | None = None,
    done: Callable[[], None] | None = None,
) -> QWidget:  # fmt: skip
    """Show the import wizard (non-modal); `done` runs after an import was saved (e.g. refresh a list)."""
    from ui.importing.wizard import ImportWizard

    wizard = ImportWizard(db, actor, rules or PhoneRules(), parent)
    if done is not None:
        wizard.imported.connect(done)
    wizard.show()
    return wizard


def open_import_history(parent: QWidget | None, db: Database, actor: str = "") -> QWidget:
    from ui.importing.history import ImportHistoryDialog

    dialog = ImportHistoryDialog(db, actor, parent)
    dialog.show()
    return dialog
