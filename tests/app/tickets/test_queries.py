"""The ticket list's saved filters and keyset pages, the counts, the caller's open tickets, one ticket's detail."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.db import Database
from app.dto import CustomerDraft
from app.identity import user_id
from app.services import customers, lookups
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.lists import TICKET_DEFAULTS, TICKET_DEPARTMENT
from app.tickets.queries import (
    TicketCounts,
    TicketFilter,
    business_days_back,
    customer_open_tickets,
    list_tickets,
    ticket_counts,
    ticket_detail,
)
from app.tickets.sla import WeekCalendar, iranian_week

MON = datetime(2026, 11, 23, 9, 0)


def _ids(db: Database, f: TicketFilter, limit: int = 2) -> list[int]:
    """Every id of the filter, walked page by page (so the cursor is exercised)."""
    ids, cursor = [], None
    while True:
        page = list_tickets(db, f, cursor, limit=limit)
        ids += [row.id for row in page.rows]
        if page.next_cursor is None:
            return ids
        cursor = page.next_cursor


def _world(db: Database) -> dict[str, int]:
    lookups.ensure_defaults(db, TICKET_DEFAULTS)
    tech = lookups.list_values(db, TICKET_DEPARTMENT)[1].id
    with db.sessions.begin() as s:
        me, other = user_id(s, "sara"), user_id(s, "reza")
    customer = customers.create_customer(db, CustomerDraft("Maryam Karimi"), "sara")
    make = lambda subject, **kw: service.create_ticket(db, TicketDraft(subject, **kw), "sara", now=MON)  # noqa: E731
    ids = {
        "mine": make("mine", assignee_id=me, customer_id=customer),
        "theirs": make("theirs", assignee_id=other, department_id=tech, priority="urgent"),
        "unassigned": make("unassigned", customer_id=customer, type="request"),
        "waiting": make("waiting", assignee_id=me),
        "closed": make("closed", customer_id=customer),
        "informed": make("informed", assignee_id=other),
    }
    service.change_status(db, ids["waiting"], "waiting", "sara", now=MON + timedelta(hours=1))
    service.change_status(db, ids["closed"], "resolved", "sara", now=MON + timedelta(hours=1))
    service.change_status(db, ids["closed"], "closed", "sara", satisfaction=4, now=MON + timedelta(hours=2))
    service.record_informed(db, ids["informed"], "reza", "call", "We are on it.", now=MON + timedelta(days=2))
    return ids | {"me": me, "tech": tech, "customer": customer}


def test_saved_filters_and_keyset_pages(any_db: Database) -> None:
    w = _world(any_db)
    later = MON + timedelta(days=3, hours=5)  # Thursday afternoon: urgent (4 h) and normal (16 h) targets passed
    newest_first = lambda *names: [w[n] for n in sorted(names, key=lambda n: -w[n])]  # noqa: E731
    assert _ids(any_db, TicketFilter("open")) == newest_first("mine", "theirs", "unassigned", "waiting", "informed")
    assert _ids(any_db, TicketFilter("all")) == newest_first("mine", "theirs", "unassigned", "waiting", "closed",
                                                              "informed")  # fmt: skip
    assert _ids(any_db, TicketFilter("mine", me_id=w["me"])) == newest_first("mine", "waiting")
    assert _ids(any_db, TicketFilter("department", department_id=w["tech"])) == [w["theirs"]]
    assert _ids(any_db, TicketFilter("unassigned")) == [w["unassigned"]]
    assert _ids(any_db, TicketFilter("waiting")) == [w["waiting"]]
    assert _ids(any_db, TicketFilter("open", type="request")) == [w["unassigned"]]
    assert _ids(any_db, TicketFilter("all", status="closed")) == [w["closed"]]
    # overdue: most overdue first (the urgent one was due Monday 13:00); waiting and closed never are
    overdue = _ids(any_db, TicketFilter("overdue", now=later), limit=1)
    assert overdue == [w["theirs"], w["mine"], w["unassigned"], w["informed"]]
    assert _ids(any_db, TicketFilter("overdue", now=MON + timedelta(hours=1))) == []
    # to inform: nothing told for 3 business days (Wed, Tue, Mon before Saturday: the cutoff is Monday 09:30)
    saturday = datetime(2026, 11, 28, 9, 30)
    assert _ids(any_db, TicketFilter("to_inform", now=saturday)) == newest_first("mine", "theirs", "unassigned",
                                                                                 "waiting")  # fmt: skip


def test_counts_summary_and_detail(any_db: Database) -> None:
    w = _world(any_db)
    assert ticket_counts(any_db, now=MON + timedelta(days=3, hours=5)) == TicketCounts(5, 4)
    assert ticket_counts(any_db, now=MON) == TicketCounts(5, 0)
    summary = customer_open_tickets(any_db, w["customer"], newest=1)
    assert summary.count == 2
    assert [(t.id, t.status, t.assignee) for t in summary.newest] == [(w["unassigned"], "new", "")]
    assert customer_open_tickets(any_db, 9999).count == 0
    detail = ticket_detail(any_db, w["closed"])
    assert (detail.row.customer_name, detail.row.status, detail.satisfaction) == ("Maryam Karimi", "closed", 4)
    assert [e.kind for e in detail.events] == ["created", "status", "status"]


def test_business_days_back_skips_days_off() -> None:
    calendar = WeekCalendar(iranian_week())
    assert business_days_back(datetime(2026, 11, 28, 9, 30), 3, calendar) == datetime(2026, 11, 23, 9, 30)
    assert business_days_back(datetime(2026, 11, 24, 9), 1, calendar) == datetime(2026, 11, 23, 9)


def test_rows_carry_the_sla_state_and_time_left(any_db: Database) -> None:
    w = _world(any_db)
    rows = {r.id: r for r in list_tickets(any_db, TicketFilter("all", now=MON + timedelta(hours=5))).rows}
    assert (rows[w["theirs"]].sla, rows[w["theirs"]].seconds_left) == ("breached", -3600)  # urgent: due 13:00
    assert (rows[w["mine"]].sla, rows[w["mine"]].seconds_left) == ("on_time", 11 * 3600)  # due Wed 09:00
    assert rows[w["waiting"]].paused and rows[w["waiting"]].seconds_left == 15 * 3600  # clock stopped at 10:00
    assert rows[w["closed"]].sla == "met"
