"""Fixtures for the hardware tests: capture paths and an injectable clock."""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "callerid"
NOW = datetime(2024, 6, 1, 10, 0, 0)


class FakeClock:
    """Wall clock and monotonic clock under the test's control."""

    def __init__(self) -> None:
        self.wall = NOW
        self.seconds = 1000.0

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.seconds

    def advance(self, seconds: float) -> None:
        self.seconds += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def samples() -> Path:
    assert SAMPLES.is_dir(), SAMPLES
    return SAMPLES


class Recorder:
    """Collects a source's callbacks and lets a test wait for one without sleeping."""

    def __init__(self) -> None:
        self.events: list = []
        self.statuses: list[tuple[str, str]] = []
        self.raw: list[str] = []
        self.diagnostics: list[str] = []
        self._changed = threading.Condition()

    def callbacks(self) -> dict:
        return {
            "on_event": self._add(self.events),
            "on_status": lambda s, d: self._put(self.statuses, (s, d)),
            "on_raw": self._add(self.raw),
            "on_diagnostic": self._add(self.diagnostics),
        }

    def _add(self, target: list) -> Callable[[object], None]:
        return lambda item: self._put(target, item)

    def _put(self, target: list, item: object) -> None:
        with self._changed:
            target.append(item)
            self._changed.notify_all()

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        with self._changed:
            return self._changed.wait_for(predicate, timeout)

    def states(self) -> list[str]:
        return [state for state, _ in self.statuses]


class PtyDevice:
    """The far end of a real pseudo-terminal, playing a modem; ``link`` is a re-pointable path."""

    def __init__(self, link: Path, answers: dict[bytes, bytes], instant: dict[bytes, bytes] | None = None) -> None:
        self.link = link
        self.answers = answers  # command (without CR) -> reply
        self.instant = instant or {}  # single-byte request -> reply, no CR needed
        self.commands: list[bytes] = []
        self.master = self.slave = -1
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def plug(self) -> None:
        self.master, self.slave = os.openpty()
        fresh = self.link.with_name(self.link.name + ".new")
        fresh.unlink(missing_ok=True)
        os.symlink(os.ttyname(self.slave), fresh)
        os.replace(fresh, self.link)
        self._stop.clear()
        self._thread = threading.Thread(target=self._answer, daemon=True)
        self._thread.start()

    def unplug(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        os.close(self.master)
        os.close(self.slave)
        self.master = self.slave = -1

    def send(self, data: bytes) -> None:
        os.write(self.master, data)

    def _answer(self) -> None:
        pending = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                pending += os.read(self.master, 1024)
            except OSError:
                return
            for trigger, reply in self.instant.items():
                if trigger in pending:
                    pending = pending.replace(trigger, b"")
                    os.write(self.master, reply)
            while b"\r" in pending:
                command, pending = pending.split(b"\r", 1)
                self.commands.append(command)
                reply = self.answers.get(command)
                if reply is not None:
                    os.write(self.master, reply)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def modem(tmp_path: Path) -> Iterator[PtyDevice]:
    device = PtyDevice(
        tmp_path / "ttyCID",
        {
            b"AT": b"\r\nOK\r\n",
            b"ATZ": b"\r\nOK\r\n",
            b"AT+VCID=1": b"\r\nERROR\r\n",
            b"AT#CID=1": b"\r\nOK\r\n",
            b"ATDT5551234;": b"\r\nOK\r\n",
        },
    )
    device.plug()
    yield device
    if device.master >= 0:
        device.unplug()


@pytest.fixture(autouse=True)
def no_reader_threads_left() -> Iterator[None]:
    """Every test must stop the sources it started."""
    yield
    leftover = [t.name for t in threading.enumerate() if t.name.startswith("cid-") and t.is_alive()]
    assert leftover == []
