"""Editing a lookup list (call reasons, outcomes): add, rename, translate, retire."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.db import Database
from app.dto import LookupItem
from app.services import lookups
from ui.auth.acting import actor_of
from ui.formatting import fill


class LookupEditor(QDialog):
    def __init__(self, db: Database, kind: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.kind = db, kind
        self.setWindowTitle(title)
        self.items = QListWidget()
        add = QPushButton(self.tr("Add…"))
        rename = QPushButton(self.tr("Rename…"))
        translate = QPushButton(self.tr("Translations…"))
        translate.clicked.connect(self.translate)
        self.toggle = QPushButton(self.tr("Retire"))
        add.clicked.connect(self.add)
        rename.clicked.connect(self.rename)
        self.toggle.clicked.connect(self.toggle_active)
        self.items.currentItemChanged.connect(lambda *_: self._update_toggle())
        self.items.itemDoubleClicked.connect(lambda *_: self.rename())
        hint = QLabel(self.tr("Retired values stay on old calls but are no longer offered."))
        hint.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (add, rename, translate, self.toggle):
            buttons.addWidget(button)
        buttons.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.items, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(close)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.items.clear()
        for value in lookups.list_values(self.db, self.kind, include_inactive=True):
            shown = value.value
            if value.label_fa or value.label_ar:
                shown = " · ".join(x for x in (value.value, value.label_fa, value.label_ar) if x)
            item = QListWidgetItem(shown if value.active else fill(self.tr("%1 (retired)"), shown))
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.items.addItem(item)
            if value.id == select_id:
                self.items.setCurrentItem(item)
        self._update_toggle()

    def _current(self) -> LookupItem | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_toggle(self) -> None:
        current = self._current()
        self.toggle.setEnabled(current is not None)
        self.toggle.setText(self.tr("Bring back") if current and not current.active else self.tr("Retire"))

    def add(self) -> None:
        text, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("New value:"))
        if ok and text.strip():
            self.reload(lookups.add_value(self.db, self.kind, text, actor_of(self)))

    def rename(self) -> None:
        current = self._current()
        if current is None:
            return
        text, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("Rename to:"), text=current.value)
        if ok:
            try:
                lookups.rename_value(self.db, current.id, text, actor_of(self))
            except errors.ValidationError:
                return
            self.reload(current.id)

    def translate(self) -> None:
        current = self._current()
        if current is None:
            return
        dialog = LabelsDialog(current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            lookups.set_labels(self.db, current.id, dialog.persian.text(), dialog.arabic.text(), actor_of(self))
            self.reload(current.id)

    def toggle_active(self) -> None:
        current = self._current()
        if current is not None:
            lookups.set_active(self.db, current.id, not current.active, actor_of(self))
            self.reload(current.id)


class LabelsDialog(QDialog):
    """What Persian and Arabic users see for one value; empty shows the value as typed."""

    def __init__(self, item: LookupItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Translations of “%1”"), item.value))
        self.persian = QLineEdit(item.label_fa)
        self.arabic = QLineEdit(item.label_ar)
        for edit in (self.persian, self.arabic):
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            edit.setMaxLength(120)
        form = QFormLayout()
        form.addRow(self.tr("Persian"), self.persian)
        form.addRow(self.tr("Arabic"), self.arabic)
        hint = QLabel(self.tr("Leave a language empty to show the value as typed."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
