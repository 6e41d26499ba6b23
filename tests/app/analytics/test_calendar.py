"""Jalali text for report columns."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.calendar import GREGORIAN, JALALI, date_text, from_jalali, jalali_text


def test_known_dates() -> None:
    assert jalali_text(date(2026, 3, 21)) == "1405/01/01"  # Nowruz 1405
    assert jalali_text(date(2026, 3, 20)) == "1404/12/29"
    assert jalali_text(datetime(2026, 11, 23, 14, 5, 59)) == "1405/09/02 14:05"
    assert jalali_text(None) == ""
    assert from_jalali(1405, 1, 1) == date(2026, 3, 21)
    with pytest.raises(ValueError):
        from_jalali(1405, 13, 1)


def test_date_text_per_calendar() -> None:
    moment = datetime(2026, 11, 23, 9, 30)
    assert date_text(moment, GREGORIAN) == "2026-11-23 09:30"
    assert date_text(moment.date(), GREGORIAN) == "2026-11-23"
    assert date_text(moment, JALALI) == "1405/09/02 09:30"
