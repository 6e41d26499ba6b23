"""The command line as a user meets it: each database-state failure is one `error:` line, exit 1, file untouched;
backup and restore work end to end (pg_dump too, when the PostgreSQL test server is there)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.app.safety.conftest import count, damage, digest, make_database
from tests.conftest import POSTGRES_URL, REPO


def run_main(*args: str, home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """main.py in a child process, with its own HOME (settings, data folder) outside the folder under test."""
    own = home.parent / f"{home.name}-home"
    environment = dict(os.environ, HOME=str(own), XDG_DATA_HOME=str(own / "data"),
                       XDG_CONFIG_HOME=str(own / "config"), QT_QPA_PLATFORM="offscreen", **(env or {}))  # fmt: skip
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, env=environment, cwd=home)  # fmt: skip


def one_error_line(result, *fragments: str) -> None:  # noqa: ANN001
    assert result.returncode == 1, result.stdout + result.stderr
    # a progress bar may still be open on the line (\r-redrawn): the error is what follows it
    errors = ["error:" + part for part in result.stderr.split("error:")[1:]]
    assert len(errors) == 1 and "Traceback" not in result.stderr and "SELECT" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in errors[0], errors[0]


def test_a_mistyped_path_is_refused_by_every_command_and_nothing_is_created(tmp_path: Path) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text("name,phone\nAli,09121234567\n")
    typo, no_folder = tmp_path / "tamsa.db", tmp_path / "no-folder" / "tamas.db"
    for db, args in ((typo, ["export", "customers", "--out", str(tmp_path / "c.xlsx")]),
                     (no_folder, ["import", "customers", str(csv)]), (typo, ["--exit-after", "500"]),
                     (no_folder, ["backup", "--out", str(tmp_path / "b.db")])):  # fmt: skip
        one_error_line(run_main("--db", str(db), *args, home=tmp_path), "does not exist")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.csv"]


def test_another_programs_sqlite_file_is_refused_before_wal_by_upgrade_and_start(tmp_path: Path) -> None:
    path = tmp_path / "accounts.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        connection.commit()
    before = digest(path)
    for args in (["db", "upgrade"], ["--exit-after", "500"]):
        one_error_line(run_main("--db", str(path), *args, home=tmp_path), "not a Tamas database", "untouched")
    assert digest(path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["accounts.sqlite"]


def test_a_newer_tamas_database_says_update_the_app(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=2)
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(path)
    for args in (["db", "upgrade"], ["export", "customers", "--out", str(tmp_path / "c.xlsx")]):
        one_error_line(run_main("--db", str(path), *args, home=tmp_path), "made by a newer Tamas", "update the app")
    assert digest(path) == before


def test_a_damaged_database_is_refused_with_the_way_out_and_left_as_it_was(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=40)
    damage(path)
    before = digest(path)
    csv = tmp_path / "people.csv"
    csv.write_text("name,phone\nAli,09121234567\n")
    for args in (["import", "customers", str(csv)], ["backup", "--out", str(tmp_path / "b.db")]):
        one_error_line(run_main("--db", str(path), *args, home=tmp_path), "damaged")
    assert digest(path) == before
    assert not (tmp_path / "b.db").exists()


def test_a_database_locked_by_another_writer_is_one_line(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=2)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holding the write lock for good
    try:
        csv = tmp_path / "people.csv"
        csv.write_text("name,phone\nAli,09121234567\n")
        result = run_main("--db", str(path), "import", "customers", str(csv), home=tmp_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    one_error_line(result, "in use by another program")
    assert count(path) == 2


def test_backup_then_restore_from_the_command_line(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=6)
    made = run_main("--db", str(path), "backup", "--out", str(tmp_path / "monday.db"), home=tmp_path)
    assert made.returncode == 0 and "verified" in made.stdout, made.stderr
    make_database(path, people=4)  # work after the backup: 10 customers now
    unconfirmed = run_main("--db", str(path), "restore", str(tmp_path / "monday.db"), home=tmp_path)
    one_error_line(unconfirmed, "--yes")
    assert count(path) == 10
    again = run_main("--db", str(path), "backup", "--out", str(tmp_path / "monday.db"), home=tmp_path)
    one_error_line(again, "already exists")
    restored = run_main("--db", str(path), "restore", str(tmp_path / "monday.db"), "--yes", home=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert count(path) == 6
    (kept,) = (tmp_path / "backups").iterdir()
    assert count(kept) == 10 and "before-restore" in kept.name and str(kept) in restored.stdout


def test_backup_on_postgresql_says_clearly_when_pg_dump_is_missing(tmp_path: Path) -> None:
    out = tmp_path / "office.dump"
    url = "postgresql+psycopg://tamas:secret@127.0.0.1:5432/tamas_safety"
    result = run_main(
        "--db", url, "backup", "--out", str(out), home=tmp_path, env={"PATH": str(tmp_path), "PG_DUMP": ""}
    )
    one_error_line(result, "pg_dump is not installed")
    assert not out.exists() and "secret" not in result.stderr


@pytest.mark.parametrize("url", [POSTGRES_URL] if POSTGRES_URL else [])  # CI sets it (.ci/run starts PostgreSQL)
def test_backup_on_postgresql_runs_the_real_pg_dump(tmp_path: Path, url: str) -> None:
    out = tmp_path / "office.dump"
    assert run_main("--db", url, "db", "upgrade", home=tmp_path).returncode == 0
    result = run_main("--db", url, "backup", "--out", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format, restorable with pg_restore
    password = url.split("@")[0].rsplit(":", 1)[-1]
    assert f":{password}@" not in result.stdout + result.stderr  # the password went in the environment, never printed
