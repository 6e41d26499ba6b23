"""Translated words for ticket values (status, type, priority, events, SLA) and service refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.tickets.workflow import IllegalTransition, NoteRequired, TicketError
from ui.formatting import Formatter


def _t(text: str) -> str:
    return QCoreApplication.translate("Tickets", text)


def status_label(status: str) -> str:
    return {
        "new": _t("New"), "open": _t("Open"), "escalated": _t("Escalated"), "waiting": _t("Waiting on customer"),
        "resolved": _t("Resolved"), "closed": _t("Closed"),
    }.get(status, status)  # fmt: skip


def type_label(kind: str) -> str:
    return {
        "complaint": _t("Complaint"), "request": _t("Request"), "question": _t("Question"), "return": _t("Return"),
        "visit": _t("Technician visit"),
    }.get(kind, kind)  # fmt: skip


def priority_label(priority: str) -> str:
    return {"low": _t("Low"), "normal": _t("Normal"), "high": _t("High"), "urgent": _t("Urgent")}.get(
        priority, priority
    )


def channel_label(channel: str) -> str:
    return {"call": _t("By phone"), "sms": _t("By SMS"), "in_person": _t("In person")}.get(channel, channel)


def view_label(view: str) -> str:
    return {
        "open": _t("All open"), "mine": _t("Mine"), "department": _t("My department's"), "overdue": _t("Overdue"),
        "unassigned": _t("Unassigned"), "waiting": _t("Waiting on customer"), "to_inform": _t("To inform"),
        "all": _t("All tickets"),
    }.get(view, view)  # fmt: skip


def sla_text(state: str, seconds_left: int | None, paused: bool, fmt: Formatter) -> str:
    """'On time · 5:30 left', 'Breached · 2:00 over', 'Paused · ...'."""
    words = {"on_time": _t("On time"), "at_risk": _t("At risk"), "breached": _t("Breached"), "met": _t("Met"),
             "missed": _t("Missed"), "none": ""}  # fmt: skip
    text = words.get(state, state)
    if seconds_left is not None:
        hours = fmt.digits(f"{abs(seconds_left) // 3600}:{abs(seconds_left) % 3600 // 60:02d}")
        text += " · " + (_t("%1 h left") if seconds_left >= 0 else _t("%1 h over")).replace("%1", hours)
    if paused:
        text = _t("Paused") + " · " + text
    return text


def event_text(kind: str, before: str, after: str) -> str:
    """One line of the timeline, e.g. 'Status: New → Open'."""
    arrow = " → "
    if kind == "created":
        return _t("Ticket opened")
    if kind in ("status", "escalated", "reopened"):
        title = {"status": _t("Status"), "escalated": _t("Escalated"), "reopened": _t("Reopened")}[kind]
        return f"{title}: {status_label(before)}{arrow}{status_label(after)}"
    if kind == "assign":
        return _t("Assigned") + ": " + (before or "—") + arrow + (after or _t("nobody"))
    if kind == "priority":
        return _t("Priority") + ": " + priority_label(before) + arrow + priority_label(after)
    if kind == "tier":
        return _t("Tier") + ": " + (before or "—") + arrow + after
    if kind == "department":
        return _t("Department") + ": " + (before or "—") + arrow + after
    if kind == "informed":
        return _t("Customer informed") + " (" + channel_label(after) + ")"
    if kind == "breached":
        return _t("Resolution target missed (due %1)").replace("%1", after)
    if kind == "visit":
        return _t("Visit scheduled for %1").replace("%1", after)
    if kind == "task":
        return _t("Follow-up due %1").replace("%1", after)
    return {"note": _t("Note"), "followed_up": _t("Follow-up done")}.get(kind, kind)


def refusal(error: BaseException) -> str:
    """One sentence for a refused ticket change."""
    if isinstance(error, NoteRequired):
        return _t("Write a note saying why first.")
    if isinstance(error, IllegalTransition):
        if error.before == error.after:
            return _t("The ticket is already %1.").replace("%1", status_label(error.after))
        if error.after == "open" and error.before in ("resolved", "closed"):
            return _t("A resolved or closed ticket comes back only through Reopen.")
        return (
            _t("A ticket that is %1 cannot become %2.")
            .replace("%1", status_label(error.before))
            .replace("%2", status_label(error.after))
        )
    if isinstance(error, TicketError):
        return str(error)
    return str(error)
