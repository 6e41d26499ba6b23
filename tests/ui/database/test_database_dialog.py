"""Settings → Database… and the first-run page: the office server is chosen once, tested on a worker,
remembered, and its password kept in the keyring (or in memory) but never in the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from PySide6.QtWidgets import QWizard

from app.office_server import ServerAddress
from tests.conftest import POSTGRES_URL
from ui.database.dialog import DatabaseDialog
from ui.database.startup import chosen_database
from ui.database.store import SERVER, SERVICE, PasswordStore, load_choice, working_keyring
from ui.database.wizard_page import DatabasePage
from ui.settings import Settings

SECRET = "s3cret-Pa55-for-tests"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend (the package's own interface) that keeps its secrets in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


def settings_file_text(settings: Settings, tmp_path: Path) -> str:
    settings._store.sync()
    return (tmp_path / "settings.ini").read_text(encoding="utf-8")


def fill(dialog: DatabaseDialog, host: str, password: str, port: int = 5432, database: str = "tamas",
         user: str = "tamas") -> None:  # fmt: skip
    form = dialog.form
    form.server.setChecked(True)
    form.host.setText(host)
    form.port.setValue(port)
    form.database.setText(database)
    form.user.setText(user)
    form.password.setText(password)


def test_saving_keeps_the_password_in_the_keyring_and_out_of_the_settings_file(
    qtbot, settings: Settings, tmp_path: Path
) -> None:  # noqa: ANN001
    keyring = MemoryKeyring()
    dialog = DatabaseDialog(settings, PasswordStore(keyring))
    qtbot.addWidget(dialog)
    assert "keyring" in dialog.note.text()
    fill(dialog, "office-server.lan", SECRET, 5433, "crm", "sara")
    dialog.accept()
    saved = settings_file_text(settings, tmp_path)
    assert "office-server.lan" in saved and "5433" in saved and "crm" in saved
    assert SECRET not in saved
    address = ServerAddress("office-server.lan", 5433, "crm", "sara")
    assert load_choice(settings).address == address and load_choice(settings).kind == SERVER
    assert keyring.saved == {(SERVICE, address.key()): SECRET}
    # The next start finds it there: no question asked.
    url = chosen_database(None, settings, tmp_path / "tamas.db", PasswordStore(keyring), ask=pytest.fail)
    assert url is not None and make_url(url).password == SECRET and make_url(url).host == "office-server.lan"


def test_without_a_keyring_the_password_is_asked_at_each_start_and_never_written(
    qtbot, settings: Settings, tmp_path: Path
) -> None:  # noqa: ANN001
    store = PasswordStore(None)
    dialog = DatabaseDialog(settings, store)
    qtbot.addWidget(dialog)
    assert "asks for the password at each start" in dialog.note.text()
    fill(dialog, "10.0.0.5", SECRET)
    dialog.accept()
    assert SECRET not in settings_file_text(settings, tmp_path)
    assert store.get(ServerAddress("10.0.0.5")) == SECRET  # this run: in memory
    asked: list[ServerAddress] = []
    next_start = PasswordStore(None)
    url = chosen_database(None, settings, tmp_path / "tamas.db", next_start, ask=lambda a: asked.append(a) or "typed")
    assert asked == [ServerAddress("10.0.0.5")] and url is not None and make_url(url).password == "typed"
    assert chosen_database(None, settings, tmp_path / "tamas.db", PasswordStore(None), ask=lambda a: None) is None
    assert SECRET not in settings_file_text(settings, tmp_path) and "typed" not in settings_file_text(
        settings, tmp_path
    )


def test_db_on_the_command_line_beats_the_saved_choice(settings: Settings, tmp_path: Path) -> None:
    assert chosen_database(None, settings, tmp_path / "tamas.db", PasswordStore(None)) == str(tmp_path / "tamas.db")
    settings.set_value("database_kind", SERVER)
    settings.set_value("server_host", "office")
    assert chosen_database("other.db", settings, tmp_path / "tamas.db", PasswordStore(None), ask=pytest.fail) == (
        "other.db"
    )


def test_a_failing_keyring_counts_as_none() -> None:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert working_keyring() is None
        keyring.set_keyring(MemoryKeyring())
        assert isinstance(working_keyring(), MemoryKeyring)
    finally:
        keyring.set_keyring(before)


def test_a_missing_host_is_refused_before_saving(qtbot, settings: Settings) -> None:  # noqa: ANN001
    dialog = DatabaseDialog(settings, PasswordStore(None))
    qtbot.addWidget(dialog)
    fill(dialog, "", SECRET)
    dialog.accept()
    assert dialog.error.text() == "Enter the server's host name or address."
    assert settings.value("database_kind") == "file"


def test_bad_host_says_which_part_to_fix(qtbot, settings: Settings) -> None:  # noqa: ANN001
    dialog = DatabaseDialog(settings, PasswordStore(None))
    qtbot.addWidget(dialog)
    fill(dialog, "no-such-host.invalid", SECRET)
    with qtbot.waitSignal(dialog.form.tested, timeout=20000) as signal:
        dialog.form.test_button.click()
    assert signal.args == [False]
    assert dialog.form.result.text() == "Cannot find the server no-such-host.invalid. Check the host name or address."
    assert SECRET not in dialog.form.result.toolTip()


def server_fields() -> tuple[str, int, str, str, str]:
    url = make_url(POSTGRES_URL)
    return url.host or "", url.port or 5432, url.database or "", url.username or "", url.password or ""


@pytest.mark.postgres
def test_test_connection_reaches_the_real_server(qtbot, settings: Settings, postgres_url: str) -> None:  # noqa: ANN001
    host, port, database, user, password = server_fields()
    dialog = DatabaseDialog(settings, PasswordStore(None))
    qtbot.addWidget(dialog)
    fill(dialog, host, password, port, database, user)
    with qtbot.waitSignal(dialog.form.tested, timeout=20000) as signal:
        dialog.form.test_button.click()
    assert signal.args == [True]
    assert dialog.form.result.text().startswith("Connected to PostgreSQL ")
    assert "The database is empty" in dialog.form.result.text()  # postgres_url dropped its schema


@pytest.mark.postgres
def test_wrong_password_is_named_without_showing_it(qtbot, settings: Settings, postgres_url: str) -> None:  # noqa: ANN001
    host, port, database, user, _ = server_fields()
    dialog = DatabaseDialog(settings, PasswordStore(None))
    qtbot.addWidget(dialog)
    fill(dialog, host, SECRET, port, database, user)
    with qtbot.waitSignal(dialog.form.tested, timeout=20000) as signal:
        dialog.form.test_button.click()
    assert signal.args == [False]
    assert dialog.form.result.text() == f"The server refused user {user} or the password. Check both."
    assert SECRET not in dialog.form.result.text() + dialog.form.result.toolTip()


def test_first_run_page_saves_the_office_server(qtbot, settings: Settings, tmp_path: Path) -> None:  # noqa: ANN001
    store = PasswordStore(MemoryKeyring())
    wizard = QWizard()
    page = DatabasePage(settings, store)
    wizard.addPage(page)
    qtbot.addWidget(wizard)
    page.form.server.setChecked(True)
    assert not page.validatePage()  # no host yet
    page.form.host.setText("192.168.1.10")
    page.form.password.setText(SECRET)
    assert page.validatePage()
    page.save(settings)
    assert load_choice(settings).address == ServerAddress("192.168.1.10")
    assert store.get(ServerAddress("192.168.1.10")) == SECRET
    assert SECRET not in settings_file_text(settings, tmp_path)
