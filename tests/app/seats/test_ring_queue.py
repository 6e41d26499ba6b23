"""The caller-ID seat keeps rings in a local file while the server is away, pops from its cache of the last
lookups, and writes the kept rings when the server is back; a crash in between loses none."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database, Sessions, create_database_engine, open_database
from app.dto import CustomerDraft, PhoneDraft
from app.models import Call
from app.seats.recorder import SeatRecorder
from app.seats.ring_queue import RingQueue
from app.services import customers
from tests.conftest import POSTGRES_URL, reset_postgres

T0 = datetime(2026, 11, 23, 10, 0, 0)


def test_kept_rings_survive_a_crash_and_a_torn_last_line(tmp_path: Path) -> None:
    queue = RingQueue(tmp_path)
    ids = [queue.append(f"0912000000{i}", line="1", when=T0 + timedelta(seconds=i), source="modem") for i in range(3)]
    with queue.path.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "torn", "number": "09')  # the crash came mid-line
    after_crash = RingQueue(tmp_path)  # a new process reads the same file
    assert [r["id"] for r in after_crash.pending()] == ids
    assert after_crash.pending()[2]["when"] == T0 + timedelta(seconds=2)


def test_writing_out_stops_at_a_failure_and_resumes_without_duplicates(tmp_path: Path) -> None:
    queue = RingQueue(tmp_path)
    for i in range(3):
        queue.append(f"0912000000{i}", when=T0, source="modem")
    written: list[str] = []

    def flaky(record: dict) -> None:
        if len(written) == 1:
            raise ConnectionError("server gone again")
        written.append(record["number"])

    with pytest.raises(ConnectionError):
        queue.write_out(flaky)
    assert len(RingQueue(tmp_path).pending()) == 2  # the first one is done, also for a new process
    assert RingQueue(tmp_path).write_out(lambda r: written.append(r["number"])) == 2
    assert written == ["09120000000", "09120000001", "09120000002"]
    assert not queue.path.exists() and RingQueue(tmp_path).pending() == []


def unreachable() -> Database:
    """A server that refuses connections (a port nobody listens on): the outage, without stopping anything."""
    url = "postgresql+psycopg://tamas:tamas@127.0.0.1:1/tamas_seats"
    engine = create_database_engine(url)
    return Database(engine, Sessions(engine), url)


@pytest.mark.postgres
def test_rings_during_an_outage_pop_from_the_cache_and_reach_the_server_after_a_crash(tmp_path: Path) -> None:
    reset_postgres(POSTGRES_URL)  # marked `postgres`: tests/conftest.py skips (and counts) it without a server
    server = open_database(POSTGRES_URL)
    customers.create_customer(server, CustomerDraft(name="Behnaz Tehrani", phones=[PhoneDraft("09123456789")]), "t")
    seat = SeatRecorder(server, "seat-a", "ali", RingQueue(tmp_path))
    first = seat.ring("09123456789", line="1", when=T0)  # looked up once while the server was there
    seat.db = unreachable()
    cached = seat.ring("09123456789", line="2", when=T0 + timedelta(minutes=5))
    stranger = seat.ring("09350000000", line="1", when=T0 + timedelta(minutes=6))
    assert seat.offline
    assert cached.name == "Behnaz Tehrani" and cached.call_id < 0 and cached.line == "2"
    assert stranger.name == "" and stranger.number == "+989350000000" and stranger.call_id < 0
    seat.db.dispose()

    after_crash = SeatRecorder(server, "seat-a", "ali", RingQueue(tmp_path))  # the seat started again
    assert after_crash.write_queue(timedelta(seconds=40)) == 2
    with server.sessions() as session:
        rows = session.execute(select(Call.number, Call.line, Call.started_at, Call.status, Call.customer_id)
                               .where(Call.id != first.call_id).order_by(Call.started_at)).all()  # fmt: skip
    assert [tuple(r[:4]) for r in rows] == [
        ("+989123456789", "2", T0 + timedelta(minutes=5), "missed"),
        ("+989350000000", "1", T0 + timedelta(minutes=6), "missed"),
    ]
    assert rows[0].customer_id == first.customer_id
    assert RingQueue(tmp_path).pending() == [] and after_crash.write_queue(timedelta(seconds=40)) == 0
    server.dispose()
