"""The dashboard's ticket panel shows the figures of the chosen period, in the interface's digits."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCalendar

from app.db import Database
from app.tickets import service
from app.tickets.dto import TicketDraft
from ui.formatting import Formatter
from ui.reports.dashboard import Dashboard
from ui.reports.ticket_figures import TicketFiguresPanel


def test_dashboard_shows_ticket_figures(qtbot, db: Database) -> None:  # noqa: ANN001
    now = datetime.now().replace(microsecond=0)
    opened = service.create_ticket(db, TicketDraft("printer"), "sara", now=now - timedelta(minutes=5))
    service.create_ticket(db, TicketDraft("invoice"), "sara", now=now - timedelta(minutes=4))
    service.change_status(db, opened, "resolved", "sara", now=now)
    dashboard = Dashboard(db, Formatter(), QCalendar())
    qtbot.addWidget(dashboard)
    panel = dashboard.ticket_figures
    qtbot.waitUntil(lambda: panel.values["opened"].text() == "2", timeout=10000)
    assert (panel.values["open"].text(), panel.values["resolved"].text()) == ("1", "1")
    assert panel.categories.rowCount() == 1
    assert [panel.categories.item(0, c).text() for c in range(4)] == ["(no category)", "2", "1", "1"]


def test_ticket_panel_in_persian_digits(qtbot, db: Database) -> None:  # noqa: ANN001
    day = datetime(2026, 11, 23, 9)  # a Monday: 2 business hours to resolve
    ticket = service.create_ticket(db, TicketDraft("a"), "sara", now=day)
    service.change_status(db, ticket, "resolved", "sara", now=day + timedelta(hours=2))
    fmt = Formatter(language="fa")
    panel = TicketFiguresPanel(db, fmt)
    qtbot.addWidget(panel)
    panel.load(date(2026, 11, 23), date(2026, 11, 23), now=day + timedelta(days=1))
    qtbot.waitUntil(lambda: panel.values["median"].text() != "—", timeout=10000)
    assert panel.values["median"].text() == fmt.duration(2 * 3600)
    assert panel.values["resolved"].text() == fmt.number(1) == "۱"
