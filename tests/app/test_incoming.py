"""The caller-ID path in the database: ring -> row + pop summary; answered, missed, ended; missed-call list."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app import errors
from app.db import Database
from app.dto import CallDraft, CustomerDraft, PhoneDraft
from app.models import Call
from app.services import calls, customers, incoming, lookups

T0 = datetime(2026, 5, 2, 10, 0)


@pytest.fixture
def known(any_db: Database) -> int:
    lookups.ensure_defaults(any_db)
    draft = CustomerDraft(name="Parisa Nouri", company="Nouri Co", tags="VIP", do_not_call=True,
                          phones=[PhoneDraft("0912 123 4567")])  # fmt: skip
    customer_id = customers.create_customer(any_db, draft, "t")
    reason = lookups.list_values(any_db, lookups.CALL_REASON)[0]
    for i in range(5):
        calls.log_call(any_db, CallDraft("in", T0 - timedelta(days=i + 1), customer_id=customer_id,
                                         reason_id=reason.id), "t")  # fmt: skip
    return customer_id


@pytest.mark.parametrize("sent", ["9121234567", "00989121234567", "09121234567", "+989121234567"])
def test_ring_pops_the_customer_whatever_the_device_sends(any_db: Database, known: int, sent: str) -> None:
    pop = incoming.ring(any_db, sent, caller_name="NOURI", line="2", when=T0, source="modem")
    shown = (pop.customer_id, pop.name, pop.company, pop.tags, pop.do_not_call)
    assert shown == (known, "Parisa Nouri", "Nouri Co", "VIP", True)
    assert pop.display_number == "0912 123 4567" and pop.line == "2" and pop.caller_name == "NOURI"
    assert [r.started_at for r in pop.recent] == [T0 - timedelta(days=d) for d in (1, 2, 3)]
    assert pop.recent[0].reason == lookups.list_values(any_db, lookups.CALL_REASON)[0].value
    with any_db.sessions() as session:
        call = session.get(Call, pop.call_id)
        assert call is not None
        assert (call.direction, call.status, call.number, call.line, call.source) == (
            "in",
            "ringing",
            "+989121234567",
            "2",
            "modem",
        )


def test_unknown_private_and_blocked_callers(any_db: Database) -> None:
    unknown = incoming.ring(any_db, "09350001122", when=T0)
    assert unknown.customer_id is None and unknown.name == "" and unknown.recent == []
    hidden = incoming.ring(any_db, None, absent="private", when=T0)
    assert hidden.number == "" and hidden.absent == "private"
    incoming.ring_ended(any_db, unknown.call_id, at=T0 + timedelta(seconds=30))
    incoming.set_blocked(any_db, "0935 000 1122", True)
    assert incoming.ring(any_db, "9350001122", when=T0).blocked
    # Earlier calls from that number, settled ones only: the call still ringing is not history yet.
    assert [r.status for r in incoming.ring(any_db, "9350001122", when=T0).recent] == ["missed"]
    incoming.set_blocked(any_db, "09350001122", False)
    assert not incoming.ring(any_db, "09350001122", when=T0).blocked
    with pytest.raises(errors.ValidationError):
        incoming.set_blocked(any_db, "spam!", True)


def test_answered_missed_and_ended(any_db: Database, known: int) -> None:
    taken = incoming.ring(any_db, "09121234567", when=T0)
    incoming.answer(any_db, taken.call_id, "agent1", at=T0 + timedelta(seconds=9))
    assert incoming.ring_ended(any_db, taken.call_id) == "answered"
    # The device's end record carries the talk time.
    assert incoming.call_ended(any_db, taken.call_id, duration=121, at=T0 + timedelta(seconds=130)) == "answered"
    row = calls.customer_history(any_db, known).rows[0]
    assert (row.status, row.ring_seconds, row.talk_seconds, row.agent) == ("answered", 9, 121, "agent1")

    lost = incoming.ring(any_db, "09121234567", when=T0 + timedelta(minutes=5))
    assert incoming.ring_ended(any_db, lost.call_id, at=T0 + timedelta(minutes=5, seconds=30)) == "missed"
    logged = incoming.ring(any_db, "09121234567", when=T0 + timedelta(minutes=9))
    incoming.log_answer(any_db, logged.call_id, "agent2", reason_id=None, outcome="Resolved", notes=" ok ")
    latest = calls.customer_history(any_db, known).rows[0]
    assert (latest.status, latest.agent, latest.outcome, latest.notes) == ("answered", "agent2", "Resolved", "ok")
    with pytest.raises(errors.NotFound):
        incoming.answer(any_db, 987654, "x")


def test_pop_shows_lifetime_value_only_for_customers_who_bought(any_db: Database, known: int) -> None:
    from decimal import Decimal

    from app.services.orders import OrderDraft, add_order

    assert incoming.ring(any_db, "09121234567", when=T0).lifetime_value is None
    add_order(any_db, OrderDraft(known, T0, "Tiles", Decimal("1500000")), "t")
    add_order(any_db, OrderDraft(known, T0, "Grout", "250000", quantity=2), "t")
    add_order(any_db, OrderDraft(known, T0, "Import", "10", currency="USD"), "t")  # other currencies are not summed
    assert incoming.ring(any_db, "09121234567", when=T0).lifetime_value == 1750000.0
