"""Incremental record splitting and the base class of the line-oriented parsers.

Bytes may be split at any point between reads, so partial records wait in a buffer; CR, LF and
CRLF all end a line (empty lines are dropped, which also makes a CRLF split across reads safe).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import datetime

from hardware.events import CallerIdEvent
from hardware.fields import Clock
from hardware.text import safe_text

MAX_RECORD = 4096  # longer runs without a terminator are noise; bound the buffer
MAX_DIAGNOSTICS = 500


def to_text(raw: bytes) -> str:
    """Decode one record: UTF-8 when valid, else Latin-1; control characters and non-text dropped."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return safe_text("".join(ch for ch in text if ch >= " " or ch == "\t"))


class RecordSplitter:
    """Cuts a byte stream into records at any of ``terminators``; keeps which one ended each.

    A record longer than ``MAX_RECORD`` is discarded whole, up to its terminator: its tail is
    never taken for a record of its own, and the buffer never holds more than ``MAX_RECORD``
    bytes (a device sending megabytes without a line end costs no memory). ``overflowed``
    counts the records discarded so.
    """

    def __init__(self, terminators: bytes = b"\r\n") -> None:
        self._terminators = terminators
        self._ends = re.compile(b"[" + re.escape(terminators) + b"]")
        self._buffer = bytearray()
        self._discarding = False
        self.overflowed = 0

    def feed(self, data: bytes) -> list[tuple[bytes, int]]:
        records: list[tuple[bytes, int]] = []
        start = 0
        for end in self._ends.finditer(data):  # the scan runs in C: a 10 MB run without a line end is one step
            self._take(data, start, end.start())
            byte = data[end.start()]
            if self._discarding:
                self._discarding = False  # the overlong record ends here; the next one is clean
            elif self._buffer:
                records.append((bytes(self._buffer), byte))
                self._buffer.clear()
            elif byte not in b"\r\n":
                records.append((b"", byte))
            start = end.end()
        self._take(data, start, len(data))
        return records

    def _take(self, data: bytes, start: int, stop: int) -> None:
        if self._discarding or start == stop:
            return
        if len(self._buffer) + stop - start > MAX_RECORD:
            self._buffer.clear()
            self._discarding = True
            self.overflowed += 1
            return
        self._buffer += data[start:stop]

    @property
    def buffered(self) -> int:
        """Bytes of the unterminated record held now (never more than MAX_RECORD)."""
        return len(self._buffer)

    def flush(self) -> bytes:
        """The unterminated rest (empty when it was an overlong record), and a clean start."""
        rest = bytes(self._buffer)
        self._buffer.clear()
        self._discarding = False
        return rest


class CallerIdParser:
    """Common interface: ``feed(bytes)``, ``poll()`` (time-based work) and ``flush()``.

    ``now`` gives naive local datetimes for missing fields and ``monotonic`` measures gaps;
    tests inject both. Diagnostics go to ``diagnostics`` and the optional callback.
    """

    device = ""
    terminators = b"\r\n"

    def __init__(
        self,
        *,
        now: Clock = datetime.now,
        monotonic: Callable[[], float] = time.monotonic,
        on_diagnostic: Callable[[str], None] | None = None,
        on_line: Callable[[str], None] | None = None,
    ) -> None:
        self.now = now
        self.monotonic = monotonic
        self.on_diagnostic = on_diagnostic
        self.on_line = on_line
        self.diagnostics: list[str] = []
        self._splitter = RecordSplitter(self.terminators)

    def feed(self, data: bytes) -> list[CallerIdEvent]:
        raise NotImplementedError

    def poll(self) -> list[CallerIdEvent]:
        """Called when no data arrived for a while; parsers that wait on silence override it."""
        return []

    def flush(self) -> list[CallerIdEvent]:
        raise NotImplementedError

    def reset(self) -> None:
        """Forget partial input, e.g. after a reconnect (a half record is never completed)."""

    @property
    def lines_too_long(self) -> int:
        """Records discarded for running past MAX_RECORD bytes without a terminator (each also a diagnostic)."""
        return self._splitter.overflowed

    @property
    def buffered(self) -> int:
        """Bytes of an unfinished record held now: bounded, whatever a device sends."""
        return self._splitter.buffered

    def diagnose(self, message: str) -> None:
        self.diagnostics.append(message)
        if len(self.diagnostics) > MAX_DIAGNOSTICS:
            del self.diagnostics[: MAX_DIAGNOSTICS // 2]
        if self.on_diagnostic is not None:
            self.on_diagnostic(message)


class LineParser(CallerIdParser):
    """A parser fed one decoded text record at a time by ``handle_record``."""

    def feed(self, data: bytes) -> list[CallerIdEvent]:
        events: list[CallerIdEvent] = []
        overflowed = self._splitter.overflowed
        for raw, terminator in self._splitter.feed(data):
            events.extend(self._record(raw, terminator))
        if self._splitter.overflowed != overflowed:
            self.diagnose(f"discarded over {MAX_RECORD} bytes without a line end")
        events.extend(self.poll())
        return events

    def flush(self) -> list[CallerIdEvent]:
        rest = self._splitter.flush()
        events = self._record(rest, 0) if rest else []
        events.extend(self.finish())
        return events

    def reset(self) -> None:
        """Drop a partial record (a connection was lost mid-line: it is never parsed)."""
        self._splitter.flush()

    def drop_partial(self) -> bytes:
        """Forget the unterminated record, if any, and return it (for a diagnostic)."""
        return self._splitter.flush()

    def _record(self, raw: bytes, terminator: int) -> list[CallerIdEvent]:
        text = to_text(raw).strip()
        if text and self.on_line is not None:
            self.on_line(text)
        return self.handle_record(text, terminator)

    def handle_record(self, text: str, terminator: int) -> list[CallerIdEvent]:
        raise NotImplementedError

    def finish(self) -> list[CallerIdEvent]:
        """End of input: emit whatever call is still pending."""
        return []
