from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QDialog

from app.auth.accounts import LOCK_MINUTES, MAX_FAILURES
from app.db import Database
from tests.app.auth.conftest import PASSWORDS
from ui.auth.sign_in_dialog import SignInDialog


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 10, 0)

    def __call__(self) -> datetime:
        return self.now


def _try(qtbot, dialog: SignInDialog, name: str, password: str) -> None:  # noqa: ANN001
    dialog.username.setText(name)
    dialog.password.setText(password)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() or dialog.result() == QDialog.DialogCode.Accepted)


def test_the_right_password_signs_in(qtbot, staffed: Database) -> None:  # noqa: ANN001
    dialog = SignInDialog(staffed)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        dialog.username.setText("ali")
        dialog.password.setText(PASSWORDS["ali"])
        dialog.accept()
    assert dialog.account is not None and dialog.account.role == "agent"


def test_a_wrong_password_says_so_and_clears_the_field(qtbot, staffed: Database) -> None:  # noqa: ANN001
    dialog = SignInDialog(staffed)
    qtbot.addWidget(dialog)
    _try(qtbot, dialog, "ali", "nope")
    assert dialog.message.text() == "Wrong user name or password. Try again."
    assert dialog.password.text() == "" and dialog.account is None


def test_lockout_message_names_the_time(qtbot, staffed: Database) -> None:  # noqa: ANN001
    clock = Clock()
    dialog = SignInDialog(staffed, now=clock)
    qtbot.addWidget(dialog)
    for _ in range(MAX_FAILURES):
        _try(qtbot, dialog, "ali", "nope")
    until = (clock.now + timedelta(minutes=LOCK_MINUTES)).strftime("%H:%M")
    assert dialog.message.text().startswith("Too many wrong passwords") and until in dialog.message.text()
    _try(qtbot, dialog, "ali", PASSWORDS["ali"])  # the right password waits too
    assert "locked until" in dialog.message.text() and dialog.account is None
    clock.now += timedelta(minutes=LOCK_MINUTES + 1)
    with qtbot.waitSignal(dialog.accepted):
        dialog.password.setText(PASSWORDS["ali"])
        dialog.accept()
