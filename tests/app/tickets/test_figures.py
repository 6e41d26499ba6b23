"""The dashboard's ticket figures: open, overdue, resolved in the period, median business time, by category."""

from __future__ import annotations

from datetime import date, datetime

from app.db import Database
from app.services import lookups
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.figures import CategoryFigures, ticket_figures
from app.tickets.lists import TICKET_CATEGORY, TICKET_DEFAULTS


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute)  # Mon 23 .. Sun 29; the office works Sat-Wed 08:00-16:00


def test_figures_of_a_period(any_db: Database) -> None:
    lookups.ensure_defaults(any_db, TICKET_DEFAULTS)
    billing = lookups.list_values(any_db, TICKET_CATEGORY)[1]
    quick = service.create_ticket(any_db, TicketDraft("a", category_id=billing.id), "sara", now=at(23, 9))
    service.change_status(any_db, quick, "resolved", "sara", now=at(23, 11))  # 2 business hours
    slow = service.create_ticket(any_db, TicketDraft("b"), "sara", now=at(23, 14))
    # 2 h on Monday, then Tuesday 08:00-12:00: 6 business hours, of which 1 h waiting on the customer
    service.change_status(any_db, slow, "waiting", "sara", now=at(24, 8))
    service.change_status(any_db, slow, "open", "sara", now=at(24, 9))
    service.change_status(any_db, slow, "resolved", "sara", now=at(24, 12))
    service.create_ticket(any_db, TicketDraft("c", priority="urgent", category_id=billing.id), "sara", now=at(24, 9))
    service.create_ticket(any_db, TicketDraft("old"), "sara", now=at(2, 9))  # before the period, still open
    figures = ticket_figures(any_db, date(2026, 11, 23), date(2026, 11, 24), now=at(25, 9))
    assert (figures.open, figures.overdue, figures.opened, figures.resolved) == (2, 2, 3, 2)
    assert figures.median_resolve_seconds == (2 * 3600 + 5 * 3600) / 2
    assert figures.by_category == [CategoryFigures(billing.value, 2, 1, 1), CategoryFigures("", 1, 1, 1)]
    monday = ticket_figures(any_db, date(2026, 11, 23), date(2026, 11, 23), now=at(25, 9))
    assert (monday.opened, monday.resolved, monday.median_resolve_seconds) == (2, 1, 2 * 3600)
    empty = ticket_figures(any_db, date(2026, 10, 1), date(2026, 10, 2), now=at(25, 9))
    assert (empty.opened, empty.resolved, empty.median_resolve_seconds) == (0, 0, None)
