"""What every benchmark shares: a working copy of the database, and one honest line per figure.

Benchmarks measure a copy (`working_copy`), so the database given with --db is never changed: no
ringing calls left behind, no rollups rebuilt or wiped, no migration run on it. Every figure prints
n, p50, p95 and max with its target and PASS or SLOW.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@contextmanager
def working_copy(path: str | os.PathLike[str], folder: str | None = None) -> Iterator[Path]:
    """A private copy of the SQLite file at `path` (beside it unless `folder`), deleted afterwards."""
    source = Path(path).expanduser().resolve()
    if not source.exists():
        raise SystemExit(f"error: {source} does not exist; create it with main.py demo first")
    where = Path(folder or source.parent)
    handle, name = tempfile.mkstemp(prefix=f".{source.stem}-bench-", suffix=".db", dir=where)
    os.close(handle)
    copy = Path(name)
    began = time.perf_counter()
    wal = Path(str(source) + "-wal")
    if wal.exists() and wal.stat().st_size:
        # Pages still in the WAL: the online backup API reads a consistent snapshot without writing.
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        dst.close()
        src.close()
    else:
        shutil.copyfile(source, copy)
    print(f"working copy of {source.name} in {time.perf_counter() - began:.0f} s: {copy} (deleted at the end)")
    try:
        yield copy
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(copy) + suffix).unlink(missing_ok=True)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def timed(operation: Callable[[int], object], runs: int, warmup: int = 0) -> list[float]:
    """Milliseconds per call of `operation(i)`; `warmup` calls first (not timed, with i < 0)."""
    for i in range(-warmup, 0):
        operation(i)
    samples = []
    for i in range(runs):
        began = time.perf_counter()
        operation(i)
        samples.append((time.perf_counter() - began) * 1000)
    return samples


HEADER = f"{'measure':<52} {'n':>5} {'p50':>9} {'p95':>9} {'max':>9}  {'target':<18} result"


def line(label: str, samples_ms: list[float], target: str = "", limit_ms: float | None = None,
         on: str = "p95") -> bool:  # fmt: skip
    """Print one figure; returns False when it is SLOW. `on` says which statistic meets the target."""
    p50, p95, top = percentile(samples_ms, 0.5), percentile(samples_ms, 0.95), max(samples_ms)
    value = {"p50": p50, "p95": p95, "max": top}[on]
    verdict = "" if limit_ms is None else ("PASS" if value <= limit_ms else "SLOW")
    unit = "ms"
    print(f"{label:<52} {len(samples_ms):>5} {p50:>7.1f}{unit} {p95:>7.1f}{unit} {top:>7.1f}{unit}  {target:<18} "
          f"{verdict or 'info'}")  # fmt: skip
    return verdict != "SLOW"


def seconds_line(label: str, samples_s: list[float], limit_s: float | None, on: str = "p95") -> bool:
    """A figure in seconds (screens that take hundreds of milliseconds or more)."""
    return line(label, [s * 1000 for s in samples_s], f"{on} <= {limit_s * 1000:.0f} ms" if limit_s else "",
                None if limit_s is None else limit_s * 1000, on)  # fmt: skip
