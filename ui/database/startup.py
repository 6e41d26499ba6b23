"""At start: which database to open. `--db` wins; then the saved choice; then this PC's file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit

from app.office_server import ServerAddress, server_url
from ui.database.store import SERVER, PasswordStore, load_choice
from ui.settings import Settings

AskPassword = Callable[[ServerAddress], "str | None"]


def ask_password(address: ServerAddress) -> str | None:
    """The server's password, typed at start (no keyring, or none saved); None when the user cancels."""
    title = QCoreApplication.translate("DatabaseStartup", "Office server password")
    label = QCoreApplication.translate("DatabaseStartup", "Password of {0} on {1}:").format(address.user, address.host)
    text, ok = QInputDialog.getText(None, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def chosen_database(
    db_arg: str | None, settings: Settings, default: Path, store: PasswordStore, ask: AskPassword = ask_password
) -> str | None:
    """A path or URL to open; None when the user cancelled the password question."""
    if db_arg:
        return db_arg
    choice = load_choice(settings)
    if choice.kind != SERVER or choice.address is None:
        return str(default)
    password = store.get(choice.address)
    if password is None:
        password = ask(choice.address)
        if password is None:
            return None
        store.set(choice.address, password)  # in memory for this run (and the keyring, when there is one)
    return server_url(choice.address, password)
