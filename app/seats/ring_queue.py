"""Rings kept on the caller-ID seat while the server is away: a JSON-lines file, each line fsynced.

A ring is appended (and synced) before its pop shows, so a crash loses nothing. Writing them to the
server later marks each one done in a second file, synced after its row is committed, so a crash
while writing neither loses a ring nor writes one twice (short of a crash between those two steps).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

QUEUE_NAME = "ring-queue.jsonl"


def _append_line(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []


class RingQueue:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / QUEUE_NAME
        self.done_path = folder / (QUEUE_NAME + ".done")

    def append(self, number: str | None, *, name: str = "", line: str = "", when: datetime, source: str,
               absent: str | None = None) -> str:  # fmt: skip
        """Keep one ring; returns its id."""
        ring_id = uuid.uuid4().hex
        record = {"id": ring_id, "number": number, "name": name, "line": line, "when": when.isoformat(),
                  "source": source, "absent": absent}  # fmt: skip
        _append_line(self.path, json.dumps(record, ensure_ascii=False))
        return ring_id

    def pending(self) -> list[dict[str, Any]]:
        """Rings not yet written to the server, oldest first (a torn last line from a crash is skipped)."""
        done = set(_read_lines(self.done_path))
        found = []
        for text in _read_lines(self.path):
            try:
                record = json.loads(text)
            except ValueError:
                continue
            if isinstance(record, dict) and record.get("id") not in done:
                record["when"] = datetime.fromisoformat(record["when"])
                found.append(record)
        return found

    def write_out(self, write: Callable[[dict[str, Any]], None]) -> int:
        """Hand each pending ring to `write` (which commits it); returns how many were written.

        Stops at the first failure (the server went away again): the rest stay queued.
        """
        written = 0
        for record in self.pending():
            write(record)
            _append_line(self.done_path, record["id"])
            written += 1
        if not self.pending():
            self.path.unlink(missing_ok=True)
            self.done_path.unlink(missing_ok=True)
        return written
