"""The list editor shows and edits each value's Persian and Arabic labels."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.db import Database
from app.services import lookups
from ui.lookup_editor import LabelsDialog, LookupEditor


def _select(editor: LookupEditor, value: str) -> None:
    for row in range(editor.items.count()):
        if editor.items.item(row).text().startswith(value):
            editor.items.setCurrentRow(row)
            return
    raise AssertionError(f"{value} not listed")


def test_labels_are_shown_and_edited(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    lookups.ensure_defaults(db)
    typed = lookups.add_value(db, lookups.CALL_REASON, "Warranty")
    editor = LookupEditor(db, lookups.CALL_REASON, "Call reasons")
    qtbot.addWidget(editor)
    texts = [editor.items.item(row).text() for row in range(editor.items.count())]
    assert "Complaint · شکایت · شكوى" in texts and "Warranty" in texts

    _select(editor, "Warranty")

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LabelsDialog)
        dialog.persian.setText("گارانتی")
        dialog.arabic.setText("الضمان")
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    editor.translate()
    assert lookups.label_map(db, "fa")[(lookups.CALL_REASON, "Warranty")] == "گارانتی"
    assert editor.items.currentItem().text() == "Warranty · گارانتی · الضمان"
    assert next(i for i in lookups.list_values(db, lookups.CALL_REASON) if i.id == typed).label("ar") == "الضمان"
