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


def build_time(now: datetime, month: int, day: int, hour: int, minute: int, year: int | None = None) -> datetime | None:
    """A datetime from device fields; without a year, the clock's year.

    Only a stamp most of a year ahead is moved back: that is Dec 31 data read on Jan 1.
    """
    try:
        stamp = datetime(year or now.year, month, day, hour, minute)
    except ValueError:
        return None
    if year is None and stamp - now > timedelta(days=300):
        try:
            stamp = stamp.replace(year=stamp.year - 1)
        except ValueError:
            return None
    return stamp


def parse_mmddhhmm(value: str, now: datetime) -> datetime | None:
    """MMDDHHMM (MDMF, NetCallID, NCID gateways) with the year from the clock."""
    value = value.strip()
    if not re.fullmatch(r"\d{8}", value):
        return None
    return build_time(now, int(value[0:2]), int(value[2:4]), int(value[4:6]), int(value[6:8]))


def parse_mmdd_hhmm(mmdd: str | None, hhmm: str | None, now: datetime) -> datetime | None:
    """Modem DATE (MMDD) and TIME (HHMM, optionally with ':'); None when either is unusable."""
    date = (mmdd or "").replace("/", "").strip()
    clock = (hhmm or "").replace(":", "").strip()
    if not (re.fullmatch(r"\d{4}", date) and re.fullmatch(r"\d{4}", clock)):
        return None
    return build_time(now, int(date[:2]), int(date[2:]), int(clock[:2]), int(clock[2:]))


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
