"""Translated words for campaign values (purposes, statuses, exclusion reasons) and service refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import errors
from app.auth import PermissionDenied
from app.campaigns.consent import ConsentRefused
from app.campaigns.queue import NotNow


def _t(text: str) -> str:
    return QCoreApplication.translate("Campaigns", text)


def purpose_label(purpose: str) -> str:
    return {
        "sales": _t("Sales"),
        "survey": _t("Survey"),
        "reminder": _t("Reminder"),
        "collection": _t("Collection"),
        "winback": _t("Win-back"),
    }.get(purpose, purpose)


def status_label(status: str) -> str:
    return {
        "draft": _t("Draft"),
        "running": _t("Running"),
        "paused": _t("Paused"),
        "finished": _t("Finished"),
    }.get(status, status)


def reason_label(reason: str) -> str:
    return {
        "do_not_call": _t("Do not call"),
        "campaign_dnc": _t("Not for this campaign"),
        "dnc_number": _t("Number on the do-not-call list"),
        "no_phone": _t("No phone"),
        "already_member": _t("Already in the campaign"),
        "member_done": _t("Already finished"),
    }.get(reason, reason)


def waiting_text(reason: str) -> str:
    """Why Next call has nobody to offer."""
    return {
        "not_running": _t("This campaign is not running. Start it on the Campaigns tab."),
        "outside_hours": _t("Outside this campaign's calling hours: nobody may be called now."),
        "not_assigned": _t("You are not assigned to this campaign. Ask a supervisor to add you."),
        "waiting": _t("Nobody is due now: retries and callbacks come back at their time."),
        "finished": _t("Everyone on this list has been worked."),
    }.get(reason, reason)


def refusal(error: BaseException) -> str:
    """One sentence for a refused action, saying what to do next."""
    if isinstance(error, PermissionDenied):
        return str(error)  # already one sentence saying who may
    if isinstance(error, ConsentRefused):
        return _t("This customer may not be called (%1). Press Next call for the next one.").replace(
            "%1", reason_label(error.reason)
        )
    if isinstance(error, NotNow):
        if error.reason == "claimed_elsewhere":
            return _t("Another agent is working this customer now. Press Next call for the next one.")
        return waiting_text(error.reason)
    if isinstance(error, errors.ValidationError):
        fields = ", ".join(error.errors)
        return _t("Check these fields and try again: %1.").replace("%1", fields)
    if isinstance(error, errors.NotFound):
        return _t("This record was removed meanwhile. Refresh the list.")
    return _t("The database could not be reached (%1). Try again in a moment.").replace("%1", str(error))
