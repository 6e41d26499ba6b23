"""Sentences for the error codes that app/ services raise (translated here, where Qt is)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import errors


def field_error(code: str, value: str = "") -> str:
    tr = QCoreApplication.translate
    texts = {
        errors.EMPTY: tr("Errors", "This field is required."),
        errors.INVALID_EMAIL: tr("Errors", "“%1” is not an email address (expected name@example.com).").replace(
            "%1", value
        ),
        errors.NOT_A_NUMBER: tr("Errors", "“%1” cannot be a phone number: type 3 to 17 digits.").replace("%1", value),
        errors.DUPLICATE_PHONE: tr("Errors", "“%1” is already in this list.").replace("%1", value),
        errors.INVALID_CHOICE: tr("Errors", "Choose one of the listed values."),
        errors.OUT_OF_RANGE: tr("Errors", "This value is out of range."),
    }
    return texts.get(code, code)


def not_found() -> str:
    return QCoreApplication.translate("Errors", "This record no longer exists (another seat may have deleted it).")
