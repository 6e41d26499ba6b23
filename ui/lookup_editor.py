"""Editing a lookup list (call reasons): add, rename, retire."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.db import Database
from app.services import lookups


class LookupEditor(QDialog):
    def __init__(self, db: Database, kind: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.kind = db, kind
        self.setWindowTitle(title)
        self.items = QListWidget()
        add = QPushButton(self.tr("Add…"))
        rename = QPushButton(self.tr("Rename…"))
        self.toggle = QPushButton(self.tr("Retire"))
        add.clicked.connect(self.add)
        rename.clicked.connect(self.rename)
        self.toggle.clicked.connect(self.toggle_active)
        self.items.currentItemChanged.connect(lambda *_: self._update_toggle())
        self.items.itemDoubleClicked.connect(lambda *_: self.rename())
        hint = QLabel(self.tr("Retired values stay on old calls but are no longer offered."))
        hint.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (add, rename, self.toggle):
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
            item = QListWidgetItem(value.value if value.active else self.tr("%1 (retired)").replace("%1", value.value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.items.addItem(item)
            if value.id == select_id:
                self.items.setCurrentItem(item)
        self._update_toggle()

    def _current(self) -> lookups.LookupItem | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_toggle(self) -> None:
        current = self._current()
        self.toggle.setEnabled(current is not None)
        self.toggle.setText(self.tr("Bring back") if current and not current.active else self.tr("Retire"))

    def add(self) -> None:
        text, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("New value:"))
        if ok and text.strip():
            self.reload(lookups.add_value(self.db, self.kind, text))

    def rename(self) -> None:
        current = self._current()
        if current is None:
            return
        text, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("Rename to:"), text=current.value)
        if ok:
            try:
                lookups.rename_value(self.db, current.id, text)
            except errors.ValidationError:
                return
            self.reload(current.id)

    def toggle_active(self) -> None:
        current = self._current()
        if current is not None:
            lookups.set_active(self.db, current.id, not current.active)
            self.reload(current.id)
