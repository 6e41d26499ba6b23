"""`main.py export campaign --campaign ID --out F.xlsx [--lang en|fa|ar] [--calendar ...]`."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app import errors
from app.calendar import CALENDARS, GREGORIAN, JALALI
from app.db import Database
from app.progress import TextProgressBar
from app.reports.cli import ReportArgumentParser, run_export
from app.reports.export import ExportResult
from app.reports.i18n import LANGUAGES


def export_campaign_main(argv: Sequence[str], db: Database, actor: str = "") -> int:
    """Exit codes as the other exports: 0 done, 2 bad arguments or no such campaign, 1 database or file failed,
    130 cancelled."""
    parser = ReportArgumentParser(prog="export campaign", description="Write a campaign's results as a workbook.")
    parser.add_argument("report", choices=["campaign"])
    parser.add_argument("--campaign", type=int, required=True, help="the campaign's number (its ID)")
    parser.add_argument("--out", required=True, help="the .xlsx file to write")
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--calendar", choices=CALENDARS, help="date column calendar (default: jalali for fa)")
    try:
        args = parser.parse_args(list(argv))
        if not args.out.lower().endswith(".xlsx"):
            raise ValueError(f"--out must name an .xlsx file, not {args.out!r}")
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    from app.campaigns.report import export_campaign

    calendar = args.calendar or (JALALI if args.lang == "fa" else GREGORIAN)

    def write() -> ExportResult:
        return export_campaign(db, args.campaign, args.out, args.lang, calendar, TextProgressBar(), actor=actor)

    try:
        result, code = run_export(write, args.out)
    except errors.NotFound:
        print(f"error: there is no campaign {args.campaign}; see the Campaigns tab for the numbers", file=sys.stderr)
        return 2
    if result is None:
        return code
    print(f"campaign {args.campaign}: {result.rows:,} attempts in {result.path} ({result.seconds:.1f} s)")
    return 0
