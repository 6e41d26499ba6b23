"""Small forms of the Users dialog: a new user, and a new password (typed twice, checked for strength)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.auth.passwords import MIN_LENGTH, password_problem
from app.auth.permissions import ROLES
from ui.auth.accounts_model import role_label
from ui.formatting import fill


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def password_message(first: str, second: str, username: str) -> str:
    """Why these passwords cannot be used ('' when they can), in the user's language."""
    from PySide6.QtCore import QCoreApplication

    problem = password_problem(first, username)
    if "characters." in problem and "different" not in problem:
        return QCoreApplication.translate("Users", "The password needs at least %1 characters.").replace(
            "%1", str(MIN_LENGTH)
        )
    if "user name" in problem:
        return QCoreApplication.translate("Users", "The password must not be the user name.")
    if problem:
        return QCoreApplication.translate("Users", "The password needs at least 4 different characters.")
    if first != second:
        return QCoreApplication.translate("Users", "The two passwords differ. Type the same password twice.")
    return ""


class PasswordDialog(QDialog):
    """A new password for `username`, typed twice."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = username
        self.setWindowTitle(fill(self.tr("New password for %1"), username))
        self.password, self.again = password_field(), password_field()
        self.message = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Again:"), self.again)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def accept(self) -> None:
        problem = password_message(self.password.text(), self.again.text(), self.username)
        if problem:
            self.message.setText(problem)
            return
        super().accept()


class NewUserDialog(PasswordDialog):
    """User name, full name, role and password for a new account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.name, self.full_name = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        form = self.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(0, self.tr("User name:"), self.name)
        form.insertRow(1, self.tr("Full name:"), self.full_name)
        form.insertRow(2, self.tr("Role:"), self.role)

    def accept(self) -> None:
        self.username = self.name.text().strip()
        if not self.username:
            self.message.setText(self.tr("Enter a user name."))
            return
        super().accept()
