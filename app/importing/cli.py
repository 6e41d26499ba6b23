"""`main.py import customers FILE ...`: the wizard's import without a window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.db import Database
from app.importing.modes import MODES, ON_DUPLICATE

# The parser is built for every command: the readers (charset-normalizer, calamine) load only for an import.


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=["customers"], help="what to import")
    parser.add_argument("file", help="CSV, Excel (.xlsx) or contacts (.vcf) file")
    parser.add_argument("--sheet", help="Excel sheet name (default: the first)")
    parser.add_argument("--mapping", help='JSON file {"column header": "field"} (default: guessed from headers)')
    parser.add_argument("--mode", choices=MODES, default="create", help="create (default), update by id, or upsert")
    parser.add_argument("--on-duplicate", choices=ON_DUPLICATE, default="merge", help="default: merge")
    parser.add_argument("--encoding", help="text encoding of a CSV file (default: detected)")
    parser.add_argument("--dry-run", action="store_true", help="check and count everything, save nothing")
    parser.add_argument("--errors", metavar="OUT.csv", help="write the rejected rows with a reason column here")


def import_main(args: argparse.Namespace, db: Database) -> int:
    from app.importing.mapping import guess_mapping, load_mapping
    from app.importing.read import read_table
    from app.importing.rejected import write_rejected
    from app.importing.service import ImportOptions, run_import
    from app.importing.table import ImportFileError
    from app.progress import Cancelled, TextProgressBar

    try:
        table = read_table(args.file, args.sheet, args.encoding)
        mapping = load_mapping(args.mapping, table.headers) if args.mapping else guess_mapping(table.headers)
    except (ImportFileError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if not any(f in mapping for f in ("name", "first_name", "last_name", "phone", "phone_mobile", "id")):
        print("error: no column looks like a name or a phone: give a --mapping file", file=sys.stderr)
        return 1
    actor = getattr(args, "actor", "") or "cli"  # main.py sets the signed-in user
    options = ImportOptions(args.mode, args.on_duplicate, actor, Path(args.file).name, args.dry_run)
    from app.auth import PermissionDenied

    try:
        result = run_import(db, table, mapping, options, TextProgressBar())
    except PermissionDenied as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except Cancelled:
        print("error: cancelled; nothing was saved", file=sys.stderr)
        return 1
    for problem in result.problems[:20]:
        print(f"row {problem.row_number}: {problem.reason}", file=sys.stderr)
    if len(result.problems) > 20:
        print(f"... and {len(result.problems) - 20} more rows with problems", file=sys.stderr)
    if args.errors:
        write_rejected(args.errors, table.headers, result.problems)
    verb = "would import" if args.dry_run else f"import {result.batch_id}:"
    counts = f"{result.created} created, {result.updated} updated, {result.merged} merged, {result.skipped} skipped"
    print(f"{verb} {counts}, {result.rejected} rejected ({table.row_count} rows in {result.seconds:.1f} s)")
    return 0
