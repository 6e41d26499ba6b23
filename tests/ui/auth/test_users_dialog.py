from __future__ import annotations

from datetime import datetime

from app.auth.accounts import MAX_FAILURES, SignInError, find_account, sign_in
from app.db import Database
from tests.app.auth.conftest import PASSWORDS
from ui.auth.account_dialogs import NewUserDialog, PasswordDialog
from ui.auth.users_dialog import UsersDialog


def _dialog(qtbot, db: Database, actor: str = "olga") -> UsersDialog:  # noqa: ANN001
    dialog = UsersDialog(db, actor)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    return dialog


def _select(dialog: UsersDialog, name: str) -> None:
    row = [a.username for a in dialog.model.accounts].index(name)
    dialog.table.selectRow(row)


def test_model_lists_accounts(qtbot, qtmodeltester, staffed: Database) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, staffed)
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.index(r, c).data() for c in range(4)] for r in range(3)]
    assert rows[0][0] == "ali" and rows[0][2] == "Agent" and rows[0][3] == "Active"


def test_add_user_change_role_reset_disable_unlock(qtbot, staffed: Database) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, staffed)
    dialog.add_user("nina", "Nina K", "agent", "nina-pass-22")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)
    assert sign_in(staffed, "nina", "nina-pass-22").role == "agent"
    _select(dialog, "nina")
    dialog.change_role("supervisor")
    qtbot.waitUntil(lambda: find_account(staffed, "nina").role == "supervisor")  # type: ignore[union-attr]
    dialog.reset_password("fresh-pass-33")
    qtbot.waitUntil(lambda: _signs_in(staffed, "nina", "fresh-pass-33"))
    dialog.toggle_active()
    qtbot.waitUntil(lambda: not find_account(staffed, "nina").active)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: dialog.model.index(dialog.table.currentIndex().row(), 3).data() == "Disabled")
    assert dialog.active_button.text() == "&Enable"


def test_unlock_clears_a_lockout(qtbot, staffed: Database) -> None:  # noqa: ANN001
    for _ in range(MAX_FAILURES):
        try:
            sign_in(staffed, "ali", "bad")
        except SignInError:
            pass
    now = lambda: datetime.now()  # noqa: E731
    dialog = UsersDialog(staffed, "olga", now=now)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    _select(dialog, "ali")
    assert dialog.model.index(0, 3).data().startswith("Locked until")
    dialog.unlock()
    qtbot.waitUntil(lambda: find_account(staffed, "ali").locked_until is None)  # type: ignore[union-attr]
    assert _signs_in(staffed, "ali", PASSWORDS["ali"])


def test_a_supervisor_is_refused_with_a_message(qtbot, staffed: Database) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, staffed, "sam")
    dialog.add_user("eve", "", "agent", "eve-pass-444")
    qtbot.waitUntil(lambda: "may not manage users" in dialog.message.text())
    assert find_account(staffed, "eve") is None


def test_password_forms_check_strength_and_typing_twice(qtbot) -> None:  # noqa: ANN001
    form = PasswordDialog("ali")
    qtbot.addWidget(form)
    form.password.setText("short")
    form.accept()
    assert "at least 8 characters" in form.message.text() and form.result() == 0
    form.password.setText("good-pass-1")
    form.again.setText("good-pass-2")
    form.accept()
    assert "differ" in form.message.text()
    new = NewUserDialog()
    qtbot.addWidget(new)
    new.password.setText("good-pass-1")
    new.again.setText("good-pass-1")
    new.accept()
    assert new.message.text() == "Enter a user name."


def _signs_in(db: Database, name: str, password: str) -> bool:
    try:
        sign_in(db, name, password)
    except SignInError:
        return False
    return True
