"""Where the seat's database choice is kept: the address in QSettings, the password never there.

The password goes to the OS keyring (Windows Credential Manager, the Secret Service on Linux, the
macOS Keychain) through the `keyring` package when a working backend exists. Without one, it is
kept in memory for this run only and asked for again at the next start.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.office_server import DEFAULT_PORT, ServerAddress
from ui.settings import Settings

SERVICE = "Tamas office server"
FILE, SERVER = "file", "server"


@dataclass(frozen=True)
class DatabaseChoice:
    kind: str  # FILE (this PC only) or SERVER
    address: ServerAddress | None = None


def load_choice(settings: Settings) -> DatabaseChoice:
    if settings.value("database_kind") != SERVER or not settings.value("server_host"):
        return DatabaseChoice(FILE)
    address = ServerAddress(
        settings.value("server_host"),
        settings.value("server_port") or DEFAULT_PORT,
        settings.value("server_database"),
        settings.value("server_user"),
    )
    return DatabaseChoice(SERVER, address)


def save_choice(settings: Settings, choice: DatabaseChoice) -> None:
    settings.set_value("database_kind", choice.kind)
    if choice.address is not None:
        settings.set_value("server_host", choice.address.host)
        settings.set_value("server_port", choice.address.port)
        settings.set_value("server_database", choice.address.database)
        settings.set_value("server_user", choice.address.user)


def working_keyring() -> Any | None:
    """The OS keyring when one really works here (a headless Linux box often has none)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        usable = not isinstance(backend, fail.Keyring) and backend.priority > 0
    except Exception:  # noqa: BLE001 - a broken keyring configuration is the same as none
        return None
    return backend if usable else None


class PasswordStore:
    """The office server's password: in the keyring when it works, else in memory for this run."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend
        self._memory: dict[str, str] = {}

    @classmethod
    def system(cls) -> PasswordStore:
        return cls(working_keyring())

    @property
    def persistent(self) -> bool:
        """Kept across restarts (a keyring exists); otherwise Tamas asks at each start."""
        return self._backend is not None

    def get(self, address: ServerAddress) -> str | None:
        if address.key() in self._memory:
            return self._memory[address.key()]
        if self._backend is None:
            return None
        try:
            return self._backend.get_password(SERVICE, address.key())
        except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
            return None

    def set(self, address: ServerAddress, password: str) -> bool:
        """Keep the password; True when it went to the keyring (it survives a restart)."""
        self._memory[address.key()] = password
        if self._backend is None:
            return False
        try:
            self._backend.set_password(SERVICE, address.key(), password)
        except Exception:  # noqa: BLE001 - kept in memory: asked again at the next start
            return False
        return True


_shared: PasswordStore | None = None


def passwords() -> PasswordStore:
    """The store every window of this run shares (so a password typed once is not asked again)."""
    global _shared
    if _shared is None:
        _shared = PasswordStore.system()
    return _shared
