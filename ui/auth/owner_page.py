"""The first-run wizard's owner step: the owner's user name and password (twice), so the install is not open.

Optional: leaving the fields empty keeps the open install (whoever uses this PC acts as owner); the
page says so. The account is created when the wizard finishes (`create`), and the owner signs in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWizardPage

from app.auth.accounts import AccountError, create_account
from app.db import Database
from ui.auth.account_dialogs import password_field, password_message


class OwnerPage(QWizardPage):
    def __init__(self, db: Database, actor: str) -> None:
        super().__init__()
        self.db, self.actor = db, actor
        self.name, self.full_name = QLineEdit(actor), QLineEdit()
        self.password, self.again = password_field(), password_field()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.form = QFormLayout(self)
        self.name_label, self.full_label = QLabel(), QLabel()
        self.password_label, self.again_label = QLabel(), QLabel()
        for label, field in ((self.name_label, self.name), (self.full_label, self.full_name),
                             (self.password_label, self.password), (self.again_label, self.again)):  # fmt: skip
            self.form.addRow(label, field)
        self.form.addRow(self.message)
        for field in (self.name, self.password, self.again):
            field.textChanged.connect(lambda _text: self._check())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The owner's account"))
        self.setSubTitle(self.tr("The owner adds users and decides who may export, import or delete. Leave the "
                                 "password empty to use Tamas without signing in on this PC."))  # fmt: skip
        self.name_label.setText(self.tr("User name"))
        self.full_label.setText(self.tr("Full name"))
        self.password_label.setText(self.tr("Password"))
        self.again_label.setText(self.tr("Password again"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def wanted(self) -> bool:
        """The user typed a password: an owner account is to be created."""
        return bool(self.password.text() or self.again.text())

    def problem(self) -> str:
        if not self.wanted():
            return ""
        if not self.name.text().strip():
            return self.tr("Enter the owner's user name.")
        return password_message(self.password.text(), self.again.text(), self.name.text().strip())

    def _check(self) -> None:
        self.message.setText(self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()

    def create(self) -> str:
        """Create the owner (when wanted); returns the user name ('' when none); AccountError says why not."""
        if not self.wanted():
            return ""
        name = self.name.text().strip()
        create_account(self.db, name, self.password.text(), "owner", self.actor, self.full_name.text().strip())
        return name


__all__ = ["AccountError", "OwnerPage"]
