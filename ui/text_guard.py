"""Text boxes in a form drop control characters as they arrive (a paste from a terminal, a device log) and say so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.field_text import clean_block, has_control_characters


def removed_text() -> str:
    return QCoreApplication.translate(
        "TextGuard", "Invisible control characters were removed from the pasted text: check it before saving."
    )


def guard_text_fields(root: QWidget, tell: Callable[[str], None]) -> None:
    """Every QLineEdit and QPlainTextEdit under `root` loses control characters as typed or pasted; `tell` says so.

    The services strip them as well (app.field_text); doing it here too means what the agent sees is what is saved.
    """
    for line in root.findChildren(QLineEdit):
        line.textEdited.connect(lambda text, box=line: _clean_line_edit(box, text, tell))
    for block in root.findChildren(QPlainTextEdit):
        block.textChanged.connect(lambda box=block: _clean_block_edit(box, tell))


def _clean_line_edit(box: QLineEdit, text: str, tell: Callable[[str], None]) -> None:
    if has_control_characters(text):
        position = box.cursorPosition()
        box.setText(clean_block(text))
        box.setCursorPosition(min(position, len(box.text())))
        tell(removed_text())


def _clean_block_edit(box: QPlainTextEdit, tell: Callable[[str], None]) -> None:
    text = box.toPlainText()
    if has_control_characters(text):
        box.setPlainText(clean_block(text))
        tell(removed_text())
