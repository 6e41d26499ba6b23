"""Every list whose query fails says "Could not load … Retry" (never an empty list that reads as "no results")."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from PySide6.QtCore import QCalendar

from app.db import Database
from app.phones import PhoneRules
from ui.calls.missed_view import MissedCallsView
from ui.formatting import Formatter
from ui.orders.orders_view import OrdersSection
from ui.tickets.knowledge_dialog import KnowledgeDialog
from ui.tickets.list_view import TicketsView

SQL_WORDS = ("SELECT", "[SQL", "FROM ")


def break_table(db_path: Path, table: str) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute(f"ALTER TABLE {table} RENAME TO {table}_away")


@pytest.mark.parametrize("which", ["missed", "tickets", "orders"])
def test_a_failed_list_says_so_with_retry(qtbot, db: Database, db_path: Path, which: str) -> None:  # noqa: ANN001
    table = {"missed": "missed_callers", "tickets": "tickets", "orders": "orders"}[which]
    if which == "missed":
        view = MissedCallsView(db, PhoneRules, Formatter())
    elif which == "tickets":
        view = TicketsView(db, Formatter())
    else:
        view = OrdersSection(db, "agent", 1, QCalendar(), Formatter())
    qtbot.addWidget(view)
    break_table(db_path, table)
    with qtbot.waitSignal(view.model.load_failed, timeout=5000):
        view.reload() if which == "orders" else view.refresh()
    text = view.overlay.text()
    assert text.startswith("Could not load: no such table") and "Retry" in text
    assert view.overlay.retry.isVisibleTo(view) and not any(word in text for word in SQL_WORDS)
    with sqlite3.connect(db_path) as connection:
        connection.execute(f"ALTER TABLE {table}_away RENAME TO {table}")
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.overlay.retry.click()
    assert "Could not load" not in view.overlay.text()


def test_a_failed_article_search_says_so(qtbot, db: Database, db_path: Path) -> None:  # noqa: ANN001
    dialog = KnowledgeDialog(db, "agent")
    qtbot.addWidget(dialog)
    break_table(db_path, "kb_articles")
    dialog.refresh()
    qtbot.waitUntil(lambda: "Could not load the articles" in dialog.error.text(), timeout=5000)
    assert not any(word in dialog.error.text() for word in SQL_WORDS)
