"""Ticket screen fixtures: a small office, and 100,000 tickets inserted fast with one Core bulk insert."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import insert

from app.db import Database, open_database
from app.identity import user_id
from app.tickets.models import Ticket

NOW = datetime(2026, 11, 23, 12, 0)
STATUSES = ("new", "open", "escalated", "waiting", "resolved", "closed", "closed", "closed", "closed", "closed")


def bulk_tickets(db: Database, count: int, customer_id: int | None = None) -> None:
    """`count` tickets, one every 5 minutes back from NOW; every 7th running one is overdue."""
    with db.sessions.begin() as s:
        agents = [user_id(s, name) for name in ("sara", "reza", "maryam")]
    rows = []
    for i in range(count):
        created = NOW - timedelta(minutes=5 * (count - i))
        status = STATUSES[i % len(STATUSES)]
        due = NOW - timedelta(hours=1 + i % 50) if i % 7 == 0 else NOW + timedelta(hours=1 + i % 40)
        rows.append({
            "type": "complaint", "priority": "normal", "status": status, "subject": f"Ticket {i}",
            "description": "", "created_at": created, "created_by": "t", "updated_at": created,
            "resolution_due": due, "first_response_due": created + timedelta(hours=1), "paused_seconds": 0,
            "reopen_count": 0, "resolution": "", "visit_address": "", "visit_outcome": "",
            "assignee_id": agents[i % 3] if i % 11 else None, "customer_id": customer_id,
        })  # fmt: skip
    with db.writer.begin() as conn:
        conn.execute(insert(Ticket), rows)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One real SQLite file with 100,000 tickets, shared by the read-only list tests."""
    database = open_database(tmp_path_factory.mktemp("tickets") / "big.db", create=True)
    bulk_tickets(database, 100_000)
    yield database
    database.dispose()
