"""The pop follows who the caller is: saved as a new customer, or chosen among customers sharing the number;
and a phone another customer already has is never saved silently."""

from __future__ import annotations

from datetime import datetime

import pytest

from PySide6.QtWidgets import QMessageBox

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.services import calls, customer_lists, customers, lookups
from hardware.events import CallerIdEvent
from ui.customers.customer_form import CustomerForm
from ui.main_window import MainWindow


@pytest.fixture
def desk(qtbot, db: Database, settings) -> MainWindow:  # noqa: ANN001
    lookups.ensure_defaults(db)
    customers.create_customer(db, CustomerDraft(name="Behnaz Tehrani", phones=[PhoneDraft("0912 345 6789")]), "t")
    window = MainWindow(db, settings, "agent")
    qtbot.addWidget(window)
    return window


def ring(number: str, line: str = "1") -> CallerIdEvent:
    return CallerIdEvent(number, None, None, line, datetime.now(), "simulator", f"NMBR = {number}")


def the_form(window: MainWindow) -> CustomerForm:
    forms = [f for f in window.findChildren(CustomerForm) if f.isVisible()]
    assert len(forms) == 1
    return forms[0]


def test_the_unknown_caller_saved_from_the_pop_turns_it_into_their_pop(qtbot, desk: MainWindow, db) -> None:  # noqa: ANN001
    with qtbot.waitSignal(desk.pops.popped, timeout=5000) as shown:
        desk.bridge.inject(ring("0935 111 2222"))
    pop = shown.args[0]
    assert pop.who.text() == "Unknown caller" and pop.new_button.isVisible()
    with qtbot.waitSignal(desk.pops.new_customer_requested, timeout=5000):
        pop.new_button.click()
    form = the_form(desk)
    form.name.setText("Sara Ahmadi")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    qtbot.waitUntil(lambda: pop.who.text() == "Sara Ahmadi", timeout=5000)
    assert pop.open_button.isVisible() and not pop.new_button.isVisible() and pop.pop.customer_id is not None
    row = calls.list_calls(db).rows[0]
    assert (row.customer_name, row.status) == ("Sara Ahmadi", "answered")
    assert pop.isVisible() and pop.is_answered()  # the pop stays, its timer running, to log the call
    desk.pops.close_all()


def test_several_customers_on_one_number_get_a_chooser(qtbot, desk: MainWindow, db) -> None:  # noqa: ANN001
    other = customers.create_customer(db, CustomerDraft(name="Pars Tile office", phones=[PhoneDraft("09123456789")]),
                                      "t")  # fmt: skip
    # The caller-ID path itself finds every live customer on the number and hands them to the pop.
    with qtbot.waitSignal(desk.pops.popped, timeout=5000) as again:
        desk.bridge.inject(ring("0912 345 6789"))
    pop = again.args[0]
    assert pop.chooser.isVisible() and pop.shared_label.text() == "2 customers share this number:"
    assert pop.who.text() == "Behnaz Tehrani" and pop.chooser.currentText() == "Behnaz Tehrani"
    pop.chooser.setCurrentIndex(1)
    pop.chooser.activated.emit(1)
    qtbot.waitUntil(lambda: pop.who.text() == "Pars Tile office", timeout=5000)
    assert pop.pop.customer_id == other
    assert next(r for r in calls.list_calls(db).rows if r.id == pop.pop.call_id).customer_name == "Pars Tile office"
    desk.pops.close_all()


@pytest.mark.parametrize("choice", ["save anyway", "open the other"])
def test_a_phone_another_customer_has_asks_first(qtbot, desk: MainWindow, db, choice: str) -> None:  # noqa: ANN001
    desk.new_customer()
    form = the_form(desk)
    form.name.setText("Pars Tile office")
    form.phone_rows[0].number.setText("0912 345 6789")
    form.save()
    qtbot.waitUntil(lambda: form.duplicate_prompt is not None and form.duplicate_prompt.isVisible(), timeout=5000)
    box = form.duplicate_prompt
    assert "0912 345 6789 already belongs to Behnaz Tehrani" in box.text()
    assert customer_lists.search_customers(db, "Pars").rows == []  # nothing saved while asking
    if choice == "save anyway":
        save = next(b for b in box.buttons() if b.text() == "Save anyway")
        with qtbot.waitSignal(form.saved, timeout=5000):
            save.click()
        assert [r.name for r in customer_lists.search_customers(db, "Pars").rows] == ["Pars Tile office"]
    else:
        opened = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        assert opened.text() == "Open Behnaz Tehrani"
        opened.click()
        qtbot.waitUntil(lambda: 1 in desk.cards, timeout=5000)
        assert not form.isVisible() and customer_lists.search_customers(db, "Pars").rows == []


def test_editing_a_customer_with_their_own_phone_does_not_ask(qtbot, desk: MainWindow, db) -> None:  # noqa: ANN001
    desk.edit_customer(1)
    form = the_form(desk)
    form.city.setText("Tehran")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    assert form.duplicate_prompt is None


def test_opening_the_card_from_a_pop_gets_the_pop_out_of_the_way(qtbot, desk: MainWindow, db) -> None:  # noqa: ANN001
    with qtbot.waitSignal(desk.pops.popped, timeout=5000) as shown:
        desk.bridge.inject(ring("0912 345 6789"))
    pop = shown.args[0]
    with qtbot.waitSignal(desk.pops.open_card_requested, timeout=5000):
        pop.open_button.click()
    qtbot.waitUntil(lambda: desk.pops.windows == [], timeout=5000)  # the card logs calls too
    assert 1 in desk.cards and desk.cards[1].isVisible()
    assert calls.list_calls(db).rows[0].status == "answered"
    with qtbot.waitSignal(desk.pops.popped, timeout=5000) as typed:
        # The same caller again at once on the same line would be one ring cycle told twice: use line 2.
        desk.bridge.inject(ring("0912 345 6789", line="2"))
    typed.args[0].notes.setText("started typing")  # a pop the agent typed in stays
    with qtbot.waitSignal(desk.pops.open_card_requested, timeout=5000):
        typed.args[0].open_button.click()
    assert desk.pops.windows == [typed.args[0]]
    desk.pops.close_all()
