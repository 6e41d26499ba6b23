"""Calendars for reports: Gregorian or Jalali (Solar Hijri) text for dates, without Qt.

Excel cells always hold real (Gregorian) dates so they sort and chart; the Jalali text sits beside
them. The widgets use Qt's QCalendar for the same conversion.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

import jdatetime

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
