"""Business-time arithmetic for SLA targets: a weekly calendar of office hours plus holidays.

Pure functions (no database): `add_business` turns a target in business seconds into a due time,
`business_seconds` measures business time between two moments, `sla_state` says on time / at risk /
breached with the time left. Times are naive office wall-clock datetimes, like the rest of Tamas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

# weekday() numbers: Monday 0 ... Thursday 3, Friday 4, Saturday 5, Sunday 6
SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY = 5, 6, 0, 1, 2, 3, 4
DAY_HOURS = (8 * 60, 16 * 60)  # 08:00-16:00
HALF_DAY = (8 * 60, 12 * 60)
MAX_DAYS = 3 * 366  # a calendar with no working day would otherwise loop forever
AT_RISK_SHARE = 0.25  # less than a quarter of the target left


class NoWorkingTime(ValueError):
    """The calendar has no working hours at all (every day off)."""


@dataclass(frozen=True)
class WeekCalendar:
    """Opening and closing minute per weekday (missing: day off), and holidays (closed all day)."""

    hours: dict[int, tuple[int, int]]
    holidays: frozenset[date] = field(default_factory=frozenset)

    def window(self, day: date) -> tuple[datetime, datetime] | None:
        if day in self.holidays:
            return None
        span = self.hours.get(day.weekday())
        if span is None or span[1] <= span[0]:
            return None
        start = datetime.combine(day, time())
        return start + timedelta(minutes=span[0]), start + timedelta(minutes=span[1])

    def day_seconds(self, day: date) -> int:
        """Working seconds of a weekday, holiday or not."""
        span = self.hours.get(day.weekday())
        return max(0, span[1] - span[0]) * 60 if span else 0

    def week_seconds(self) -> int:
        return sum(max(0, closes - opens) * 60 for opens, closes in self.hours.values())


def iranian_week(thursday: str = "off") -> dict[int, tuple[int, int]]:
    """Saturday to Wednesday full days, Friday off; Thursday off (2025 five-day week), "half" or "full"."""
    hours = {day: DAY_HOURS for day in (SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY)}
    if thursday == "half":
        hours[THURSDAY] = HALF_DAY
    elif thursday == "full":
        hours[THURSDAY] = DAY_HOURS
    return hours


def arab_week() -> dict[int, tuple[int, int]]:
    """Sunday to Thursday; Friday and Saturday off (most Arab countries)."""
    return {day: DAY_HOURS for day in (SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY)}


def add_business(start: datetime, seconds: int, calendar: WeekCalendar) -> datetime:
    """The moment `seconds` of business time after `start` (a target that ends at closing time is due then)."""
    remaining = max(0, seconds)
    day, earliest = start.date(), start
    for _ in range(MAX_DAYS):
        window = calendar.window(day)
        if window is not None:
            begin = max(earliest, window[0])
            if begin < window[1]:
                available = (window[1] - begin).total_seconds()
                if remaining <= available:
                    return begin + timedelta(seconds=remaining)
                remaining -= int(available)
        day += timedelta(days=1)
        earliest = datetime.combine(day, time())
    raise NoWorkingTime("The business calendar has no working hours; set office hours in Settings.")


def business_seconds(start: datetime, end: datetime, calendar: WeekCalendar) -> int:
    """Business seconds in [start, end); 0 when end is not after start."""
    if end <= start:
        return 0
    total, day, last = 0.0, start.date(), end.date()
    while day <= last:
        if day > start.date() and (last - day).days > 7:
            # Whole weeks strictly between the first and the last day: a week's hours less the holidays in them
            # (a ticket breached months ago would otherwise walk every day).
            weeks = (last - day).days // 7
            until = day + timedelta(days=7 * weeks)
            total += weeks * calendar.week_seconds()
            total -= sum(calendar.day_seconds(h) for h in calendar.holidays if day <= h < until)
            day = until
            continue
        window = calendar.window(day)
        if window is not None:
            begin, finish = max(start, window[0]), min(end, window[1])
            if finish > begin:
                total += (finish - begin).total_seconds()
        day += timedelta(days=1)
    return int(total)


@dataclass(frozen=True)
class SlaState:
    state: str  # none, on_time, at_risk, breached, met, missed
    seconds_left: int | None  # business seconds; negative once breached
    paused: bool = False


def sla_state(
    started: datetime,
    due: datetime | None,
    now: datetime,
    calendar: WeekCalendar,
    *,
    paused_at: datetime | None = None,
    done_at: datetime | None = None,
) -> SlaState:
    """Where a target stands at `now`; while paused the clock is stopped at `paused_at`."""
    if due is None:
        return SlaState("none", None)
    if done_at is not None:
        return SlaState("met" if done_at <= due else "missed", None)
    clock = paused_at or now
    paused = paused_at is not None
    if clock >= due:
        return SlaState("breached", -business_seconds(due, clock, calendar), paused)
    left = business_seconds(clock, due, calendar)
    target = business_seconds(started, due, calendar)
    return SlaState("at_risk" if left <= target * AT_RISK_SHARE else "on_time", left, paused)
