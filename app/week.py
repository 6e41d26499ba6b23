"""The working week: which day it starts on and which days are the weekend, by language or by choice.

Iran has rested on Thursday and Friday since the 2025 five-day-week law (an office may work
Thursday); most Arab countries rest on Friday and Saturday; both start the week on Saturday.
Date pickers, staffing tables, heat maps and Excel weekday columns all follow the same week.
Days are ISO weekday numbers: Monday 1 … Sunday 7.
"""

from __future__ import annotations

from dataclasses import dataclass

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(1, 8)
_NAMES = {
    "mon": MONDAY,
    "tue": TUESDAY,
    "wed": WEDNESDAY,
    "thu": THURSDAY,
    "fri": FRIDAY,
    "sat": SATURDAY,
    "sun": SUNDAY,
}
_KEYS = {number: key for key, number in _NAMES.items()}


@dataclass(frozen=True)
class Week:
    first_day: int
    weekend: frozenset[int]

    def days(self) -> list[int]:
        """The seven ISO weekdays in the order this week shows them."""
        return [(self.first_day - 1 + offset) % 7 + 1 for offset in range(7)]

    def is_weekend(self, iso_weekday: int) -> bool:
        return iso_weekday in self.weekend

    def text(self) -> str:
        """The stored form, e.g. 'sat;thu,fri'."""
        return f"{_KEYS[self.first_day]};{','.join(_KEYS[d] for d in sorted(self.weekend))}"


def default_week(language: str) -> Week:
    if language == "fa":
        return Week(SATURDAY, frozenset({THURSDAY, FRIDAY}))
    if language == "ar":
        return Week(SATURDAY, frozenset({FRIDAY, SATURDAY}))
    return Week(MONDAY, frozenset({SATURDAY, SUNDAY}))


def parse_week(text: str, language: str) -> Week:
    """A stored week ('sat;thu,fri' or 'sat;fri' when Thursday is worked); empty or unreadable follows the language."""
    first, _, rest = (text or "").strip().lower().partition(";")
    if first not in _NAMES:
        return default_week(language)
    keys = [key.strip() for key in rest.split(",")]
    weekend = frozenset(_NAMES[key] for key in keys if key in _NAMES)
    return Week(_NAMES[first], weekend)
