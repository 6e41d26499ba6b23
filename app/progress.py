"""Progress reporting for long jobs, shared by the CLI (a text bar) and the GUI (a dialog)."""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO


class Cancelled(Exception):
    """The user cancelled a long job; whatever it wrote was rolled back."""


class Progress(Protocol):
    def __call__(self, done: int, total: int, label: str) -> bool:
        """Report progress; return False to ask the job to stop."""
        ...


def no_progress(done: int, total: int, label: str) -> bool:
    return True


class TextProgressBar:
    """A one-line bar on stderr, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self._last = 0.0

    def __call__(self, done: int, total: int, label: str) -> bool:
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return True
        self._last = now
        share = done / total if total else 1.0
        filled = int(share * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{label:<24} [{bar}] {share:6.1%} {done:,}/{total:,}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()
        return True
