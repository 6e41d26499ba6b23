"""The customer and call lists as an agent uses them: totals, sorting, keys to open, the text filter, errors."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from PySide6.QtCore import QCalendar, QDate, Qt
from PySide6.QtWidgets import QLabel

from app.db import Database
from app.dto import CallDraft
from app.phones import PhoneRules
from app.services import calls
from app.services.customer_lists import search_customers
from app.services.list_counts import RowCount
from tests.ui.conftest import add_calls
from ui.calls.calls_view import CallsView
from ui.customers.customers_view import CustomersView
from ui.formatting import Formatter
from ui.list_status import RangeLabel
from ui.main_window import MainWindow
from ui.paged_model import Column, PagedTableModel


def loaded_customers(qtbot, db: Database) -> CustomersView:  # noqa: ANN001
    view = CustomersView(db, PhoneRules, Formatter())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.model.count_changed, timeout=5000, check_params_cb=lambda: view.model.total is not None):
        view.refresh()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.total is not None, timeout=5000)
    return view


def plain(label: QLabel) -> str:
    """A label's text without its direction isolates."""
    return label.text().replace("\u2066", "").replace("\u2069", "").replace("\u202d", "").replace("\u202c", "")


def names(view: CustomersView) -> list[str]:
    return [view.model.row(i).name for i in range(view.model.rowCount())]


def test_customer_list_says_range_and_total(qtbot, filled_db: Database) -> None:  # noqa: ANN001
    view = loaded_customers(qtbot, filled_db)
    assert view.model.total == RowCount(31)
    assert plain(view.summary) == "1–31 of 31"
    view.search.setText("acme")
    qtbot.waitUntil(lambda: plain(view.summary) == "1–15 of 15", timeout=5000)


def test_range_label_says_about_for_an_estimate(qtbot) -> None:  # noqa: ANN001
    from app.dto import Page

    model = PagedTableModel([Column("n", str)], lambda _cursor: Page(list(range(200)), 200))
    label = RangeLabel(model, Formatter())
    qtbot.addWidget(label)
    with qtbot.waitSignal(model.count_changed, timeout=5000, check_params_cb=lambda: model.total is not None):
        model.reload(count=lambda: RowCount(4_812_345, exact=False))
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=5000)
    assert plain(label) == "1–200 of about 4,812,345"
    persian = RangeLabel(model, Formatter("jalali", "fa")).text()
    assert persian == "\u2066\u202d۱–۲۰۰\u202c\u2069 of about ۴٬۸۱۲٬۳۴۵"  # the range isolated; Persian group separator

    def count_fails() -> RowCount:
        raise OSError("disk gone")

    with qtbot.waitSignal(model.count_changed, timeout=5000, check_params_cb=lambda: not model.counting):
        model.reload(count=count_fails)
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=5000)
    assert plain(label) == "1–200; scroll for more"  # no total, and no "counting" forever


def test_name_sorts_through_the_database_and_other_columns_do_not(qtbot, qtmodeltester, filled_db: Database) -> None:  # noqa: ANN001
    view = loaded_customers(qtbot, filled_db)
    ascending = names(view)
    header = view.table.horizontalHeader()
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        header.sectionClicked.emit(0)  # what a click on "Name" does
        view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(view) == ascending[::-1] and names(view)[0] == "علی رضایی"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    qtmodeltester.check(view.model, force_py=True)
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # Company: no index, so no sort
    assert header.sortIndicatorSection() == 0 and names(view) == ascending[::-1] and not view.model.loading
    tip = view.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "no index" in tip


def test_down_moves_into_the_list_and_enter_opens(qtbot, filled_db: Database) -> None:  # noqa: ANN001
    view = loaded_customers(qtbot, filled_db)
    view.show()
    opened: list[int] = []
    view.open_customer.connect(opened.append)
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        qtbot.keyClicks(view.search, "Customer 2")
        qtbot.keyClick(view.search, Qt.Key.Key_Return)  # before the search ran: opens the first result once it comes
    first = search_customers(filled_db, "Customer 2").rows[0]
    assert opened == [first.id]
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened[-1] == view.model.row(1).id
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)  # from the first row: back to the search box
    assert view.search.hasFocus()


def test_ctrl_o_with_nothing_selected_opens_the_first_row(qtbot, filled_db: Database, settings) -> None:  # noqa: ANN001
    window = MainWindow(filled_db, settings, "agent")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 31, timeout=5000)
    assert window.customers.current_customer() is None
    window._open_selected()
    first = window.customers.model.row(0)
    assert list(window.cards) == [first.id]
    window.close()


def test_calls_text_filter_by_name_and_number(qtbot, filled_db: Database) -> None:  # noqa: ANN001
    customer_id = search_customers(filled_db, "Customer 03").rows[0].id
    add_calls(filled_db, customer_id, 5)
    calls.log_call(filled_db, CallDraft("in", datetime(2025, 1, 2, 9), number="0935 777 8888", status="missed"), "t")
    view = CallsView(filled_db, PhoneRules, Formatter(), QCalendar())
    qtbot.addWidget(view)
    view.date_from.blockSignals(True)
    view.date_from.setDate(QDate(2024, 1, 1))
    view.date_from.blockSignals(False)
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.date_to.setDate(QDate(2030, 1, 1))
    assert view.model.rowCount() == 6
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        qtbot.keyClicks(view.text, "customer 03")
    assert {view.model.row(i).customer_id for i in range(view.model.rowCount())} == {customer_id}
    qtbot.waitUntil(lambda: plain(view.summary) == "1–5 of 5", timeout=5000)
    view.text.clear()
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        qtbot.keyClicks(view.text, "0935777")
    assert [view.model.row(i).number for i in range(view.model.rowCount())] == ["+989357778888"]
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # date: oldest first
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.text.clear()
    started = [view.model.row(i).started_at for i in range(view.model.rowCount())]
    assert started == sorted(started) and len(started) == 6


def test_a_failed_query_shows_an_error_with_retry_not_an_empty_list(qtbot, filled_db: Database, db_path) -> None:  # noqa: ANN001
    view = loaded_customers(qtbot, filled_db)
    with sqlite3.connect(db_path) as connection:
        connection.execute("ALTER TABLE phones RENAME TO phones_away")
    with qtbot.waitSignal(view.model.load_failed, timeout=5000):
        view.refresh()
    assert view.model.rowCount() == 0
    text = view.overlay.text()
    assert text.startswith("Could not load: no such table: phones") and "Retry" in text
    assert view.overlay.retry.isVisibleTo(view) and "No customers" not in text
    with sqlite3.connect(db_path) as connection:
        connection.execute("ALTER TABLE phones_away RENAME TO phones")
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.overlay.retry.click()
    assert view.model.rowCount() == 31 and view.overlay.text() == ""


def test_customer_card_history_says_range_and_total(qtbot, filled_db: Database, settings) -> None:  # noqa: ANN001
    customer_id = search_customers(filled_db, "Customer 05").rows[0].id
    add_calls(filled_db, customer_id, 250)
    window = MainWindow(filled_db, settings, "agent")
    qtbot.addWidget(window)
    card = window.open_card(customer_id)
    qtbot.waitUntil(lambda: plain(card.history_label) == "1–100 of 250", timeout=5000)
    empty = window.open_card(search_customers(filled_db, "Customer 06").rows[0].id)
    qtbot.waitUntil(lambda: "No calls with this customer yet" in empty.history_empty.text(), timeout=5000)
    window.close()
