"""The sign-in dialog: user name and password, checked on a worker (scrypt is deliberately slow)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.auth.accounts import Account, SignInError, sign_in
from app.db import Database
from ui.formatting import fill, formatter_of
from ui.tasks import run_task


class SignInDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, username: str = "",
                 now: Callable[[], datetime] = datetime.now) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.now = db, now
        self.account: Account | None = None
        self.setWindowTitle(self.tr("Sign in to Tamas"))
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def accept(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if not name:
            self._say(self.tr("Enter your user name."))
            return
        self.buttons.setEnabled(False)
        db, now = self.db, self.now
        run_task(self, lambda: sign_in(db, name, password, now), self._signed_in, self._refused, write=True)

    def _signed_in(self, account: Account) -> None:
        self.account = account
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self._say(self.refusal(error))

    def refusal(self, error: BaseException) -> str:
        reason = getattr(error, "reason", "") if isinstance(error, SignInError) else ""
        if reason == "locked":
            until = getattr(error, "until", None)
            text = self.tr("Too many wrong passwords: this account is locked until %1. Wait, or ask the owner to "
                           "unlock it.")  # fmt: skip
            return fill(text, formatter_of(self).digits(until.strftime("%H:%M")) if until else "")
        if reason == "disabled":
            return self.tr("This account is disabled. Ask the owner to enable it.")
        if reason == "wrong":
            return self.tr("Wrong user name or password. Try again.")
        return str(error)  # the database failed: its own one-line message

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
