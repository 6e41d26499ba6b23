"""One call per ring cycle and line on the NCID path, decided from the protocol itself.

A server can send two ``CID:`` lines for one ring cycle (a number, then ``NMBR*O`` masking it, or
the same line again). The first pops; a later one of the same cycle is an "update" that keeps the
first real number. A cycle ends on ``CIDINFO`` ring 0, -1 or -2, on ``END:``, ``HUP:``/``BLK:``
and ``CALLINFO``, and when the ring count of a line starts over (a new cycle began). Without ring
information, a different real number, or a record dated on another day or more than a minute
apart, is a new call: the records' own fields decide, never the time they arrive.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta

from hardware.events import CallerIdEvent

SAME_CALL_WINDOW = timedelta(minutes=1)  # CID stamps have minute resolution; a repeat may straddle one


MAX_LINES = 64  # open ring cycles kept (an office has a few lines; a gateway tens at most)


@dataclass
class _Cycle:
    number: str | None
    absent: str | None
    name: str | None
    stamp: datetime | None  # the record's own date (and time when ``timed``), None when it had none
    timed: bool

    def same_call(self, event: CallerIdEvent, stamp: datetime | None, timed: bool) -> bool:
        if event.number is not None and self.number is not None and event.number != self.number:
            return False  # a different number is never a repeat
        if stamp is not None and self.stamp is not None:
            if stamp.date() != self.stamp.date():
                return False
            if timed and self.timed and abs(stamp - self.stamp) > SAME_CALL_WINDOW:
                return False
        return True


class RingCycles:
    """The open ring cycle of each line (``None`` is the server's "-" line) and its ring count."""

    def __init__(self) -> None:
        self._open: dict[str | None, _Cycle] = {}
        self._rings: dict[str | None, int] = {}

    def ring(self, event: CallerIdEvent, stamp: datetime | None, timed: bool) -> CallerIdEvent:
        """``event`` (a "ring") if it starts a cycle, else the "update" it is within the open one."""
        cycle = self._open.get(event.line)
        if cycle is None or not cycle.same_call(event, stamp, timed):
            self._open.pop(event.line, None)  # re-inserted last: the dict's order is the lines' age
            self._open[event.line] = _Cycle(event.number, event.absent, event.name, stamp, timed)
            self._forget_oldest()
            return event
        if cycle.number is None and event.number is not None:
            cycle.number, cycle.absent = event.number, None  # a real number after an absent one
        cycle.name = cycle.name or event.name
        return dataclasses.replace(event, kind="update", number=cycle.number, absent=cycle.absent, name=cycle.name)

    def info(self, line: str | None, rings: int | None) -> tuple[str | None, str | None]:
        """Account for a ``CIDINFO`` ring count; (number, absent) of the call it is about."""
        cycle = self._open.get(line)
        about = (cycle.number, cycle.absent) if cycle is not None else (None, None)
        if rings is None:
            return about
        if rings <= 0:
            self.close(line)
            return about
        if rings <= self._rings.get(line, 0):  # the count started over: a new cycle on this line
            self._open.pop(line, None)
            about = (None, None)
        self._rings[line] = rings
        self._forget_oldest()
        return about

    def _forget_oldest(self) -> None:
        """A server inventing a new line name in every record must not grow these without limit."""
        for lines in (self._open, self._rings):
            while len(lines) > MAX_LINES:
                del lines[next(iter(lines))]

    def close(self, line: str | None) -> None:
        self._open.pop(line, None)
        self._rings.pop(line, None)
