"""Form helpers shared by the dialogs: a field with its error shown right under it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b3261e;"


def error_label(word_wrap: bool = False) -> QLabel:
    """A hidden red label that `setText` + `show` turn into a message."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(word_wrap)
    label.hide()
    return label


def add_field(form: QFormLayout, label: str, widget: QWidget) -> QLabel:
    """Add `widget` to `form` with an error label beneath it; returns the error label."""
    error = error_label()
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    form.addRow(label, box)
    return error
