"""Opening databases: created and migrated on first use; bad files, locks and read-only folders refused cleanly."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import DatabaseOpenError, open_database, resolve_url
from app.migrate import current_revision, head_revision


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / "new.db"
    db = open_database(path, create=True)
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    db.dispose()
    reopened = open_database(path)  # a second start migrates nothing and keeps working
    assert current_revision(reopened.engine) == head_revision()
    reopened.dispose()


def test_url_and_path_resolution(tmp_path: Path) -> None:
    assert resolve_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize("content", [b"hello, I am a spreadsheet" * 40, b"PK\x03\x04" + bytes(range(256)) * 8])
def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="not a Tamas database"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no -wal/-shm left behind


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="folder"):
        open_database(tmp_path)


def test_a_locked_database_gives_a_clear_message_and_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE other_program (x)")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO other_program VALUES (1)")
    try:
        with pytest.raises(DatabaseOpenError, match="locked"):
            open_database(path, busy_timeout_ms=200)
    finally:
        holder.execute("ROLLBACK")
    tables = [r[0] for r in holder.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    holder.close()
    assert tables == ["other_program"]


def test_unknown_url_scheme(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="address"):
        open_database("nosuchdriver://x/y")


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """`folder` made read-only for this process: a read-only bind mount as root (who ignores modes), else chmod."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    view = folder.with_name(folder.name + "-ro")
    view.mkdir()
    subprocess.run(["mount", "--bind", str(folder), str(view)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        yield view
    finally:
        subprocess.run(["umount", str(view)], check=True)
        view.rmdir()


def test_read_only_folder_new_database(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    with read_only(folder) as view:
        with pytest.raises(DatabaseOpenError, match="read-only"):
            open_database(view / "tamas.db", create=True)
    assert list(folder.iterdir()) == []


def test_read_only_folder_existing_database(tmp_path: Path) -> None:
    folder = tmp_path / "full"
    folder.mkdir()
    open_database(folder / "tamas.db", create=True).dispose()
    before = {p.name: digest(p) for p in folder.iterdir()}
    with read_only(folder) as view:
        with pytest.raises(DatabaseOpenError, match="read-only|cannot be written"):
            open_database(view / "tamas.db")
    assert {p.name: digest(p) for p in folder.iterdir()} == before
