"""The screen-pop query on its fastest path: one prepared statement on a connection each thread keeps.

Building a SQLAlchemy statement and checking a connection out of the pool cost more than the indexed
lookup itself; a caller is identified by this one query many times a minute, so it gets its own path.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import bindparam, select

from app.db import Database
from app.models import Customer, Phone
from app.phones import PhoneRules, lookup_key

_QUERY = (
    select(Phone.customer_id)
    .join(Customer, Customer.id == Phone.customer_id)
    .where(Phone.number == bindparam("number"), Customer.deleted_at.is_(None))
    .order_by(Phone.customer_id)  # a number normally has one owner; if two, the oldest wins, as elsewhere
)


class PhoneLookup:
    """Per database: the compiled SQL, and one DBAPI connection per thread that uses it."""

    def __init__(self, db: Database) -> None:
        dialect = db.engine.dialect
        self.sql = str(_QUERY.compile(dialect=dialect))
        self.positional = dialect.paramstyle in ("qmark", "numeric", "format")
        self.db = db
        self._local = threading.local()
        self._opened: list[Any] = []  # every thread's connection, so dispose can close them all

    def _connection(self) -> Any:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self.db.engine.raw_connection()
            if not self.db.is_sqlite:
                connection.driver_connection.autocommit = True  # a lookup must never hold a snapshot open
            self._local.connection = connection
            self._opened.append(connection)
        return connection

    def close(self) -> None:
        """Close every thread's connection for real (a restore needs the file free of this process)."""
        for connection in self._opened:
            connection.invalidate()
        self._opened.clear()

    def customer_id(self, number: str) -> int | None:
        cursor = self._connection().cursor()
        try:
            cursor.execute(self.sql, (number,) if self.positional else {"number": number})
            row = cursor.fetchone()
        finally:
            cursor.close()
        return row[0] if row else None


_lookups: dict[int, PhoneLookup] = {}
_guard = threading.Lock()


def find_customer_by_number(db: Database, raw: str, rules: PhoneRules | None = None) -> int | None:
    """The live customer who owns this number (the screen-pop query), or None."""
    key = lookup_key(raw, rules)
    if key is None:
        return None
    lookup = _lookups.get(id(db))
    if lookup is None or lookup.db is not db:
        with _guard:
            lookup = _lookups[id(db)] = PhoneLookup(db)
    return lookup.customer_id(key)


def forget(db: Database) -> None:
    """Called when `db` is disposed: its per-thread lookup connections are closed, not left open."""
    with _guard:
        lookup = _lookups.pop(id(db), None)
    if lookup is not None and lookup.db is db:
        lookup.close()
