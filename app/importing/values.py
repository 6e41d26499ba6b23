"""Reading single cell values: yes/no in three languages, dates (Excel serials, Gregorian or Jalali text)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from app.calendar import parse_user_date
from app.importing.table import Cell, cell_text
from app.text import normalize_text

_YES = {"yes", "y", "true", "1", "x", "✓", "بله", "بلی", "آری", "اری", "اره", "نعم", "صح", "on"}
_NO = {"no", "n", "false", "0", "", "خیر", "نه", "لا", "کلا", "off", "-"}
YES = {normalize_text(w) for w in _YES}
NO = {normalize_text(w) for w in _NO}
EXCEL_EPOCH = datetime(1899, 12, 30)
SERIALS = range(1, 2_958_466)  # 1900-01-01 .. 9999-12-31


def parse_yes_no(value: Cell) -> bool | None:
    """True, False, or None when the cell is not a yes or a no."""
    if isinstance(value, bool):
        return value
    return _yes_no_text(cell_text(value))


@lru_cache(maxsize=1024)
def _yes_no_text(text: str) -> bool | None:
    # A consent column holds a handful of distinct words: normalize each once, not once per row.
    key = normalize_text(text)
    if key in YES:
        return True
    if key in NO:
        return False
    return None


def parse_date(value: Cell) -> datetime:
    """A date cell as a datetime; ValueError when it is not a date."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if int(value) not in SERIALS:
            raise ValueError(value)
        return EXCEL_EPOCH + timedelta(days=float(value))
    text = cell_text(value)
    if text.replace(".", "", 1).isdigit() and "." not in text[:4]:
        return parse_date(float(text))
    day_text = text.split(" ")[0].split("T")[0]
    return datetime.combine(parse_user_date(day_text), datetime.min.time())
