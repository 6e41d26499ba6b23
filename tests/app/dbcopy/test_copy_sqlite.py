"""`db copy` between SQLite files: complete, faithful, read-only on the source, refusing what it must."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from app.db import open_database, resolve_url
from app.dbcopy.copy import copy_database
from app.dbcopy.endpoints import CopyError
from app.migrate import alembic_config
from app.services.customer_lists import search_customers
from main import main
from tests.app.dbcopy.conftest import PERSIAN_NAME, assert_same_content, assert_same_stored_values


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_copy_to_a_new_file_is_complete_and_leaves_the_source_as_it_was(demo_file: Path, tmp_path: Path) -> None:
    before, wal = digest(demo_file), Path(f"{demo_file}-wal")
    report = copy_database(str(demo_file), str(tmp_path / "laptop.db"))
    assert report.ok and report.rows > 500
    assert {count.table for count in report.tables} >= {"customers", "calls", "audit_log", "missed_callers"}
    assert digest(demo_file) == before
    assert not wal.exists() or wal.stat().st_size == 0  # read-only: nothing written to the log either
    assert_same_content(resolve_url(demo_file), resolve_url(tmp_path / "laptop.db"))
    assert_same_stored_values(demo_file, tmp_path / "laptop.db")


def search_names(path_or_url: str, query: str) -> list[str]:
    db = open_database(path_or_url)
    try:
        return [row.name for row in search_customers(db, query, limit=500).rows]
    finally:
        db.dispose()


def test_search_works_in_the_copy(demo_file: Path, tmp_path: Path) -> None:
    copy_database(str(demo_file), str(tmp_path / "laptop.db"))
    found = search_names(str(tmp_path / "laptop.db"), "رضایی")  # the FTS5 trigram index, rebuilt in the copy
    assert PERSIAN_NAME in found
    for query in ("رضایی", "1234567", "zz qq"):
        assert search_names(str(tmp_path / "laptop.db"), query) == search_names(str(demo_file), query)


def test_cli_prints_a_progress_line_and_the_counts(demo_file: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    assert main(["db", "copy", "--from", str(demo_file), "--to", str(tmp_path / "b.db")]) == 0
    out, err = capsys.readouterr()
    assert "done" in err and "100.0%" in err
    assert "customers" in out and "row counts match" in out
    customers = next(line for line in out.splitlines() if line.startswith("customers "))
    assert customers.split()[-1] == "ok" and customers.split()[1] == customers.split()[2]


def test_refuses_a_target_that_is_not_empty(demo_file: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    target = tmp_path / "b.db"
    copy_database(str(demo_file), str(target))
    before = digest(target)
    assert main(["db", "copy", "--from", str(demo_file), "--to", str(target)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "is not empty" in err[0]
    assert digest(target) == before


def test_a_fresh_target_is_empty_even_with_its_default_lists(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "fresh.db"
    open_database(target, create=True).dispose()  # created and migrated: default lookups are there
    assert copy_database(str(demo_file), str(target)).ok


def test_missing_source_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "copy", "--from", str(tmp_path / "nope.db"), "--to", str(tmp_path / "b.db")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {tmp_path / 'nope.db'} does not exist; give the Tamas database file to copy with --from."]
    assert not (tmp_path / "nope.db").exists() and not (tmp_path / "b.db").exists()


def test_older_source_schema_is_refused_with_the_upgrade_command(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    engine = create_engine(resolve_url(old))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0008")
    engine.dispose()
    with pytest.raises(CopyError, match=r"is at schema 0008 .* db upgrade` on it first"):
        copy_database(str(old), str(tmp_path / "new.db"))
    assert not (tmp_path / "new.db").exists()


def test_same_database_on_both_sides_is_refused(demo_file: Path) -> None:
    with pytest.raises(CopyError, match="the same database"):
        copy_database(str(demo_file), str(demo_file))


def test_an_unreachable_server_is_one_line_without_the_password(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://sara:Secret-9x7@127.0.0.1:1/office"  # port 1: refused at once
    assert main(["db", "copy", "--from", str(demo_file), "--to", url]) == 1
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Connection refused" in lines[0]
    assert "Secret-9x7" not in out + err


def test_the_password_is_cut_from_addresses_and_driver_lines() -> None:
    from app.dbcopy.endpoints import scrub, shown

    assert shown("postgresql+psycopg://tamas:pw-1@db.lan:5432/crm") == "postgresql+psycopg://tamas:***@db.lan:5432/crm"
    assert scrub("bad pw-1 here", "postgresql+psycopg://tamas:pw-1@db.lan/crm") == "bad *** here"
    # A password that is also the user's name is cut where it is the password, and names stay readable.
    line = 'database "tamas_x" does not exist (postgresql+psycopg://tamas:tamas@h/tamas_x)'
    assert scrub(line, "postgresql+psycopg://tamas:tamas@h/tamas_x") == (
        'database "tamas_x" does not exist (postgresql+psycopg://tamas:***@h/tamas_x)'
    )
