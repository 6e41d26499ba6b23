"""Settings → Database…: choose this PC's file or the office server; used from the next start on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.database.form import ServerForm
from ui.database.store import SERVER, PasswordStore, load_choice, save_choice
from ui.settings import Settings


def password_note(widget: QWidget, store: PasswordStore) -> str:
    if store.persistent:
        return QCoreApplication.translate(
            "DatabaseDialog", "The password is kept in this computer's password store (keyring), never in the settings."
        )
    return QCoreApplication.translate("DatabaseDialog", "This computer has no password store: Tamas asks for the "
                                      "password at each start and keeps it in memory only.")  # fmt: skip


def save_form(settings: Settings, form: ServerForm) -> None:
    choice = form.choice()
    save_choice(settings, choice)
    if choice.kind == SERVER and choice.address is not None and form.password.text():
        form.passwords.set(choice.address, form.password.text())


class DatabaseDialog(QDialog):
    def __init__(self, settings: Settings, store: PasswordStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Database"))
        self.form = ServerForm(load_choice(settings), store, self)
        self.note, self.error = QLabel(password_note(self, store)), QLabel()
        self.note.setWordWrap(True)
        self.error.setWordWrap(True)
        restart = QLabel(self.tr("Tamas opens the chosen database at its next start. A --db on the command line "
                                 "still wins."))  # fmt: skip
        restart.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.form, self.note, restart, self.error, buttons):
            layout.addWidget(widget)

    def accept(self) -> None:
        problem = self.form.missing()
        if problem:
            self.error.setText(problem)
            return
        save_form(self.settings, self.form)
        super().accept()
