"""Bulk assign (and its undo) and bulk status change over a selection of tickets."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.db import Database
from app.identity import user_id
from app.tickets import service
from app.tickets.bulk import assign_many, bulk_assign, bulk_status
from app.tickets.dto import TicketDraft
from app.tickets.models import Ticket, TicketEvent

MON = datetime(2026, 11, 23, 9)


def test_bulk_assign_returns_what_undo_needs(any_db: Database) -> None:
    with any_db.sessions.begin() as s:
        sara, reza = user_id(s, "sara"), user_id(s, "reza")
    ids = [service.create_ticket(any_db, TicketDraft(f"t{i}", assignee_id=sara if i else None), "x", now=MON)
           for i in range(3)]  # fmt: skip
    previous = bulk_assign(any_db, ids, reza, "boss", now=MON)
    assert previous == {ids[0]: None, ids[1]: sara, ids[2]: sara}
    with any_db.sessions() as s:
        assert set(s.scalars(select(Ticket.assignee_id))) == {reza}
    assert assign_many(any_db, previous, "boss", now=MON) == dict.fromkeys(ids, reza)  # the undo
    with any_db.sessions() as s:
        assert [s.get(Ticket, i).assignee_id for i in ids] == [None, sara, sara]
        assigns = s.scalars(select(TicketEvent).where(TicketEvent.kind == "assign").order_by(TicketEvent.id)).all()
        assert [(e.before, e.after) for e in assigns][:2] == [("", "reza"), ("sara", "reza")]
        assert len(assigns) == 6


def test_bulk_status_moves_the_legal_ones_and_lists_the_refused(any_db: Database) -> None:
    new = service.create_ticket(any_db, TicketDraft("a"), "x", now=MON)
    closed = service.create_ticket(any_db, TicketDraft("b"), "x", now=MON)
    service.change_status(any_db, closed, "resolved", "x", now=MON)
    service.change_status(any_db, closed, "closed", "x", now=MON)
    assert bulk_status(any_db, [new, closed], "waiting", "boss", now=MON) == ([new], [closed])
    with any_db.sessions() as s:
        assert (s.get(Ticket, new).status, s.get(Ticket, new).paused_at) == ("waiting", MON)
        assert s.get(Ticket, closed).status == "closed"


def test_bulk_status_undo_puts_status_pause_and_times_back(any_db: Database) -> None:
    from app.tickets.bulk import bulk_status_undoable, restore_status

    waiting = service.create_ticket(any_db, TicketDraft("a"), "x", now=MON)
    service.change_status(any_db, waiting, "waiting", "x", now=MON)
    fresh = service.create_ticket(any_db, TicketDraft("b"), "x", now=MON)
    with any_db.sessions() as s:
        due_before = s.get(Ticket, waiting).resolution_due
    later = datetime(2026, 11, 24, 9)
    moved, refused, saved = bulk_status_undoable(any_db, [waiting, fresh], "resolved", "boss", now=later)
    assert (sorted(moved), refused) == (sorted([waiting, fresh]), [])
    with any_db.sessions() as s:
        assert s.get(Ticket, waiting).paused_at is None and s.get(Ticket, waiting).resolved_at == later
    assert sorted(restore_status(any_db, saved, "boss", now=later)) == sorted([waiting, fresh])
    with any_db.sessions() as s:
        back = s.get(Ticket, waiting)
        assert (back.status, back.paused_at, back.resolved_at, back.resolution_due) == (
            "waiting",
            MON,
            None,
            due_before,
        )
        assert (s.get(Ticket, fresh).status, s.get(Ticket, fresh).resolved_at) == ("new", None)
        undo_events = s.scalars(select(TicketEvent).where(TicketEvent.note == "undo").order_by(TicketEvent.id)).all()
        assert [(e.ticket_id, e.before, e.after) for e in undo_events] == [(waiting, "resolved", "waiting"),
                                                                           (fresh, "resolved", "new")]  # fmt: skip
