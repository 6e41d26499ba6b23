"""Restore: the backup is checked first, the current database kept (or moved aside when damaged), the WAL handled."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from app.backup.copy import copy_database
from app.backup.inspect import check
from app.backup.restore import RestoreRefused, check_backup, restore
from tests.app.safety.conftest import count, damage, digest, make_database

NOW = datetime(2026, 11, 23, 23, 0, 0)


def leave_rows_in_the_wal(path: Path, rows: int) -> None:
    """A process that commits rows and dies before any checkpoint: they live only in tamas.db-wal."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        f"for i in range({rows}):\n"
        "    c.execute(\"INSERT INTO lookups (kind, value, position, active) VALUES ('wal', ?, 0, 1)\","
        " (str(i),))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0


def test_restore_keeps_the_current_database_with_its_wal_and_swaps_in_the_backup(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=5)
    backup = copy_database(path, tmp_path / "monday.db")
    make_database_more = make_database  # the office keeps working after the backup: 20 more customers
    make_database_more(path, people=20)
    leave_rows_in_the_wal(path, 7)
    result = restore(path, backup, tmp_path / "backups", NOW)
    assert not result.damaged and result.kept is not None
    assert result.kept.name == "tamas-20261123-230000-before-restore.tamas-backup.db"
    assert count(result.kept) == 25 and count(result.kept, "lookups WHERE kind = 'wal'") == 7  # WAL rows kept
    assert count(path) == 5 and count(path, "lookups WHERE kind = 'wal'") == 0  # exactly the backup
    assert check(path, "integrity_check") == "ok"


def test_restore_refuses_while_tamas_has_the_database_open(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=5)
    backup = copy_database(path, tmp_path / "monday.db")
    holder = sqlite3.connect(path)
    holder.execute("SELECT count(*) FROM customers").fetchone()
    try:
        with pytest.raises(RestoreRefused, match="in use"):
            restore(path, backup, tmp_path / "backups", NOW)
    finally:
        holder.close()
    assert not (tmp_path / "backups").exists()


def test_a_damaged_database_is_moved_aside_never_overwritten(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=40)
    backup = copy_database(path, tmp_path / "monday.db")
    damage(path)
    damaged = digest(path)
    result = restore(path, backup, tmp_path / "backups", NOW)
    assert result.damaged and result.kept == tmp_path / "tamas.damaged-20261123-230000.db"
    assert digest(result.kept) == damaged
    assert count(path) == 40 and check(path) == "ok"


def test_backups_that_cannot_be_restored_are_refused_first(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=5)
    before = digest(path)
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    foreign = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE t (x)")
    newer = copy_database(path, tmp_path / "newer.db")
    with closing(sqlite3.connect(newer, isolation_level=None)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    broken = copy_database(path, tmp_path / "broken.db")
    damage(broken)
    cases = {text: "not an SQLite file", foreign: "another program", newer: "newer Tamas", broken: "damaged",
             tmp_path / "missing.db": "does not exist"}  # fmt: skip
    for candidate, reason in cases.items():
        with pytest.raises(RestoreRefused, match=reason):
            check_backup(candidate)
        with pytest.raises(RestoreRefused):
            restore(path, candidate, tmp_path / "backups", NOW)
    assert digest(path) == before
