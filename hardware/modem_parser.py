"""Hayes modem caller ID: formatted ``NAME = value`` lines and unformatted hex frames.

One call is emitted per ring cycle. A block of CID lines becomes a call on the next ``RING``,
once both NMBR and NAME arrived, when a new DATE/TIME block starts, after ``settle`` seconds of
silence (``poll``) or at end of input. Only the first NMBR and NAME of a block count, because
some exchanges send the number and then ``NMBR = O`` to mask it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from hardware.events import CallerIdEvent
from hardware.fields import clean_name, clean_number, now_seconds, parse_mmdd_hhmm
from hardware.lines import LineParser
from hardware.mdmf import FrameError, decode_frame, frame_event, parse_hex_line

# The label must start the line: "NAME = TIME WARNER COM" is a name, not a TIME.
_LABEL = re.compile(r"^(DATE\s*TIME|DATE|TIME|DDN_NMBR|DDN|NMBR|NAME|MESG|[A-Z_]{2,10})\s*=\s*(.*)$", re.IGNORECASE)
_RING = re.compile(r"^(?:CID\s*)?RING\b", re.IGNORECASE)
_MODEM_CHATTER = re.compile(r"^(OK|ERROR|AT.*|CONNECT.*|NO CARRIER|NO DIALTONE|BUSY|NO ANSWER)$", re.IGNORECASE)
_COMBINED = re.compile(r"^(\d{1,2})/(\d{1,2})\s+(\d{1,2}):(\d{2})$")


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


class ModemParser(LineParser):
    """Parser for a Hayes modem in formatted (``AT+VCID=1``) or hex (``AT+VCID=2``) CID mode."""

    device = "modem"

    def __init__(self, *, ring_gap: float = 8.0, settle: float = 1.0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.ring_gap = ring_gap  # no RING for this long: the ring cycle (the call) is over
        self.settle = settle  # silence after a NMBR without NAME or RING: the block is complete
        self._block: _Block | None = None
        self._emitted = False  # this ring cycle already produced its call
        self._last_activity = 0.0
        self._last_frame = b""

    def handle_record(self, text: str, terminator: int) -> list[CallerIdEvent]:
        if not text:
            return []
        now = self.monotonic()
        events = self._expire(now)
        if self._emitted and now - self._last_activity > self.ring_gap:
            self._emitted = False
        if _RING.match(text) or _LABEL.match(text):
            self._last_activity = now
        if _RING.match(text):
            if self._block is not None and self._block.has_caller:
                events.extend(self._emit())
            return events
        label = _LABEL.match(text)
        if label:
            events.extend(self._label(label.group(1).upper(), label.group(2).strip(), text, now))
            return events
        frame = parse_hex_line(text)
        if frame is not None:
            events.extend(self._frame(frame))
        elif not _MODEM_CHATTER.match(text):
            self.diagnose(f"unknown line skipped: {text[:80]!r}")
        return events

    def _label(self, label: str, value: str, text: str, now: float) -> list[CallerIdEvent]:
        label = " ".join(label.split())
        events: list[CallerIdEvent] = []
        block = self._block
        starts_block = (
            label in ("DATE", "DATE TIME") and (block is None or block.has_caller or block.date is not None)
        ) or (label == "TIME" and (block is None or block.has_caller or block.time is not None))
        if starts_block:
            if block is not None and block.has_caller:
                events.extend(self._emit())
            self._block = block = _Block(now)
            self._emitted = False  # a new DATE/TIME block is a new call
        elif label in ("NMBR", "DDN_NMBR", "DDN", "NAME") and block is None:
            if self._emitted:
                return events  # late repeat within a ring cycle that already popped
            self._block = block = _Block(now)
        if block is None:
            return events
        block.raw.append(text)
        block.last_line = now
        if label == "DATE":
            block.date = value
        elif label == "TIME":
            block.time = value
        elif label == "DATE TIME":
            block.combined = value
        elif label in ("NMBR", "DDN_NMBR", "DDN") and block.number is None:
            block.number = value
        elif label == "NAME" and block.name is None:
            block.name = value
        if block.number is not None and block.name is not None:
            events.extend(self._emit())
        return events

    def _frame(self, data: bytes) -> list[CallerIdEvent]:
        try:
            frame = decode_frame(data)
        except FrameError as exc:
            self.diagnose(str(exc))
            return []
        if self._emitted and data == self._last_frame:
            return []  # the same frame repeated within one ring cycle
        events = self._emit() if self._block is not None and self._block.has_caller else []
        event = frame_event(frame, self.device, now_seconds(self.now))
        if event is None:
            self.diagnose(f"frame without a number: {data.hex().upper()}")
            return events
        self._block = None
        self._emitted = True
        self._last_frame = data
        return [*events, event]

    def _emit(self) -> list[CallerIdEvent]:
        block, self._block = self._block, None
        if block is None or not block.has_caller:
            return []
        self._emitted = True
        clock = now_seconds(self.now)
        number, absent = clean_number(block.number)
        stamp = parse_mmdd_hhmm(block.date, block.time, clock)
        if block.combined:
            parts = _COMBINED.match(block.combined)
            if parts:
                stamp = parse_mmdd_hhmm(
                    parts.group(1).zfill(2) + parts.group(2).zfill(2), parts.group(3).zfill(2) + parts.group(4), clock
                )
        if block.time and stamp is None:
            self.diagnose(f"unusable DATE/TIME {block.date!r}/{block.time!r}; using the clock")
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
