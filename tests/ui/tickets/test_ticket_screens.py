"""Ticket screens through pytest-qt: one-step ticket from a call, the 100,000-ticket list, the ticket view's
actions, and the main window's tab, counts and hooks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.db import Database
from app.dto import CallDraft, CustomerDraft, PhoneDraft, ScreenPop
from app.services import calls, customers, lookups
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.lists import TICKET_CATEGORY, TICKET_DEFAULTS
from app.tickets.models import Ticket
from app.tickets.queries import ticket_detail
from tests.ui.tickets.conftest import NOW
from ui.formatting import Formatter
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tickets.actions import EscalateDialog, StatusDialog
from ui.tickets.list_view import TicketsView
from ui.tickets.new_ticket_dialog import NewTicketDialog
from ui.tickets.ticket_window import TicketWindow


def _office(db: Database) -> tuple[int, int]:
    lookups.ensure_defaults(db)
    lookups.ensure_defaults(db, TICKET_DEFAULTS)
    customer = customers.create_customer(db, CustomerDraft("Behnaz Tehrani", phones=[PhoneDraft("09123456789")]), "t")
    call = calls.log_call(db, CallDraft("in", datetime(2026, 11, 23, 10), customer_id=customer), "sara")
    return customer, call


def test_ticket_from_a_call_in_one_step_saved_with_enter(qtbot, db: Database) -> None:  # noqa: ANN001
    customer, call = _office(db)
    dialog = NewTicketDialog(db, "sara", customer, "Behnaz Tehrani", call)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category.setCurrentIndex(dialog.category.findText("Billing"))
    qtbot.keyClicks(dialog.subject, "Charged twice")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    detail = ticket_detail(db, saved.args[0])
    assert (detail.row.subject, detail.row.customer_id, detail.call_id, detail.row.category) == (
        "Charged twice", customer, call, "Billing")  # fmt: skip
    assert not dialog.isVisible()


def test_empty_subject_is_refused_in_the_dialog(qtbot, db: Database) -> None:  # noqa: ANN001
    dialog = NewTicketDialog(db, "sara")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Subject" in dialog.general.text()
    with db.sessions() as s:
        assert s.query(Ticket).count() == 0


def test_list_of_100000_tickets_pages_and_passes_the_model_tester(qtbot, qtmodeltester, big_db: Database) -> None:  # noqa: ANN001
    view = TicketsView(big_db, Formatter(), now=lambda: NOW)
    qtbot.addWidget(view)
    view.set_view("all")
    qtbot.waitUntil(lambda: view.model.rowCount() == 100 and not view.model.loading, timeout=10000)
    assert view.model.row(0).subject == "Ticket 99999"
    with qtbot.waitSignal(view.model.page_loaded, timeout=10000):
        view.model.fetchMore()
    assert view.model.rowCount() == 200 and view.model.row(199).subject == "Ticket 99800"
    qtmodeltester.check(view.model, force_py=True)


def test_overdue_page_of_100000_tickets_most_overdue_first(qtbot, qtmodeltester, big_db: Database) -> None:  # noqa: ANN001
    view = TicketsView(big_db, Formatter(), now=lambda: NOW)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.model.page_loaded, timeout=10000):
        view.set_view("overdue")
    overdue = [view.model.row(i) for i in range(view.model.rowCount())]
    assert len(overdue) == 100 and all(r.resolution_due < NOW and r.sla == "breached" for r in overdue)
    assert all(r.status in ("new", "open", "escalated") for r in overdue)
    assert [r.resolution_due for r in overdue] == sorted(r.resolution_due for r in overdue)
    assert view.model.data(view.model.index(0, 5)).startswith("Breached")
    qtmodeltester.check(view.model, force_py=True)


def test_ticket_view_changes_status_telling_the_customer_and_escalates(qtbot, db: Database, monkeypatch) -> None:  # noqa: ANN001
    customer, call = _office(db)
    billing = lookups.list_values(db, TICKET_CATEGORY)[1].id
    from app.tickets.knowledge import save_article

    save_article(db, "Double charge", "Refunded within 72 hours.", billing, "boss")
    ticket_id = service.create_ticket(db, TicketDraft("Charged twice", customer_id=customer, call_id=call,
                                                      category_id=billing), "sara")  # fmt: skip
    window = TicketWindow(db, ticket_id, "sara", Formatter(), "fa")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    assert window.articles.count() == 1 and "72 hours" in window.article_text.text()
    assert [window.next_status.itemData(i) for i in range(window.next_status.count())] == ["open", "waiting",
                                                                                         "resolved"]  # fmt: skip
    seen: list[str] = []

    def accept_status(dialog: StatusDialog) -> int:
        seen.append(dialog.message.toPlainText())
        dialog.tell.setChecked(True)
        dialog.channel.setCurrentIndex(dialog.channel.findData("sms"))
        dialog.resolution.setPlainText("refund issued")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StatusDialog, "exec", accept_status)
    window.next_status.setCurrentIndex(window.next_status.findData("resolved"))
    with qtbot.waitSignal(window.changed, timeout=5000):
        window.change.click()
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.row.status == "resolved", timeout=5000)
    assert "انجام شد" in seen[0]  # the Persian template for "resolved"
    kinds = [(e.kind, e.after) for e in window.detail.events]
    assert kinds[-2:] == [("status", "resolved"), ("informed", "sms")]
    assert window.reopen.isEnabled() and not window.escalate.isEnabled()
    assert window.timeline.rowCount() == 3


def test_escalate_from_the_view_requires_a_note(qtbot, db: Database, monkeypatch) -> None:  # noqa: ANN001
    _office(db)
    ticket_id = service.create_ticket(db, TicketDraft("No signal"), "sara")
    window = TicketWindow(db, ticket_id, "sara", Formatter())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    dialog = EscalateDialog(db, None, None, window)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted and "note" in dialog.error.text()

    def accept(dialog: EscalateDialog) -> int:
        dialog.note.setPlainText("needs a technician")
        dialog.tier.setCurrentIndex(dialog.tier.findText("Technician"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EscalateDialog, "exec", accept)
    with qtbot.waitSignal(window.changed, timeout=5000):
        window.escalate.click()
    detail = ticket_detail(db, ticket_id)
    assert (detail.row.status, detail.row.tier) == ("escalated", "Technician")
    assert detail.events[-1].note == "needs a technician"


def test_main_window_tab_counts_call_log_action_and_pop_hook(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    customer, call = _office(db)
    service.create_ticket(db, TicketDraft("Old one", customer_id=customer), "sara", now=datetime(2026, 1, 3, 9))
    window = MainWindow(db, settings, "sara")
    qtbot.addWidget(window)
    panel = window.tickets
    qtbot.waitUntil(lambda: "1 overdue" in window.tabs.tabText(panel.index), timeout=5000)
    assert window.tabs.tabText(panel.index) == "Tickets (1 open, 1 overdue)"
    assert [a.text() for a in window.calls.table.actions()] == ["Open ticket for this call…"]
    assert [m.text() for m in window.menuBar().actions()][-2:] == ["&Tickets", "&Help"]
    pop = ScreenPop(call, "+989123456789", "0912 345 6789", None, "", "1", datetime(2026, 11, 23, 10), customer,
                    "Behnaz Tehrani", "", "", False, False, [])  # fmt: skip
    dialog = panel.ticket_for_call(pop)
    qtbot.addWidget(dialog)
    assert (dialog.customer_id, dialog.call_id) == (customer, call)
    dialog.subject.setText("Wants a refund")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: window.tabs.tabText(panel.index).startswith("Tickets (2 open"), timeout=5000)
    card = window.open_card(customer)
    qtbot.waitUntil(lambda: card.tickets.table.rowCount() == 2, timeout=5000)
    assert card.tickets.summary.text() == "Open tickets: 2"
    assert card.tickets.table.item(0, 1).text() == "Wants a refund"
    ticket_window = panel.open_ticket(card.tickets.ids[0])
    qtbot.waitUntil(lambda: ticket_window.detail is not None, timeout=5000)
    assert ticket_window.detail.row.subject == "Wants a refund"


def test_knowledge_base_search_and_edit(qtbot, db: Database) -> None:  # noqa: ANN001
    from app.tickets.knowledge import save_article, search_articles
    from ui.tickets.knowledge_dialog import KnowledgeDialog

    save_article(db, "پیگیری مرسوله", "شماره سفارش را بپرسید", None, "boss")
    save_article(db, "Refunds", "3-7 working days", None, "boss")
    dialog = KnowledgeDialog(db, "boss")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.results.count() == 2, timeout=5000)
    dialog.search.setText("پيگيري")  # typed with an Arabic yeh
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)
    dialog.results.setCurrentRow(0)
    assert dialog.body.toPlainText() == "شماره سفارش را بپرسید"
    dialog.body.setPlainText("شماره سفارش و کد رهگیری را بپرسید")
    dialog.save.click()
    qtbot.waitUntil(lambda: len(search_articles(db, "رهگیری")) == 1, timeout=5000)
    assert len(search_articles(db, "")) == 2  # edited in place, not added


def test_a_ringing_customer_pops_with_open_tickets_and_opens_one_for_the_call(
    qtbot,  # noqa: ANN001
    db: Database,
    settings: Settings,
) -> None:
    from hardware.events import CallerIdEvent

    customer, _call = _office(db)
    service.create_ticket(db, TicketDraft("Broken tile", customer_id=customer), "sara")
    window = MainWindow(db, settings, "sara")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.pops.popped, timeout=5000) as shown:
        window.bridge.inject(CallerIdEvent("09123456789", None, None, "1", datetime.now(), "simulator", "NMBR"))
    pop = shown.args[0]
    assert pop.pop.open_tickets == 1 and pop.pop.open_ticket_list[0].subject == "Broken tile"
    with qtbot.waitSignal(window.pops.ticket_requested, timeout=5000):
        pop.ticket_button.click()
    dialog = next(w for w in window.findChildren(NewTicketDialog))
    assert (dialog.customer_id, dialog.call_id) == (customer, pop.pop.call_id)
    dialog.close()
    window.pops.close_all()


def test_the_customers_language_chooses_the_template(qtbot, db: Database, monkeypatch) -> None:  # noqa: ANN001
    from app.phones import PhoneRules
    from app.services.customers import customer_card, update_customer
    from app.tickets.queries import ticket_detail
    from ui.customers.customer_form import CustomerForm

    customer, _call = _office(db)
    card = customer_card(db, customer)
    assert card.draft.language == ""  # the program's language until someone chooses
    form = CustomerForm(db, "agent", PhoneRules(), customer, card.draft)
    qtbot.addWidget(form)
    assert form.language.currentData() == ""
    form.language.setCurrentIndex(form.language.findData("ar"))
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    assert customer_card(db, customer).draft.language == "ar"
    ticket_id = service.create_ticket(db, TicketDraft("Charged twice", customer_id=customer), "sara")
    assert ticket_detail(db, ticket_id).customer_language == "ar"
    window = TicketWindow(db, ticket_id, "sara", Formatter(), "fa")  # the program in Persian
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    seen: list[str] = []

    def look(dialog: StatusDialog) -> int:
        seen.append(dialog.message.toPlainText())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(StatusDialog, "exec", look)
    window.next_status.setCurrentIndex(window.next_status.findData("resolved"))
    window.change.click()
    assert seen and seen[0].startswith("تم حل طلبك")  # Arabic, the customer's language
    update_customer(db, customer, replace(customer_card(db, customer).draft, language="xx"), "agent")
    assert customer_card(db, customer).draft.language == ""  # an unknown language means the program's
