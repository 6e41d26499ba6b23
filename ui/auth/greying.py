"""Greying out what the signed-in role may not do, from the ONE permission table (app/auth/permissions.py).

Menu actions are found by their (translated) text, so the screens that own them need no change; the
test tests/ui/auth/test_greying.py checks every entry below still finds its action in the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.auth import allowed

# (translation context, source text, permission)
GUARDED_ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("MainWindow", "&Delete customer…", "customer.delete"),
    ("MainWindow", "Call &reasons…", "lists.edit"),
    ("MainWindow", "Call &outcomes…", "lists.edit"),
    ("ImportMenu", "&Import customers…", "import"),
    ("ImportMenu", "Past &imports…", "import"),
    ("ImportMenu", "Find &duplicates…", "merge"),
    ("TicketsPanel", "&SLA and office hours…", "sla.edit"),
    ("TicketsPanel", "Ticket &categories…", "lists.edit"),
    ("TicketsPanel", "&Departments…", "lists.edit"),
    ("TicketsPanel", "T&iers…", "lists.edit"),
    ("AuthPanel", "&Users…", "users.manage"),
    ("AuthPanel", "&Audit log…", "audit.read"),
    ("Backups", "&Backups…", "backup"),
    ("CampaignsPanel", "&New campaign…", "campaign.manage"),
    ("CampaignsPanel", "Next &call…", "campaign.work"),
    ("CampaignsPanel", "New call &script…", "campaign.manage"),
    ("CampaignsPanel", "D&ispositions…", "campaign.manage"),
    ("CampaignsPanel", "Add a number to the &do-not-call list…", "campaign.manage"),
    ("Seats", "Call &routing…", "routing.edit"),
)
# Buttons inside screens, by object path: (attribute chain from the window, permission)
GUARDED_BUTTONS: tuple[tuple[str, str], ...] = (
    ("reports.export_button", "export"),
    ("campaigns.view.new_button", "campaign.manage"),
    ("campaigns.view.edit_button", "campaign.manage"),
    ("campaigns.view.start_button", "campaign.manage"),
    ("campaigns.view.pause_button", "campaign.manage"),
    ("campaigns.view.finish_button", "campaign.manage"),
    ("campaigns.view.export_button", "export"),
)


def guarded_actions(window: QWidget) -> list[tuple[QAction, str]]:
    texts = {QCoreApplication.translate(context, source): permission for context, source, permission in GUARDED_ACTIONS}
    return [(action, texts[action.text()]) for action in window.findChildren(QAction) if action.text() in texts]


def guarded_buttons(window: QWidget) -> list[tuple[QAbstractButton, str]]:
    found = []
    for path, permission in GUARDED_BUTTONS:
        target: object = window
        for name in path.split("."):
            target = getattr(target, name, None)
        if isinstance(target, QAbstractButton):
            found.append((target, permission))
    return found


def apply_role(window: QWidget, role: str | None) -> None:
    """Enable what `role` may do, grey out the rest (the services refuse it anyway)."""
    for action, permission in guarded_actions(window):
        action.setEnabled(allowed(role, permission))
    for button, permission in guarded_buttons(window):
        if not allowed(role, permission):
            button.setEnabled(False)
            button.setToolTip(QCoreApplication.translate("AuthPanel", "Your role may not do this."))
