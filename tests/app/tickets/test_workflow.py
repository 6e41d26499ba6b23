"""The status machine: every legal move works and leaves an event; every other move is refused plainly."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import product

import pytest
from sqlalchemy import select

from app import errors
from app.db import Database
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.models import STATUSES, Ticket, TicketEvent
from app.tickets.workflow import TRANSITIONS, IllegalTransition, NoteRequired, TicketError, next_statuses

T0 = datetime(2026, 11, 22, 9, 0)  # a Sunday, a working day in the Iranian week
ACTOR = "sara"


def _to(db: Database, ticket_id: int, status: str) -> None:
    """Drive a new ticket to `status` by legal moves."""
    steps = {"new": [], "open": ["open"], "escalated": ["escalated"], "waiting": ["waiting"],
             "resolved": ["resolved"], "closed": ["resolved", "closed"]}[status]  # fmt: skip
    for step in steps:
        if step == "escalated":
            service.escalate(db, ticket_id, ACTOR, "needs the second line", now=T0)
        else:
            service.change_status(db, ticket_id, step, ACTOR, now=T0)


def _ticket(db: Database, status: str) -> int:
    ticket_id = service.create_ticket(db, TicketDraft(f"at {status}"), ACTOR, now=T0)
    _to(db, ticket_id, status)
    return ticket_id


def _status_and_last_event(db: Database, ticket_id: int) -> tuple[str, TicketEvent]:
    with db.sessions() as s:
        status = s.scalar(select(Ticket.status).where(Ticket.id == ticket_id))
        event = s.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id.desc()))
        return status, event.first()


def test_every_legal_transition_moves_and_records_who_and_when(any_db: Database) -> None:
    later = T0 + timedelta(hours=1)
    for (before, after), action in TRANSITIONS.items():
        ticket_id = _ticket(any_db, before)
        if action == "reopen":
            service.reopen(any_db, ticket_id, "ali", "customer called again", now=later)
            kind = "reopened"
        elif action == "escalate":
            service.escalate(any_db, ticket_id, "ali", "beyond first line", now=later)
            kind = "escalated"
        else:
            service.change_status(any_db, ticket_id, after, "ali", now=later)
            kind = "status"
        status, event = _status_and_last_event(any_db, ticket_id)
        assert status == after, (before, after)
        assert (event.kind, event.before, event.after, event.by, event.at) == (kind, before, after, "ali", later)


def test_every_illegal_transition_is_refused_and_changes_nothing(any_db: Database) -> None:
    tickets = {status: _ticket(any_db, status) for status in STATUSES}
    refused = 0
    for before, after in product(STATUSES, STATUSES):
        if (before, after) in TRANSITIONS:
            continue
        with pytest.raises(IllegalTransition) as caught:
            service.change_status(any_db, tickets[before], after, "ali", now=T0 + timedelta(hours=2))
        assert (caught.value.before, caught.value.after) == (before, after)
        assert str(caught.value).endswith(".")
        refused += 1
    assert refused == 36 - len(TRANSITIONS)
    for status, ticket_id in tickets.items():
        assert _status_and_last_event(any_db, ticket_id)[0] == status


def test_closed_ticket_comes_back_only_through_reopen(any_db: Database) -> None:
    ticket_id = _ticket(any_db, "closed")
    with pytest.raises(IllegalTransition, match="only through Reopen"):
        service.change_status(any_db, ticket_id, "open", ACTOR)
    with pytest.raises(NoteRequired):
        service.reopen(any_db, ticket_id, ACTOR, "  ")
    service.reopen(any_db, ticket_id, ACTOR, "fault came back", now=T0 + timedelta(days=1))
    with any_db.sessions() as s:
        ticket = s.get(Ticket, ticket_id)
        assert (ticket.status, ticket.reopen_count, ticket.closed_at, ticket.resolved_at) == ("open", 1, None, None)
    for status in ("new", "open", "escalated", "waiting"):
        with pytest.raises(IllegalTransition, match="Only a resolved or closed ticket can be reopened"):
            service.reopen(any_db, _ticket(any_db, status), ACTOR, "why")
    with pytest.raises(IllegalTransition, match="reopen it first"):
        service.change_status(any_db, _ticket(any_db, "resolved"), "waiting", ACTOR)


def test_escalation_needs_a_note_and_another_tier(any_db: Database) -> None:
    from app.services import lookups
    from app.tickets.lists import TICKET_DEFAULTS, TICKET_TIER

    lookups.ensure_defaults(any_db, TICKET_DEFAULTS)
    first, second = (item.id for item in lookups.list_values(any_db, TICKET_TIER)[:2])
    ticket_id = service.create_ticket(any_db, TicketDraft("router dead", tier_id=first), ACTOR, now=T0)
    with pytest.raises(NoteRequired, match="note"):
        service.escalate(any_db, ticket_id, ACTOR, "", tier_id=second)
    with pytest.raises(IllegalTransition, match="Escalate"):
        service.change_status(any_db, ticket_id, "escalated", ACTOR)
    service.escalate(any_db, ticket_id, ACTOR, "needs a technician", tier_id=second, now=T0)
    with pytest.raises(TicketError, match="already escalated"):
        service.escalate(any_db, ticket_id, ACTOR, "again", tier_id=second)
    with any_db.sessions() as s:
        assert s.get(Ticket, ticket_id).tier_id == second
        kinds = [(e.kind, e.before, e.after) for e in s.scalars(select(TicketEvent).order_by(TicketEvent.id))]
    assert kinds == [("created", "", "new"), ("tier", "First line", "Second line"), ("escalated", "new", "escalated")]


def test_every_change_is_an_event_with_who_and_when(any_db: Database) -> None:
    from app.identity import user_id

    with any_db.sessions.begin() as s:
        reza = user_id(s, "reza")
    ticket_id = service.create_ticket(any_db, TicketDraft("late delivery"), ACTOR, now=T0)
    steps = [
        lambda t: service.assign(any_db, ticket_id, reza, ACTOR, now=t),
        lambda t: service.set_priority(any_db, ticket_id, "high", ACTOR, now=t),
        lambda t: service.add_note(any_db, ticket_id, ACTOR, "courier says Tuesday", now=t),
        lambda t: service.record_informed(any_db, ticket_id, ACTOR, "sms", "Your parcel arrives Tuesday.", now=t),
    ]
    for minute, step in enumerate(steps, start=1):
        step(T0 + timedelta(minutes=minute))
    with any_db.sessions() as s:
        events = [
            (e.kind, e.before, e.after, e.by, e.at.minute)
            for e in s.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id))
        ]
        ticket = s.get(Ticket, ticket_id)
    assert events == [
        ("created", "", "new", ACTOR, 0), ("assign", "", "reza", ACTOR, 1), ("priority", "normal", "high", ACTOR, 2),
        ("note", "", "", ACTOR, 3), ("informed", "", "sms", ACTOR, 4),
    ]  # fmt: skip
    assert ticket.first_response_at == T0 + timedelta(minutes=3)  # the note was the first response
    assert ticket.last_informed_at == T0 + timedelta(minutes=4)
    with pytest.raises(errors.ValidationError):
        service.record_informed(any_db, ticket_id, ACTOR, "pigeon", "hi")


def test_bad_drafts_are_refused_field_by_field(any_db: Database) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        service.create_ticket(any_db, TicketDraft(" ", type="rant", priority="asap", customer_id=999), ACTOR)
    assert caught.value.errors == {"subject": "empty", "type": "invalid_choice", "priority": "invalid_choice",
                                   "customer_id": "invalid_choice"}  # fmt: skip
    with pytest.raises(errors.NotFound):
        service.change_status(any_db, 12345, "open", ACTOR)


def test_next_statuses_offers_only_ordinary_moves() -> None:
    assert next_statuses("new") == ["open", "waiting", "resolved"]
    assert next_statuses("closed") == []
    assert next_statuses("resolved") == ["closed"]


def test_status_change_can_tell_the_customer_in_the_same_step(any_db: Database) -> None:
    from app.tickets.inform import inform_message

    ticket_id = service.create_ticket(any_db, TicketDraft("leak"), ACTOR, now=T0)
    message = inform_message("resolved", "fa", ticket_id, "leak")
    assert f"{ticket_id}" in message and "انجام شد" in message
    assert inform_message("resolved", "xx", 7, "s").startswith("Your request #7 (s)")
    service.change_status(any_db, ticket_id, "resolved", ACTOR, resolution="valve replaced", inform=("sms", message),
                          now=T0 + timedelta(hours=3))  # fmt: skip
    with any_db.sessions() as s:
        ticket = s.get(Ticket, ticket_id)
        events = [(e.kind, e.after, e.note) for e in s.scalars(select(TicketEvent).order_by(TicketEvent.id))]
    assert (ticket.resolution, ticket.last_informed_at) == ("valve replaced", T0 + timedelta(hours=3))
    assert events[-2:] == [("status", "resolved", ""), ("informed", "sms", message)]
    with pytest.raises(errors.ValidationError):
        service.change_status(any_db, ticket_id, "closed", ACTOR, inform=("fax", "x"))
    with pytest.raises(errors.ValidationError):
        service.change_status(any_db, ticket_id, "closed", ACTOR, satisfaction=6)
