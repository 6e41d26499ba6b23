"""`tamas export REPORT --out FILE.xlsx|FILE.csv [--csv] [--from DATE] [--to DATE] [--lang en|fa|ar]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from app.auth import PermissionDenied
from app.calendar import CALENDARS, GREGORIAN, JALALI, parse_user_date
from app.cli_args import CommandLineParser
from app.db import Database, DatabaseOpenError
from app.progress import Cancelled, TextProgressBar
from app.reports.export import REPORTS, export_report
from app.reports.i18n import LANGUAGES

DEFAULT_DAYS = 30


class ReportArgumentParser(CommandLineParser):
    """An argument parser whose mistakes come back as ValueError (CommandLineError), printed as one `error:` line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, raising=True, **kwargs)


def report_day(text: str) -> date:
    """--from/--to: a Gregorian or Jalali day (see app.calendar.parse_user_date)."""

    try:
        return parse_user_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def report_period(first: date | None, last: date | None) -> tuple[date, date]:
    """The period a report covers: the last DEFAULT_DAYS days unless given; ValueError when it ends before it starts."""
    date_to = last or date.today()
    date_from = first or date_to - timedelta(days=DEFAULT_DAYS - 1)
    if date_to < date_from:
        raise ValueError(f"the period ends ({date_to}) before it starts ({date_from})")
    return date_from, date_to


def run_export(write: Callable[[], Any], out: str) -> tuple[Any, int]:
    """Run an export; (its result, 0), or (None, exit code) after one `error:` line: 1 the database or the
    file failed, 130 cancelled."""
    try:
        return write(), 0
    except (DatabaseOpenError, PermissionDenied) as error:
        print(f"error: {error}", file=sys.stderr)
        return None, 1
    except OSError as error:
        print(f"error: cannot write {error.filename or out}: {error.strerror or error}", file=sys.stderr)
        return None, 1
    except Cancelled:
        print("error: export cancelled; nothing was written", file=sys.stderr)
        return None, 130


def build_parser() -> argparse.ArgumentParser:
    parser = ReportArgumentParser(prog="export", description="Write a report as an Excel workbook.")
    parser.add_argument("report", choices=REPORTS)
    parser.add_argument("--out", required=True, help="the .xlsx file to write (.csv with --csv)")
    parser.add_argument(
        "--csv", action="store_true",
        help="write the report's rows as one CSV file (no sheet limit) instead of a workbook; more than "
        "1,048,576 rows in a workbook continue on further sheets",
    )  # fmt: skip
    parser.add_argument(
        "--from",
        dest="date_from",
        type=report_day,
        help="first day, Gregorian YYYY-MM-DD or Jalali 1405-09-01 / 1405/09/01 (default: 30 days ago)",
    )
    parser.add_argument(
        "--to", dest="date_to", type=report_day, help="last day, Gregorian or Jalali like --from (default: today)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--calendar", choices=CALENDARS, help="date column calendar (default: jalali for fa)")
    parser.add_argument("--force", action="store_true", help="replace --out if it already exists")
    return parser


def export_main(argv: Sequence[str], db: Database | None = None, database: str | None = None, actor: str = "") -> int:
    """Run the export; `db` (already open) or `database` (a path or URL) says where the data is.

    Exit codes: 0 done, 2 bad arguments, 1 the database or the file failed, 130 cancelled.
    """
    try:
        args = build_parser().parse_args(list(argv))
        extension = ".csv" if args.csv else ".xlsx"
        if not args.out.lower().endswith(extension):
            raise ValueError(f"--out must name a {extension} file, not {args.out!r}")
        date_from, date_to = report_period(args.date_from, args.date_to)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    calendar = args.calendar or (JALALI if args.lang == "fa" else GREGORIAN)

    def write() -> Any:
        from app.db import open_database

        opened = db if db is not None else open_database(database or "tamas.db")
        return export_report(opened, args.report, args.out, date_from, date_to, args.lang, calendar,
                             TextProgressBar(), as_csv=args.csv, overwrite=args.force, actor=actor)  # fmt: skip

    result, code = run_export(write, args.out)
    if result is None:
        return code
    print(f"{result.report}: {result.rows:,} rows in {result.path} ({result.seconds:.1f} s)")
    if result.split_text():
        print(f"rows per sheet (Excel holds 1,048,576 a sheet): {result.split_text()}")
    return 0
