"""Field clean-up shared by the parsers: numbers, names, absent reasons and partial dates."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

Clock = Callable[[], datetime]

_SEPARATORS = str.maketrans("", "", " -.()\t")

# Words a device puts in the number field instead of a number; keys are normalised by _norm().
_PRIVATE = {
    "P",
    "A",
    "PRIVATE",
    "ANONYMOUS",
    "ANON",
    "RESTRICTED",
    "WITHHELD",
    "BLOCKED",
    "PRIVATE NUMBER",
    "PRIVATE CALLER",
    "CALLER ID BLOCKED",
}
_UNAVAILABLE = {
    "O",
    "OUT OF AREA",
    "OUTOFAREA",
    "UNAVAILABLE",
    "NOT AVAILABLE",
    "UNKNOWN",
    "UNKNOWN CALLER",
    "UNKNOWN NUMBER",
    "NO NUMBER",
    "NONMBR",
    "NONE",
    "",
}
_NO_NAME = (
    _PRIVATE
    | _UNAVAILABLE
    | {
        "NO NAME",
        "NONAME",
        "NAME UNAVAILABLE",
        "UNKNOWN NAME",
        "PRIVATE NAME",
        "NO CALLER ID",
    }
)


def _norm(value: str) -> str:
    return " ".join(value.upper().replace("-", " ").replace("_", " ").split())


def absent_reason(value: str) -> str | None:
    """The absent reason a number-field word stands for, or None when it is a real number."""
    key = _norm(value)
    if key in _PRIVATE:
        return "private"
    if key in _UNAVAILABLE:
        return "unavailable"
    return None


def clean_number(value: str | None) -> tuple[str | None, str | None]:
    """(number, absent) from a raw number field: separators removed, placeholder words mapped."""
    if value is None:
        return None, "unavailable"
    reason = absent_reason(value)
    if reason is not None:
        return None, reason
    number = value.strip().translate(_SEPARATORS)
    if not number:
        return None, "unavailable"
    return number, None


def clean_name(value: str | None) -> str | None:
    """The caller's name, or None when the field only says that there is none."""
    if value is None:
        return None
    name = value.strip()
    if _norm(name) in _NO_NAME or not name.strip("-* "):
        return None
    return name


def build_time(
    now: datetime, month: int, day: int, hour: int, minute: int, year: int | None = None, second: int = 0
) -> datetime | None:
    """A datetime from device fields; without a year, the clock's year.

    Only a stamp most of a year ahead is moved back: that is Dec 31 data read on Jan 1.
    """
    try:
        stamp = datetime(year or now.year, month, day, hour, minute, second)
    except ValueError:
        return None
    if year is None and stamp - now > timedelta(days=300):
        try:
            stamp = stamp.replace(year=stamp.year - 1)
        except ValueError:
            return None
    return stamp


def parse_clock(value: str | None) -> tuple[int, int] | None:
    """(hour, minute) of ``HHMM``, ``HH:MM`` or ``HH:MM:SS``; None for anything else (``12541``, ``2423``)."""
    text = (value or "").strip()
    match = re.fullmatch(r"(\d{2}):?(\d{2})", text) or re.fullmatch(r"(\d{1,2}):(\d{2}):\d{2}", text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    return (hour, minute) if hour < 24 and minute < 60 else None


# A date was sent but its time is unreadable: the date is kept and the time of day comes from the
# clock (right for a live call, which is now; a capture's calls get the time they are decoded at).
TIME_UNREADABLE = "time unreadable"
DATE_UNREADABLE = "date unreadable"


def date_and_clock(
    now: datetime, month: int, day: int, year: int | None, clock_text: str | None
) -> tuple[datetime | None, str | None]:
    """The stamp of a device's date and time fields, and what was wrong with them (or None).

    Both readable: that moment. Date readable, time not (or missing): the date at the clock's
    time of day, with TIME_UNREADABLE when a time was sent. Date unreadable: None, DATE_UNREADABLE.
    """
    hour_minute = parse_clock(clock_text)
    if hour_minute is not None:
        stamp = build_time(now, month, day, hour_minute[0], hour_minute[1], year)
        return stamp, None if stamp is not None else DATE_UNREADABLE
    stamp = build_time(now, month, day, now.hour, now.minute, year, now.second)
    if stamp is None:
        return None, DATE_UNREADABLE
    return stamp, TIME_UNREADABLE if (clock_text or "").strip() else None


def parse_mmddhhmm(value: str, now: datetime) -> datetime | None:
    """MMDDHHMM (MDMF, NetCallID, NCID gateways) with the year from the clock."""
    value = value.strip()
    if not re.fullmatch(r"\d{8}", value):
        return None
    return build_time(now, int(value[0:2]), int(value[2:4]), int(value[4:6]), int(value[6:8]))


def modem_stamp(mmdd: str | None, hhmm: str | None, now: datetime) -> tuple[datetime | None, str | None]:
    """Modem DATE (MMDD, optionally M/D) and TIME (HHMM, optionally with ':'): (stamp, problem).

    Neither sent: (None, None), the caller uses the clock. See ``date_and_clock`` for the rest.
    """
    date = (mmdd or "").replace("/", "").strip()
    if not date:
        return None, (TIME_UNREADABLE if (hhmm or "").strip() and parse_clock(hhmm) is None else None)
    if not re.fullmatch(r"\d{4}", date):
        return None, DATE_UNREADABLE
    return date_and_clock(now, int(date[:2]), int(date[2:]), None, hhmm)


def split_dotted(body: str) -> dict[str, str]:
    """Fields of ``###DATE0330...NMBR407...NAMEX+++`` records (NetCallID, NCID gateways).

    Keys are glued to their values, so known prefixes are tried longest first.
    """
    body = body.strip()
    body = body.removeprefix("###")
    end = body.find("+++")
    if end >= 0:
        body = body[:end]
    fields: dict[str, str] = {}
    for item in body.split("..."):
        for key in ("SCALL", "ECALL", "CALL", "DATE", "LINE", "NMBR", "NAME", "MESG", "TIME"):
            if item.startswith(key):
                fields.setdefault(key, item[len(key) :])
                break
        else:
            if item:
                fields.setdefault(item, "")
    return fields


def now_seconds(clock: Clock) -> datetime:
    """The clock's time without microseconds, as devices never report them."""
    return clock().replace(microsecond=0)
