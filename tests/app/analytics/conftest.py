"""Small helpers to put hand-made rows into a real database for the analytics tests."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import insert

from app.db import Database
from app.models import Call, Customer, Lookup, Order, User


def add_user(db: Database, username: str) -> int:
    with db.engine.begin() as conn:
        return conn.execute(insert(User).values(username=username, full_name=username.title())).inserted_primary_key[0]


def add_customer(db: Database, name: str, deleted: bool = False) -> int:
    values = {"name": name, "sort_key": name, "deleted_at": datetime(2026, 1, 1) if deleted else None}
    with db.engine.begin() as conn:
        return conn.execute(insert(Customer).values(**values)).inserted_primary_key[0]


def add_reason(db: Database, value: str) -> int:
    with db.engine.begin() as conn:
        return conn.execute(insert(Lookup).values(kind="call_reason", value=value)).inserted_primary_key[0]


def add_call(
    db: Database, started: datetime, direction: str = "in", status: str = "answered", ring: int = 0,
    talk: int = 0, number: str = "+989120000001", agent_id: int | None = None, customer_id: int | None = None,
    reason_id: int | None = None, notes: str = "",
) -> int:  # fmt: skip
    values = {
        "started_at": started, "direction": direction, "status": status, "ring_seconds": ring, "talk_seconds": talk,
        "number": number, "agent_id": agent_id, "customer_id": customer_id, "reason_id": reason_id, "notes": notes,
    }  # fmt: skip
    with db.engine.begin() as conn:
        return conn.execute(insert(Call).values(**values)).inserted_primary_key[0]


def add_calls(db: Database, rows: list[dict]) -> None:
    """Many calls at once: dicts with started_at, direction, status and any other Call columns."""
    with db.engine.begin() as conn:
        conn.execute(insert(Call), [{"number": "+989120000001", **row} for row in rows])


def add_order(db: Database, customer_id: int, at: datetime, amount: int | str, call_id: int | None = None) -> int:
    values = {"customer_id": customer_id, "ordered_at": at, "product": "Filter set", "amount": Decimal(amount),
              "call_id": call_id}  # fmt: skip
    with db.engine.begin() as conn:
        return conn.execute(insert(Order).values(**values)).inserted_primary_key[0]
