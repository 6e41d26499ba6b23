"""Who the app starts as: the OS user in an open install, the single owner who chose to skip sign-in,
`--user` with TAMAS_PASSWORD (scripts, screenshots), or whoever signs in through the dialog."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QDialog

from app.auth.accounts import SignInError, account_without_sign_in, has_accounts, sign_in
from app.auth.cli import PASSWORD_VARIABLE
from app.db import Database
from app.identity import os_username
from ui.auth.sign_in_dialog import SignInDialog


def starting_actor(db: Database, user: str | None = None) -> str | None:
    """The user name to start as; None when the sign-in dialog was cancelled."""
    if not has_accounts(db):
        return os_username()
    password = os.environ.get(PASSWORD_VARIABLE)
    if user and password is not None:
        try:
            return sign_in(db, user, password).username
        except SignInError as error:
            print(f"error: {error}", file=sys.stderr)
    alone = account_without_sign_in(db)
    if alone is not None:
        return alone.username
    dialog = SignInDialog(db, None, user or "")
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.account is not None:
        return dialog.account.username
    return None
