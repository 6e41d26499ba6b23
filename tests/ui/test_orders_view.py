"""Orders on the card: the list pages lazily, the dialog refuses bad input in place and saves good input."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QCalendar

from app.db import Database
from app.dto import CallDraft
from app.phones import PhoneRules
from app.services import calls, orders
from app.services.customer_lists import search_customers
from ui.customers.customer_card import CustomerCardWindow
from ui.formatting import Formatter
from ui.orders.orders_view import OrderDialog, OrdersSection


def test_orders_list_and_lifetime_value_on_the_card(qtbot, qtmodeltester, filled_db: Database) -> None:  # noqa: ANN001
    customer = search_customers(filled_db, "Customer 05").rows[0].id
    start = datetime(2026, 1, 1, 10)
    for i in range(230):
        orders.add_order(filled_db, orders.OrderDraft(customer, start + timedelta(hours=i), f"Item {i}", 1000), "t")
    card = CustomerCardWindow(filled_db, customer, PhoneRules(), Formatter(), None, "agent", QCalendar())
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: card.card is not None and card.orders.model.rowCount() == 200, timeout=10000)
    assert card.value.text() == "Lifetime value: 230,000 Rial"
    assert card.orders.model.row(0).product == "Item 229"  # newest first
    with qtbot.waitSignal(card.orders.model.page_loaded, timeout=5000):
        card.orders.model.fetchMore()
    assert card.orders.model.rowCount() == 230
    qtmodeltester.check(card.orders.model, force_py=True)


def test_add_order_dialog_errors_in_place_then_saves(qtbot, filled_db: Database) -> None:  # noqa: ANN001
    customer = search_customers(filled_db, "Customer 07").rows[0].id
    call_id = calls.log_call(filled_db, CallDraft("in", datetime(2026, 2, 1, 9), customer_id=customer), "t")
    section = OrdersSection(filled_db, "agent", customer, QCalendar(), Formatter())
    qtbot.addWidget(section)
    dialog: OrderDialog = section.add_order()
    qtbot.waitUntil(lambda: dialog.call.count() == 2, timeout=5000)  # "(not from a call)" + the call
    dialog.amount.setText("twelve")
    dialog.save()
    assert dialog.errors["product"].isVisible() and "required" in dialog.errors["product"].text()
    assert dialog.errors["amount"].isVisible() and "twelve" in dialog.errors["amount"].text()
    assert orders.list_orders(filled_db, customer).rows == []
    dialog.product.setText("Ceramic tiles")
    dialog.amount.setText("1,250,000")
    dialog.quantity.setValue(3)
    dialog.call.setCurrentIndex(1)
    with qtbot.waitSignal(section.changed, timeout=5000):
        dialog.save()
    saved = orders.list_orders(filled_db, customer).rows
    assert [(o.product, o.quantity, o.amount, o.call_id) for o in saved] == [("Ceramic tiles", 3, Decimal("1250000.00"),
                                                                            call_id)]  # fmt: skip
