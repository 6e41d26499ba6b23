"""Hayes modem caller ID: formatted ``NAME = value`` lines and unformatted hex frames.

A call is a *block* of CID lines (DATE, TIME, NMBR, NAME...) with a number field: a number or an
absent reason (``O``, ``P``, ``PRIVATE``...). Which block is a new call is decided by the shape
of the stream alone, never by timing, so a capture decodes to the calls the live port gives:

- the first block after a ``RING`` (or at the start) is a new call, whatever its number;
- between two ``RING``s, a DATE or TIME that starts over, or a NMBR with a different real number,
  starts a new call; any other NMBR or NAME repeats or masks the call already there (exchanges
  send the number and then ``NMBR = O``): only the first NMBR and NAME of a call count;
- a NAME without a number field is not a call (a diagnostic says so).

A call is emitted as soon as it has NMBR and NAME, else at the next ``RING``, at the next call,
at end of input, or live after ``settle`` seconds of silence (``poll``): silence changes when a
call pops, never which calls there are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from hardware.events import CallerIdEvent
from hardware.fields import absent_reason, clean_name, clean_number, modem_stamp, now_seconds
from hardware.lines import LineParser
from hardware.mdmf import FrameError, decode_frame, frame_event, parse_hex_line

# The label must start the line: "NAME = TIME WARNER COM" is a name, not a TIME.
_LABEL = re.compile(r"^(DATE\s*TIME|DATE|TIME|DDN_NMBR|DDN|NMBR|NAME|MESG|[A-Z_]{2,10})\s*=\s*(.*)$", re.IGNORECASE)
_RING = re.compile(r"^(?:CID\s*)?RING\b", re.IGNORECASE)
_MODEM_CHATTER = re.compile(r"^(OK|ERROR|AT.*|CONNECT.*|NO CARRIER|NO DIALTONE|BUSY|NO ANSWER)$", re.IGNORECASE)
_COMBINED = re.compile(r"^(\d{1,2})/(\d{1,2})\s+(\d{1,2}):(\d{2})$")
_NUMBER_LABELS = ("NMBR", "DDN_NMBR", "DDN")
_CALL_LABELS = ("DATE", "TIME", "DATE TIME", "NAME", *_NUMBER_LABELS)
MAX_BLOCK_LINES = 32  # a call is a handful of lines; endless MESG lines must not grow one without limit


@dataclass
class _Block:
    """The CID lines of one call as they arrive."""

    last_line: float
    raw: list[str] = field(default_factory=list)
    date: str | None = None
    time: str | None = None
    combined: str | None = None
    number: str | None = None
    name: str | None = None

    @property
    def has_caller(self) -> bool:
        return self.number is not None or self.name is not None


def _real_number(value: str | None) -> str | None:
    """The number a NMBR value carries, None for an absent reason (O, P, PRIVATE...)."""
    if value is None or absent_reason(value) is not None:
        return None
    return clean_number(value)[0]


def _starts_call(label: str, value: str, current: _Block | None) -> bool:
    """Whether a CID line begins a new call, given the call it would otherwise belong to."""
    if current is None:
        return True
    if label in ("DATE", "DATE TIME"):
        return current.has_caller or current.date is not None or current.combined is not None
    if label == "TIME":
        return current.has_caller or current.time is not None
    if label in _NUMBER_LABELS and current.number is not None:
        number, first = _real_number(value), _real_number(current.number)
        return number is not None and first is not None and number != first  # never a repeat
    return False


class ModemParser(LineParser):
    """Parser for a Hayes modem in formatted (``AT+VCID=1``) or hex (``AT+VCID=2``) CID mode."""

    device = "modem"

    def __init__(self, *, settle: float = 1.0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.settle = settle  # silence after a NMBR without NAME or RING: the block is complete
        self._block: _Block | None = None  # the call being collected
        self._done: _Block | None = None  # the call emitted since the last RING (repeats join it)
        self._last_frame: bytes | None = None  # the hex frame emitted since the last RING

    def handle_record(self, text: str, terminator: int) -> list[CallerIdEvent]:
        if not text:
            return []
        now = self.monotonic()
        events = self._expire(now)
        if _RING.match(text):
            events.extend(self._emit())
            self._done = None  # a block after this RING is a new call
            self._last_frame = None
            return events
        label = _LABEL.match(text)
        if label:
            events.extend(self._label(" ".join(label.group(1).upper().split()), label.group(2).strip(), text, now))
            return events
        frame = parse_hex_line(text)
        if frame is not None:
            events.extend(self._frame(frame))
        elif not _MODEM_CHATTER.match(text):
            self.diagnose(f"unknown line skipped: {text[:80]!r}")
        return events

    def _label(self, label: str, value: str, text: str, now: float) -> list[CallerIdEvent]:
        if label not in _CALL_LABELS:  # MESG and the like: kept in the raw text only
            if self._block is not None and len(self._block.raw) < MAX_BLOCK_LINES:
                self._block.raw.append(text)
            return []
        events: list[CallerIdEvent] = []
        if _starts_call(label, value, self._block or self._done):
            events.extend(self._emit())
            self._block = _Block(now)
            self._done = None
        block = self._block
        if block is None:  # a repeat or a mask of the call already emitted in this ring cycle
            return [*events, *self._late_name(label, value, text)]
        block.raw.append(text)
        block.last_line = now
        if label == "DATE":
            block.date = value
        elif label == "TIME":
            block.time = value
        elif label == "DATE TIME":
            block.combined = value
        elif label in _NUMBER_LABELS and block.number is None:
            block.number = value
        elif label == "NAME" and block.name is None:
            block.name = value
        if block.number is not None and block.name is not None:
            events.extend(self._emit())
        return events

    def _late_name(self, label: str, value: str, text: str) -> list[CallerIdEvent]:
        """A NAME after its call popped on silence (``settle``): the call is the same, tell its name."""
        done = self._done
        if label != "NAME" or done is None or done.name is not None or done.number is None:
            return []
        done.name = value
        number, absent = clean_number(done.number)
        return [
            CallerIdEvent(number, clean_name(value), absent, None, now_seconds(self.now), self.device, text, "update")
        ]

    def _frame(self, data: bytes) -> list[CallerIdEvent]:
        try:
            frame = decode_frame(data)
        except FrameError as exc:
            self.diagnose(str(exc))
            return []
        if data == self._last_frame:
            return []  # the same frame again before the next RING
        events = self._emit()
        event = frame_event(frame, self.device, now_seconds(self.now))
        if event is None:
            self.diagnose(f"frame without a number: {data.hex().upper()}")
            return events
        self._last_frame = data
        return [*events, event]

    def _emit(self) -> list[CallerIdEvent]:
        block, self._block = self._block, None
        if block is None:
            return []
        if block.number is None:
            if block.name is not None:
                self.diagnose(f"name without a number is not a call, skipped: {' / '.join(block.raw)[:120]!r}")
            return []
        self._done = block
        clock = now_seconds(self.now)
        number, absent = clean_number(block.number)
        date, time = block.date, block.time
        parts = _COMBINED.match(block.combined or "")
        if parts:
            date, time = parts.group(1).zfill(2) + parts.group(2).zfill(2), parts.group(3).zfill(2) + parts.group(4)
        stamp, problem = modem_stamp(date, time, clock)
        if problem is not None:
            self.diagnose(f"{problem}: DATE {date!r} TIME {time!r}; what is unreadable comes from the clock")
        return [
            CallerIdEvent(
                number=number,
                name=clean_name(block.name),
                absent=absent,
                line=None,
                time=stamp or clock,
                device=self.device,
                raw="\n".join(block.raw),
            )
        ]

    def _expire(self, now: float) -> list[CallerIdEvent]:
        block = self._block
        if block is not None and block.number is not None and now - block.last_line >= self.settle:
            return self._emit()
        return []

    def poll(self) -> list[CallerIdEvent]:
        return self._expire(self.monotonic())

    def finish(self) -> list[CallerIdEvent]:
        return self._emit()

    def reset(self) -> None:
        super().reset()
        self._block = None
        self._done = None
        self._last_frame = None
