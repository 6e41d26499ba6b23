"""Translated words for ticket values (status, type, priority, events, SLA) and service refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.tickets.workflow import IllegalTransition, NoteRequired, TicketError
from ui.formatting import Formatter


def status_label(status: str) -> str:
    return {
        "new": QCoreApplication.translate("Tickets", "New"),
        "open": QCoreApplication.translate("Tickets", "Open"),
        "escalated": QCoreApplication.translate("Tickets", "Escalated"),
        "waiting": QCoreApplication.translate("Tickets", "Waiting on customer"),
        "resolved": QCoreApplication.translate("Tickets", "Resolved"),
        "closed": QCoreApplication.translate("Tickets", "Closed"),
    }.get(status, status)


def type_label(kind: str) -> str:
    return {
        "complaint": QCoreApplication.translate("Tickets", "Complaint"),
        "request": QCoreApplication.translate("Tickets", "Request"),
        "question": QCoreApplication.translate("Tickets", "Question"),
        "return": QCoreApplication.translate("Tickets", "Return"),
        "visit": QCoreApplication.translate("Tickets", "Technician visit"),
    }.get(kind, kind)


def priority_label(priority: str) -> str:
    return {
        "low": QCoreApplication.translate("Tickets", "Low"),
        "normal": QCoreApplication.translate("Tickets", "Normal"),
        "high": QCoreApplication.translate("Tickets", "High"),
        "urgent": QCoreApplication.translate("Tickets", "Urgent"),
    }.get(priority, priority)


def channel_label(channel: str) -> str:
    return {
        "call": QCoreApplication.translate("Tickets", "By phone"),
        "sms": QCoreApplication.translate("Tickets", "By SMS"),
        "in_person": QCoreApplication.translate("Tickets", "In person"),
    }.get(channel, channel)


def view_label(view: str) -> str:
    return {
        "open": QCoreApplication.translate("Tickets", "All open"),
        "mine": QCoreApplication.translate("Tickets", "Mine"),
        "department": QCoreApplication.translate("Tickets", "My department's"),
        "overdue": QCoreApplication.translate("Tickets", "Overdue"),
        "unassigned": QCoreApplication.translate("Tickets", "Unassigned"),
        "waiting": QCoreApplication.translate("Tickets", "Waiting on customer"),
        "to_inform": QCoreApplication.translate("Tickets", "To inform"),
        "all": QCoreApplication.translate("Tickets", "All tickets"),
    }.get(view, view)


def sla_text(state: str, seconds_left: int | None, paused: bool, fmt: Formatter) -> str:
    """'On time · 5:30 left', 'Breached · 2:00 over', 'Paused · ...'."""
    words = {
        "on_time": QCoreApplication.translate("Tickets", "On time"),
        "at_risk": QCoreApplication.translate("Tickets", "At risk"),
        "breached": QCoreApplication.translate("Tickets", "Breached"),
        "met": QCoreApplication.translate("Tickets", "Met"),
        "missed": QCoreApplication.translate("Tickets", "Missed"),
        "none": "",
    }
    text = words.get(state, state)
    if seconds_left is not None:
        hours = fmt.digits(f"{abs(seconds_left) // 3600}:{abs(seconds_left) % 3600 // 60:02d}")
        text += " · " + (
            QCoreApplication.translate("Tickets", "%1 h left")
            if seconds_left >= 0
            else QCoreApplication.translate("Tickets", "%1 h over")
        ).replace("%1", hours)
    if paused:
        text = QCoreApplication.translate("Tickets", "Paused") + " · " + text
    return text


def event_text(kind: str, before: str, after: str) -> str:
    """One line of the timeline, e.g. 'Status: New → Open'."""
    arrow = " → "
    if kind == "created":
        return QCoreApplication.translate("Tickets", "Ticket opened")
    if kind in ("status", "escalated", "reopened"):
        title = {
            "status": QCoreApplication.translate("Tickets", "Status"),
            "escalated": QCoreApplication.translate("Tickets", "Escalated"),
            "reopened": QCoreApplication.translate("Tickets", "Reopened"),
        }[kind]
        return f"{title}: {status_label(before)}{arrow}{status_label(after)}"
    if kind == "assign":
        return (
            QCoreApplication.translate("Tickets", "Assigned")
            + ": "
            + (before or "—")
            + arrow
            + (after or QCoreApplication.translate("Tickets", "nobody"))
        )
    if kind == "priority":
        return (
            QCoreApplication.translate("Tickets", "Priority")
            + ": "
            + priority_label(before)
            + arrow
            + priority_label(after)
        )
    if kind == "tier":
        return QCoreApplication.translate("Tickets", "Tier") + ": " + (before or "—") + arrow + after
    if kind == "department":
        return QCoreApplication.translate("Tickets", "Department") + ": " + (before or "—") + arrow + after
    if kind == "informed":
        return QCoreApplication.translate("Tickets", "Customer informed") + " (" + channel_label(after) + ")"
    if kind == "breached":
        return QCoreApplication.translate("Tickets", "Resolution target missed (due %1)").replace("%1", after)
    if kind == "visit":
        return QCoreApplication.translate("Tickets", "Visit scheduled for %1").replace("%1", after)
    if kind == "task":
        return QCoreApplication.translate("Tickets", "Follow-up due %1").replace("%1", after)
    return {
        "note": QCoreApplication.translate("Tickets", "Note"),
        "followed_up": QCoreApplication.translate("Tickets", "Follow-up done"),
    }.get(kind, kind)


def refusal(error: BaseException) -> str:
    """One sentence for a refused ticket change."""
    if isinstance(error, NoteRequired):
        return QCoreApplication.translate("Tickets", "Write a note saying why first.")
    if isinstance(error, IllegalTransition):
        if error.before == error.after:
            return QCoreApplication.translate("Tickets", "The ticket is already %1.").replace(
                "%1", status_label(error.after)
            )
        if error.after == "open" and error.before in ("resolved", "closed"):
            return QCoreApplication.translate("Tickets", "A resolved or closed ticket comes back only through Reopen.")
        return (
            QCoreApplication.translate("Tickets", "A ticket that is %1 cannot become %2.")
            .replace("%1", status_label(error.before))
            .replace("%2", status_label(error.after))
        )
    if isinstance(error, TicketError):
        return str(error)
    return str(error)
