"""Many rows in one INSERT statement on SQLite, for tables with a per-row full-text trigger.

The `customers_fts_ai` trigger writes to an FTS5 table, and FTS5 flushes its pending terms at the
end of every statement. An executemany is one statement per row, so each customer became its own
tiny FTS segment to merge later (~10,000 rows/s on the 1M demo); a statement of ~1,000 rows writes
one segment (~40,000 rows/s). SQLAlchemy's "insertmanyvalues" would batch like this only with
RETURNING and, on SQLite, falls back to a row per statement when the ids must come back in order;
the import holds the write lock, so it gives the ids itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, Integer, MetaData, Table, bindparam, update

SQLITE_MAX_VARIABLES = 32_766  # SQLite's default since 3.32
ROWS_PER_STATEMENT = 1000


def insert_rows_sqlite(conn: Connection, table: Table, columns: list[str], rows: list[dict[str, Any]]) -> None:
    """INSERT INTO table (columns) VALUES (...), (...) in statements of up to ~1,000 rows."""
    insert_tuples_sqlite(conn, table, columns, [tuple(row[name] for name in columns) for row in rows])


def insert_tuples_sqlite(conn: Connection, table: Table, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """`insert_rows_sqlite` for rows already in `columns` order (no dict per row).

    Values go through each column type's bind processor, exactly as a Core insert would store them."""
    dialect = conn.dialect
    processors = [
        (i, process) for i, name in enumerate(columns) if (process := table.c[name].type.bind_processor(dialect))
    ]  # fmt: skip
    per_statement = max(1, min(ROWS_PER_STATEMENT, SQLITE_MAX_VARIABLES // len(columns)))
    quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in columns)
    one_row = "(" + ", ".join("?" * len(columns)) + ")"
    prefix = f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) VALUES "
    full = prefix + ", ".join([one_row] * per_statement)  # built once: every full chunk reuses the prepared statement
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        params: list[Any] = []
        if processors:
            for row in chunk:
                values = list(row)
                for i, process in processors:
                    if values[i] is not None:
                        values[i] = process(values[i])
                params += values
        else:
            for row in chunk:
                params += row
        sql = full if len(chunk) == per_statement else prefix + ", ".join([one_row] * len(chunk))
        conn.exec_driver_sql(sql, tuple(params))


def update_rows_sqlite(
    conn: Connection, table: Table, key: str, columns: list[str], rows: list[dict[str, Any]]
) -> None:
    """UPDATE table SET columns FROM a temporary table of `rows` (matched on `key` = table.id): one statement.

    An executemany UPDATE fires `customers_fts_au` once per statement, so once per row, each flushing
    the full-text index; UPDATE ... FROM (SQLite 3.33+) is one statement for the whole chunk."""
    staging = Table(
        "import_staging", MetaData(), Column(key, Integer, primary_key=True),
        *[Column(name, table.c[name].type) for name in columns], prefixes=["TEMPORARY"],
    )  # fmt: skip
    staging.create(conn)
    try:
        insert_rows_sqlite(conn, staging, [key, *columns], rows)
        quote = conn.dialect.identifier_preparer.quote
        assignments = ", ".join(f"{quote(name)} = s.{quote(name)}" for name in columns)
        target = conn.dialect.identifier_preparer.format_table(table)
        conn.exec_driver_sql(
            f"UPDATE {target} SET {assignments} FROM temp.import_staging AS s WHERE {target}.id = s.{key} "
            f"AND {target}.id IN (SELECT {key} FROM temp.import_staging)"
        )  # the IN makes SQLite walk the staged ids; without it, it scanned every customer for each chunk
    finally:
        staging.drop(conn)


def update_rows(conn: Connection, table: Table, columns: list[str], rows: list[dict[str, Any]]) -> None:
    """UPDATE `columns` of the rows whose id is each row's "b_id": one statement on SQLite (`update_rows_sqlite`),
    Core's executemany elsewhere."""
    if conn.dialect.name == "sqlite":
        update_rows_sqlite(conn, table, "b_id", columns, rows)
        return
    statement = update(table).where(table.c.id == bindparam("b_id")).values({k: bindparam(k) for k in columns})
    conn.execute(statement, rows)
