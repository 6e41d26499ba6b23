"""`main.py backup --out FILE` and `main.py restore FILE [--yes]`, and the start-up health check of the CLI."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from app.backup.auto import database_file
from app.backup.copy import BackupFailed, copy_database
from app.backup.inspect import is_sqlite_file, require_healthy
from app.backup.postgres import pg_dump
from app.backup.restore import RestoreRefused, check_backup, restore
from app.backup.rotation import default_folder
from app.db_label import database_label
from app.progress import TextProgressBar


def add_commands(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help="copy the database to a file (SQLite: verified copy; PostgreSQL: pg_dump)"
    )
    backup.add_argument("--out", required=True, metavar="FILE", help="where to write the backup")
    restore_parser = commands.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    restore_parser.add_argument("file", metavar="FILE", help="a backup made by Tamas")
    restore_parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def health_check(url: str) -> None:
    """`PRAGMA quick_check` on an existing SQLite file before a command writes to it or copies it."""
    path = database_file(url)
    if path is not None and path.is_file() and is_sqlite_file(path):  # anything else: open_database explains
        require_healthy(path)


def backup_main(args: argparse.Namespace, url: str) -> int:
    out = Path(args.out).expanduser().resolve()
    if not out.parent.is_dir():
        print(f"error: the folder {out.parent} does not exist; create it or choose another --out", file=sys.stderr)
        return 1
    if out.exists():
        print(f"error: {out} already exists; choose a new file name (backups are never overwritten)", file=sys.stderr)
        return 1
    path = database_file(url)
    try:
        if path is None:
            pg_dump(url, out)
        else:
            if not path.exists():
                print(f"error: {path} does not exist. Check the path given with --db.", file=sys.stderr)
                return 1
            copy_database(path, out, _bar())
    except BackupFailed as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    how = "pg_dump custom format; restore with pg_restore" if path is None else "verified with integrity_check"
    print(f"backup of {database_label(url)} written to {out} ({out.stat().st_size:,} bytes, {how})")
    return 0


def _bar() -> Any:
    bar = TextProgressBar()
    return lambda done, total, label: bar(done, total, f"backup: {label}") if total else True


def restore_main(args: argparse.Namespace, url: str) -> int:
    path = database_file(url)
    if path is None:
        print("error: restore works on a SQLite database file; restore a PostgreSQL dump with pg_restore",
              file=sys.stderr)  # fmt: skip
        return 1
    backup = Path(args.file).expanduser().resolve()
    try:
        revision = check_backup(backup)
    except RestoreRefused as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if not args.yes and not _confirmed(path, backup, revision):
        return 1
    try:
        result = restore(path, backup, default_folder(path), datetime.now(), _bar())
    except RestoreRefused as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if result.damaged:
        print(f"the damaged database was moved aside to {result.kept} (not deleted)")
    elif result.kept is not None:
        print(f"the previous database was kept as {result.kept}")
    print(f"restored {backup.name} into {path}")
    return 0


def _confirmed(path: Path, backup: Path, revision: str) -> bool:
    if not sys.stdin.isatty():
        print("error: restore replaces the database; confirm with --yes when not at a terminal", file=sys.stderr)
        return False
    answer = input(f"Replace {path} with {backup.name} (schema {revision})? The current one is kept. [y/N] ")
    if answer.strip().lower() in ("y", "yes"):
        return True
    print("error: restore cancelled; nothing was changed", file=sys.stderr)
    return False


__all__ = ["add_commands", "backup_main", "copy_database", "health_check", "restore_main"]
