"""The customer list, search, form, card and delete/undo, driven the way an agent uses them."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db import Database
from app.dto import CustomerRow
from app.phones import PhoneRules
from app.services.customer_lists import search_customers
from app.services.phone_lookup import find_customer_by_number
from tests.ui.conftest import add_calls
from ui.customers.customer_card import CustomerCardWindow
from ui.customers.customer_form import CustomerForm
from ui.customers.customers_view import CustomersView
from ui.formatting import Formatter
from ui.main_window import MainWindow


def test_list_loads_lazily_and_passes_the_model_tester(qtbot, qtmodeltester, filled_db: Database) -> None:  # noqa: ANN001
    view = CustomersView(filled_db, PhoneRules, Formatter())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.refresh()
    assert view.model.rowCount() == 31
    assert view.model.data(view.model.index(0, 0)) == "Customer 00"
    assert view.model.data(view.model.index(0, 2)) == "\u2066\u202d0912 000 0000\u202c\u2069"
    qtmodeltester.check(view.model, force_py=True)
    assert "31" in view.summary.text()


def test_search_box_finds_by_persian_arabic_and_phone(qtbot, filled_db: Database) -> None:  # noqa: ANN001
    view = CustomersView(filled_db, PhoneRules, Formatter())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.refresh()
    for typed, expected in (("علي رضايي", ["علی رضایی"]), ("۰۹۳۵", ["علی رضایی"]), ("0912 000 0007", ["Customer 07"])):
        with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
            view.search.setText(typed)  # as typing does: textChanged starts the debounce timer
        assert [view.model.row(i).name for i in range(view.model.rowCount())] == expected
        with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
            view.search.clear()
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        qtbot.keyClicks(view.search, "nobody at all")  # real key events for Latin text
    assert view.model.rowCount() == 0
    assert "Ctrl+N" in view.overlay.text()  # the empty state is said inside the list


def test_form_shows_field_errors_then_saves(qtbot, db: Database) -> None:  # noqa: ANN001
    form = CustomerForm(db, "agent", PhoneRules())
    qtbot.addWidget(form)
    form.show()
    form.email.setText("nope")
    form.phone_rows[0].number.setText("12")
    form.save()
    assert form._errors["name"].isVisible() and "required" in form._errors["name"].text()
    assert form._errors["email"].isVisible() and "nope" in form._errors["email"].text()
    assert form.phone_rows[0].error.isVisible() and "12" in form.phone_rows[0].error.text()
    assert search_customers(db, "nope").rows == []
    form.name.setText("Maryam Jafari")
    form.email.setText("maryam@example.ir")
    form.phone_rows[0].number.setText("0912 555 1234")
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save()
    assert find_customer_by_number(db, "9125551234") == saved.args[0]


def test_card_with_ten_thousand_calls_pages_its_history(qtbot, qtmodeltester, filled_db: Database) -> None:  # noqa: ANN001
    customer_id = search_customers(filled_db, "Customer 01").rows[0].id
    add_calls(filled_db, customer_id, 10_000)
    card = CustomerCardWindow(filled_db, customer_id, PhoneRules(), Formatter())
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: card.card is not None and card.history.rowCount() == 100, timeout=5000)
    assert card.title.text() == "Customer 01"
    labels = [card.details.itemAt(i).widget() for i in range(card.details.count())]
    assert "10,000" in [w.text() for w in labels if w is not None]
    history = [card.history.row(i).started_at for i in range(100)]
    assert history == sorted(history, reverse=True)
    with qtbot.waitSignal(card.history.page_loaded, timeout=5000):
        card.history.fetchMore()
    assert card.history.rowCount() == 200
    qtmodeltester.check(card.history, force_py=True)


def answer_next_question(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(50, click)


def test_delete_asks_then_undo_restores(qtbot, filled_db: Database, settings) -> None:  # noqa: ANN001
    window = MainWindow(filled_db, settings, "agent")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 31, timeout=5000)
    target: CustomerRow = window.customers.model.row(3)
    answer_next_question(QMessageBox.StandardButton.No)
    window.delete_customer(target.id, target.name)
    assert window.undo_stack.count() == 0
    answer_next_question(QMessageBox.StandardButton.Yes)
    window.delete_customer(target.id, target.name)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 30, timeout=5000)
    assert search_customers(filled_db, target.name).rows == []
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 31, timeout=5000)
    assert [r.id for r in search_customers(filled_db, target.name).rows] == [target.id]
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 30, timeout=5000)
