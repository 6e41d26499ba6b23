"""The ticket status machine: every legal move is one row of TRANSITIONS, and nothing else is allowed.

A move's action says what it means (escalate, wait, resolve, ...); a resolved or closed ticket comes
back only through "reopen", which the service records as its own event.
"""

from __future__ import annotations

STATUS_LABELS = {
    "new": "new",
    "open": "open",
    "escalated": "escalated",
    "waiting": "waiting on customer",
    "resolved": "resolved",
    "closed": "closed",
}

# (from, to) -> action. The one place that says which status changes exist.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("new", "open"): "start",
    ("new", "escalated"): "escalate",
    ("new", "waiting"): "wait",
    ("new", "resolved"): "resolve",
    ("open", "escalated"): "escalate",
    ("open", "waiting"): "wait",
    ("open", "resolved"): "resolve",
    ("escalated", "open"): "start",
    ("escalated", "waiting"): "wait",
    ("escalated", "resolved"): "resolve",
    ("waiting", "open"): "resume",
    ("waiting", "escalated"): "escalate",
    ("waiting", "resolved"): "resolve",
    ("resolved", "closed"): "close",
    ("resolved", "open"): "reopen",
    ("closed", "open"): "reopen",
}

NOTE_REQUIRED = {"escalate", "reopen"}


class TicketError(ValueError):
    """A change the service refuses; `str(error)` is one sentence saying what to do instead."""


class IllegalTransition(TicketError):
    def __init__(self, before: str, after: str, hint: str) -> None:
        self.before, self.after, self.hint = before, after, hint
        super().__init__(hint)


class NoteRequired(TicketError):
    def __init__(self, action: str) -> None:
        self.action = action
        super().__init__(f"Write a note saying why before you {action} this ticket.")


def next_statuses(status: str) -> list[str]:
    """Where a ticket in `status` can go by an ordinary status change (not reopen, not escalate)."""
    return [to for (start, to), action in TRANSITIONS.items() if start == status and action not in NOTE_REQUIRED]


def action_for(before: str, after: str, *, reopening: bool = False, escalating: bool = False) -> str:
    """The action of moving `before` -> `after`, or IllegalTransition with what to do instead."""
    action = TRANSITIONS.get((before, after))
    was, becomes = STATUS_LABELS.get(before, before), STATUS_LABELS.get(after, after)
    if reopening and action != "reopen":
        raise IllegalTransition(before, after, f"Only a resolved or closed ticket can be reopened; this one is {was}.")
    if action is None:
        if before == after:
            raise IllegalTransition(before, after, f"The ticket is already {was}.")
        if before in ("resolved", "closed"):
            raise IllegalTransition(before, after, f"A {was} ticket cannot become {becomes}; reopen it first.")
        raise IllegalTransition(before, after, f"A {was} ticket cannot become {becomes}.")
    if action == "reopen" and not reopening:
        raise IllegalTransition(before, after, f"A {was} ticket comes back only through Reopen.")
    if action == "escalate" and not escalating:
        raise IllegalTransition(before, after, "Use Escalate (with a note) to move a ticket to another tier.")
    return action
