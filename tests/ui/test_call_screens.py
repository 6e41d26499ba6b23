"""The call log's filters and paging, logging a call from a card, and attaching an unknown caller."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCalendar, QDate

from app.db import Database
from app.dto import CallDraft, CallFilter
from app.phones import PhoneRules
from app.services import calls
from app.services.customer_lists import search_customers
from app.services.phone_lookup import find_customer_by_number
from tests.ui.conftest import add_calls
from ui.calls.attach_dialog import AttachDialog
from ui.calls.call_dialog import CallDialog
from ui.calls.calls_view import CallsView
from ui.formatting import Formatter


def make_view(qtbot, db: Database) -> CallsView:  # noqa: ANN001
    view = CallsView(db, PhoneRules, Formatter(), QCalendar())
    qtbot.addWidget(view)
    view.load_choices()
    view.date_from.blockSignals(True)
    view.date_from.setDate(QDate(2024, 1, 1))
    view.date_from.blockSignals(False)
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.date_to.setDate(QDate(2030, 1, 1))
    return view


def test_call_log_pages_and_filters(qtbot, qtmodeltester, filled_db: Database) -> None:  # noqa: ANN001
    customer_id = search_customers(filled_db, "Customer 03").rows[0].id
    add_calls(filled_db, customer_id, 450)
    calls.log_call(filled_db, CallDraft("out", datetime(2025, 6, 1, 10), number="09121112222", status="busy"), "t")
    view = make_view(qtbot, filled_db)
    assert view.model.rowCount() == 200 and view.model.canFetchMore()
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.model.fetchMore()
    assert view.model.rowCount() == 400
    qtmodeltester.check(view.model, force_py=True)
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.direction.setCurrentIndex(view.direction.findData("out"))
    assert [view.model.row(i).status for i in range(view.model.rowCount())] == ["busy"]
    assert view.model.data(view.model.index(0, 3)) == "(unknown caller)"
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.direction.setCurrentIndex(0)
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.date_to.setDate(QDate(2025, 1, 1))  # only the first day: 9:00 to 23:59 every 17 minutes
    assert view.model.rowCount() == len(calls.list_calls(filled_db, view.call_filter(), limit=1000).rows) == 53


def test_log_call_from_a_card_keeps_what_was_typed(qtbot, filled_db: Database) -> None:  # noqa: ANN001
    customer_id = search_customers(filled_db, "Customer 04").rows[0].id
    dialog = CallDialog(filled_db, "agent", PhoneRules(), QCalendar(), customer_id, "Customer 04", ["0912 000 0004"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.number.setCurrentText("not a phone")
    dialog.save()
    assert dialog.general.isVisible() and "not a phone" in dialog.general.text()
    dialog.number.setCurrentText("0912 000 0004")
    dialog.set_started(datetime(2025, 2, 3, 11, 30))
    dialog.minutes.setValue(4)
    dialog.seconds.setValue(10)
    dialog.reason.setCurrentIndex(2)
    dialog.notes.setPlainText("Asked about the invoice")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    logged = calls.customer_history(filled_db, customer_id).rows[0]
    assert (logged.started_at, logged.talk_seconds, logged.notes) == (datetime(2025, 2, 3, 11, 30), 250,
                                                                        "Asked about the invoice")  # fmt: skip
    assert logged.reason == dialog.reason.itemText(2)


def test_attach_an_unknown_caller(qtbot, filled_db: Database) -> None:  # noqa: ANN001
    start = datetime(2025, 3, 1, 9)
    for i in range(3):
        calls.log_call(filled_db, CallDraft("in", start + timedelta(hours=i), number="0901 777 8899"), "t")
    unknown = calls.list_calls(filled_db, CallFilter(unknown_only=True)).rows[0]
    dialog = AttachDialog(filled_db, "agent", PhoneRules(), Formatter(), unknown)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    dialog.accept_choice()
    assert "first" in dialog.note.text()  # nothing chosen yet
    with qtbot.waitSignal(dialog.model.page_loaded, timeout=5000):
        dialog.search.setText("Customer 09")
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.accept_choice()
    assert dialog.attached == 3
    target = search_customers(filled_db, "Customer 09").rows[0].id
    assert find_customer_by_number(filled_db, "9017778899") == target
