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
        errors.TOO_LONG: QCoreApplication.translate("Errors", "Too long: shorten it to %1 characters or fewer."),
    }
    return fill(texts.get(code, code), value)  # the typed value isolated: an e-mail never reorders the sentence


def not_found() -> str:
    return QCoreApplication.translate("Errors", "This record no longer exists (another seat may have deleted it).")


def plain_error(error: BaseException) -> str:
    """One short line about a failure for the user: a database error's own words, never the SQL statement or
    its parameters (which hold callers' numbers and notes), never a traceback."""
    if isinstance(error, errors.ValidationError):  # e.g. notes too long on a pop: the fields' own sentences
        return " ".join(field_error(code, error.values.get(name, "")) for name, code in error.errors.items())
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error with the SQL text
    text = str(cause).strip()
    text = text.split("[SQL:", 1)[0].strip()
    first = text.splitlines()[0].strip() if text else ""
    if not first:
        return QCoreApplication.translate("Errors", "Something went wrong (%1).").replace("%1", type(cause).__name__)
    return first[:200]
