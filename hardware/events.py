"""The one event type every caller-ID parser and source produces."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

KINDS = ("ring", "end", "update", "log")
ABSENT_REASONS = ("private", "unavailable")


@dataclass(frozen=True, slots=True)
class CallerIdEvent:
    """One thing a caller-ID device told us: a call to pop, its end, a ring count or history."""

    number: str | None  # as sent, separators (spaces, -, ., parentheses) removed; None when absent
    name: str | None  # None for O, P, NO NAME, PRIVATE, OUT OF AREA, '-', empty and the like
    absent: str | None  # "private" | "unavailable" | None
    line: str | None
    time: datetime | None  # naive local datetime; the clock fills what the device leaves out
    device: str  # "modem" | "ncid" | "whozz" | "yasna" | "mdmf" | "simulator"
    raw: str  # raw text of the record(s) that made this event
    kind: str = "ring"  # "ring" (pop) | "end" | "update" | "log" (history, never pop)
    duration: int | None = None  # seconds, when the device reports it
    dialled: str | None = None  # dialled number, when known

    @property
    def is_call(self) -> bool:
        """True when this event should pop a screen."""
        return self.kind == "ring"

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "name": self.name,
            "absent": self.absent,
            "line": self.line,
            "time": self.time.isoformat() if self.time is not None else None,
            "device": self.device,
        }
