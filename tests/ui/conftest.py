"""GUI fixtures: isolated settings, and no worker thread outliving its test's database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from PySide6.QtCore import QSettings

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.models import Call
from app.services import customers, lookups
from ui.settings import Settings
from ui.tasks import wait_for_all


@pytest.fixture(autouse=True)
def drain_workers() -> Iterator[None]:
    yield
    assert wait_for_all(20000)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def filled_db(db: Database) -> Database:
    """Thirty named customers, one unknown caller, and defaults for the lists."""
    lookups.ensure_defaults(db)
    for i in range(30):
        customers.create_customer(
            db,
            CustomerDraft(
                name=f"Customer {i:02d}", company="Acme" if i % 2 else "", phones=[PhoneDraft(f"0912000{i:04d}")]
            ),
            "t",
        )
    customers.create_customer(db, CustomerDraft(name="علی رضایی", phones=[PhoneDraft("09351234567")]), "t")
    return db


def add_calls(db: Database, customer_id: int, count: int) -> None:
    start = datetime(2025, 1, 1, 9)
    rows = [
        {"direction": "in", "number": "+989120000001", "customer_id": customer_id, "line": "1",
         "started_at": start + timedelta(minutes=17 * i), "status": "answered", "ring_seconds": 5,
         "talk_seconds": 60 + i % 300, "outcome": "", "notes": f"call {i}", "source": "test",
         "created_by": "t", "updated_by": "t"}
        for i in range(count)
    ]  # fmt: skip
    with db.engine.begin() as connection:
        connection.execute(insert(Call), rows)
