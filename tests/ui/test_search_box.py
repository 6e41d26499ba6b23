"""A search box takes a 1 MB paste with NUL in it: it keeps the first characters, says so, and the list loads."""

from __future__ import annotations

from app.db import Database
from app.dto import CustomerDraft
from app.phones import PhoneRules
from app.search_text import MAX_QUERY
from app.services import customers
from ui.customers.customers_view import CustomersView
from ui.formatting import Formatter


def test_a_huge_paste_is_cut_with_a_message_and_still_searches(qtbot, db: Database) -> None:  # noqa: ANN001
    customers.create_customer(db, CustomerDraft(name="Zahra Mohseni"), "t")
    view = CustomersView(db, PhoneRules, Formatter())
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.model.page_loaded, timeout=5000):
        view.search.setText("Mohseni\x00 " * 120_000)  # about 1 MB, as a paste
    assert len(view.search.text()) == MAX_QUERY
    assert str(MAX_QUERY) in view.search.toolTip()
    qtbot.waitUntil(lambda: not view.model.loading, timeout=5000)
    assert view.model.error is None and view.overlay.text() == ""
    assert [view.model.row(i).name for i in range(view.model.rowCount())] == ["Zahra Mohseni"]
    view.search.setText("Mohseni")
    assert view.search.toolTip() == ""
