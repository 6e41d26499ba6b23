"""Calendars for reports: Gregorian or Jalali (Solar Hijri) text for dates, without Qt.

Excel cells always hold real (Gregorian) dates so they sort and chart; the Jalali text sits beside
them. The widgets use Qt's QCalendar for the same conversion.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

import jdatetime

from app.text import normalize_digits

GREGORIAN = "gregorian"
JALALI = "jalali"
CALENDARS = (GREGORIAN, JALALI)


@lru_cache(maxsize=4096)
def jalali_date_text(day: date) -> str:
    """'1405/09/02' for 2026-11-23; cached because a report repeats the same days many times."""
    return jdatetime.date.fromgregorian(date=day).strftime("%Y/%m/%d")


def jalali_text(value: date | datetime | None) -> str:
    """Jalali 'YYYY/MM/DD' for a date, 'YYYY/MM/DD HH:MM' for a datetime, '' for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{jalali_date_text(value.date())} {value.hour:02d}:{value.minute:02d}"
    return jalali_date_text(value)


def from_jalali(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Jalali one; ValueError when it does not exist."""
    return jdatetime.date(year, month, day).togregorian()


def date_text(value: date | datetime | None, calendar: str) -> str:
    """A date as text in the chosen calendar (ISO for Gregorian)."""
    if value is None:
        return ""
    if calendar == JALALI:
        return jalali_text(value)
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


# Jalali years in use are 13xx-14xx; no call-center record has a Gregorian year below 1700, so the
# year alone tells the calendar and a Jalali date is never read as a Gregorian one.
_JALALI_YEARS = range(1200, 1700)
_DATE_PATTERN = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$")


def parse_user_date(text: str) -> date:
    """A day typed by a user: 2026-11-23, 1405-09-02 or 1405/09/02, in Latin, Persian or Arabic digits.

    Raises ValueError with one line for the user when the text is ambiguous or no such day exists.
    """
    match = _DATE_PATTERN.match(normalize_digits(text or ""))
    if match is None:
        raise ValueError(
            f"{text!r} is not a date: write year-month-day with a four-digit year, e.g. 1405-09-02 or 2026-11-23"
        )
    year, month, day = (int(part) for part in match.groups())
    if year in _JALALI_YEARS:
        try:
            return from_jalali(year, month, day)
        except ValueError:
            raise ValueError(
                f"{text!r} is not a day of the Jalali calendar (year {year}, month {month}, day {day})"
            ) from None
    if year < _JALALI_YEARS.start or year > 2200:
        raise ValueError(f"{text!r}: the year {year} is neither a Jalali (13xx-14xx) nor a Gregorian year in use")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            f"{text!r} is not a day of the Gregorian calendar (year {year}, month {month}, day {day})"
        ) from None
