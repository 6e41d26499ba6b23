"""Two seats in one test, on the real PostgreSQL server of TAMAS_TEST_POSTGRES_URL (skipped, with the reason,
when it is not set): each seat has its own Database, pop manager and listener, as two PCs would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import Database, open_database
from app.dto import CustomerDraft, PhoneDraft
from app.models import User
from app.phones import PhoneRules
from app.services import customers, lookups
from hardware.events import CallerIdEvent
from tests.conftest import POSTGRES_URL, reset_postgres
from ui.callerid.pop_manager import PopManager
from ui.formatting import Formatter
from ui.seats.seats import Seats


@dataclass
class Seat:
    db: Database
    pops: PopManager
    seats: Seats

    def connected(self) -> bool:
        return self.seats.connected and self.seats.link is not None and self.seats.link.listener.backend_pid is not None


def ring(number: str, line: str = "1") -> CallerIdEvent:
    return CallerIdEvent(number, None, None, line, datetime.now(), "modem", f"NMBR = {number}")


def make_seat(db: Database, name: str, agent: str, folder: Path | None, host: bool) -> Seat:
    pops = PopManager(db, PhoneRules, agent, Formatter(), ring_timeout_s=600)
    seats = Seats(db, pops, name, agent, PhoneRules, queue_folder=folder, has_callerid=lambda: host)
    return Seat(db, pops, seats)


def end_own_connections(db: Database, pids: list[int]) -> None:
    """Drop this test's own connections (never the cluster: other people use it)."""
    with db.engine.connect() as connection:
        for pid in pids:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})


@pytest.fixture
def office_pg() -> Iterator[str]:
    # Only tests marked `postgres` use it: tests/conftest.py skips (and counts) them when there is no server.
    assert POSTGRES_URL, "office_pg is for tests marked postgres"
    reset_postgres(POSTGRES_URL)
    db = open_database(POSTGRES_URL)
    lookups.ensure_defaults(db)
    customers.create_customer(db, CustomerDraft(name="Behnaz Tehrani", phones=[PhoneDraft("0912 345 6789")]), "t")
    with db.sessions.begin() as session:
        session.add(User(username="sara", full_name="Sara Karimi"))
    db.dispose()
    yield POSTGRES_URL


@pytest.fixture
def two_seats(qtbot, office_pg: str, tmp_path: Path) -> Iterator[tuple[Seat, Seat]]:  # noqa: ANN001
    a = make_seat(open_database(office_pg), "seat-a", "ali", tmp_path / "a", host=True)
    b = make_seat(open_database(office_pg), "seat-b", "sara", tmp_path / "b", host=False)
    for seat in (a, b):
        seat.seats.start()
    qtbot.waitUntil(lambda: a.connected() and b.connected(), timeout=10000)
    yield a, b
    for seat in (a, b):
        seat.seats.close()
        seat.pops.close_all()
    from ui.tasks import wait_for_all

    wait_for_all(20000)
    for seat in (a, b):
        seat.db.dispose()
