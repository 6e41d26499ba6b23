"""The first-run wizard's "Where is your data?" page: this PC only, or the office server."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from ui.database.dialog import password_note, save_form
from ui.database.form import ServerForm
from ui.database.store import PasswordStore, load_choice
from ui.settings import Settings


class DatabasePage(QWizardPage):
    def __init__(self, settings: Settings, store: PasswordStore) -> None:
        super().__init__()
        self.store = store
        self.form = ServerForm(load_choice(settings), store, self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.note)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where is your data?"))
        self.setSubTitle(self.tr("One computer: keep it on this PC. Several seats: every seat uses the office "
                                 "server. This can be changed later in Settings → Database…"))  # fmt: skip
        self.note.setText(password_note(self, self.store))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def validatePage(self) -> bool:
        problem = self.form.missing()
        if problem:
            self.form.result.setText(problem)
        return not problem

    def save(self, settings: Settings) -> None:
        save_form(settings, self.form)
