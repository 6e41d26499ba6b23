"""Refused before a byte changes: another program's SQLite file, a newer Tamas's database, a missing path.
Migrations keep a verified copy of the file first."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from app.backup.inspect import DatabaseDamaged, DatabaseTooNew, NotTamasDatabase, check
from app.backup.rotation import backups, default_folder
from app.db import DatabaseOpenError, open_database
from app.migrate import alembic_config, command, current_revision, head_revision
from tests.app.safety.conftest import count, damage, digest, make_database


def test_an_sqlite_file_of_another_program_is_refused_before_wal(tmp_path: Path) -> None:
    path = tmp_path / "accounts.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices VALUES (1, 9.5)")
        connection.commit()
    before = digest(path)
    with pytest.raises(NotTamasDatabase, match="another program"):
        open_database(path)
    assert digest(path) == before  # still in rollback-journal mode: byte 18/19 untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.sqlite"]


def test_a_database_from_a_newer_tamas_is_refused_untouched(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=2)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNew, match="made by a newer Tamas.*update the app"):
        open_database(path)
    assert digest(path) == before
    assert not default_folder(path).exists()  # no migration backup either: nothing was going to run


def test_a_missing_file_or_folder_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_database(tmp_path / "tamsa.db")
    with pytest.raises(DatabaseOpenError, match="folder .* does not exist"):
        open_database(tmp_path / "no-such-folder" / "tamas.db")
    assert list(tmp_path.iterdir()) == []
    open_database(tmp_path / "new" / "tamas.db", create=True).dispose()
    assert (tmp_path / "new" / "tamas.db").exists()


def test_a_damaged_file_fails_quick_check_without_being_written(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=40)
    damage(path)
    before = digest(path)
    assert check(path) != "ok"
    from app.backup.inspect import require_healthy

    with pytest.raises(DatabaseDamaged, match="damaged.*main.py restore"):
        require_healthy(path)
    assert digest(path) == before


def test_a_migration_backs_up_the_existing_file_first(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    db.dispose()
    (kept,) = backups(default_folder(path), path)
    assert kept.path.name.endswith("-before-0001.tamas-backup.db")
    with closing(sqlite3.connect(kept.path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert count(kept.path) == 0 and check(kept.path, "integrity_check") == "ok"
    open_database(path).dispose()  # nothing to migrate: no second backup
    assert len(backups(default_folder(path), path)) == 1
