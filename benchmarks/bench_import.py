"""Import benchmark: 100,000 customers from CSV and from XLSX into a copy of the 1M-customer database.

    python benchmarks/bench_import.py --db /work/bench/import/bench1m-copy.db [--rows 100000] [--skip-duplicates]

Writes the two files (10% of rows share a phone with an existing customer, so duplicate checking
does real work), times reading (python-calamine against openpyxl's read-only mode) and the import
with duplicate checking on, then undoes each import so the database is left as it was found.
Run it on a COPY: it writes to the database it is given. Each import runs in a process of its own, as
`main.py import customers` would, so the peak memory printed (max RSS) is the import's and not the
benchmark's file generation. `--drop-caches` (root on Linux) empties the page cache before each import,
to time a cold start.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from app.db import Database, open_database  # noqa: E402
from app.importing.mapping import guess_mapping  # noqa: E402
from app.importing.read import read_table  # noqa: E402
from app.importing.service import ImportOptions, run_import  # noqa: E402
from app.importing.undo import undo_import  # noqa: E402
from app.importing.xlsx_reader import read_xlsx_calamine, read_xlsx_openpyxl  # noqa: E402
from app.models import Customer, Phone  # noqa: E402

HEADERS = ["نام", "نام خانوادگی", "موبایل", "تلفن", "ایمیل", "شهر", "تماس نگیرید"]
FIRST = ["علی", "محمد", "زهرا", "فاطمه", "رضا", "مریم", "حسین", "سارا", "مهدی", "نرگس"]
LAST = ["احمدی", "کریمی", "رضایی", "موسوی", "حسینی", "جعفری", "صادقی", "نوری"]
CITIES = ["تهران", "شیراز", "مشهد", "اصفهان", "تبریز"]


def make_rows(n: int, existing: list[str], seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        mobile = rng.choice(existing) if rng.random() < 0.1 else f"0990{i:07d}"
        email = f"imp{i}@example.com" if rng.random() < 0.5 else ""
        rows.append([rng.choice(FIRST), rng.choice(LAST), mobile, f"021{rng.randrange(10**7, 10**8)}", email,
                     rng.choice(CITIES), rng.choice(["", "بله", "خیر"])])  # fmt: skip
    return rows


def write_files(folder: Path, rows: list[list[str]]) -> tuple[Path, Path]:
    csv_path, xlsx_path = folder / "customers.csv", folder / "customers.xlsx"
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("customers")
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(xlsx_path)
    return csv_path, xlsx_path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_duplicates(db: Database) -> int:
    from app.duplicates.finder import find_duplicates

    started = time.perf_counter()
    phases: list[str] = []

    def progress(done: int, total: int, label: str) -> bool:
        if not phases or not phases[-1].startswith(label + " at"):
            phases.append(f"{label} at {time.perf_counter() - started:.1f} s")
        return True

    groups = find_duplicates(db, progress)
    seconds = time.perf_counter() - started
    by_reason: dict[str, int] = {}
    for group in groups:
        by_reason[group.reason] = by_reason.get(group.reason, 0) + 1
    print(f"find duplicates: {len(groups):,} groups in {seconds:.1f} s; peak memory {peak_mb():.0f} MB")
    print("  " + "; ".join(phases))
    print("  " + ", ".join(f"{reason}: {n:,}" for reason, n in sorted(by_reason.items())))
    db.dispose()
    return 0


def import_one(db_path: str, path: Path) -> int:
    """The child process: read, import with duplicate checking, undo; one JSON line on stdout."""
    db = open_database(db_path)
    started, cpu_started = time.perf_counter(), time.process_time()
    table = read_table(path)
    result = run_import(db, table, guess_mapping(table.headers), ImportOptions(actor="bench"))
    seconds, cpu, peak = time.perf_counter() - started, time.process_time() - cpu_started, peak_mb()
    assert result.batch_id is not None
    started = time.perf_counter()
    undo_import(db, result.batch_id, "bench")
    print(json.dumps({"rows": table.row_count, "seconds": seconds, "cpu": cpu, "peak_mb": peak,
                      "undo": time.perf_counter() - started, "created": result.created, "merged": result.merged,
                      "rejected": result.rejected}))  # fmt: skip
    db.dispose()
    return 0


def drop_page_cache() -> None:
    os.sync()
    with open("/proc/sys/vm/drop_caches", "w") as handle:
        handle.write("3\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="a COPY of the benchmark database (it is written, then undone)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--duplicates", action="store_true", help="time only the duplicate finder over the database")
    parser.add_argument("--drop-caches", action="store_true", help="empty the page cache before each import (root)")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # the child process importing one file
    args = parser.parse_args()
    if args.one:
        return import_one(args.db, args.one)
    db = open_database(args.db)
    if args.duplicates:
        return bench_duplicates(db)
    with db.sessions() as s:
        customers_before = s.scalar(select(func.count(Customer.id)))
        existing = list(s.scalars(select(Phone.raw).where(Phone.number.like("+989%")).limit(5000)))
    print(f"database: {customers_before:,} customers")
    with tempfile.TemporaryDirectory() as folder:
        csv_path, xlsx_path = write_files(Path(folder), make_rows(args.rows, existing, args.seed))
        for label, path in (("CSV", csv_path), ("XLSX", xlsx_path)):
            if args.drop_caches:
                drop_page_cache()
            child = [sys.executable, __file__, "--db", args.db, "--one", str(path)]
            run = json.loads(subprocess.run(child, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
            rows, seconds, cpu = run["rows"], run["seconds"], run["cpu"]
            # CPU seconds of this process too: on a shared, busy machine wall time mostly measures the queue.
            print(f"import {label}{' (cold page cache)' if args.drop_caches else ''}: {rows:,} rows in {seconds:.1f} s "
                  f"= {rows / seconds:,.0f} rows/s (CPU {cpu:.1f} s = {rows / cpu:,.0f} rows per CPU second) "
                  f"(created {run['created']:,}, merged {run['merged']:,}, rejected {run['rejected']:,}); "
                  f"peak memory {run['peak_mb']:.0f} MB")  # fmt: skip
            print(f"  undo: {run['undo']:.1f} s")
        for name, reader in (("calamine", read_xlsx_calamine), ("openpyxl read-only", read_xlsx_openpyxl)):
            started = time.perf_counter()
            table = reader(xlsx_path)
            seconds = time.perf_counter() - started
            print(f"read xlsx with {name}: {seconds:.2f} s ({table.row_count / seconds:,.0f} rows/s)")
    with db.sessions() as s:
        assert s.scalar(select(func.count(Customer.id))) == customers_before
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
