"""A database with an owner (olga), a supervisor (sam) and an agent (ali), and a shell to sign them in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.db import Database
from app.services import lookups
from tests.app.auth.conftest import add_staff
from ui.application import Shell
from ui.settings import Settings


@pytest.fixture
def staffed(db: Database) -> Database:
    lookups.ensure_defaults(db)
    add_staff(db)
    return db


@pytest.fixture
def shell(qtbot, qapp, staffed: Database, settings: Settings) -> Iterator[Shell]:  # noqa: ANN001
    shell = Shell(qapp, staffed, settings, "olga")
    yield shell
    shell.bridge.stop_all()
    if shell.window is not None:
        shell.window.quitting = True
        shell.window.quit_on_close = False
        shell.window.close()
    shell.tray.hide()
    qapp.setQuitOnLastWindowClosed(True)
