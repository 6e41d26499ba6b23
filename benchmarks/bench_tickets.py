"""Ticket list benchmark: the first page and the "overdue" page (and the other saved filters) at 100,000 tickets.

    python benchmarks/bench_tickets.py [--db /tmp/bench1m.db] [--tickets 100000] [--runs 50] [--seed 7]

Works on a temporary copy (the database given is left as it was; without --db, a new empty one):
tops the copy up to `--tickets` tickets with the demo generator, then times `list_tickets` (the
function the list's model calls) warm, p50/p95, against the 100 ms target. Prints one PASS/SLOW line
per measure and exits 1 if any is SLOW.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from app.db import Database, open_database  # noqa: E402
from app.models import User  # noqa: E402
from app.tickets.demo import generate_tickets  # noqa: E402
from app.tickets.models import Ticket  # noqa: E402
from app.tickets.queries import TicketFilter, list_tickets, open_ticket_summary, ticket_counts  # noqa: E402

TARGET_MS = 100.0
WARMUP = 5


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(operation: Callable[[], object], runs: int) -> list[float]:
    for _ in range(WARMUP):
        operation()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        operation()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def prepare(source: str | None, folder: Path, tickets: int, seed: int) -> Database:
    path = folder / "bench_tickets.db"
    if source:
        for suffix in ("", "-wal", "-shm"):
            if Path(source + suffix).exists():
                shutil.copy(source + suffix, str(path) + suffix)
    db = open_database(path, create=not source)
    with db.sessions() as session:
        have = session.scalar(select(func.count(Ticket.id))) or 0
    if have < tickets:
        started = time.perf_counter()
        generate_tickets(db, seed, count=tickets - have)
        print(f"added {tickets - have:,} tickets in {time.perf_counter() - started:.1f} s")
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to copy (default: a new one)")
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = prepare(args.db, Path(folder), args.tickets, args.seed)
        with db.sessions() as session:
            total = session.scalar(select(func.count(Ticket.id)))
            now = session.scalar(select(func.max(Ticket.created_at)))
            me = session.scalar(select(User.id).order_by(User.id))
            customer = session.scalar(select(Ticket.customer_id).where(Ticket.customer_id.is_not(None)).limit(1))
        now = datetime.fromisoformat(now) if isinstance(now, str) else now
        print(f"{total:,} tickets in a copy of {args.db or 'a new database'}; now = {now}")
        measures: list[tuple[str, Callable[[], object]]] = [
            (f"first page ({view})", lambda view=view: list_tickets(db, TicketFilter(view, me_id=me, now=now)))
            for view in ("all", "open", "overdue", "mine", "unassigned", "waiting", "to_inform")
        ]
        second = list_tickets(db, TicketFilter("overdue", now=now)).next_cursor
        measures.append(("overdue page 2", lambda: list_tickets(db, TicketFilter("overdue", now=now), second)))
        measures.append(("open/overdue counts", lambda: ticket_counts(db, now)))

        def summary() -> object:
            with db.sessions() as session:
                return open_ticket_summary(session, customer or 0)

        measures.append(("pop: caller's open tickets", summary))
        slow = 0
        for name, operation in measures:
            samples = timed(operation, args.runs)
            p50, p95 = percentile(samples, 0.5), percentile(samples, 0.95)
            verdict = "PASS" if p95 <= TARGET_MS else "SLOW"
            slow += verdict == "SLOW"
            print(f"{verdict}  {name:<28} p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  (target {TARGET_MS:.0f} ms)")
        db.dispose()
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
