"""Campaign fixtures: a few customers with phones, a running campaign open all day, and a fixed clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.campaigns.campaigns import create_campaign, set_status
from app.campaigns.dto import CampaignDraft, TargetFilter
from app.campaigns.targets import build
from app.db import Database, open_database
from app.dto import CustomerDraft, PhoneDraft
from app.services.customers import create_customer
from tests.conftest import BACKENDS, POSTGRES_URL, reset_postgres

MONDAY_10 = datetime(2026, 11, 23, 10, 0)  # a Monday, inside the default calling hours


def add_customer(db: Database, name: str, phone: str | None, **fields: object) -> int:
    phones = [PhoneDraft(phone)] if phone else []
    return create_customer(db, CustomerDraft(name=name, phones=phones, **fields), "admin")  # type: ignore[arg-type]


def running_campaign(db: Database, target: TargetFilter | None = None, now: datetime = MONDAY_10,
                     **draft: object) -> int:  # fmt: skip
    values: dict[str, object] = {"calling_start": 0, "calling_end": 24 * 60, **draft}
    campaign_id = create_campaign(db, CampaignDraft(name="Spring sale", **values), "admin", now=now)  # type: ignore[arg-type]
    build(db, campaign_id, target or TargetFilter(), "admin", now=now)
    set_status(db, campaign_id, "running", "admin", now=now)
    return campaign_id


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """Every campaign test on a real SQLite file and, when TAMAS_TEST_POSTGRES_URL is set, on PostgreSQL."""
    if request.param == "postgresql":
        reset_postgres(POSTGRES_URL)
        database = open_database(POSTGRES_URL)
    else:
        database = open_database(tmp_path / "tamas.db", create=True)
    yield database
    database.dispose()


@pytest.fixture
def five(db: Database) -> list[int]:
    """Five callable customers with distinct mobile numbers."""
    return [add_customer(db, f"Customer {i}", f"0912000000{i}") for i in range(5)]
