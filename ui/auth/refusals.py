"""A refused action in the interface's language: the GUI's wording for app/auth's PermissionDenied, installed
with `install_refusal_wording()` so every screen that shows `str(error)` speaks Persian or Arabic too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.auth import permissions
from ui.formatting import fill


def _actions() -> dict[str, str]:
    return {
        "customer.edit": QCoreApplication.translate("Refusals", "adding or changing customers"),
        "customer.delete": QCoreApplication.translate("Refusals", "deleting customers or bringing deleted ones back"),
        "order.edit": QCoreApplication.translate("Refusals", "recording orders"),
        "call.log": QCoreApplication.translate("Refusals", "answering and logging calls"),
        "ticket.edit": QCoreApplication.translate("Refusals", "opening and working on tickets"),
        "ticket.bulk": QCoreApplication.translate("Refusals", "changing many tickets at once"),
        "knowledge.edit": QCoreApplication.translate("Refusals", "editing the knowledge base"),
        "sla.edit": QCoreApplication.translate("Refusals", "changing SLA targets and office hours"),
        "lists.edit": QCoreApplication.translate(
            "Refusals", "editing lists such as call reasons and ticket categories"
        ),
        "blocklist.edit": QCoreApplication.translate("Refusals", "blocking or unblocking numbers"),
        "export": QCoreApplication.translate("Refusals", "exporting data"),
        "import": QCoreApplication.translate("Refusals", "importing customers or undoing an import"),
        "merge": QCoreApplication.translate("Refusals", "merging duplicate customers or undoing a merge"),
        "audit.read": QCoreApplication.translate("Refusals", "reading the audit log"),
        "backup": QCoreApplication.translate("Refusals", "making backups"),
        "restore": QCoreApplication.translate("Refusals", "restoring a backup"),
        "users.manage": QCoreApplication.translate("Refusals", "managing users and passwords"),
        "campaign.manage": QCoreApplication.translate(
            "Refusals", "setting up campaigns, their call lists, scripts and do-not-call numbers"
        ),
        "campaign.work": QCoreApplication.translate("Refusals", "working campaign call lists"),
        "routing.edit": QCoreApplication.translate("Refusals", "changing call routing"),
    }


def _role(role: str) -> str:
    return {
        permissions.AGENT: QCoreApplication.translate("Refusals", "agent"),
        permissions.SUPERVISOR: QCoreApplication.translate("Refusals", "supervisor"),
        permissions.OWNER: QCoreApplication.translate("Refusals", "owner"),
    }.get(role, role)


def _who(permission: str) -> str:
    holders = {role for role in permissions.ROLES if permission in permissions.ROLE_PERMISSIONS[role]}
    if holders == {permissions.OWNER}:
        return QCoreApplication.translate("Refusals", "the owner")
    if holders == {permissions.SUPERVISOR, permissions.OWNER}:
        return QCoreApplication.translate("Refusals", "a supervisor or the owner")
    return QCoreApplication.translate("Refusals", "a colleague whose role allows it")


def wording(reason: str, actor: str, role: str, permission: str) -> str:
    if reason == "sign_in":
        return QCoreApplication.translate("Refusals", "Sign in first: this database has user accounts.")
    if reason == "not_account":
        return fill(
            QCoreApplication.translate(
                "Refusals", "“%1” is not a Tamas account: sign in with your user name and password."
            ),
            actor,
        )
    if reason == "disabled":
        return fill(
            QCoreApplication.translate("Refusals", "The account “%1” is disabled: ask the owner to enable it."), actor
        )
    action = _actions().get(permission, permissions.PERMISSIONS.get(permission, permission))
    return fill(
        QCoreApplication.translate("Refusals", "%1 (%2) may not do this: %3. Ask %4."),
        actor,
        _role(role),
        action,
        _who(permission),
    )


def install_refusal_wording(language: str) -> None:
    """The translated sentences for Persian and Arabic; English keeps the services' own (the command line's)."""
    permissions.set_wording(permissions.english if language == "en" else wording)
