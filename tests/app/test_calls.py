"""Calls: logging by hand, the filtered call log, a customer's history, unknown callers attached later."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app import errors
from app.db import Database
from app.dto import CallDraft, CallFilter, CustomerDraft, PhoneDraft
from app.models import AuditLog, Call
from app.services import calls, customers, lookups
from app.services.phone_lookup import find_customer_by_number

T0 = datetime(2026, 3, 7, 9, 0)


def customer(db: Database, name: str, number: str) -> int:
    return customers.create_customer(db, CustomerDraft(name=name, phones=[PhoneDraft(number)]), "t")


def test_log_call_sets_times_agent_and_reason(any_db: Database) -> None:
    lookups.ensure_defaults(any_db)
    reason = lookups.list_values(any_db, lookups.CALL_REASON)[1]
    cid = customer(any_db, "Nima", "09121234567")
    draft = CallDraft("in", T0, number="0912 123 4567", customer_id=cid, ring_seconds=12, talk_seconds=95,
                      reason_id=reason.id, outcome="Resolved", notes=" late delivery ", agent="agent7")  # fmt: skip
    call_id = calls.log_call(any_db, draft, "t")
    row = calls.list_calls(any_db).rows[0]
    assert (row.id, row.customer_name, row.reason, row.agent, row.notes) == (call_id, "Nima", reason.value,
                                                                               "agent7", "late delivery")  # fmt: skip
    with any_db.sessions() as session:
        call = session.get(Call, call_id)
        assert call is not None
        assert call.answered_at == T0 + timedelta(seconds=12)
        assert call.ended_at == T0 + timedelta(seconds=107)
        assert call.number == "+989121234567"
        assert session.scalar(select(AuditLog.action).where(AuditLog.entity == "call")) == "create"


def test_missed_call_has_no_talk_time(any_db: Database) -> None:
    call_id = calls.log_call(any_db, CallDraft("in", T0, number="09121234567", status="missed", talk_seconds=50), "t")
    with any_db.sessions() as session:
        call = session.get(Call, call_id)
        assert call is not None and call.talk_seconds == 0 and call.answered_at is None


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (CallDraft("sideways", T0, number="09121234567"), "direction"),
        (CallDraft("in", T0, number="hello"), "number"),
        (CallDraft("in", T0), "number"),
        (CallDraft("in", T0, number="09121234567", talk_seconds=-5), "talk_seconds"),
        (CallDraft("in", T0, number="09121234567", satisfaction=9), "satisfaction"),
        (CallDraft("in", T0, number="09121234567", status="exploded"), "status"),
    ],
)
def test_bad_calls_are_refused_with_the_field(any_db: Database, draft: CallDraft, field: str) -> None:
    with pytest.raises(errors.ValidationError) as raised:
        calls.log_call(any_db, draft, "t")
    assert field in raised.value.errors
    assert calls.list_calls(any_db).rows == []


def test_call_for_a_missing_customer_is_refused(any_db: Database) -> None:
    with pytest.raises(errors.NotFound):
        calls.log_call(any_db, CallDraft("in", T0, customer_id=999), "t")


def test_filters_and_paging(any_db: Database) -> None:
    lookups.ensure_defaults(any_db)
    reasons = lookups.list_values(any_db, lookups.CALL_REASON)
    cid = customer(any_db, "Filter", "09121234567")
    for i in range(30):
        calls.log_call(any_db, CallDraft(
            "in" if i % 3 else "out", T0 + timedelta(hours=i), number="09121234567", customer_id=cid,
            status="missed" if i % 5 == 0 else "answered", reason_id=reasons[i % 2].id,
            agent="a" if i % 2 else "b"), "t")  # fmt: skip
    everything = calls.list_calls(any_db, limit=1000).rows
    assert len(everything) == 30
    assert [r.started_at for r in everything] == sorted((r.started_at for r in everything), reverse=True)
    paged, cursor = [], None
    while True:
        page = calls.list_calls(any_db, after=cursor, limit=7)
        paged += [r.id for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert paged == [r.id for r in everything]
    out = calls.list_calls(any_db, CallFilter(direction="out")).rows
    assert len(out) == 10 and {r.direction for r in out} == {"out"}
    missed = calls.list_calls(any_db, CallFilter(status="missed")).rows
    assert len(missed) == 6
    window = CallFilter(date_from=T0 + timedelta(hours=5), date_to=T0 + timedelta(hours=10))
    assert len(calls.list_calls(any_db, window).rows) == 5
    agents = {a.username: a.id for a in lookups.list_agents(any_db)}
    assert len(calls.list_calls(any_db, CallFilter(agent_id=agents["a"])).rows) == 15
    assert len(calls.list_calls(any_db, CallFilter(reason_id=reasons[0].id, direction="in")).rows) == 10


def test_history_is_newest_first_and_paged(any_db: Database) -> None:
    cid = customer(any_db, "History", "09121234567")
    other = customer(any_db, "Other", "09351234567")
    for i in range(12):
        calls.log_call(any_db, CallDraft("in", T0 + timedelta(days=i), customer_id=cid), "t")
    calls.log_call(any_db, CallDraft("in", T0, customer_id=other), "t")
    first = calls.customer_history(any_db, cid, limit=5)
    assert len(first.rows) == 5 and first.rows[0].started_at == T0 + timedelta(days=11)
    rest = calls.customer_history(any_db, cid, first.next_cursor, limit=50)
    assert len(rest.rows) == 7 and rest.next_cursor is None
    assert customers.customer_card(any_db, cid).call_count == 12


def test_unknown_callers_are_kept_and_attached_later(any_db: Database) -> None:
    first = calls.log_call(any_db, CallDraft("in", T0, number="0935 111 2233", status="missed"), "t")
    calls.log_call(any_db, CallDraft("in", T0 + timedelta(hours=1), number="9351112233"), "t")
    calls.log_call(any_db, CallDraft("in", T0, number="09120000000"), "t")
    assert len(calls.list_calls(any_db, CallFilter(unknown_only=True)).rows) == 3
    cid = customer(any_db, "Found", "09121234567")
    assert calls.attach_calls(any_db, first, cid, "t") == 2
    assert find_customer_by_number(any_db, "09351112233") == cid  # the number joined the customer's phones
    assert len(calls.customer_history(any_db, cid).rows) == 2
    assert len(calls.list_calls(any_db, CallFilter(unknown_only=True)).rows) == 1
    with pytest.raises(errors.NotFound):
        calls.attach_calls(any_db, 9999, cid, "t")
