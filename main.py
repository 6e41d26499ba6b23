"""Tamas: start the desktop app, or run a command-line task (`python main.py --help`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

EXIT_USAGE = 2
EXIT_FAILED = 1


def default_database() -> Path:
    """tamas.db in the user's data folder (Qt's AppDataLocation), as the GUI uses."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName("Tamas")
    QCoreApplication.setApplicationName("Tamas")
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "tamas.db"


def _iso_date(text: str) -> date:
    from app.calendar import parse_user_date

    try:
        return parse_user_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    from app.cli_args import CommandLineParser

    parser = CommandLineParser(  # every mistake, in any subcommand, is one `error:` line
        prog="main.py",
        description="Tamas, a desktop CRM for call centers. Without a command, the app's window opens.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: tamas.db in the user's data folder)",
    )
    parser.add_argument("--lang", choices=["en", "fa", "ar"], help="interface language (default: the saved choice)")
    parser.add_argument(
        "--user", metavar="NAME",
        help="act as this Tamas user (needed once the database has user accounts); the password is asked for, "
        "or read from TAMAS_PASSWORD",
    )  # fmt: skip
    # For tests and the README screenshot: quit after N ms, or render the main window to a PNG and quit.
    parser.add_argument("--exit-after", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--screenshot", default="", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the database with realistic demo customers and calls")
    demo.add_argument("--customers", type=int, default=5000, help="how many customers (default 5000)")
    demo.add_argument("--days", type=int, default=365, help="days of call history up to today (default 365)")
    demo.add_argument("--seed", type=int, default=7, help="random seed: same seed, same data (default 7)")
    demo.add_argument("--end", type=_iso_date, help="last day of the history, YYYY-MM-DD (default: today)")

    demo.add_argument("--orders-share", type=float, default=0.35, help="share of customers with orders (default 0.35)")

    # These two parse their own options (so bad input still gives one `error:` line): pass everything through.
    erlang = commands.add_parser(
        "erlang", help="agents needed for one interval (Erlang C); see `erlang --help`", add_help=False,
        prefix_chars="\0",
    )  # fmt: skip
    erlang.add_argument("rest", nargs=argparse.REMAINDER)
    export = commands.add_parser(
        "export", help="write a report as an Excel workbook (calls, customers, kpis, rfm, staffing, tickets, campaign)",
        add_help=False, prefix_chars="\0",
    )  # fmt: skip
    export.add_argument("rest", nargs=argparse.REMAINDER)

    from app.importing.cli import add_arguments as import_arguments

    import_arguments(commands.add_parser("import", help="import customers from CSV, Excel or vCard"))

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="create the database or migrate it to the newest schema")
    from app.backup.cli import add_commands as backup_commands

    backup_commands(commands)  # backup --out FILE, restore FILE [--yes]
    from app.dbcopy.cli import add_arguments as copy_arguments

    copy_arguments(db_commands.add_parser("copy", help="copy a whole database into a new file or empty server"))

    decode = commands.add_parser("decode-cid", help="decode a caller-ID capture: one JSON object per call on stdout")
    decode.add_argument("file", help="capture file (text, or binary for raw MDMF)")
    decode.add_argument(
        "--format", default="auto", choices=["auto", "modem", "ncid", "whozz", "yasna", "mdmf"],
        help="device format (default: detect)",
    )  # fmt: skip
    return parser


def _url(args: argparse.Namespace) -> str:
    from app.db import resolve_url

    return resolve_url(args.db or default_database())


def _open(args: argparse.Namespace):  # noqa: ANN202 - returns app.db.Database
    from app.backup.cli import health_check
    from app.db import open_database

    health_check(_url(args))  # quick_check before a command writes: a damaged file is refused, untouched
    # Only the data folder's default file, `demo` and `db upgrade` may create a database: a mistyped --db may not.
    return open_database(_url(args), create=args.db is None or args.command in ("demo", "db"))


def _authorize(args: argparse.Namespace, permission: str, *, damaged_ok: bool = False, url: str = "") -> None:
    """Sign in (`--user`) and require `permission` on the database the command copies or replaces.

    A database that cannot be opened has no accounts to ask: a restore (`damaged_ok`) is how it is
    repaired, so it goes on (the damaged file is kept aside); a backup of it fails later with its reason.
    """
    from sqlalchemy.exc import DBAPIError

    from app.auth import require
    from app.db import DatabaseOpenError, open_database

    try:
        db = open_database(url or _url(args), migrate=False)
    except DatabaseOpenError:
        if damaged_ok:
            return
        raise
    try:
        actor = _signed_in(args, db)
        try:
            require(db, actor, permission)
        except DBAPIError:  # an older or damaged file that cannot answer: only a restore goes on
            if not damaged_ok:
                raise
    finally:
        db.dispose()


def run_backup(args: argparse.Namespace) -> int:
    from app.backup.auto import database_file
    from app.backup.cli import backup_main
    from app.backup.postgres import find_pg_dump

    url = _url(args)
    if database_file(url) is not None or find_pg_dump() is not None:  # without pg_dump: say so before signing in
        _authorize(args, "backup")
    return backup_main(args, url)


def run_restore(args: argparse.Namespace) -> int:
    from app.backup.cli import restore_main

    _authorize(args, "restore", damaged_ok=True)
    return restore_main(args, _url(args))


def _signed_in(args: argparse.Namespace, db) -> str:  # noqa: ANN001 - db: app.db.Database
    """The acting user: `--user` and its password once the database has accounts (app/auth/cli.py)."""
    import os

    from app.auth.cli import command_line_actor

    return command_line_actor(db, args.user, os.environ)


def run_demo(args: argparse.Namespace) -> int:
    from app.demo import DemoOptions, generate_demo
    from app.progress import TextProgressBar

    if args.customers < 0 or args.days < 1:
        print("error: --customers must be 0 or more and --days 1 or more", file=sys.stderr)
        return EXIT_USAGE
    if not 0 <= args.orders_share <= 1:
        print("error: --orders-share must be between 0 and 1", file=sys.stderr)
        return EXIT_USAGE
    db = _open(args)
    from app.auth import require

    actor = _signed_in(args, db)
    require(db, actor, "import")  # demo data into a database with accounts: a supervisor or owner
    stats = generate_demo(db, DemoOptions(args.customers, args.days, args.seed, args.end), TextProgressBar())
    from app.demo_orders import generate_orders

    orders = generate_orders(db, args.seed, args.orders_share, TextProgressBar())
    from app.analytics.rollup import warm

    warm(db, args.days + 1, progress=TextProgressBar())  # so the first dashboard of the demo is instant
    from app.tickets.demo import generate_tickets

    tickets = generate_tickets(db, args.seed, progress=TextProgressBar()).tickets
    from app.auth.demo_accounts import create_demo_accounts
    from app.campaigns.demo import generate_campaigns
    from app.db_label import safe_url

    generate_campaigns(db, args.seed, args.end, actor=actor)  # two finished campaigns and one running
    print(f"demo data: {stats.customers:,} customers, {stats.phones:,} phones, {stats.calls:,} calls, "
          f"{orders:,} orders, {tickets:,} tickets in {safe_url(db.url)}")  # fmt: skip
    for username, password, role in create_demo_accounts(db):
        print(f"demo sign-in: {username} / {password} ({role})")
    return 0


def run_erlang(args: argparse.Namespace) -> int:
    from app.analytics.erlang_cli import erlang_main

    return erlang_main(args.rest)


def run_export(args: argparse.Namespace) -> int:
    from app.reports.cli import export_main

    rest = list(args.rest)
    if args.lang and "--lang" not in rest:  # `main.py --lang fa export ...` means `export ... --lang fa`
        rest += ["--lang", args.lang]
    if rest[:1] in ([], ["--help"], ["-h"]):  # help needs no database
        return export_main(rest, database=str(args.db or default_database()))
    db = _open(args)
    try:
        actor = _signed_in(args, db)
        if rest[:1] == ["campaign"]:
            from app.campaigns.export_cli import export_campaign_main

            return export_campaign_main(rest, db=db, actor=actor)
        if rest[:1] == ["tickets"]:
            from app.tickets.export_cli import export_tickets_main

            return export_tickets_main(rest, database=str(args.db or default_database()), db=db, actor=actor)
        return export_main(rest, db=db, actor=actor)
    finally:
        db.dispose()


def run_db(args: argparse.Namespace) -> int:
    from app.db_label import safe_url
    from app.migrate import current_revision

    if args.db_command == "copy":
        from app.db import resolve_url
        from app.dbcopy.cli import copy_main

        # Copying every customer out is a backup: supervisors and owners. A source that cannot be opened
        # is refused by the copy itself, with its reason.
        _authorize(args, "backup", damaged_ok=True, url=resolve_url(args.source))
        return copy_main(args)

    db = _open(args)
    try:
        _signed_in(args, db)
        print(f"database {safe_url(db.url)} is at schema revision {current_revision(db.engine)}")
    finally:
        db.dispose()
    return 0


def run_decode_cid(args: argparse.Namespace) -> int:
    from hardware.decode import decode_cid_main

    return decode_cid_main(args.file, args.format)


def run_import(args: argparse.Namespace) -> int:
    from app.importing.cli import import_main

    db = _open(args)
    args.actor = _signed_in(args, db)
    return import_main(args, db)


def run_gui(args: argparse.Namespace) -> int:
    from ui.application import run

    return run(args.db, args.lang, exit_after_ms=args.exit_after, screenshot=args.screenshot, user=args.user)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: run_gui,
    "backup": run_backup,
    "restore": run_restore,
    "demo": run_demo,
    "db": run_db,
    "decode-cid": run_decode_cid,
    "erlang": run_erlang,
    "export": run_export,
    "import": run_import,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from sqlalchemy.exc import DBAPIError

    from app.auth import PermissionDenied
    from app.auth.accounts import SignInError
    from app.db import DatabaseOpenError, explain

    try:
        return COMMANDS[args.command](args)
    except (DatabaseOpenError, SignInError, PermissionDenied) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except DBAPIError as error:  # disk full, locked, damaged pages met mid-command: one line, never SQL
        print(f"error: {explain(error, _url(args))}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("error: interrupted; nothing after the last completed step was saved", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
