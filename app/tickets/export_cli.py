"""`main.py export tickets --out F.xlsx [--from DATE] [--to DATE] [--lang en|fa|ar] [--calendar ...]`."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.calendar import CALENDARS, GREGORIAN, JALALI
from app.db import Database, open_database
from app.progress import TextProgressBar
from app.reports.cli import ReportArgumentParser, report_day, report_period, run_export
from app.reports.i18n import LANGUAGES


def export_tickets_main(argv: Sequence[str], database: str, db: Database | None = None, actor: str = "") -> int:
    """Exit codes as the other exports: 0 done, 2 bad arguments, 1 database or file failed, 130 cancelled."""
    parser = ReportArgumentParser(prog="export tickets", description="Write the tickets report as an Excel workbook.")
    parser.add_argument("report", choices=["tickets"])
    parser.add_argument("--out", required=True, help="the .xlsx file to write")
    parser.add_argument(
        "--from", dest="date_from", type=report_day, help="first day, Gregorian or Jalali (default: 30 days ago)"
    )
    parser.add_argument("--to", dest="date_to", type=report_day, help="last day, Gregorian or Jalali (default: today)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--calendar", choices=CALENDARS, help="date column calendar (default: jalali for fa)")
    parser.add_argument("--force", action="store_true", help="replace --out if it already exists")
    try:
        args = parser.parse_args(list(argv))
        if not args.out.lower().endswith(".xlsx"):
            raise ValueError(f"--out must name an .xlsx file, not {args.out!r}")
        date_from, date_to = report_period(args.date_from, args.date_to)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    from app.tickets.report import export_tickets

    calendar = args.calendar or (JALALI if args.lang == "fa" else GREGORIAN)
    result, code = run_export(
        lambda: export_tickets(db or open_database(database), args.out, date_from, date_to, args.lang, calendar,
                               TextProgressBar(), overwrite=args.force, actor=actor),
        args.out,
    )  # fmt: skip
    if result is None:
        return code
    print(f"tickets: {result.rows:,} rows in {result.path} ({result.seconds:.1f} s)")
    return 0
