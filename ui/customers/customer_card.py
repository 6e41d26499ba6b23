"""The 360° customer card: details, phones, the paged call history, notes; later issues add sections."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCalendar, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.dto import CallFilter, CallRow, CustomerCard
from app.errors import NotFound
from app.lookup_defaults import CALL_OUTCOME, CALL_REASON
from app.phones import PhoneRules
from app.services import calls, customers, orders
from ui.customers.customers_view import CustomerTable
from ui.formatting import (
    Formatter,
    customer_status_label,
    direction_label,
    fill,
    phone_kind_label,
    source_label,
    status_label,
)
from ui.list_status import ListOverlay, RangeLabel
from ui.messages import not_found
from ui.orders.orders_view import OrdersSection
from ui.paged_model import Column, PagedTableModel
from ui.tasks import run_task
from ui.tickets.card_section import TicketsSection

HISTORY_PAGE = 100


def history_columns(fmt: Formatter) -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Started"), lambda r: fmt.datetime(r.started_at)),
        Column(QCoreApplication.translate("Columns", "Direction"), lambda r: direction_label(r.direction)),
        Column(QCoreApplication.translate("Columns", "Status"), lambda r: status_label(r.status)),
        Column(
            QCoreApplication.translate("Columns", "Number"), lambda r: fmt.phone(r.display_number), left_to_right=True
        ),
        Column(QCoreApplication.translate("Columns", "Talk"), lambda r: fmt.duration(r.talk_seconds)),
        Column(QCoreApplication.translate("Columns", "Reason"), lambda r: fmt.lookup(CALL_REASON, r.reason)),
        Column(QCoreApplication.translate("Columns", "Outcome"), lambda r: fmt.lookup(CALL_OUTCOME, r.outcome)),
        Column(QCoreApplication.translate("Columns", "Agent"), lambda r: r.agent),
        Column(
            QCoreApplication.translate("Columns", "Notes"),
            lambda r: r.notes.replace("\n", " "),
            tooltip=lambda r: r.notes,
        ),
    ]


class CustomerCardWindow(QWidget):
    """A window per customer; opens at once and fills in as its queries return."""

    edit_requested = Signal(int)
    log_call_requested = Signal(int)
    delete_requested = Signal(int)
    dial_requested = Signal(str, int)  # number, customer id
    closed = Signal(int)

    def __init__(
        self, db: Database, customer_id: int, rules: PhoneRules, fmt: Formatter, parent=None,  # noqa: ANN001
        actor: str = "", calendar: QCalendar | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.customer_id, self.rules, self.fmt = db, customer_id, rules, fmt
        self.card: CustomerCard | None = None
        self.setWindowTitle(self.tr("Customer"))
        self.resize(900, 640)
        self.title = QLabel(self.tr("Loading…"))
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.subtitle = QLabel()
        self.badge = QLabel()
        self.badge.setStyleSheet("color: white; background: #b3261e; padding: 2px 8px; border-radius: 8px;")
        self.badge.hide()
        self.details = QFormLayout()
        self.phones = QLabel()
        self.phones.setTextFormat(Qt.TextFormat.PlainText)
        self.notes = QPlainTextEdit(readOnly=True)
        self.history = PagedTableModel(history_columns(fmt), self._fetch_history, self)
        self.history_table = CustomerTable(self.history)
        self.history_table.setAlternatingRowColors(True)
        self.history_label = RangeLabel(self.history, fmt)
        self.history_empty = ListOverlay(self.history_table, self.history, lambda: self.tr(
            "No calls with this customer yet. Calls from or to their numbers appear here by themselves; "
            "press Ctrl+L to log one by hand."
        ))  # fmt: skip
        self.sections = QTabWidget()
        history = QWidget()
        box = QVBoxLayout(history)
        box.addWidget(self.history_table)
        box.addWidget(self.history_label)
        self.sections.addTab(history, self.tr("Calls"))
        self.orders = OrdersSection(db, actor, customer_id, calendar or QCalendar(), fmt)
        self.orders.changed.connect(self.reload)
        self.sections.addTab(self.orders, self.tr("Orders"))
        self.sections.addTab(self.notes, self.tr("Notes"))
        self.tickets = TicketsSection(db, customer_id, fmt)  # open tickets (status, age, who has it)
        self.sections.insertTab(0, self.tickets, self.tr("Tickets"))
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 12pt; color: #2e7d32;")
        self._build_layout()
        self.reload()

    def _build_layout(self) -> None:
        edit = QPushButton(self.tr("Edit (Ctrl+E)"))
        edit.clicked.connect(lambda: self.edit_requested.emit(self.customer_id))
        log = QPushButton(self.tr("Log call (Ctrl+L)"))
        log.clicked.connect(lambda: self.log_call_requested.emit(self.customer_id))
        self.dial_button = QPushButton(self.tr("Call… (Ctrl+D)"))
        self.dial_button.setToolTip(self.tr("Dial one of this customer's numbers through the modem"))
        self.dial_menu = QMenu(self)
        self.dial_button.setMenu(self.dial_menu)
        QShortcut(QKeySequence("Ctrl+D"), self, self.dial_button.showMenu)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(lambda: self.delete_requested.emit(self.customer_id))
        for keys, button in (("Ctrl+E", edit), ("Ctrl+L", log)):
            QShortcut(QKeySequence(keys), self, button.click)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        names.addWidget(self.value)
        header.addLayout(names, 1)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        for button in (self.dial_button, log, edit, delete):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addLayout(self.details, 2)
        phones = QVBoxLayout()
        phones.addWidget(QLabel(self.tr("Phones")))
        phones.addWidget(self.phones)
        phones.addStretch()
        top.addLayout(phones, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(top)
        layout.addWidget(self.sections, 1)

    def _fetch_history(self, cursor: object):  # noqa: ANN202
        return calls.customer_history(self.db, self.customer_id, cursor, HISTORY_PAGE, self.rules)  # type: ignore[arg-type]

    def reload(self) -> None:
        customer_id = self.customer_id
        db, rules, currency = self.db, self.rules, self.fmt.currency
        run_task(
            self,
            lambda: (customers.customer_card(db, customer_id, rules), orders.lifetime_value(db, customer_id, currency)),
            lambda result: self._show(*result),
            self._failed,
        )
        self.history.reload(count=lambda: calls.count_calls(db, CallFilter(customer_id=customer_id)))
        self.orders.reload()

    def _show(self, card: CustomerCard, lifetime: Decimal) -> None:
        self.card = card
        # The pop's translated words, and the amount with the office's currency name (Toman when chosen).
        label = QCoreApplication.translate("ScreenPopWindow", "Lifetime value")
        self.value.setText(fill("%1: %2", label, self.fmt.money(lifetime)))
        self.value.setVisible(lifetime > 0)
        draft = card.draft
        self.setWindowTitle(draft.name)
        self.title.setText(draft.name)
        self.subtitle.setText(
            " · ".join(x for x in (draft.company, draft.city, customer_status_label(draft.status)) if x)
        )
        self.badge.setText(self.tr("Do not call"))
        self.badge.setVisible(draft.do_not_call)
        while self.details.rowCount():
            self.details.removeRow(0)
        rows = [
            (self.tr("Email"), draft.email),
            (self.tr("Address"), draft.address),
            (self.tr("Tags"), draft.tags),
            (self.tr("Source"), source_label(draft.source)),
            (self.tr("Calls"), self.fmt.number(card.call_count)),
            (self.tr("Last call"), self.fmt.datetime(card.last_call_at)),
            (self.tr("Created"), f"{self.fmt.datetime(card.created_at)} · {card.created_by}"),
            (self.tr("Updated"), f"{self.fmt.datetime(card.updated_at)} · {card.updated_by}"),
        ]
        for label, value in rows:
            if value:
                self.details.addRow(label, QLabel(value))
        self.phones.setText(
            "\n".join(f"{self.fmt.phone(p.display)}  ({phone_kind_label(p.kind)})" for p in card.phones)
        )
        self.notes.setPlainText(draft.notes)
        self.dial_menu.clear()
        for phone in card.phones:
            action = self.dial_menu.addAction(f"{self.fmt.phone(phone.display)}  ({phone_kind_label(phone.kind)})")
            action.triggered.connect(lambda _c=False, n=phone.display: self.dial_requested.emit(n, self.customer_id))
        self.dial_button.setEnabled(bool(card.phones))

    def _failed(self, error: BaseException) -> None:
        self.title.setText(not_found() if isinstance(error, NotFound) else str(error))

    def numbers(self) -> list[str]:
        return [p.display for p in self.card.phones] if self.card else []

    def current_call(self) -> CallRow | None:
        row = self.history_table.current()
        return row if isinstance(row, CallRow) else None

    def closeEvent(self, event) -> None:  # noqa: ANN001
        self.closed.emit(self.customer_id)
        super().closeEvent(event)
