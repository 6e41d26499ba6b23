"""Form helpers shared by the dialogs: a field with its error right under it, and the save flow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

from app import errors
from ui.formatting import fill
from ui.messages import not_found, plain_error
from ui.tasks import run_task
from ui.text_guard import guard_text_fields

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


class SaveDialog(QDialog):
    """A form that checks its draft, writes it on the write worker and closes on success.

    Subclasses build their fields, call `finish_layout(form)`, implement `save()` (validate, then
    `submit(op)`) and `show_errors()`; failures are reported the same way in every dialog.
    """

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general = error_label(word_wrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, *parts: QLayout | QWidget) -> None:
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        guard_text_fields(self, self.show_general)

    def save(self) -> None:
        raise NotImplementedError

    def show_errors(self, error: errors.ValidationError) -> None:
        raise NotImplementedError

    def show_general(self, text: str) -> None:
        self.general.setText(text)
        self.general.show()

    def submit(self, op: Callable[[], int]) -> None:
        self.buttons.setEnabled(False)
        run_task(self, op, self._saved, self._failed, write=True)

    def _saved(self, new_id: int) -> None:
        self.saved.emit(new_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, errors.ValidationError):
            self.show_errors(error)
            return
        message = not_found() if isinstance(error, errors.NotFound) else plain_error(error)
        self.show_general(fill(QCoreApplication.translate("SaveDialog", "Could not save: %1"), message))
