"""The customer list: one search box over a lazy, paged table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.analytics import rfm
from app.db import Database
from app.dto import CustomerRow, Page
from app.phones import PhoneRules
from app.services import customer_lists
from ui.formatting import Formatter, customer_status_label, segment_label
from ui.paged_model import Column, PagedTableModel

SEARCH_DELAY_MS = 180  # wait for a pause in typing before asking the database


def customer_columns(fmt: Formatter) -> list[Column]:
    dnc = QCoreApplication.translate("Columns", "Do not call")
    return [
        Column(QCoreApplication.translate("Columns", "Name"), lambda r: r.name),
        Column(QCoreApplication.translate("Columns", "Company"), lambda r: r.company),
        Column(QCoreApplication.translate("Columns", "Phone"), lambda r: fmt.phone(r.phone), left_to_right=True),
        Column(QCoreApplication.translate("Columns", "City"), lambda r: r.city),
        Column(QCoreApplication.translate("Columns", "Status"), lambda r: customer_status_label(r.status)),
        Column(dnc, lambda r: dnc if r.do_not_call else ""),
        Column(QCoreApplication.translate("Columns", "Tags"), lambda r: r.tags),
    ]


class LeftToRightDelegate(QStyledItemDelegate):
    """Lays a cell's text out left to right while the table stays right to left."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight
        trailing = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if trailing else Qt.AlignmentFlag.AlignLeft
        option.displayAlignment = side | Qt.AlignmentFlag.AlignVCenter


class CustomerTable(QTableView):
    """A read-only row-selecting table used for customers wherever they are listed."""

    activated_row = Signal(object)

    def __init__(self, model: PagedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._ltr = LeftToRightDelegate(self)
        for position, column in enumerate(model.columns):
            if column.left_to_right:
                self.setItemDelegateForColumn(position, self._ltr)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setDefaultSectionSize(150)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(model.row(index.row())))

    def current(self) -> object | None:
        index = self.currentIndex()
        model = self.model()
        return model.row(index.row()) if index.isValid() and isinstance(model, PagedTableModel) else None

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current() is not None:
            self.activated_row.emit(self.current())
            return
        super().keyPressEvent(event)


def customer_fetcher(db: Database, query: str, rules: PhoneRules, segment: str = "") -> Callable[[object], Page]:
    if segment:
        return lambda cursor: rfm.customers_in_segment(db, segment, cursor, rules=rules)  # type: ignore[arg-type]
    if query.strip():
        return lambda cursor: customer_lists.search_customers(db, query, cursor, rules=rules)
    return lambda cursor: customer_lists.list_customers(db, cursor, rules=rules)


class CustomersView(QWidget):
    open_customer = Signal(int)

    def __init__(self, db: Database, rules: Callable[[], PhoneRules], fmt: Formatter, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.rules = db, rules
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, company, email or any phone number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.segment = QComboBox()
        self.segment.setToolTip(self.tr("Show only the customers of one RFM segment (recency, frequency, value)"))
        self.segment.addItem(self.tr("All customers"), "")
        for name in rfm.SEGMENT_NAMES:
            self.segment.addItem(segment_label(name), name)
        self.segment.currentIndexChanged.connect(self._segment_changed)
        self.model = PagedTableModel(customer_columns(fmt), customer_fetcher(db, "", rules()), self)
        self.table = CustomerTable(self.model)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(1, 200)
        self.table.activated_row.connect(lambda row: self.open_customer.emit(row.id))
        self.summary = QLabel()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._typed())
        self.search.returnPressed.connect(self.refresh)
        self.model.page_loaded.connect(self._show_summary)
        self.model.modelReset.connect(self._show_summary)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.segment)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.search)

    def refresh(self) -> None:
        self._timer.stop()
        segment = self.segment.currentData() or ""
        self.model.reload(customer_fetcher(self.db, self.search.text(), self.rules(), segment))

    def _segment_changed(self) -> None:
        if self.segment.currentData():  # a segment and a search do not combine: the segment wins
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.refresh()

    def _typed(self) -> None:
        if self.segment.currentIndex() != 0:
            self.segment.blockSignals(True)
            self.segment.setCurrentIndex(0)
            self.segment.blockSignals(False)
        self._timer.start()

    def current_customer(self) -> CustomerRow | None:
        row = self.table.current()
        return row if isinstance(row, CustomerRow) else None

    def _show_summary(self, *_args: object) -> None:
        shown = self.model.rowCount()
        if self.model.loading:
            self.summary.setText(self.tr("Loading…"))
        elif shown == 0 and not self.search.text().strip():
            self.summary.setText(self.tr("No customers yet. Press Ctrl+N to add the first one."))
        elif shown == 0:
            self.summary.setText(self.tr("No customer matches “%1”. Press Ctrl+N to add one.").replace(
                "%1", self.search.text()))  # fmt: skip
        elif self.model.canFetchMore():
            self.summary.setText(self.tr("%1 customers shown; scroll for more").replace("%1", str(shown)))
        else:
            self.summary.setText(self.tr("%1 customers").replace("%1", str(shown)))
