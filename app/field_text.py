"""Text a person, a file or a device gives a field: any Unicode, no control characters, no longer than its column.

Emoji, bidi marks and every script are kept. Control characters (NUL, escape codes from a paste or
a device), lone surrogates and noncharacters are removed: no database, export or screen can use
them. A one-line field turns tabs and line ends into spaces; a notes field keeps them. Lengths
come from the columns in app/models.py (the one source of truth); a `Text` column is limited to
TEXT_LIMIT characters so a 1 MB paste is refused with a message, never stored.
"""

from __future__ import annotations

import re
from typing import Any

from app import errors

TEXT_LIMIT = 20_000  # characters in a Text column (notes, address, description): pages of typing

_NOT_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17))
    + "]"
)
_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def clean_line(value: str) -> str:
    """A one-line field: line breaks and tabs become spaces, other control characters go, ends trimmed."""
    if value.isprintable():  # the usual case, checked in C: nothing to remove (imports clean 100,000s of these)
        return value.strip()
    return _NOT_TEXT.sub("", _LINE_BREAKS.sub(" ", value)).strip()


def clean_block(value: str) -> str:
    """A multi-line field (notes): lines and tabs kept (CRLF made LF), other control characters gone, ends trimmed."""
    if value.isprintable():
        return value.strip()
    return _NOT_TEXT.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).strip()


def column_limit(column: Any) -> int:
    """The most characters `column` (a mapped attribute like `Customer.name`) holds; TEXT_LIMIT for Text."""
    length = getattr(column.property.columns[0].type, "length", None)
    return int(length) if length else TEXT_LIMIT


def check_lengths(fields: dict[str, tuple[str, Any]], problems: dict[str, str], values: dict[str, str]) -> None:
    """Add TOO_LONG (with the limit as the value) for each `name: (text, column)` longer than its column."""
    for name, (text, column) in fields.items():
        limit = column_limit(column)
        if len(text) > limit and name not in problems:
            problems[name] = errors.TOO_LONG
            values[name] = str(limit)


def require_lengths(fields: dict[str, tuple[str, Any]]) -> None:
    """Raise ValidationError when any `name: (text, column)` is longer than its column."""
    problems: dict[str, str] = {}
    values: dict[str, str] = {}
    check_lengths(fields, problems, values)
    if problems:
        raise errors.ValidationError(problems, values)


def has_control_characters(value: str) -> bool:
    """Whether `value` holds characters `clean_block` removes (tabs and line ends do not count)."""
    return _NOT_TEXT.search(value) is not None
