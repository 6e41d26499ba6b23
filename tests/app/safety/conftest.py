"""Helpers for the safety tests: a Tamas file with rows, damage done to it on purpose, digests."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from app.db import open_database
from app.dto import CustomerDraft, PhoneDraft
from app.services import customers


def make_database(path: Path, people: int = 30) -> Path:
    """A migrated Tamas file with `people` customers, its WAL folded in (a self-contained file)."""
    db = open_database(path, create=True)
    for i in range(people):
        customers.create_customer(db, CustomerDraft(name=f"Customer {i}", phones=[PhoneDraft(f"0912{i:07d}")]), "t")
    db.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def count(path: Path, table: str = "customers") -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def damage(path: Path) -> None:
    """Overwrite the customers table's root page with junk: `quick_check` reports it, like a torn disk write."""
    with closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customers'").fetchone()[0]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d\xff\xff\xff" + b"\xa5" * (page_size - 4))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
