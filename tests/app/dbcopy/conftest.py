"""A small but complete Tamas database to copy: demo customers, calls, orders, rollups, tickets and an audit log."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, Table, create_engine, select

from app.analytics.rollup import warm
from app.db import open_database
from app.demo import DemoOptions, generate_demo
from app.demo_orders import generate_orders
from app.dto import CallDraft, CustomerDraft, PhoneDraft
from app.models import Base
from app.services.calls import log_call
from app.services.customers import create_customer
from app.tickets.demo import generate_tickets

PERSIAN_NAME = "مریم رضایی‌نژاد"


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    db = open_database(path, create=True)
    generate_demo(db, DemoOptions(customers=80, days=30, seed=11, end=date(2026, 11, 1)))
    generate_orders(db, 11, 0.5)
    warm(db, 40)
    generate_tickets(db, 11, count=15, now=datetime(2026, 11, 1, 12, 0))
    # Persian text with a ZWNJ, nulls (no consent date, no satisfaction) and microseconds in a date.
    customer = create_customer(
        db, CustomerDraft(PERSIAN_NAME, city="تهران", phones=[PhoneDraft("09121234567")]), "sara"
    )
    log_call(db, CallDraft("in", datetime(2026, 11, 1, 9, 30, 15, 123456), "09121234567", customer,
                           notes="تماس درباره‌ی سفارش", satisfaction=None), "sara")  # fmt: skip
    db.dispose()
    return path


def all_rows(engine: Engine, table: Table) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key.columns))]


def assert_same_stored_values(first: Path, second: Path) -> None:
    """Two SQLite files store the very same values (dates as '2026-11-01 09:30:15.123456', not another spelling)."""
    a, b = sqlite3.connect(first), sqlite3.connect(second)
    try:
        for table in Base.metadata.sorted_tables:
            order = ", ".join(c.name for c in table.primary_key.columns)
            query = f'SELECT * FROM "{table.name}" ORDER BY {order}'
            assert a.execute(query).fetchall() == b.execute(query).fetchall(), table.name
    finally:
        a.close()
        b.close()


def assert_same_content(first: str, second: str) -> None:
    """Every table, every row, every column equal (typed: dates, Decimals, booleans, nulls, Persian text)."""
    a, b = create_engine(first), create_engine(second)
    try:
        for table in Base.metadata.sorted_tables:
            assert all_rows(a, table) == all_rows(b, table), table.name
    finally:
        a.dispose()
        b.dispose()
