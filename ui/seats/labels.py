"""Words for presence states (shared by the status bar and the wallboard)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def state_label(state: str) -> str:
    return {
        "signed_in": QCoreApplication.translate("Seats", "Signed in"),
        "available": QCoreApplication.translate("Seats", "Available"),
        "on_call": QCoreApplication.translate("Seats", "On a call"),
        "wrap_up": QCoreApplication.translate("Seats", "Wrap-up"),
        "break": QCoreApplication.translate("Seats", "Break"),
        "signed_out": QCoreApplication.translate("Seats", "Signed out"),
    }.get(state, state)
