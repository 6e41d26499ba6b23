"""`python main.py db copy --from SOURCE --to TARGET`: the command line around `copy_database`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.dbcopy.copy import CopyReport

EXIT_FAILED = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL",
                        help="the database to copy (never changed): a Tamas file or a server URL")  # fmt: skip
    parser.add_argument("--to", dest="target", required=True, metavar="PATH_OR_URL",
                        help="a new file or an empty server database (created at the newest schema)")  # fmt: skip


def copy_main(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    from app.dbcopy.copy import copy_database
    from app.dbcopy.endpoints import CopyError
    from app.progress import TextProgressBar

    out, err = out or sys.stdout, err or sys.stderr
    try:
        report = copy_database(args.source, args.target, TextProgressBar(err))
    except CopyError as error:
        print(f"error: {error}", file=err)
        return EXIT_FAILED
    print_report(report, out)
    wrong = [count for count in report.tables if not count.ok]
    if wrong:
        first = wrong[0]
        print(f"error: row counts differ in {first.table} (source {first.source:,}, target {first.target:,}); "
              "the target is not a faithful copy, do not use it.", file=err)  # fmt: skip
        return EXIT_FAILED
    return 0


def print_report(report: CopyReport, out: TextIO) -> None:
    print(f"{'table':<24} {'source rows':>12} {'target rows':>12} {'seconds':>8}  check", file=out)
    for count in report.tables:
        verdict = "ok" if count.ok else "DIFFERENT"
        print(f"{count.table:<24} {count.source:>12,} {count.target:>12,} {count.seconds:>8.1f}  {verdict}", file=out)
    print(f"{'(indexes, keys, sequences)':<24} {'':>12} {'':>12} {report.finish_seconds:>8.1f}", file=out)
    rate = report.rows / report.seconds if report.seconds else 0.0
    print(f"copied {report.rows:,} rows of {len(report.tables)} tables from {report.source} to {report.target} "
          f"in {report.seconds / 60:.1f} min ({rate:,.0f} rows/s); row counts "
          f"{'match' if report.ok else 'DIFFER'}", file=out)  # fmt: skip
