"""Writing batches into the target, one dialect at a time, inside the copy's single transaction.

PostgreSQL: rows stream through COPY (psycopg's `cursor.copy()`), with the target's user triggers
switched off and its plain indexes and foreign keys set aside and rebuilt once at the end, as
pg_restore does: the derived tables (rollups, missed callers, revenue per day) are copied as they are,
so triggers that would recompute them must not fire. SQLite: executemany inserts with the triggers and indexes
dropped and recreated from their own SQL, then the FTS5 search index rebuilt from the customers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import Connection, Integer, Table, text
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME

SQLITE_DATETIME_FORMAT = SQLITE_DATETIME._storage_format

Row = Sequence[Any]


class Writer(Protocol):
    def prepare(self, tables: list[Table]) -> None: ...
    def write(self, table: Table, rows: Sequence[Row]) -> None: ...
    def finish(self, tables: list[Table]) -> None: ...


def _processors(connection: Connection, table: Table) -> list[Callable[[Any], Any] | None]:
    """The columns' own bind conversions (type decorators), which COPY would otherwise skip."""
    dialect = connection.dialect
    # dialect_impl: the dialect's own type (SQLite's DATETIME writes '2026-11-23 09:30:00.000000', as the app does).
    return [_fast(column.type.dialect_impl(dialect), dialect) for column in table.columns]


def _sqlite_datetime(value: Any) -> Any:
    # SQLAlchemy's default SQLite format, written by the C isoformat instead of a %-format per value (5x faster).
    return value.isoformat(" ", "microseconds") if type(value) is datetime else value


def _fast(impl: Any, dialect: Any) -> Callable[[Any], Any] | None:
    if isinstance(impl, SQLITE_DATETIME) and impl._storage_format == SQLITE_DATETIME_FORMAT and impl._reg is None:
        return _sqlite_datetime
    return impl.bind_processor(dialect)


def _to_decimal(value: Any) -> Any:
    # SQLite keeps a sum of amounts as REAL: its shortest repr is the decimal that was meant (12.3, not 12.2999…).
    return Decimal(repr(value)) if isinstance(value, float) else value


def _to_float(value: Any) -> Any:
    return float(value) if isinstance(value, int | Decimal) else value


# Binary COPY takes each value in its column's exact Python type; these columns may arrive as another.
COERCE: dict[int, Callable[[Any], Any]] = {1700: _to_decimal, 700: _to_float, 701: _to_float}  # numeric, float4/8


def _chain(first: Callable[[Any], Any] | None, then: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    if first is None or then is None:
        return first or then
    return lambda value: then(first(value))


class PostgresWriter:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.quote = connection.dialect.identifier_preparer.quote
        self._indexes: list[str] = []
        self._foreign_keys: list[tuple[str, str, str]] = []
        self._oids: dict[str, list[int]] = {}

    def prepare(self, tables: list[Table]) -> None:
        run = self.connection.exec_driver_sql
        run("SET LOCAL maintenance_work_mem = '256MB'")  # index builds at the end sort in memory
        names = [t.name for t in tables]
        self._foreign_keys = [
            (row[0], row[1], row[2])
            for row in self.connection.execute(
                text(
                    "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
                    "WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY(:names)"
                ),
                {"names": names},
            )
        ]
        for table, name, _ in self._foreign_keys:
            run(f"ALTER TABLE {table} DROP CONSTRAINT {self.quote(name)}")
        rows = self.connection.execute(
            text(
                "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                "WHERE i.indrelid::regclass::text = ANY(:names) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                "WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))"
            ),
            {"names": names},
        ).all()
        self._indexes = [row[1] for row in rows]
        for row in rows:
            run(f"DROP INDEX {row[0]}")
        for table in tables:
            run(f"ALTER TABLE {self.quote(table.name)} DISABLE TRIGGER USER")

    def _types(self, table: Table) -> list[int]:
        """The target columns' type oids, in the table's column order (binary COPY needs them)."""
        if table.name not in self._oids:
            rows = self.connection.execute(
                text("SELECT attname, atttypid FROM pg_attribute WHERE attrelid = CAST(:t AS regclass) AND attnum > 0"),
                {"t": self.quote(table.name)},
            ).all()
            by_name = {name: int(oid) for name, oid in rows}
            self._oids[table.name] = [by_name[c.name] for c in table.columns]
        return self._oids[table.name]

    def write(self, table: Table, rows: Sequence[Row]) -> None:
        columns = ", ".join(self.quote(c.name) for c in table.columns)
        types = self._types(table)  # asked before the COPY starts: the connection takes no query during one
        processors = [
            _chain(p, COERCE.get(oid)) for p, oid in zip(_processors(self.connection, table), types, strict=True)
        ]
        convert = any(processors)
        cursor = self.connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        # Binary COPY: values go as the server stores them, no text to format here and parse there.
        with cursor.copy(f"COPY {self.quote(table.name)} ({columns}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(types)
            for row in rows:
                if convert:
                    row = [value if p is None else p(value) for p, value in zip(processors, row, strict=True)]
                copy.write_row(row)
        cursor.close()

    def finish(self, tables: list[Table]) -> None:
        run = self.connection.exec_driver_sql
        for table in tables:
            run(f"ALTER TABLE {self.quote(table.name)} ENABLE TRIGGER USER")
        for definition in self._indexes:
            run(definition)
        for table_name, name, definition in self._foreign_keys:
            run(f"ALTER TABLE {table_name} ADD CONSTRAINT {self.quote(name)} {definition}")
        for table in tables:
            self._set_sequences(table)
        run("ANALYZE")  # fresh planner statistics: the first searches on the server are as fast as later ones

    def _set_sequences(self, table: Table) -> None:
        """Ids were copied as they are: each serial column's next value follows the largest one."""
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or not isinstance(columns[0].type, Integer):
            return
        for column in columns:
            quoted = self.quote(table.name)
            self.connection.execute(
                text(
                    f"SELECT setval(s, COALESCE((SELECT max({self.quote(column.name)}) FROM {quoted}), 0) + 1, false) "
                    "FROM pg_get_serial_sequence(:table, :column) AS s WHERE s IS NOT NULL"
                ),
                {"table": quoted, "column": column.name},
            )


class SqliteWriter:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._schema: list[str] = []  # indexes first, then triggers, as CREATE statements

    def prepare(self, tables: list[Table]) -> None:
        """Triggers and plain indexes are set aside (their SQL kept) and created again once the rows are in."""
        rows = self.connection.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') AND sql IS NOT NULL "
            "ORDER BY type = 'trigger', rowid"
        ).all()
        self._schema = [row[2] for row in rows]
        for kind, name, _ in rows:
            self.connection.exec_driver_sql(f'DROP {kind.upper()} "{name}"')

    def write(self, table: Table, rows: Sequence[Row]) -> None:
        # The columns' own conversions (dates as SQLAlchemy writes them on SQLite), then one executemany
        # on the driver's cursor: no per-row statement building.
        processors = _processors(self.connection, table)
        if any(processors):
            rows = [[v if p is None else p(v) for p, v in zip(processors, row, strict=True)] for row in rows]
        names = ", ".join(f'"{c.name}"' for c in table.columns)
        marks = ", ".join("?" for _ in table.columns)
        cursor = self.connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        cursor.executemany(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', rows)
        cursor.close()

    def finish(self, tables: list[Table]) -> None:
        for sql in self._schema:
            self.connection.exec_driver_sql(sql)
        fts = self.connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
        ).scalars()
        for name in list(fts):
            # External-content FTS5 tables rebuild their index from the table they mirror (customers).
            self.connection.exec_driver_sql(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')


def writer_for(connection: Connection) -> Writer:
    if connection.dialect.name == "postgresql":
        return PostgresWriter(connection)
    return SqliteWriter(connection)
