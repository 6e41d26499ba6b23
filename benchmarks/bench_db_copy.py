"""`db copy` of the 1M-customer demo into PostgreSQL: minutes and rows/s, in total and per big table.

    python benchmarks/bench_db_copy.py --db /work/bench/bench1m-main.db \
        --to postgresql+psycopg://tamas:tamas@127.0.0.1:5432/tamas_copy_bench [--back /tmp/back.db] [--keep]

Works on a private copy of --db (`benchlib.working_copy`), migrated to the newest schema first (the
database given is never changed); the target must be an empty PostgreSQL database, and its schema is
dropped again at the end unless --keep. `--back FILE` also times the way back (PostgreSQL → a new
SQLite file, the laptop backup), then deletes the file. Prints each table's rows, seconds and rows/s
(tables of 100,000 rows or more), the total, and the row-count check.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchlib import working_copy  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from app.db import open_database  # noqa: E402
from app.dbcopy.copy import FINISH, CopyReport, copy_database  # noqa: E402
from app.dbcopy.endpoints import shown  # noqa: E402
from app.progress import TextProgressBar  # noqa: E402

BIG = 100_000


def drop_schema(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def print_report(title: str, report: CopyReport) -> None:
    print(f"\n{title}: {report.source} -> {report.target}")
    print(f"{'table':<24} {'rows':>12} {'seconds':>9} {'rows/s':>10}")
    for count in report.tables:
        if count.source >= BIG:
            rate = count.source / count.seconds if count.seconds else 0.0
            print(f"{count.table:<24} {count.source:>12,} {count.seconds:>9.1f} {rate:>10,.0f}")
    small = [c for c in report.tables if c.source < BIG]
    print(f"{f'{len(small)} smaller tables':<24} {sum(c.source for c in small):>12,} "
          f"{sum(c.seconds for c in small):>9.1f}")  # fmt: skip
    print(f"{FINISH:<24} {'':>12} {report.finish_seconds:>9.1f}")
    rate = report.rows / report.seconds
    verdict = "match" if report.ok else "DIFFER"
    print(f"{'total':<24} {report.rows:>12,} {report.seconds:>9.1f} {rate:>10,.0f}   "
          f"= {report.seconds / 60:.1f} min; row counts {verdict} in all {len(report.tables)} tables")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the SQLite demo to copy (never changed)")
    parser.add_argument("--to", required=True, help="an empty PostgreSQL database URL")
    parser.add_argument("--back", help="also copy back from the server into this new SQLite file (deleted after)")
    parser.add_argument("--keep", action="store_true", help="leave the copied data on the server")
    args = parser.parse_args()
    with working_copy(args.db) as copy:
        began = time.perf_counter()
        open_database(copy).dispose()  # `db upgrade` on the working copy
        print(f"working copy migrated to the newest schema in {time.perf_counter() - began:.0f} s")
        try:
            report = copy_database(str(copy), args.to, TextProgressBar())
            print_report("SQLite -> PostgreSQL", report)
            if args.back:
                back = copy_database(args.to, args.back, TextProgressBar())
                print_report("PostgreSQL -> SQLite", back)
                for suffix in ("", "-wal", "-shm"):
                    Path(args.back + suffix).unlink(missing_ok=True)
        finally:
            if not args.keep:
                drop_schema(args.to)
                print(f"schema of {shown(args.to)} dropped again")
    return 0


if __name__ == "__main__":
    sys.exit(main())
