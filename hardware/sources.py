"""Caller-ID sources: each owns a reader thread and reports through plain callbacks.

Callbacks run on the reader thread; the GUI must re-post them to its own thread (``ui/`` does).
A failing callback is logged and never stops the reader.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from hardware.decode import unescape_capture
from hardware.events import CallerIdEvent
from hardware.formats import canonical_format, detect_format, looks_binary, make_parser
from hardware.lines import CallerIdParser

log = logging.getLogger(__name__)

EventCallback = Callable[[CallerIdEvent], None]
StatusCallback = Callable[[str, str], None]
TextCallback = Callable[[str], None]
STATES = ("connecting", "connected", "reconnecting", "stopped")


class CallerIdSource:
    """Base of every source: ``start()``/``stop()``, a reader thread and four callbacks."""

    name = "source"

    def __init__(
        self,
        *,
        on_event: EventCallback | None = None,
        on_status: StatusCallback | None = None,
        on_raw: TextCallback | None = None,
        on_diagnostic: TextCallback | None = None,
    ) -> None:
        self.on_event = on_event
        self.on_status = on_status
        self.on_raw = on_raw
        self.on_diagnostic = on_diagnostic
        self.state = "stopped"
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._thread_main, name=f"cid-{self.name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the reader to finish and wait for it; reads use short timeouts, so this is prompt."""
        self._stopping.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        self._thread = None

    def _thread_main(self) -> None:
        try:
            self._run()
        except Exception as exc:  # a bug must not vanish silently with its thread
            log.exception("caller-ID source %s failed", self.name)
            self._diagnostic(f"source failed: {exc}")
        finally:
            self._status("stopped", "")

    def _run(self) -> None:
        raise NotImplementedError

    def _wait(self, seconds: float) -> bool:
        """Sleep unless stopped; True when the source should stop."""
        return self._stopping.wait(seconds)

    def _make_parser(self, fmt: str) -> CallerIdParser:
        return make_parser(fmt, on_diagnostic=self._diagnostic, on_line=self._raw)

    def _emit(self, events: list[CallerIdEvent]) -> None:
        for event in events:
            self._safely(self.on_event, event)

    def _status(self, state: str, detail: str) -> None:
        self.state = state
        self._safely(self.on_status, state, detail)

    def _raw(self, text: str) -> None:
        self._safely(self.on_raw, text)

    def _diagnostic(self, text: str) -> None:
        self._safely(self.on_diagnostic, text)

    @staticmethod
    def _safely(callback: Callable[..., None] | None, *args: object) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:
            log.exception("caller-ID callback failed")


def replay_chunks(data: bytes, binary: bool) -> Iterator[bytes]:
    """A capture cut the way a device would deliver it: one record (or 32 raw bytes) at a time."""
    if binary:
        for start in range(0, len(data), 32):
            yield data[start : start + 32]
        return
    for match in re.finditer(rb"[^\r\n@]*(?:[\r\n@]+|$)", data):
        if match.group():
            yield match.group()


class ReplaySource(CallerIdSource):
    """The simulator: replays a capture file (or bytes) as if a device sent it, one record per interval."""

    name = "simulator"

    def __init__(
        self, path_or_bytes: str | Path | bytes, fmt: str = "auto", interval: float = 1.0, **callbacks: Any
    ) -> None:
        super().__init__(**callbacks)
        self.source = path_or_bytes
        self.fmt = canonical_format(fmt)
        self.interval = interval

    def _load(self) -> bytes:
        if isinstance(self.source, bytes):
            return self.source
        return Path(self.source).read_bytes()

    def _run(self) -> None:
        self._status("connecting", str(self.source)[:80])
        try:
            data = self._load()
        except OSError as exc:
            self._diagnostic(f"cannot read capture: {exc}")
            return
        binary = self.fmt == "mdmf" or looks_binary(data)
        data = data if binary else unescape_capture(data)
        fmt = self.fmt if self.fmt != "auto" else (detect_format(data) or "modem")
        parser = self._make_parser(fmt)
        self._status("connected", fmt)
        for chunk in replay_chunks(data, binary):
            if self._wait(self.interval):
                return
            self._emit_simulated(parser.feed(chunk))
        self._emit_simulated(parser.flush())

    def _emit_simulated(self, events: list[CallerIdEvent]) -> None:
        self._emit([dataclasses.replace(event, device="simulator") for event in events])
