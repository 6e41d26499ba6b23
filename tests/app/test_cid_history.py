"""Calls replayed from a caller-ID server's log after a reconnect (issue 7 item 6)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from app.db import Database
from app.dto import CustomerDraft, PastCall, PhoneDraft
from app.models import Call
from app.services import call_history, customers, incoming, missed

T0 = datetime(2026, 5, 2, 10, 0)


def test_replayed_calls_newer_than_the_last_seen_and_not_recorded_become_missed_calls(any_db: Database) -> None:
    known = customers.create_customer(any_db, CustomerDraft(name="Sara", phones=[PhoneDraft("0912 555 6677")]), "t")
    seen = incoming.ring(any_db, "09121111111", when=T0, source="ncid")
    incoming.ring_ended(any_db, seen.call_id, at=T0 + timedelta(seconds=30))
    log = [
        PastCall("09120000000", T0 - timedelta(hours=1)),  # older than the last call seen: already dealt with
        PastCall("09121111111", T0 + timedelta(seconds=40)),  # the call we saw, stamped a minute apart
        PastCall("09125556677", T0 + timedelta(minutes=3), line="2"),  # during the outage
        PastCall(None, T0 + timedelta(minutes=4)),  # withheld, during the outage
        PastCall("09126666666", T0 + timedelta(minutes=5), duration=95),  # the log says it was answered
        PastCall("09125556677", T0 + timedelta(minutes=3)),  # the log repeats itself
    ]
    result = call_history.import_history(any_db, log, "ncid", after=None)
    assert result.newest == T0 + timedelta(minutes=5) and len(result.added) == 3
    rows = {(m.number, m.customer_id) for m in missed.missed_calls(any_db).rows}
    assert rows == {("+989125556677", known), ("+989121111111", None)}
    with any_db.sessions() as session:
        found = session.execute(select(Call.number, Call.status, Call.talk_seconds).where(Call.id.in_(result.added)))
        statuses = sorted(tuple(row) for row in found)
    assert statuses == [("", "missed", 0), ("+989125556677", "missed", 0), ("+989126666666", "answered", 95)]
    # The next reconnect replays the same log: nothing new.
    again = call_history.import_history(any_db, log, "ncid", after=result.newest)
    assert again.added == [] and again.newest == result.newest


def test_a_source_that_never_rang_here_imports_nothing(any_db: Database) -> None:
    incoming.ring(any_db, "09121111111", when=T0, source="modem")  # another source's calls do not count
    log = [PastCall("09122222222", T0 - timedelta(days=3)), PastCall("09123333333", T0 - timedelta(days=1))]
    result = call_history.import_history(any_db, log, "ncid", after=None)
    assert result.added == [] and result.newest == T0 - timedelta(days=1)
    # What it remembers is the threshold next time: a call after it is imported.
    later = call_history.import_history(any_db, [*log, PastCall("09124444444", T0)], "ncid", after=result.newest)
    assert len(later.added) == 1
