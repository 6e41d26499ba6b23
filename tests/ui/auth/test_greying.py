from __future__ import annotations

import pytest

from PySide6.QtCore import QCoreApplication

from app.auth.permissions import ROLE_PERMISSIONS
from app.db import Database
from tests.app.auth.conftest import ROLE_USERS
from ui.auth.greying import GUARDED_ACTIONS, guarded_actions, guarded_buttons
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.mark.parametrize("role", list(ROLE_USERS))
def test_actions_follow_the_permission_table(qtbot, staffed: Database, settings: Settings, role: str) -> None:  # noqa: ANN001
    window = MainWindow(staffed, settings, ROLE_USERS[role])
    qtbot.addWidget(window)
    found = guarded_actions(window)
    texts = {QCoreApplication.translate(c, s) for c, s, _p in GUARDED_ACTIONS}
    assert {action.text() for action, _p in found} == texts  # every entry still finds its menu action
    for action, permission in found:
        assert action.isEnabled() == (permission in ROLE_PERMISSIONS[role]), (role, action.text())
    for button, permission in guarded_buttons(window):
        if permission not in ROLE_PERMISSIONS[role]:
            assert not button.isEnabled()


def test_an_open_install_enables_everything(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    window = MainWindow(db, settings, "whoever")
    qtbot.addWidget(window)
    assert window.role == "owner"
    assert all(action.isEnabled() for action, _p in guarded_actions(window))


def test_an_agent_deleting_from_a_card_is_told_who_may(qtbot, staffed: Database, settings: Settings) -> None:  # noqa: ANN001
    from app.dto import CustomerDraft, PhoneDraft
    from app.services import customers

    customer = customers.create_customer(staffed, CustomerDraft(name="Ali", phones=[PhoneDraft("09121110000")]), "ali")
    window = MainWindow(staffed, settings, "ali")
    qtbot.addWidget(window)
    window.delete_customer(customer, "Ali")  # no question asked, nothing pushed
    assert window.statusBar().currentMessage().startswith("Your role may not delete customers")
    assert window.undo_stack.count() == 0
    assert customers.customer_card(staffed, customer).draft.name == "Ali"


@pytest.mark.parametrize("role", list(ROLE_USERS))
def test_only_the_owner_may_restore_from_the_backups_dialog(qtbot, staffed: Database, settings: Settings,
                                                            role: str) -> None:  # noqa: ANN001  # fmt: skip
    from ui.backup.install import open_backups_dialog

    window = MainWindow(staffed, settings, ROLE_USERS[role])
    qtbot.addWidget(window)
    dialog = open_backups_dialog(window)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled() == (role == "owner")
    assert dialog.back_up_button.isEnabled()  # the menu entry is greyed for agents; the dialog itself backs up
