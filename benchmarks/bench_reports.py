"""Owner screens and exports at scale: dashboard, customer value, segment filter, staffing, start-up, export.

    python benchmarks/bench_reports.py --db /tmp/bench1m.db [--runs 10] [--rows 100000] [--year]

Works on a copy of --db (the rollups it builds, the calls it rings and the snapshot it computes go
into the copy). Every figure: n, p50, p95, max, target, PASS/SLOW.
- dashboard, year and month, rollups built (the screen's whole load_dashboard);
- dashboard, year, right after a call today: each sample first rings a new call through
  `incoming.ring` + `ring_ended` (the pop's writes), then loads the year;
- Customer value screen from the snapshot (the snapshot's own recomputation is timed once, as info);
- RFM segment filter: pages of every segment starting anywhere (a random customer id);
- Staffing screen; start to customer list shown (a fresh process each time);
- export of --rows calls against plain sqlite3 + openpyxl write-only writing the same columns;
  --year: a year of calls exported in a child process (time, peak memory, sheets).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import line, seconds_line, working_copy  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from app.analytics import rfm, rollup, value_snapshot  # noqa: E402
from app.analytics.dashboard import load_dashboard  # noqa: E402
from app.db import Database, open_database  # noqa: E402
from app.models import Call, Customer  # noqa: E402
from app.reports.export import export_report  # noqa: E402
from app.services import incoming  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# The export's columns, in plain SQL: the baseline does the same joins and writes the same values.
RAW_EXPORT = (
    "SELECT calls.id, calls.started_at, calls.direction, calls.number, customers.name, calls.line, calls.status, "
    "calls.ring_seconds, calls.talk_seconds, users.username, lookups.value, calls.outcome, calls.notes, calls.source "
    "FROM calls LEFT JOIN customers ON customers.id = calls.customer_id LEFT JOIN users ON users.id = calls.agent_id "
    "LEFT JOIN lookups ON lookups.id = calls.reason_id WHERE calls.started_at >= ? AND calls.started_at < ? "
    "ORDER BY calls.started_at, calls.id"
)
START_CHILD = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings, QTimer
from ui import application
from ui.settings import Settings
settings = Settings(QSettings({ini!r}, QSettings.Format.IniFormat))
application.Settings = lambda: settings
original = application.Shell.show
def show(self):
    window = original(self)
    def loaded(*_a):
        print(time.time() - {spawned!r}, flush=True)
        os._exit(0)
    window.customers.model.page_loaded.connect(loaded)
    return window
application.Shell.show = show
application.run({db!r}, "en", exit_after_ms=20000)
"""


def bench_dashboard(db: Database, runs: int) -> bool:
    began = time.perf_counter()
    built = rollup.warm(db, 400)
    print(f"daily rollups: {built} days built in {time.perf_counter() - began:.1f} s (info: once, on a worker)")
    today = date.today()
    ok = True
    for label, days in (("month", 30), ("year", 365)):
        first = today - timedelta(days=days - 1)
        load_dashboard(db, first, today, today)  # the screen's first look warms SQLite's page cache
        samples = []
        for _ in range(runs):
            began = time.perf_counter()
            load_dashboard(db, first, today, today)
            samples.append(time.perf_counter() - began)
        ok &= seconds_line(f"dashboard, {label}, rollups built", samples, 0.5)
    first = today - timedelta(days=364)
    samples = []
    with db.sessions() as session:
        numbers = list(session.scalars(select(Call.number).where(Call.number != "").order_by(Call.id.desc())
                                       .limit(runs * 50)))  # fmt: skip
    rng = random.Random(5)
    for _ in range(runs):
        pop = incoming.ring(db, rng.choice(numbers), source="bench")  # a caller who called before (FCR moves)
        incoming.ring_ended(db, pop.call_id)
        began = time.perf_counter()
        data = load_dashboard(db, first, today, today)
        samples.append(time.perf_counter() - began)
    ok &= seconds_line("dashboard, year, right after a call today", samples, 0.5)
    print(f"    year: {data.summary.totals.offered:,} offered, FCR {data.summary.first_contact_resolution:.1%}, "
          f"revenue {data.summary.revenue:,.0f} from {data.summary.orders:,} orders")  # fmt: skip
    return ok


def bench_value(db: Database, runs: int, recompute: bool) -> bool:
    from ui.reports.value_view import load_value

    if recompute or value_snapshot.as_of(db) is None:
        began = time.perf_counter()
        value_snapshot.refresh(db)
        print(f"customer value snapshot recomputed in {time.perf_counter() - began:.0f} s (info: on a worker, "
              "short write transactions; the screen shows 'as of')")  # fmt: skip
    load_value(db)
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        load_value(db)
        samples.append(time.perf_counter() - began)
    ok = seconds_line("Customer value screen (RFM, Pareto, churn)", samples, 2.0)
    with db.sessions() as session:
        top = session.scalar(select(func.max(Customer.id))) or 1
    rng = random.Random(3)
    pages = []
    for _ in range(runs * 20):
        segment, after = rng.choice(rfm.SEGMENT_NAMES), rng.randrange(top)
        began = time.perf_counter()
        rfm.customers_in_segment(db, segment, after)
        pages.append((time.perf_counter() - began) * 1000)
    ok &= line("RFM segment filter, a page from anywhere", pages, "p95 <= 100 ms", 100.0)
    return ok


def bench_staffing(db: Database, runs: int) -> bool:
    from PySide6.QtWidgets import QApplication

    from ui.reports.staffing_view import Inputs, load_staffing, next_week_start

    QApplication.instance() or QApplication([])
    week, inputs = next_week_start(date.today()), Inputs(0.8, 20, 0.85, 0.3, 0)
    load_staffing(db, week, inputs)
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        load_staffing(db, week, inputs)
        samples.append(time.perf_counter() - began)
    return seconds_line("Staffing screen", samples, 0.5)


def bench_start(path: Path, runs: int) -> bool:
    samples = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            code = START_CHILD.format(root=str(ROOT), ini=str(Path(folder) / "s.ini"), spawned=time.time(),
                                      db=str(path))  # fmt: skip
            output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
            samples.append(float(output.stdout.strip().splitlines()[-1]))
    return seconds_line("start to customer list shown (new process)", samples, 1.5)


def raw_export(path: Path, start: datetime, end: datetime, out: Path) -> tuple[int, float]:
    """The baseline: plain sqlite3 and openpyxl write-only, the same columns and joins, values as read."""
    began = time.perf_counter()
    connection = sqlite3.connect(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Calls")
    ws.append(["id", "started", "direction", "number", "customer", "line", "status", "ring", "talk", "agent",
               "reason", "outcome", "notes", "source"])  # fmt: skip
    count = 0
    for row in connection.execute(RAW_EXPORT, (start.isoformat(" "), end.isoformat(" "))):
        ws.append(row)
        count += 1
    wb.save(out)
    connection.close()
    return count, time.perf_counter() - began


def bench_export(db: Database, path: Path, rows: int) -> bool:
    with db.sessions() as session:
        moment = session.scalar(select(Call.started_at).order_by(Call.started_at.desc()).offset(rows - 1).limit(1))
    first, last = (moment or datetime.now()).date(), date.today()
    start, end = (
        datetime.combine(first, datetime.min.time()),
        datetime.combine(last + timedelta(1), datetime.min.time()),
    )
    ours, raws = [], []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(2):
            count, seconds = raw_export(path, start, end, Path(folder) / "raw.xlsx")
            raws.append(seconds)
            result = export_report(db, "calls", Path(folder) / "calls.xlsx", first, last, "en")
            ours.append(result.seconds)
    ratio = min(ours) / min(raws)
    verdict = "PASS" if ratio <= 1.3 and result.rows == count else "SLOW"
    print(f"export calls, {result.rows:,} rows (baseline {count:,}): tamas best {min(ours):.1f} s, plain sqlite3 + "
          f"openpyxl best {min(raws):.1f} s, ratio {ratio:.2f}  target <= 1.3  {verdict}")  # fmt: skip
    return verdict == "PASS"


def bench_year(path: Path) -> None:
    code = (
        "import resource, sys, time; sys.path.insert(0, %r)\n"
        "from datetime import date, timedelta\n"
        "from app.db import open_database\n"
        "from app.reports.export import export_report\n"
        "db = open_database(%r)\n"
        "r = export_report(db, 'calls', %r, date.today() - timedelta(days=364), date.today(), 'fa', 'jalali')\n"
        "print(r.rows, r.seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, r.split_text())\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "year.xlsx")
        result = subprocess.run([sys.executable, "-c", code % (str(ROOT), str(path), out)], capture_output=True,
                                text=True, check=True)  # fmt: skip
        rows, seconds, peak_kb, *split = result.stdout.split(maxsplit=3)
    print(f"export calls, a year (fa/jalali): {int(rows):,} rows in {float(seconds) / 60:.1f} min, peak memory "
          f"{int(peak_kb) / 1024:.0f} MB; sheets: {split[0] if split else 'one'}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a demo database (main.py --db X demo --customers 1000000)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--rows", type=int, default=100_000, help="calls in the export comparison")
    parser.add_argument("--year", action="store_true", help="also export a year of calls (long) in a child process")
    parser.add_argument("--recompute", action="store_true", help="time the value snapshot's recomputation too")
    parser.add_argument("--only", default="", help="comma list: dashboard,value,staffing,start,export")
    args = parser.parse_args()
    parts = set(filter(None, args.only.split(","))) or {"dashboard", "value", "staffing", "start", "export"}
    with working_copy(args.db) as path:
        db = open_database(path)
        with db.sessions() as session:
            customers, calls = (
                session.scalar(select(func.count(Customer.id))),
                session.scalar(select(func.count(Call.id))),
            )
        print(f"database: {customers:,} customers, {calls:,} calls\n")
        ok = True
        if "dashboard" in parts:
            ok &= bench_dashboard(db, args.runs)
        if "value" in parts:
            ok &= bench_value(db, args.runs, args.recompute)
        if "staffing" in parts:
            ok &= bench_staffing(db, args.runs)
        if "start" in parts:
            ok &= bench_start(path, max(3, args.runs // 2))
        if "export" in parts:
            ok &= bench_export(db, path, args.rows)
        if args.year:
            bench_year(path)
        db.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
