"""Opening a Tamas database: resolve a path or URL, check it, set SQLite pragmas, migrate.

Every failure a user can cause (a file that is not SQLite, a locked file, a folder we may not
write) becomes a `DatabaseOpenError` whose message says what happened and what to do next,
and nothing in the file is touched before the checks pass.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "tamas_write"  # execution option marking a connection that will write


class DatabaseOpenError(Exception):
    """A database could not be opened; `str(error)` is one line for the user."""


class Sessions:
    """``sessions()`` opens a reading session; ``sessions.begin()`` a write transaction.

    On SQLite a write transaction starts as a writer (``BEGIN IMMEDIATE``), so a second writer waits
    for the busy timeout instead of failing at its first write with "database is locked".
    """

    def __init__(self, engine: Engine) -> None:
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)

    def __call__(self) -> Session:
        return self._read()

    def begin(self) -> AbstractContextManager[Session]:
        return self._write.begin()


@dataclass
class Database:
    engine: Engine
    sessions: Sessions
    url: str

    @property
    def writer(self) -> Engine:
        """The engine for Core writes (``with db.writer.begin()``): same write transaction as ``sessions.begin()``."""
        return self.engine.execution_options(**{WRITE_OPTION: True})

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        from app.services.phone_lookup import forget

        forget(self)  # the pop's per-thread connections are outside the pool: close them too
        self.engine.dispose()


def resolve_url(path_or_url: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL for a file path (made absolute) or an URL given as is."""
    text = os.fspath(path_or_url)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def _check_sqlite_file(path: Path, create: bool = False) -> None:
    folder = path.parent
    if not create and not path.exists():
        # A mistyped --db must not quietly become a new empty database that reports success.
        if not folder.is_dir():
            raise DatabaseOpenError(f"The folder {folder} does not exist. Check the path given with --db.")
        raise DatabaseOpenError(
            f"{path} does not exist. Check the path given with --db, or create a new database there with "
            "`main.py --db PATH db upgrade`."
        )
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
        if header:
            from app.backup.inspect import schema_revision

            schema_revision(path)  # another program's file, or a newer Tamas's: refused before WAL touches it
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
        # Hand transaction control to SQLAlchemy, which emits BEGIN itself (see transaction_starter).
        dbapi_connection.isolation_level = None

    return on_connect


def transaction_starter(busy_timeout_ms: int) -> Any:
    """Readers take a snapshot lazily; writers take the write lock at once, waiting up to the busy timeout.

    A commit needs no retry of its own: in WAL mode a writer that holds the write lock commits without
    taking another lock, and in rollback-journal mode (a file system without WAL) SQLite runs the busy
    handler while the commit waits for readers. Since every writer starts IMMEDIATE, no reader ever
    upgrades to a writer, so the one case where SQLite answers "busy" without waiting cannot occur.
    """

    def begin_transaction(connection: Connection) -> None:
        if not connection.get_execution_options().get(WRITE_OPTION):
            connection.exec_driver_sql("BEGIN")
            return
        deadline = time.monotonic() + busy_timeout_ms / 1000
        while True:
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as error:
                # sqlite already waited busy_timeout; a writer still refused (a foreign lock held across
                # a long checkpoint) tries again until the deadline rather than losing a ring.
                if not _is_busy(error) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)

    return begin_transaction


def _is_busy(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return "locked" in text or "busy" in text


def explain(error: BaseException, url: str) -> str:
    """One line for the user from a driver error."""
    message = str(getattr(error, "orig", error)).strip().splitlines()[0]
    where = make_url(url).database or url
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"{where} is in use by another program (database is locked). Close it and try again."
    if "full" in lowered:
        return (f"The disk holding {where} is full: the last change was not saved (everything saved before it "
                "is safe). Free some space and try again.")  # fmt: skip
    if "disk i/o error" in lowered:
        return (f"Cannot write {where}: the disk reported an error (full, removed or failing). Everything saved "
                "before is safe; check the disk and try again.")  # fmt: skip
    if "not a database" in lowered or "malformed" in lowered:
        return (f"{where} is damaged ({message}); it was left untouched. Restore the latest good backup with "
                "`main.py restore BACKUP_FILE`.")  # fmt: skip
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return f"Cannot write {where} ({message}). Choose a writable place with --db."
    return f"Cannot open {where}: {message}"


def create_database_engine(url: str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS, create: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _check_sqlite_file(Path(parsed.database), create)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        event.listen(engine, "begin", transaction_starter(busy_timeout_ms))
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_database(
    path_or_url: str | os.PathLike[str],
    *,
    migrate: bool = True,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    create: bool = False,
) -> Database:
    """Open (and by default migrate) the database; raise DatabaseOpenError on failure.

    A SQLite file that does not exist is created only with `create=True` (the default data folder,
    `db upgrade`, `demo`, the GUI's "Create new database"). An existing file is backed up before a migration.
    """
    from app.backup.before_migration import back_up_before_migration, refuse_newer
    from app.db_label import safe_url
    from app.migrate import upgrade_to_head

    url = resolve_url(path_or_url)
    try:
        engine = create_database_engine(url, busy_timeout_ms, create)
    except DatabaseOpenError:
        raise
    except Exception as error:  # an unknown driver or a malformed URL
        raise DatabaseOpenError(f"Cannot use the database address {safe_url(url)!r}: {error}") from error
    try:
        refuse_newer(engine, url)
        if migrate:
            back_up_before_migration(engine, url)
            upgrade_to_head(engine)
        else:
            with engine.connect():
                pass
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError, sqlite3.Error) as error:
        engine.dispose()
        raise DatabaseOpenError(explain(error, url)) from error
    return Database(engine, Sessions(engine), url)
