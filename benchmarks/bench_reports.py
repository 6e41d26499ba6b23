"""Benchmark the dashboard KPIs and the `calls` export against plain openpyxl.

    python benchmarks/bench_reports.py --db /tmp/bench1m.db [--rows 100000] [--memory]

Targets: KPIs for a month and for a year <= 1 s each; the export of --rows calls <= 1.3x the time
raw openpyxl write-only needs to write the same rows; --memory also exports 1,000,000 calls in a
child process and reports its peak memory (target < 400 MB). The database is only read.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from app.analytics import rollup  # noqa: E402
from app.analytics.dashboard import load_dashboard  # noqa: E402
from app.calendar import jalali_text  # noqa: E402
from app.db import Database, open_database  # noqa: E402
from app.models import Call  # noqa: E402
from app.reports.call_reports import call_rows_query  # noqa: E402
from app.reports.export import export_report  # noqa: E402
from app.reports.workbook import ReportJob  # noqa: E402


def _newest(db: Database) -> datetime:
    with db.sessions() as session:
        return session.scalar(select(func.max(Call.started_at))) or datetime.now()


def _first_day_for(db: Database, rows: int, end: datetime) -> datetime:
    """The start of the day from which the period up to `end` holds at least `rows` calls."""
    query = select(Call.started_at).order_by(Call.started_at.desc()).offset(rows - 1).limit(1)
    with db.sessions() as session:
        moment = session.scalar(query) or end
    return datetime.combine(moment.date(), datetime.min.time())


def bench_dashboard(db: Database, end: datetime) -> None:
    """The whole dashboard (KPIs, per-day, heat map, reasons, agents), as the screen loads it."""
    began = time.perf_counter()
    rolled = rollup.warm(db, 400)
    print(f"daily rollups: {rolled} days computed in {time.perf_counter() - began:.1f} s "
          "(once; afterwards only days touched by changes, and today, are read live)")  # fmt: skip
    last = end.date() - timedelta(days=1)
    for label, days in (("month", 30), ("year", 365)):
        first = last - timedelta(days=days - 1)
        timings = []
        for _ in range(3):
            began = time.perf_counter()
            data = load_dashboard(db, first, last, date.today())
            timings.append(time.perf_counter() - began)
        verdict = "ok" if min(timings) <= 1.0 else "SLOW"
        print(f"dashboard {label:5}: {data.summary.totals.offered:>9,} offered  first {timings[0]:.3f} s  "
              f"best {min(timings):.3f} s  (target <= 1 s: {verdict})")  # fmt: skip


def raw_openpyxl(db: Database, start: datetime, end: datetime, out: Path, jalali: bool) -> tuple[int, float]:
    """The same rows from the same query, appended as plain values to a write-only workbook
    (with the same Jalali text beside the start time when the export writes one)."""
    began = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Calls")
    job = ReportJob(db, wb, start, end, "en", "gregorian", lambda done, total, label: True)
    count = 0
    for row in job.stream(call_rows_query(job)):
        ws.append((row[0], row[1], jalali_text(row[1]), *row[2:]) if jalali else tuple(row))
        count += 1
    wb.save(out)
    return count, time.perf_counter() - began


def bench_export(db: Database, end: datetime, rows: int, folder: Path, lang: str, calendar: str) -> None:
    """Best of 3 each; raw openpyxl writes the same cell values, Jalali text column included."""
    start = _first_day_for(db, rows, end)
    last_day = (end - timedelta(seconds=1)).date()
    raws, ours = [], []
    for _ in range(3):
        count, seconds = raw_openpyxl(db, start, end, folder / "raw.xlsx", calendar == "jalali")
        raws.append(seconds)
        began = time.perf_counter()
        result = export_report(db, "calls", folder / "calls.xlsx", start.date(), last_day, lang, calendar)
        ours.append(time.perf_counter() - began)
    ratio = min(ours) / min(raws)
    verdict = "ok" if ratio <= 1.3 else "SLOW"
    print(f"export calls {lang}/{calendar}: {result.rows:,} rows (raw {count:,})  tamas {min(ours):.2f} s  "
          f"raw openpyxl {min(raws):.2f} s  ratio {ratio:.2f}  (target <= 1.3: {verdict})")  # fmt: skip


def bench_memory(db_path: str, end: datetime, folder: Path) -> None:
    code = (
        "import resource, sys, time; sys.path.insert(0, %r)\n"
        "from datetime import date\n"
        "from app.db import open_database\n"
        "from app.reports.export import export_report\n"
        "db = open_database(%r)\n"
        "t = time.perf_counter()\n"
        "r = export_report(db, 'calls', %r, date.fromisoformat(%r), date.fromisoformat(%r), 'fa', 'jalali')\n"
        "print(r.rows, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    db = open_database(db_path)
    start = _first_day_for(db, 1_000_000, end)
    db.dispose()
    last_day = (end - timedelta(seconds=1)).date()
    args = (str(Path(__file__).resolve().parents[1]), db_path, str(folder / "million.xlsx"),
            start.date().isoformat(), last_day.isoformat())  # fmt: skip
    output = subprocess.run([sys.executable, "-c", code % args], capture_output=True, text=True, check=True).stdout
    rows, seconds, peak_kb = output.split()
    peak = int(peak_kb) / 1024
    print(f"export calls: {int(rows):,} rows in {float(seconds):.0f} s, peak memory {peak:.0f} MB "
          f"(target < 400 MB: {'ok' if peak < 400 else 'HIGH'})")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a Tamas database with demo data (migrated; rollups added)")
    parser.add_argument("--rows", type=int, default=100_000, help="calls to export (default 100000)")
    parser.add_argument("--memory", action="store_true", help="also export 1,000,000 calls and report peak memory")
    args = parser.parse_args()
    db = open_database(args.db)  # migrated: the dashboard needs the rollup tables
    end = datetime.combine(_newest(db).date() + timedelta(days=1), datetime.min.time())
    bench_dashboard(db, end)
    with tempfile.TemporaryDirectory() as folder:
        bench_export(db, end, args.rows, Path(folder), "en", "gregorian")
        bench_export(db, end, args.rows, Path(folder), "fa", "jalali")
        if args.memory:
            bench_memory(args.db, end, Path(folder))
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
