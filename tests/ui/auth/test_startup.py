from __future__ import annotations

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.auth.accounts import create_account, find_account, set_skip_sign_in
from app.db import Database
from app.identity import os_username
from tests.app.auth.conftest import PASSWORDS
from ui.auth.sign_in_dialog import SignInDialog
from ui.auth.startup import starting_actor


def test_an_open_install_starts_as_the_os_user(db: Database) -> None:
    assert starting_actor(db) == os_username()


def test_the_only_owner_may_skip_the_dialog(db: Database) -> None:
    owner = create_account(db, "olga", "owner-pass-1", "owner", "x")
    set_skip_sign_in(db, owner, True, "olga")
    assert starting_actor(db) == "olga"


def test_user_and_password_from_the_environment(staffed: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS["sam"])
    assert starting_actor(staffed, "sam") == "sam"


def test_several_accounts_ask_in_the_dialog(qtbot, staffed: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("TAMAS_PASSWORD", raising=False)
    monkeypatch.setenv("USER", "olga")  # the OS user name signs nobody in

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible())
        dialog.username.setText("ali")
        dialog.password.setText(PASSWORDS["ali"])
        dialog.accept()

    QTimer.singleShot(0, fill)
    assert starting_actor(staffed) == "ali"
    assert find_account(staffed, "ali") is not None


def test_a_cancelled_sign_in_starts_nothing(qtbot, staffed: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("TAMAS_PASSWORD", raising=False)

    def cancel() -> None:
        next(w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()).reject()

    QTimer.singleShot(0, cancel)
    assert starting_actor(staffed) is None


def test_the_app_starts_signed_in_from_the_command_line(staffed: Database, db_path, tmp_path) -> None:  # noqa: ANN001
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    env = {**os.environ, "TAMAS_PASSWORD": PASSWORDS["sam"], "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db_path), "--user", "sam",
                           "--exit-after", "300"], capture_output=True, text=True, env=env, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr
