"""Two writers on one SQLite file: lock errors (must be 0), lost rows (must be 0) and rows written per second.

    python benchmarks/bench_writers.py [--db /tmp/writers.db] [--seconds 60] [--processes 2]

Each process is a seat recording calls the way the pop does (ring, then answer) and now and then a new
customer, as fast as it can, for `--seconds`. The database is a new file (deleted first) unless `--keep`.
Ends with PASS (no error, no lost row, at least MIN_ROWS_PER_S), SLOW (correct but slower) or FAIL.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MIN_ROWS_PER_S = 100.0  # calls + customers, all seats together, on a laptop disk


def seat(path: str, number: int, seconds: float, start: object, out: object) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from sqlalchemy.exc import OperationalError

    from app.db import open_database
    from app.dto import CustomerDraft, PhoneDraft
    from app.services import customers, incoming

    db = open_database(path, migrate=False)
    calls = people = errors = 0
    first_error = ""
    out.put("ready")  # type: ignore[attr-defined]
    start.wait(60)  # type: ignore[attr-defined]
    deadline = time.monotonic() + seconds
    i = 0
    while time.monotonic() < deadline:
        i += 1
        try:
            pop = incoming.ring(db, f"0912{number}{i:06d}", line=str(number))
            incoming.answer(db, pop.call_id, f"agent{number}")
            calls += 1
            if i % 4 == 0:
                draft = CustomerDraft(name=f"Seat {number} customer {i}", phones=[PhoneDraft(f"0935{number}{i:06d}")])
                customers.create_customer(db, draft, f"seat{number}")
                people += 1
        except OperationalError as error:
            errors += 1
            first_error = first_error or str(error.orig)
    db.dispose()
    out.put((calls, people, errors, first_error))  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/tamas-bench-writers.db")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="write into an existing database")
    args = parser.parse_args()

    from app.db import open_database

    path = Path(args.db)
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(path, create=True).dispose()
    with sqlite3.connect(path) as connection:
        calls_before = connection.execute("SELECT count(*) FROM calls").fetchone()[0]
        people_before = connection.execute("SELECT count(*) FROM customers").fetchone()[0]

    context = multiprocessing.get_context("spawn")
    start, out = context.Event(), context.Queue()
    workers = [
        context.Process(target=seat, args=(str(path), n + 1, args.seconds, start, out)) for n in range(args.processes)
    ]
    for worker in workers:
        worker.start()
    for _ in workers:  # every seat has imported and opened the file: time the writing only
        assert out.get(timeout=120) == "ready"
    began = time.perf_counter()
    start.set()
    results = [out.get(timeout=args.seconds + 120) for _ in workers]
    elapsed = time.perf_counter() - began
    for worker in workers:
        worker.join(30)

    calls = sum(r[0] for r in results)
    people = sum(r[1] for r in results)
    errors = sum(r[2] for r in results)
    with sqlite3.connect(path) as connection:
        stored_calls = connection.execute("SELECT count(*) FROM calls").fetchone()[0] - calls_before
        stored_people = connection.execute("SELECT count(*) FROM customers").fetchone()[0] - people_before
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    lost = (calls - stored_calls) + (people - stored_people)
    rate = (stored_calls + stored_people) / elapsed
    print(f"{args.processes} writers for {elapsed:.1f} s on {path}")
    print(f"calls written: {calls} (stored {stored_calls}), customers: {people} (stored {stored_people})")
    print(f"lock errors: {errors}" + (f" (first: {next(r[3] for r in results if r[3])})" if errors else ""))
    print(f"lost rows: {lost}, integrity_check: {integrity}")
    print(f"rows/s: {rate:.0f} (target >= {MIN_ROWS_PER_S:.0f})")
    if errors or lost or integrity != "ok":
        print("FAIL")
        return 1
    print("PASS" if rate >= MIN_ROWS_PER_S else "SLOW")
    return 0


if __name__ == "__main__":
    sys.exit(main())
