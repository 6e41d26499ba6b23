"""Sentences for the error codes that app/ services raise (translated here, where Qt is)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import errors
from ui.formatting import fill


def field_error(code: str, value: str = "") -> str:
    texts = {
        errors.EMPTY: QCoreApplication.translate("Errors", "This field is required."),
        errors.INVALID_EMAIL: QCoreApplication.translate(
            "Errors", "“%1” is not an email address (expected name@example.com)."
        ),
        errors.NOT_A_NUMBER: QCoreApplication.translate(
            "Errors", "“%1” cannot be a phone number: type 3 to 17 digits."
        ),
        errors.NOT_AN_AMOUNT: QCoreApplication.translate("Errors", "“%1” is not an amount: type digits, e.g. 1250000."),
        errors.DUPLICATE_PHONE: QCoreApplication.translate("Errors", "“%1” is already in this list."),
        errors.INVALID_CHOICE: QCoreApplication.translate("Errors", "Choose one of the listed values."),
        errors.OUT_OF_RANGE: QCoreApplication.translate("Errors", "This value is out of range."),
    }
    return fill(texts.get(code, code), value)  # the typed value isolated: an e-mail never reorders the sentence


def not_found() -> str:
    return QCoreApplication.translate("Errors", "This record no longer exists (another seat may have deleted it).")
