"""Crash tests: real child processes killed with SIGKILL at a chosen moment, read back afterwards."""

from __future__ import annotations

import os
import selectors
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from tests.conftest import REPO

CHILD_TIMEOUT_S = 60.0


def child_env(home: Path) -> dict[str, str]:
    return dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1",
                TAMAS_PASSWORD="owner")  # fmt: skip  # the demo's owner: a demo database's commands run as it


def start(args: list[str], home: Path) -> subprocess.Popen[bytes]:
    """`args` run by the test's Python: main.py's arguments, or a script path and its own."""
    return subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=child_env(home), cwd=home)  # fmt: skip


def start_main(*args: str, home: Path) -> subprocess.Popen[bytes]:
    return start([str(REPO / "main.py"), *args], home)


def kill_when(process: subprocess.Popen[bytes], ready: Callable[[str, str], bool]) -> tuple[str, str]:
    """Read the child's stdout and stderr as they come; SIGKILL it the moment `ready(stdout, stderr)` holds.

    Fails (AssertionError) if the child finished before: the kill must land in the middle of its work.
    """
    out = {"stdout": b"", "stderr": b""}
    selector = selectors.DefaultSelector()
    assert process.stdout is not None and process.stderr is not None
    selector.register(process.stdout, selectors.EVENT_READ, "stdout")
    selector.register(process.stderr, selectors.EVENT_READ, "stderr")
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    try:
        while time.monotonic() < deadline:
            for key, _ in selector.select(timeout=1.0):
                chunk = os.read(key.fileobj.fileno(), 65536)  # type: ignore[union-attr]
                if not chunk:
                    selector.unregister(key.fileobj)
                    continue
                out[key.data] += chunk
            text, errors = out["stdout"].decode(errors="replace"), out["stderr"].decode(errors="replace")
            if ready(text, errors):
                process.send_signal(signal.SIGKILL)
                process.wait(30)
                return text, errors
            if not selector.get_map():
                raise AssertionError(f"the child ended before the kill (exit {process.wait(30)}): {errors[-2000:]}")
        raise AssertionError(f"the moment to kill never came: {out['stderr'][-2000:]!r}")
    finally:
        selector.close()
        if process.poll() is None:
            process.kill()
            process.wait(30)
        process.stdout.close()
        process.stderr.close()


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def scalar(path: Path, sql: str, *params: object) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, params).fetchone()[0]


class LineReader(threading.Thread):
    """Collects a child's stdout lines as they arrive (the test waits on a condition, never sleeps)."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        super().__init__(daemon=True)
        self.process = process
        self.lines: list[str] = []
        self.changed = threading.Condition()

    def run(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            with self.changed:
                self.lines.append(raw.decode(errors="replace").rstrip("\n"))
                self.changed.notify_all()
        with self.changed:
            self.changed.notify_all()

    def wait_for(self, predicate: Callable[[list[str]], bool], timeout: float = CHILD_TIMEOUT_S) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: predicate(self.lines) or self.process.poll() is not None, timeout)
