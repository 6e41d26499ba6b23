"""Who runs a command-line task: `--user NAME` and a password once the database has accounts.

The password comes from the `TAMAS_PASSWORD` environment variable or a prompt (getpass). Without
accounts (an open install) the operating-system user acts, as owner (app/auth/permissions.py).
USER/USERNAME never choose the acting user of a database with accounts: only a sign-in does.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Mapping

from app.auth.accounts import SignInError, has_accounts, sign_in
from app.db import Database
from app.identity import os_username

PASSWORD_VARIABLE = "TAMAS_PASSWORD"


def command_line_actor(db: Database, user: str | None, environ: Mapping[str, str],
                       prompt: Callable[[str], str] | None = None) -> str:  # fmt: skip
    """The signed-in user name; SignInError (one sentence) when the name or password is missing or wrong."""
    if not has_accounts(db):
        return user or os_username()
    if not user:
        raise SignInError(f"this database has user accounts: add --user NAME (password from a prompt or "
                          f"{PASSWORD_VARIABLE})", "missing")  # fmt: skip
    password = environ.get(PASSWORD_VARIABLE)
    if password is None:
        try:
            password = (prompt or getpass.getpass)(f"Password for {user}: ")
        except (EOFError, KeyboardInterrupt):
            message = f"no password given: type it at the prompt or set {PASSWORD_VARIABLE}"
            raise SignInError(message, "missing") from None
    return sign_in(db, user, password).username
