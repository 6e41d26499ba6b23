"""Errors services raise for the user to fix; screens translate the codes, the CLI prints them."""

from __future__ import annotations

# Codes a field error may carry; ui/ maps each to a translated sentence.
EMPTY = "empty"
INVALID_EMAIL = "invalid_email"
NOT_A_NUMBER = "not_a_number"
NOT_AN_AMOUNT = "not_an_amount"
DUPLICATE_PHONE = "duplicate_phone"
INVALID_CHOICE = "invalid_choice"
OUT_OF_RANGE = "out_of_range"
TOO_LONG = "too_long"  # the value holds the limit in characters


class ValidationError(ValueError):
    """Field errors: `errors` maps a field name (`phones.1` for the second phone) to a code."""

    def __init__(self, errors: dict[str, str], values: dict[str, str] | None = None) -> None:
        self.errors = errors
        self.values = values or {}
        super().__init__("; ".join(f"{name}: {code}" for name, code in errors.items()))


class NotFound(LookupError):
    """The row was deleted or never existed (another seat may have removed it)."""
