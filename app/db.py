"""Opening a Tamas database: resolve a path or URL, check it, set SQLite pragmas, migrate.

Every failure a user can cause (a file that is not SQLite, a locked file, a folder we may not
write) becomes a `DatabaseOpenError` whose message says what happened and what to do next,
and nothing in the file is touched before the checks pass.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000


class DatabaseOpenError(Exception):
    """A database could not be opened; `str(error)` is one line for the user."""


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    url: str

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def resolve_url(path_or_url: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL for a file path (made absolute) or an URL given as is."""
    text = os.fspath(path_or_url)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def _check_sqlite_file(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseOpenError(
            f"Cannot create the folder {folder}: {error.strerror}. Choose another place with --db."
        ) from error
    if path.exists():
        if path.is_dir():
            raise DatabaseOpenError(f"{path} is a folder, not a database file. Choose a file with --db.")
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise DatabaseOpenError(f"Cannot read {path}: {error.strerror}. Check its permissions.") from error
        if header and header != SQLITE_HEADER:
            raise DatabaseOpenError(
                f"{path} is not a Tamas database (not an SQLite file); it was left untouched. "
                "Choose another file with --db."
            )
        if not os.access(folder, os.W_OK) or not os.access(path, os.W_OK):
            raise DatabaseOpenError(
                f"{path} cannot be written here (read-only file or folder). Copy it to a writable folder "
                "or fix its permissions."
            )
    elif not os.access(folder, os.W_OK):
        raise DatabaseOpenError(
            f"Cannot create a database in {folder}: the folder is read-only. Choose another place with --db."
        )


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()
        # pysqlite opens transactions lazily, before the first DML only, so DDL would commit on its own.
        # Hand transaction control to SQLAlchemy, which emits BEGIN itself (see begin_transaction).
        dbapi_connection.isolation_level = None

    return on_connect


def begin_transaction(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def explain(error: BaseException, url: str) -> str:
    """One line for the user from a driver error."""
    message = str(getattr(error, "orig", error)).strip().splitlines()[0]
    where = make_url(url).database or url
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"{where} is in use by another program (database is locked). Close it and try again."
    if "not a database" in lowered or "malformed" in lowered:
        return f"{where} is not a usable Tamas database ({message}); it was left untouched."
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return f"Cannot write {where} ({message}). Choose a writable place with --db."
    return f"Cannot open {where}: {message}"


def create_database_engine(url: str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _check_sqlite_file(Path(parsed.database))
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        event.listen(engine, "begin", begin_transaction)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_database(
    path_or_url: str | os.PathLike[str],
    *,
    migrate: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> Database:
    """Open (and by default create and migrate) the database; raise DatabaseOpenError on failure."""
    from app.migrate import upgrade_to_head

    url = resolve_url(path_or_url)
    try:
        engine = create_database_engine(url, busy_timeout_ms)
    except DatabaseOpenError:
        raise
    except Exception as error:  # an unknown driver or a malformed URL
        raise DatabaseOpenError(f"Cannot use the database address {url!r}: {error}") from error
    try:
        if migrate:
            upgrade_to_head(engine)
        else:
            with engine.connect():
                pass
    except (OperationalError, DBAPIError, sqlite3.Error) as error:
        engine.dispose()
        raise DatabaseOpenError(explain(error, url)) from error
    return Database(engine, sessionmaker(engine, expire_on_commit=False), url)
