"""Campaign benchmark: a target list from a filter over a million customers, and Next call at 100,000 members.

    python benchmarks/bench_campaigns.py --db /work/bench/bench1m-main.db [--members 100000] [--runs 300]

Works on a private copy (benchlib.working_copy, migrated to the newest schema), so the database given is
left as it was. Measures, through the services the screens call:
- the editor's live count and the preview (counts by exclusion reason and samples) over every customer;
- building a campaign of about `--members` members (the biggest cities until reached);
- Next call (claim the next member) with the list that size, each sample by a fresh agent after the
  previous agent recorded NO ANSWER, against the 50 ms p95 target; recording the attempt for information.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchlib import HEADER, line, timed, working_copy  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from app.campaigns import queue  # noqa: E402
from app.campaigns.attempts import record_attempt  # noqa: E402
from app.campaigns.campaigns import create_campaign, set_status  # noqa: E402
from app.campaigns.dto import AttemptDraft, CampaignDraft, TargetFilter  # noqa: E402
from app.campaigns.targets import build, count, preview  # noqa: E402
from app.db import Database, open_database  # noqa: E402
from app.models import Customer  # noqa: E402

NEXT_CALL_MS = 50.0


def cities_for(db: Database, members: int) -> list[str]:
    """The biggest cities whose customers add up to at least `members`."""
    with db.sessions() as session:
        rows = session.execute(select(Customer.city, func.count()).group_by(Customer.city)
                               .order_by(func.count().desc())).all()  # fmt: skip
    chosen, total = [], 0
    for city, n in rows:
        if total >= members:
            break
        chosen.append(city)
        total += n
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a Tamas SQLite file with customers (e.g. the 1M demo)")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    ok = True
    with working_copy(args.db) as copy:
        db = open_database(copy)
        now = datetime.now().replace(hour=11, minute=0, second=0, microsecond=0)
        wide = TargetFilter(statuses=["customer", "prospect"], last_contact_before=now - timedelta(days=90))
        print(HEADER)
        line("live count: customers/prospects silent 90 days (1M)", timed(lambda _i: count(db, wide), 3))
        line("preview with exclusion reasons, same filter", timed(lambda _i: preview(db, wide), 3))
        cities = TargetFilter(cities=cities_for(db, args.members))
        campaign_id = create_campaign(db, CampaignDraft(name="Bench", calling_start=0, calling_end=24 * 60,
                                                        max_attempts=50), "bench", now=now)  # fmt: skip
        built: dict[str, int] = {}
        samples = timed(lambda _i: built.update(build(db, campaign_id, cities, "bench", now=now)), 1)
        line(f"build a list of {built.get('added', 0):,} members", samples)
        print(f"  left out: { ({k: v for k, v in built.items() if k != 'added'}) }")
        set_status(db, campaign_id, "running", "bench", now=now)
        cpu: list[float] = []

        def next_call(i: int) -> None:
            """One agent of 20 takes their next member (timed), then records NO ANSWER (not timed: see below)."""
            agent, at = f"agent{i % 20}", now + timedelta(seconds=i + 10)
            began = time.process_time()
            call = queue.next_call(db, campaign_id, agent, now=at)
            cpu.append((time.process_time() - began) * 1000)
            assert call is not None
            pending.append((call.member_id, agent, at))

        pending: list[tuple[int, str, datetime]] = []
        settled: list[float] = []

        def settle() -> None:
            member_id, agent, at = pending.pop()
            began = time.perf_counter()
            record_attempt(db, AttemptDraft(member_id, "NO_ANSWER"), agent, now=at + timedelta(milliseconds=500))
            settled.append((time.perf_counter() - began) * 1000)

        samples: list[float] = []
        for i in range(-5, args.runs):
            began = time.perf_counter()
            next_call(i)
            if i >= 0:
                samples.append((time.perf_counter() - began) * 1000)
            settle()
        ok &= line(f"Next call with {built.get('added', 0):,} members", samples, f"p95 <= {NEXT_CALL_MS:.0f} ms",
                   NEXT_CALL_MS)  # fmt: skip
        line("  the same, CPU time of this process only", cpu[5:])
        line("record the attempt (NO ANSWER)", settled[5:])
        db.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
