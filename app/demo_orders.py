"""Demo orders for the demo customers: believable products, Rial amounts, some tied to sale calls.

Deterministic for a seed and a database: dates are anchored to the newest call, not to today.
Rows are bulk-inserted with Core in one transaction; calls are merged in customer order from one
streamed query, so a million customers need neither a dict of calls nor a query per customer.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, insert, select

from app.db import Database
from app.models import Call, Customer, Order
from app.progress import Cancelled, Progress, no_progress

ACTOR = "demo"
CHUNK = 20_000
# (product, lowest and highest unit price in thousands of rials)
PRODUCTS = (
    ("Annual service plan", 12_000, 45_000), ("Spare parts kit", 1_500, 9_000), ("Installation", 3_000, 15_000),
    ("Water purifier", 25_000, 90_000), ("Filter set", 900, 4_500), ("Home delivery", 300, 1_200),
    ("Extended warranty", 5_000, 20_000), ("Gift card", 1_000, 10_000),
)  # fmt: skip
LINKED_SHARE = 0.7  # of sale calls that produced an order


def _anchor(conn: Connection) -> datetime:
    newest = conn.scalar(select(func.max(Call.started_at)))
    if isinstance(newest, str):  # SQLite returns MAX() of a DateTime as text
        newest = datetime.fromisoformat(newest)
    return (newest or datetime(2026, 1, 1)).replace(microsecond=0)


def _sale_calls(conn: Connection) -> Iterator[Any]:
    query = (
        select(Call.customer_id, Call.id, Call.started_at)
        .where(Call.customer_id.is_not(None), Call.status == "answered", Call.outcome == "Sale")
        .order_by(Call.customer_id, Call.started_at, Call.id)
    )
    # Options on the statement, not the connection: the inserts on this connection must not stream.
    yield from conn.execute(query.execution_options(stream_results=True, yield_per=CHUNK))


def _order(rng: random.Random, customer_id: int, at: datetime, call_id: int | None) -> tuple:
    """(customer_id, ordered_at, product, quantity, amount, call_id) for one believable order."""
    product, low, high = PRODUCTS[int(rng.random() * len(PRODUCTS))]
    quantity = 1 if rng.random() < 0.8 else rng.randint(2, 4)
    amount = rng.randint(low, high) * 1000 * quantity  # whole thousands of rials, as priced
    return (customer_id, at, product, quantity, amount, call_id)


def _insert(conn: Connection, rows: list[tuple]) -> None:
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        keys = ("customer_id", "ordered_at", "product", "quantity", "amount", "call_id")
        values = [dict(zip(keys, row, strict=True)) for row in rows]
        for value in values:
            value.update(amount=Decimal(value["amount"]), currency="IRR", created_at=value["ordered_at"],
                         created_by=ACTOR)  # fmt: skip
        conn.execute(insert(Order), values)
        return
    # SQLite branch, as in app.demo: plain tuples skip SQLAlchemy's per-value processing; datetimes
    # in the exact text SQLAlchemy stores so comparisons still meet.
    conn.exec_driver_sql(
        "INSERT INTO orders (customer_id, ordered_at, product, quantity, amount, currency, call_id, created_at, "
        "created_by) VALUES (?, ?, ?, ?, ?, 'IRR', ?, ?, ?)",
        [
            (cid, stamp, product, quantity, amount, call_id, stamp, ACTOR)
            for cid, at, product, quantity, amount, call_id in rows
            for stamp in (at.isoformat(" ", "microseconds"),)
        ],
    )


def generate_orders(db: Database, seed: int, share: float = 0.35, progress: Progress = no_progress) -> int:
    """Give about `share` of the live customers 1-6 orders in the year before the newest call.

    A chosen customer's sale calls become linked orders (most of them); the rest of their orders
    are spread over the year. Returns how many orders were added; `progress` returning False
    raises `Cancelled` and adds nothing.
    """
    if not 0 <= share <= 1:
        raise ValueError("share must be between 0 and 1")
    rng = random.Random(seed)
    added = 0
    with db.writer.begin() as conn:
        anchor = _anchor(conn)
        total = int(conn.scalar(select(func.count()).where(Customer.deleted_at.is_(None))) or 0)
        ids = conn.execute(
            select(Customer.id)
            .where(Customer.deleted_at.is_(None))
            .order_by(Customer.id)
            .execution_options(stream_results=True, yield_per=CHUNK)
        )
        sales = _sale_calls(conn)
        pending = next(sales, None)
        rows: list[tuple] = []
        for done, (customer_id,) in enumerate(ids, 1):
            calls: list[tuple[int, datetime]] = []
            while pending is not None and pending[0] <= customer_id:
                if pending[0] == customer_id:
                    calls.append((pending[1], pending[2]))
                pending = next(sales, None)
            if rng.random() < share:
                for call_id, at in calls:
                    if rng.random() < LINKED_SHARE:
                        rows.append(_order(rng, customer_id, at + timedelta(minutes=rng.randint(2, 20)), call_id))
                for _ in range(1 + int(rng.random() ** 2 * 5)):  # mostly one or two, a few loyal buyers
                    at = anchor - timedelta(seconds=int(rng.random() * 365 * 86400))
                    rows.append(_order(rng, customer_id, at.replace(microsecond=0), None))
            if len(rows) >= CHUNK or done == total:
                _insert(conn, rows)
                added += len(rows)
                rows = []
                if progress(done, total, "orders") is False:
                    raise Cancelled("orders")
        _insert(conn, rows)
        added += len(rows)
    return added
