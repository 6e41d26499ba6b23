"""Help → Keyboard shortcuts: every shortcut of the menus, and the pop's own keys, in one table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def menu_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut, in menu order, without the mnemonic '&'."""
    rows: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        if not keys.isEmpty() and action.text():
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")
            rows.append((text, keys.toString(QKeySequence.SequenceFormat.NativeText)))
    return rows


class ShortcutsDialog(QDialog):
    """Built from the live menus, so a new action with a shortcut shows up here by itself."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        native = QKeySequence.SequenceFormat.NativeText
        pop_keys = [
            (self.tr("In a pop: not now (dismiss)"), QKeySequence(Qt.Key.Key_Escape).toString(native)),
            (self.tr("In a pop: log the call"), QKeySequence(Qt.Key.Key_Return).toString(native)),
            (self.tr("On a customer card: add an order"), QKeySequence("Ctrl+Shift+O").toString(native)),
        ]
        self.rows = menu_shortcuts(window) + pop_keys
        self.table = QTableWidget(len(self.rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (text, keys) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            key_item = QTableWidgetItem(keys)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 1, key_item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.resizeRowsToContents()
        rows_height = self.table.verticalHeader().length() + self.table.horizontalHeader().height()
        self.resize(480, min(680, rows_height + 80))  # every shortcut in view without scrolling, on a laptop too
