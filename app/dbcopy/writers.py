"""Writing batches into the target, one dialect at a time, inside the copy's single transaction.

PostgreSQL: rows stream through COPY (psycopg's `cursor.copy()`), with the target's user triggers
switched off and its plain indexes and foreign keys set aside and rebuilt once at the end, as
pg_restore does: the derived tables (rollups, missed callers, revenue per day) are copied as they are,
so triggers that would recompute them must not fire. SQLite: executemany inserts with the triggers
dropped and recreated from their own SQL, then the FTS5 search index rebuilt from the customers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from sqlalchemy import Connection, Integer, Table, text

Row = Sequence[Any]


class Writer(Protocol):
    def prepare(self, tables: list[Table]) -> None: ...
    def write(self, table: Table, rows: Sequence[Row]) -> None: ...
    def finish(self, tables: list[Table]) -> None: ...


def _processors(connection: Connection, table: Table) -> list[Callable[[Any], Any] | None]:
    """The columns' own bind conversions (type decorators), which COPY would otherwise skip."""
    return [column.type.bind_processor(connection.dialect) for column in table.columns]


class PostgresWriter:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.quote = connection.dialect.identifier_preparer.quote
        self._indexes: list[str] = []
        self._foreign_keys: list[tuple[str, str, str]] = []

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

    def write(self, table: Table, rows: Sequence[Row]) -> None:
        columns = ", ".join(self.quote(c.name) for c in table.columns)
        processors = _processors(self.connection, table)
        convert = any(processors)
        cursor = self.connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY {self.quote(table.name)} ({columns}) FROM STDIN") as copy:
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
        self._triggers: list[str] = []

    def prepare(self, tables: list[Table]) -> None:
        rows = self.connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"
        ).all()
        self._triggers = [row[1] for row in rows]
        for row in rows:
            self.connection.exec_driver_sql(f'DROP TRIGGER "{row[0]}"')

    def write(self, table: Table, rows: Sequence[Row]) -> None:
        names = [c.name for c in table.columns]
        self.connection.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in rows])

    def finish(self, tables: list[Table]) -> None:
        for sql in self._triggers:
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
