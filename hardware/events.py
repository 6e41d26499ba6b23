"""The one event type every caller-ID parser and source produces, and what each kind means.

Kinds (``CallerIdEvent.kind``):

- ``"ring"``: a new call; pop it. At most once per ring cycle per (device, line).
- ``"update"``: the call on that line is still ringing (e.g. NCID ``CIDINFO`` ring count > 0, a
  repeated caller-ID record of the same cycle); restart the ring timer.
- ``"stopped"``: ringing stopped without a hang-up being reported (NCID ``CIDINFO ... RING*0``);
  settle the ringing call on that line: answered if an agent took it, else missed.
- ``"end"``: the call is over (NCID ``END:``, ``CIDINFO`` ring -1 "not answered" or -2 "hung up
  after answer", Whozz ``E`` records, gateway ``CALLINFO`` BYE/CANCEL, Yasna ``HND``);
  ``duration`` is the talk time in seconds when the device says so, else None.
- ``"history"``: a past incoming call a server replays at connect (NCID ``CIDLOG:``); ``time`` is
  the call's own date and time from the record (None when the record has no readable date).
  Never pops.
- ``"log"``: other information (``HUP:``, ``BLK:``, ``OUT:``, ``PID:``, other ``*LOG:`` lines...).
  Never pops.

``line`` and ``device`` identify the ring cycle an event belongs to. Every text field is made
safe for storage and export (see ``hardware.text``) when the event is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hardware.text import safe_optional, safe_text

KINDS = ("ring", "update", "stopped", "end", "history", "log")
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
    kind: str = "ring"  # one of KINDS, see the module docstring
    duration: int | None = None  # seconds, when the device reports it
    dialled: str | None = None  # dialled number, when known

    def __post_init__(self) -> None:
        # Frozen: fields are replaced through object.__setattr__, once, at construction.
        for name in ("number", "name", "line", "dialled"):
            object.__setattr__(self, name, safe_optional(getattr(self, name)) or None)
        object.__setattr__(self, "raw", safe_text(self.raw))
        if self.number is None and self.absent is None and self.kind == "ring":
            object.__setattr__(self, "absent", "unavailable")  # a number made only of non-text

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
