"""A refusal from a service reads in the interface's language: the GUI installs its wording in app/auth."""

from __future__ import annotations

import re

import pytest

from PySide6.QtWidgets import QApplication

from app.auth import PermissionDenied, require
from app.auth.permissions import PERMISSIONS, english, set_wording
from app.db import Database
from tests.app.auth.conftest import ROLE_USERS
from ui.i18n import install_language

LATIN = re.compile(r"[A-Za-z]{3,}")


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_a_refusal_speaks_the_interface_language(qtbot, staffed: Database, language: str) -> None:  # noqa: ANN001
    app = QApplication.instance()
    install_language(app, language)
    try:
        for permission in ("customer.delete", "restore", "campaign.manage"):
            with pytest.raises(PermissionDenied) as refused:
                require(staffed, ROLE_USERS["agent"], permission)
            text = str(refused.value)
            assert refused.value.permission == permission and refused.value.reason == "role"
            assert LATIN.findall(text) == [ROLE_USERS["agent"]], text  # only the user name stays Latin
        with pytest.raises(PermissionDenied) as unknown:
            require(staffed, "nobody", "export")
        assert unknown.value.reason == "not_account" and LATIN.findall(str(unknown.value)) == ["nobody"]
    finally:
        install_language(app, "en")
    with pytest.raises(PermissionDenied) as english_one:
        require(staffed, ROLE_USERS["agent"], "restore")
    assert str(english_one.value) == f"{ROLE_USERS['agent']} (agent) may not restore a backup: ask the owner."


def test_the_command_line_keeps_the_english_wording(staffed: Database) -> None:
    set_wording(english)
    with pytest.raises(PermissionDenied) as refused:
        require(staffed, ROLE_USERS["agent"], "export")
    assert (
        str(refused.value)
        == f"{ROLE_USERS['agent']} (agent) may not {PERMISSIONS['export']}: ask a supervisor or the owner."
    )
