"""Translated words for campaign values (purposes, statuses, exclusion reasons) and service refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import errors
from app.auth import PermissionDenied
from app.campaigns.consent import ConsentRefused
from app.campaigns.queue import NotNow
from ui.formatting import fill


def purpose_label(purpose: str) -> str:
    return {
        "sales": QCoreApplication.translate("Campaigns", "Sales"),
        "survey": QCoreApplication.translate("Campaigns", "Survey"),
        "reminder": QCoreApplication.translate("Campaigns", "Reminder"),
        "collection": QCoreApplication.translate("Campaigns", "Collection"),
        "winback": QCoreApplication.translate("Campaigns", "Win-back"),
    }.get(purpose, purpose)


def status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("Campaigns", "Draft"),
        "running": QCoreApplication.translate("Campaigns", "Running"),
        "paused": QCoreApplication.translate("Campaigns", "Paused"),
        "finished": QCoreApplication.translate("Campaigns", "Finished"),
    }.get(status, status)


def reason_label(reason: str) -> str:
    return {
        "do_not_call": QCoreApplication.translate("Campaigns", "Do not call"),
        "campaign_dnc": QCoreApplication.translate("Campaigns", "Not for this campaign"),
        "dnc_number": QCoreApplication.translate("Campaigns", "Number on the do-not-call list"),
        "no_phone": QCoreApplication.translate("Campaigns", "No phone"),
        "already_member": QCoreApplication.translate("Campaigns", "Already in the campaign"),
        "member_done": QCoreApplication.translate("Campaigns", "Already finished"),
    }.get(reason, reason)


def waiting_text(reason: str) -> str:
    """Why Next call has nobody to offer."""
    return {
        "not_running": QCoreApplication.translate(
            "Campaigns", "This campaign is not running. Start it on the Campaigns tab."
        ),
        "outside_hours": QCoreApplication.translate(
            "Campaigns", "Outside this campaign's calling hours: nobody may be called now."
        ),
        "not_assigned": QCoreApplication.translate(
            "Campaigns", "You are not assigned to this campaign. Ask a supervisor to add you."
        ),
        "waiting": QCoreApplication.translate(
            "Campaigns", "Nobody is due now: retries and callbacks come back at their time."
        ),
        "finished": QCoreApplication.translate("Campaigns", "Everyone on this list has been worked."),
    }.get(reason, reason)


def refusal(error: BaseException) -> str:
    """One sentence for a refused action, saying what to do next."""
    if isinstance(error, PermissionDenied):
        return str(error)  # already one sentence saying who may
    if isinstance(error, ConsentRefused):
        return fill(
            QCoreApplication.translate(
                "Campaigns", "This customer may not be called (%1). Press Next call for the next one."
            ),
            reason_label(error.reason),
        )
    if isinstance(error, NotNow):
        if error.reason == "claimed_elsewhere":
            return QCoreApplication.translate(
                "Campaigns", "Another agent is working this customer now. Press Next call for the next one."
            )
        return waiting_text(error.reason)
    if isinstance(error, errors.ValidationError):
        fields = ", ".join(error.errors)
        return fill(QCoreApplication.translate("Campaigns", "Check these fields and try again: %1."), fields)
    if isinstance(error, errors.NotFound):
        return QCoreApplication.translate("Campaigns", "This record was removed meanwhile. Refresh the list.")
    return fill(
        QCoreApplication.translate("Campaigns", "The database could not be reached (%1). Try again in a moment."),
        str(error),
    )
