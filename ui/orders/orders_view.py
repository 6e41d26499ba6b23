"""Orders on the customer card: the list, and a dialog to record a sale with its errors shown in place."""

from __future__ import annotations

from PySide6.QtCore import QCalendar, QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.db import Database
from app.services import calls, orders
from ui.customers.customers_view import CustomerTable
from ui.date_widgets import setup_date_edit
from ui.formatting import Formatter, direction_label, fill, from_qdatetime, status_label
from ui.forms import SaveDialog, add_field
from ui.list_status import ListOverlay
from ui.messages import field_error
from ui.paged_model import Column, PagedTableModel
from ui.tasks import run_task

CURRENCIES = ("IRR", "USD", "EUR", "AED", "IQD", "SAR", "KWD", "QAR", "OMR", "BHD", "TRY")


def order_columns(fmt: Formatter) -> list[Column]:
    right = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
    return [
        Column(QCoreApplication.translate("Columns", "Date"), lambda r: fmt.datetime(r.ordered_at)),
        Column(QCoreApplication.translate("Columns", "Product"), lambda r: r.product),
        Column(QCoreApplication.translate("Columns", "Quantity"), lambda r: fmt.number(r.quantity), right),
        Column(QCoreApplication.translate("Columns", "Amount"), lambda r: fmt.number(int(r.amount)), right),
        Column(QCoreApplication.translate("Columns", "Currency"), lambda r: r.currency),
        Column(QCoreApplication.translate("Columns", "From a call"), lambda r: "✓" if r.call_id else ""),
    ]


class OrderDialog(SaveDialog):
    def __init__(self, db: Database, actor: str, customer_id: int, calendar: QCalendar, fmt: Formatter,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.actor, self.customer_id, self.fmt = db, actor, customer_id, fmt
        self.setWindowTitle(self.tr("Add order"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        setup_date_edit(self.when, calendar, fmt.week, fmt.digits_locale())
        self.product = QLineEdit()
        self.quantity = QSpinBox(minimum=1, maximum=1_000_000)
        self.amount = QLineEdit()
        self.amount.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.amount.setPlaceholderText("1250000")
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.call = QComboBox()
        self.call.addItem(self.tr("(not from a call)"), None)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for label, key, widget in (
            (self.tr("Date"), "ordered_at", self.when), (self.tr("Product *"), "product", self.product),
            (self.tr("Quantity"), "quantity", self.quantity), (self.tr("Amount *"), "amount", self.amount),
            (self.tr("Currency"), "currency", self.currency), (self.tr("From the call"), "call_id", self.call),
        ):  # fmt: skip
            self.errors[key] = add_field(form, label, widget)
        self.finish_layout(form)
        run_task(self, lambda: calls.customer_history(db, customer_id, limit=15).rows, self._recent_calls)

    def _recent_calls(self, rows: list) -> None:
        for row in rows:
            text = (
                f"{self.fmt.datetime(row.started_at)} · {direction_label(row.direction)} · {status_label(row.status)}"
            )
            self.call.addItem(text, row.id)

    def draft(self) -> orders.OrderDraft:
        return orders.OrderDraft(
            customer_id=self.customer_id, ordered_at=from_qdatetime(self.when.dateTime()),
            product=self.product.text().strip(), amount=self.amount.text(), quantity=self.quantity.value(),
            currency=self.currency.currentText(), call_id=self.call.currentData(),
        )  # fmt: skip

    def show_errors(self, error: errors.ValidationError) -> None:
        for label in self.errors.values():
            label.hide()
        for key, code in error.errors.items():
            label = self.errors.get(key, self.general)
            label.setText(field_error(code, error.values.get(key, "")))
            label.show()

    def save(self) -> None:
        draft = self.draft()
        try:
            orders.validate_order(draft)
        except errors.ValidationError as error:
            self.show_errors(error)
            return
        self.submit(lambda: orders.add_order(self.db, draft, self.actor))


class OrdersSection(QWidget):
    """The card's Orders tab."""

    changed = Signal()

    def __init__(self, db: Database, actor: str, customer_id: int, calendar: QCalendar, fmt: Formatter,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.actor, self.customer_id, self.calendar, self.fmt = db, actor, customer_id, calendar, fmt
        self.model = PagedTableModel(order_columns(fmt), self._fetch, self)
        self.table = CustomerTable(self.model)
        self.overlay = ListOverlay(self.table, self.model, lambda: self.tr("No orders yet."))
        self.add_button = QPushButton(self.tr("Add order… (Ctrl+Shift+O)"))
        self.add_button.clicked.connect(self.add_order)
        QShortcut(QKeySequence("Ctrl+Shift+O"), self, self.add_order, context=Qt.ShortcutContext.WindowShortcut)
        self.summary = QLabel()
        self.model.page_loaded.connect(lambda _n: self.summary.setText(
            fill(self.tr("%1 orders"), self.fmt.number(self.model.rowCount()))))  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch()
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.dialog: OrderDialog | None = None

    def _fetch(self, cursor: object):  # noqa: ANN202
        return orders.list_orders(self.db, self.customer_id, cursor)  # type: ignore[arg-type]

    def reload(self) -> None:
        self.model.reload()

    def add_order(self) -> OrderDialog:
        self.dialog = OrderDialog(self.db, self.actor, self.customer_id, self.calendar, self.fmt, self)
        self.dialog.saved.connect(lambda _id: (self.reload(), self.changed.emit()))
        self.dialog.open()
        return self.dialog
