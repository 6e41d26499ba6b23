from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.auth.permissions import PERMISSIONS
from tests.app.auth.conftest import PASSWORDS
from ui.application import Shell
from ui.auth.greying import guarded_actions


def test_switch_user_rebuilds_every_screen_for_the_new_user(qtbot, shell: Shell) -> None:  # noqa: ANN001
    first = shell.show()
    assert first.actor == "olga" and first.role == "owner"
    dialog = first.auth.switch_user()
    dialog.username.setText("ali")
    dialog.password.setText(PASSWORDS["ali"])
    dialog.accept()
    qtbot.waitUntil(lambda: shell.window is not first, timeout=10000)
    window = shell.window
    assert window is not None
    # every screen that keeps the acting user now has the agent
    assert window.actor == window.tickets.actor == window.pops.actor == window.missed.actor == "ali"
    assert window.campaigns.actor == window.seats.seats.agent == "ali"
    assert window.role == "agent"
    labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "Agent: ali" in labels
    greyed = {permission for action, permission in guarded_actions(window) if not action.isEnabled()}
    assert greyed == {"customer.delete", "lists.edit", "import", "merge", "sla.edit", "users.manage", "audit.read",
                      "backup", "campaign.manage", "routing.edit"}  # fmt: skip
    assert greyed <= set(PERMISSIONS)


def test_a_cancelled_switch_keeps_the_user(qtbot, qapp, shell: Shell) -> None:  # noqa: ANN001
    first = shell.show()
    dialog = first.auth.switch_user()
    dialog.reject()
    qapp.processEvents()  # a rebuild would be queued at once (QTimer 0): nothing is
    assert shell.window is first and shell.actor == "olga"
