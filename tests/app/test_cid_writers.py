"""Writers wait instead of failing (issue 7 item 10): two processes write the same SQLite file at full speed.

Each process rings and answers calls and creates customers as fast as it can, started together. Every
write must land: no "database is locked", no lost row, and the file passes `PRAGMA integrity_check`.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import sys
from pathlib import Path

from app.db import open_database

RINGS = 120
CUSTOMERS = 40


def write_at_full_speed(
    path: str, seat: int, start: multiprocessing.synchronize.Event, out: multiprocessing.Queue
) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from sqlalchemy.exc import OperationalError

    from app.dto import CustomerDraft, PhoneDraft
    from app.services import customers, incoming

    db = open_database(path, migrate=False)
    done, errors = {"calls": 0, "customers": 0}, []
    start.wait(30)
    for i in range(RINGS):
        try:
            pop = incoming.ring(db, f"0912{seat}{i:06d}", line=str(seat))
            incoming.answer(db, pop.call_id, "agent")  # both seats create the same user on first use
            done["calls"] += 1
            if i % (RINGS // CUSTOMERS) == 0:
                draft = CustomerDraft(name=f"Seat {seat} customer {i}", phones=[PhoneDraft(f"0935{seat}{i:06d}")])
                customers.create_customer(db, draft, f"seat{seat}")
                done["customers"] += 1
        except OperationalError as error:
            errors.append(str(error.orig))
    db.dispose()
    out.put((seat, done, errors))


def test_two_processes_writing_at_full_speed_lose_nothing(db_path: Path) -> None:
    open_database(db_path, create=True).dispose()  # created and migrated once, as the first seat would
    context = multiprocessing.get_context("spawn")
    start, out = context.Event(), context.Queue()
    workers = [context.Process(target=write_at_full_speed, args=(str(db_path), seat, start, out)) for seat in (1, 2)]
    for worker in workers:
        worker.start()
    start.set()
    results = [out.get(timeout=240) for _ in workers]
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    assert [errors for _seat, _done, errors in results] == [[], []]
    with sqlite3.connect(db_path) as connection:
        calls = connection.execute("SELECT count(*) FROM calls WHERE status = 'answered'").fetchone()[0]
        people = connection.execute("SELECT count(*) FROM customers").fetchone()[0]
        agents = connection.execute("SELECT count(*) FROM users WHERE username = 'agent'").fetchone()[0]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert calls == sum(done["calls"] for _s, done, _e in results) == 2 * RINGS
    assert people == sum(done["customers"] for _s, done, _e in results) == 2 * CUSTOMERS
    assert agents == 1
