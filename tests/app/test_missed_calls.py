"""Missed calls grouped by caller: tries (abandoned included), settled by a call-back from anywhere, handled by hand."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, insert

from app import errors
from app.db import Database, open_database
from app.dto import CallDraft, CustomerDraft, PhoneDraft
from app.migrate import alembic_config
from app.models import Call
from app.services import calls, customers, incoming, lookups, missed

T0 = datetime(2026, 5, 2, 10, 0)


@pytest.fixture
def known(any_db: Database) -> int:
    lookups.ensure_defaults(any_db)
    draft = CustomerDraft(name="Parisa Nouri", phones=[PhoneDraft("0912 123 4567")])
    return customers.create_customer(any_db, draft, "t")


def miss(db: Database, number: str | None, when: datetime, status: str = "missed") -> None:
    if status == "missed":
        incoming.ring_ended(db, incoming.ring(db, number, when=when).call_id)
    else:  # the exchange reports a caller who hung up while queued
        calls.log_call(db, CallDraft("in", when, number=number or "", status=status), "t")


def test_one_row_per_caller_with_tries_first_and_last(any_db: Database, known: int) -> None:
    miss(any_db, "09121234567", T0)
    miss(any_db, "09121234567", T0 + timedelta(minutes=30), status="abandoned")  # hung up early: still a try
    miss(any_db, "09121234567", T0 + timedelta(hours=1))
    miss(any_db, "09130000000", T0 + timedelta(hours=2))
    miss(any_db, None, T0)  # withheld number: nobody to call back
    rows = missed.missed_calls(any_db).rows
    assert [r.display_number for r in rows] == ["0913 000 0000", "0912 123 4567"]
    stranger, parisa = rows
    assert (parisa.customer_id, parisa.customer_name, parisa.first_at, parisa.last_at) == (
        known, "Parisa Nouri", T0, T0 + timedelta(hours=1))  # fmt: skip
    assert parisa.tries == 3 and stranger.tries == 1 and stranger.customer_id is None
    assert missed.count_missed(any_db) == 2
    page = missed.missed_calls(any_db, limit=1)
    assert len(page.rows) == 1 and page.next_cursor is not None
    assert [r.id for r in missed.missed_calls(any_db, page.next_cursor, limit=1).rows] == [parisa.id]


def test_a_call_back_logged_anywhere_settles_the_caller(any_db: Database, known: int) -> None:
    miss(any_db, "09121234567", T0)
    miss(any_db, "09130000000", T0)
    # a call-back that did not reach them leaves the caller on the list
    calls.log_call(any_db, CallDraft("out", T0 + timedelta(hours=1), number="09121234567", status="no-answer"), "a")
    assert missed.count_missed(any_db) == 2
    # the call-back logged from the card (customer, no typed number differs) and answered
    calls.log_call(any_db, CallDraft("out", T0 + timedelta(hours=2), number="0912 123 4567"), "agent")
    assert [r.display_number for r in missed.missed_calls(any_db).rows] == ["0913 000 0000"]
    # the stranger calls again and an agent answers the pop: reached too
    again = incoming.ring(any_db, "09130000000", when=T0 + timedelta(hours=3))
    incoming.answer(any_db, again.call_id, "agent")
    assert missed.count_missed(any_db) == 0
    handled = missed.missed_calls(any_db, include_handled=True).rows
    assert {r.display_number: r.handled_by for r in handled} == {"0912 123 4567": "agent", "0913 000 0000": "agent"}


def test_mark_handled_with_a_note_and_a_new_try_opens_a_new_row(any_db: Database, known: int) -> None:
    miss(any_db, "09121234567", T0)
    row = missed.missed_calls(any_db).rows[0]
    missed.mark_handled(any_db, row.id, "sup", note="  emailed the quote ", at=T0 + timedelta(hours=1))
    assert missed.missed_calls(any_db).rows == []
    shown = missed.missed_calls(any_db, include_handled=True).rows[0]
    handled_at = T0 + timedelta(hours=1)
    assert (shown.handled_by, shown.handled_note, shown.handled_at) == ("sup", "emailed the quote", handled_at)
    # a try from before the handling, logged late, does not reopen it
    miss(any_db, "09121234567", T0 + timedelta(minutes=20))
    assert missed.count_missed(any_db) == 0
    miss(any_db, "09121234567", T0 + timedelta(hours=2))
    fresh = missed.missed_calls(any_db).rows
    assert len(fresh) == 1 and fresh[0].id != row.id and fresh[0].tries == 1
    assert missed.count_missed(any_db, include_handled=True) == 2
    with pytest.raises(errors.NotFound):
        missed.mark_handled(any_db, 987654, "x")


def test_todays_missed_for_the_tray(any_db: Database, known: int) -> None:
    now = datetime.now().replace(microsecond=0)
    midnight = now.replace(hour=0, minute=0, second=0)
    miss(any_db, "09121234567", midnight - timedelta(hours=1))  # yesterday
    for i in range(7):
        miss(any_db, f"0913000000{i}", midnight + timedelta(seconds=i))
    count, latest = missed.todays_missed(any_db, now=now)
    assert count == 7 and [r.display_number for r in latest] == [f"0913 000 000{i}" for i in range(6, 1, -1)]


def test_upgrade_fills_the_list_from_calls_already_stored(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
    row = {"direction": "in", "line": "1", "ring_seconds": 0, "talk_seconds": 0, "outcome": "", "notes": "",
           "source": "demo", "created_by": "t", "updated_by": "t"}  # fmt: skip
    with engine.begin() as connection:
        connection.execute(insert(Call), [
            {**row, "number": "+989121234567", "started_at": T0, "status": "missed"},
            {**row, "number": "+989121234567", "started_at": T0 + timedelta(hours=1), "status": "answered"},
            {**row, "number": "+989121234567", "started_at": T0 + timedelta(hours=2), "status": "abandoned"},
            {**row, "number": "+989121234567", "started_at": T0 + timedelta(hours=3), "status": "missed"},
            {**row, "number": "+989130000000", "started_at": T0, "status": "missed"},
            {**row, "number": "+989130000000", "started_at": T0 + timedelta(hours=1), "status": "answered",
             "direction": "out"},
        ])  # fmt: skip
    engine.dispose()
    db = open_database(tmp_path / "old.db")
    try:
        rows = missed.missed_calls(db).rows
        assert [(r.number, r.tries, r.first_at) for r in rows] == [("+989121234567", 2, T0 + timedelta(hours=2))]
    finally:
        db.dispose()
