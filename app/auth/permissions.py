"""Who may do what: the ONE permission table of Tamas, and `require`, the check every service calls.

Use it at the top of a service that changes, deletes, imports, merges or exports data::

    from app.auth import require

    def delete_customer(db: Database, customer_id: int, actor: str) -> None:
        require(db, actor, "customer.delete")   # raises PermissionDenied (str(error) = one plain sentence)
        ...

`actor` is the user name the service already takes (the signed-in user: `window.actor` in the GUI,
`--user` on the command line). `require` looks it up in `users`:

* **Open install** — no account has a password yet (a fresh or single-seat install that never set
  up sign-in): whoever runs Tamas acts as the owner, so every check passes. Creating the first owner
  account (first-run wizard, `Users…`, or `main.py demo`) ends the open install.
* Otherwise the actor must be an active account with a password, and its role must hold the
  permission in `ROLE_PERMISSIONS` below; an unknown, password-less or disabled name is refused.

The UI greys out actions with `allowed(role, permission)` from this same table; the tests call every
guarded service as each role (tests/app/auth/test_service_permissions.py), so a permission added
here without a test there fails.
"""

from __future__ import annotations

from collections.abc import Callable

AGENT, SUPERVISOR, OWNER = "agent", "supervisor", "owner"
ROLES = (AGENT, SUPERVISOR, OWNER)

# permission → what it lets a user do (the end of "may not …" in a refusal)
PERMISSIONS: dict[str, str] = {
    "customer.edit": "add or change customers",
    "customer.delete": "delete customers or bring deleted ones back",
    "order.edit": "record orders",
    "call.log": "answer and log calls",
    "ticket.edit": "open and work on tickets",
    "ticket.bulk": "change many tickets at once",
    "knowledge.edit": "edit the knowledge base",
    "sla.edit": "change SLA targets and office hours",
    "lists.edit": "edit lists such as call reasons and ticket categories",
    "blocklist.edit": "block or unblock numbers",
    "export": "export data",
    "import": "import customers or undo an import",
    "merge": "merge duplicate customers or undo a merge",
    "audit.read": "read the audit log",
    "backup": "make backups",
    "restore": "restore a backup",
    "users.manage": "manage users and passwords",
    # Campaigns: supervisors set them up (lists, scripts, dispositions, the office do-not-call numbers); agents
    # work them. Marking a customer do-not-call from a call is work: consent is honoured whoever takes the call.
    "campaign.manage": "set up campaigns, their call lists, scripts and do-not-call numbers",
    "campaign.work": "work campaign call lists",
    "routing.edit": "change call routing",
}

_AGENT = frozenset({"customer.edit", "order.edit", "call.log", "ticket.edit", "campaign.work"})
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    AGENT: _AGENT,
    SUPERVISOR: frozenset(PERMISSIONS) - {"users.manage", "restore"},
    OWNER: frozenset(PERMISSIONS),
}

ROLE_NAMES = {AGENT: "an agent", SUPERVISOR: "a supervisor", OWNER: "the owner"}


class PermissionDenied(Exception):
    """The acting user may not do this; `str(error)` is one sentence saying who can (in the interface's
    language when the GUI installed its wording). `reason`: "role", "sign_in", "not_account" or "disabled"."""

    def __init__(
        self, message: str, reason: str = "role", actor: str = "", role: str = "", permission: str = ""
    ) -> None:
        super().__init__(message)
        self.reason, self.actor, self.role, self.permission = reason, actor, role, permission


def english(reason: str, actor: str, role: str, permission: str) -> str:
    if reason == "sign_in":
        return "Sign in first: this database has user accounts."
    if reason == "not_account":
        return f"“{actor}” is not a Tamas account: sign in with your user name and password."
    if reason == "disabled":
        return f"The account “{actor}” is disabled: ask the owner to enable it."
    return f"{actor} ({role}) may not {PERMISSIONS[permission]}: ask {who_may(permission)}."


# How a refusal reads: English here (the command line); the GUI installs its translated sentences
# (ui/auth/refusals.py), so every screen that shows `str(error)` speaks the interface's language.
_wording: list[Callable[[str, str, str, str], str]] = [english]


def set_wording(wording: Callable[[str, str, str, str], str]) -> None:
    _wording[0] = wording


def denied(reason: str, actor: str = "", role: str = "", permission: str = "") -> PermissionDenied:
    return PermissionDenied(_wording[0](reason, actor, role, permission), reason, actor, role, permission)


def allowed(role: str | None, permission: str) -> bool:
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}: add it to app/auth/permissions.py")
    return permission in ROLE_PERMISSIONS.get(role or "", frozenset())


def who_may(permission: str) -> str:
    """'a supervisor or the owner' — the roles holding `permission`, for a refusal message."""
    names = [ROLE_NAMES[role] for role in ROLES if permission in ROLE_PERMISSIONS[role]]
    return " or ".join(names)


def refusal(actor: str, role: str, permission: str) -> PermissionDenied:
    return denied("role", actor, role, permission)
