"""Import benchmark: 100,000 customers from CSV and from XLSX into a copy of the 1M-customer database.

    python benchmarks/bench_import.py --db /work/bench/import/bench1m-copy.db [--rows 100000] [--skip-duplicates]

Writes the two files (10% of rows share a phone with an existing customer, so duplicate checking
does real work), times reading (python-calamine against openpyxl's read-only mode) and the import
with duplicate checking on, then undoes each import so the database is left as it was found.
Run it on a COPY: it writes to the database it is given. Prints peak memory (max RSS).
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="a COPY of the benchmark database (it is written, then undone)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--duplicates", action="store_true", help="time only the duplicate finder over the database")
    args = parser.parse_args()
    db = open_database(args.db)
    if args.duplicates:
        return bench_duplicates(db)
    with db.sessions() as s:
        customers_before = s.scalar(select(func.count(Customer.id)))
        existing = list(s.scalars(select(Phone.raw).where(Phone.number.like("+989%")).limit(5000)))
    print(f"database: {customers_before:,} customers")
    rows = make_rows(args.rows, existing, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        csv_path, xlsx_path = write_files(Path(folder), rows)
        for label, path in (("CSV", csv_path), ("XLSX", xlsx_path)):
            started, cpu_started = time.perf_counter(), time.process_time()
            table = read_table(path)
            result = run_import(db, table, guess_mapping(table.headers), ImportOptions(actor="bench"))
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            rate = len(table.rows) / seconds
            # CPU seconds of this process too: on a shared, busy machine wall time mostly measures the queue.
            print(f"import {label}: {len(table.rows):,} rows in {seconds:.1f} s = {rate:,.0f} rows/s "
                  f"(CPU {cpu:.1f} s = {len(table.rows) / cpu:,.0f} rows per CPU second) "
                  f"(created {result.created:,}, merged {result.merged:,}, rejected {result.rejected:,}); "
                  f"peak memory {peak_mb():.0f} MB")  # fmt: skip
            started = time.perf_counter()
            assert result.batch_id is not None
            undo_import(db, result.batch_id, "bench")
            print(f"  undo: {time.perf_counter() - started:.1f} s")
        for name, reader in (("calamine", read_xlsx_calamine), ("openpyxl read-only", read_xlsx_openpyxl)):
            started = time.perf_counter()
            table = reader(xlsx_path)
            seconds = time.perf_counter() - started
            print(f"read xlsx with {name}: {seconds:.2f} s ({len(table.rows) / seconds:,.0f} rows/s)")
    with db.sessions() as s:
        assert s.scalar(select(func.count(Customer.id))) == customers_before
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
