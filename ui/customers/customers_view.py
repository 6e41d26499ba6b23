"""The customer list: one search box over a lazy, paged table, counted, sortable by name.

Keys: Down in the search box moves into the list; Enter there opens the selected customer (or the first).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QKeyEvent
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
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.analytics import rfm
from app.db import Database
from app.dto import CustomerRow, Page
from app.phones import PhoneRules
from app.services import customer_lists
from app.services.list_counts import RowCount
from ui.formatting import Formatter, customer_status_label, fill, segment_label
from ui.list_status import ListOverlay, RangeLabel
from ui.paged_model import Column, PagedTableModel, SortOrder
from ui.search_box import cap_search_box

SEARCH_DELAY_MS = 180  # wait for a pause in typing before asking the database


def customer_columns(fmt: Formatter) -> list[Column]:
    dnc = QCoreApplication.translate("Columns", "Do not call")
    return [
        Column(QCoreApplication.translate("Columns", "Name"), lambda r: r.name, sort_key="name"),
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
        if model.sort_order is not None:  # the view sorts through the database (it reloads on sort_changed)
            self._sortable(model)

    def _sortable(self, model: PagedTableModel) -> None:
        """Header clicks sort through the database; a column without an index says so and keeps the order."""
        header = self.horizontalHeader()
        order = model.sort_order
        descending = order is not None and order.descending
        header.setSortIndicator(
            model.sort_column(), Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(lambda column, _order: self._sort_clicked(model, column))

    def _sort_clicked(self, model: PagedTableModel, column: int) -> None:
        if model.columns[column].sort_key is not None:
            return
        header = self.horizontalHeader()
        order = model.sort_order
        header.blockSignals(True)
        descending = order is not None and order.descending
        header.setSortIndicator(
            model.sort_column(), Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(False)
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        QToolTip.showText(QCursor.pos(), tip, header)

    def current(self) -> object | None:
        index = self.currentIndex()
        model = self.model()
        return model.row(index.row()) if index.isValid() and isinstance(model, PagedTableModel) else None

    def current_or_first(self) -> object | None:
        """The selected row, or the first one when nothing is selected (Enter in a search box, Ctrl+O)."""
        model = self.model()
        if self.current() is not None or not isinstance(model, PagedTableModel) or model.rowCount() == 0:
            return self.current()
        return model.row(0)

    def enter_from_above(self) -> None:
        """Focus moves in from a search box: onto the selected row, or the first."""
        if self.model().rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(self.model().index(0, 0))
        self.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current() is not None:
            self.activated_row.emit(self.current())
            return
        super().keyPressEvent(event)


def customer_fetcher(
    db: Database, query: str, rules: PhoneRules, segment: str = "", descending: bool = False, where: Any = None
) -> Callable[[object], Page]:
    if where is not None:
        return lambda cursor: customer_lists.customers_where(db, where, cursor, rules=rules)  # type: ignore[arg-type]
    if segment:
        return lambda cursor: rfm.customers_in_segment(db, segment, cursor, rules=rules)  # type: ignore[arg-type]
    if query.strip():
        return lambda cursor: customer_lists.search_customers(db, query, cursor, rules=rules, descending=descending)
    return lambda cursor: customer_lists.list_customers(db, cursor, rules=rules, descending=descending)  # type: ignore[arg-type]


def customer_counter(db: Database, query: str, segment: str = "", where: Any = None) -> Callable[[], RowCount]:
    if where is not None:
        return lambda: customer_lists.count_where(db, where)
    if segment:
        return lambda: RowCount(rfm.segment_counts(db, datetime.now()).get(segment, 0))
    return lambda: customer_lists.count_customers(db, query)


class CustomersView(QWidget):
    open_customer = Signal(int)

    def __init__(self, db: Database, rules: Callable[[], PhoneRules], fmt: Formatter, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.rules = db, rules
        self.search = QLineEdit()
        cap_search_box(self.search)  # any text, capped with a message (app.search_text)
        self.search.setPlaceholderText(
            self.tr("Search by name, company, email or any phone number (Ctrl+F; Down to the list, Enter to open)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.segment = QComboBox()
        self.segment.setToolTip(self.tr("Show only the customers of one RFM segment (recency, frequency, value)"))
        self.segment.addItem(self.tr("All customers"), "")
        for name in rfm.SEGMENT_NAMES:
            self.segment.addItem(segment_label(name), name)
        self.segment.currentIndexChanged.connect(self._segment_changed)
        self.model = PagedTableModel(
            customer_columns(fmt), customer_fetcher(db, "", rules()), self, sort_order=SortOrder("name")
        )
        self.model.sort_changed.connect(self.refresh)
        self.table = CustomerTable(self.model)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(1, 200)
        self.table.activated_row.connect(lambda row: self.open_customer.emit(row.id))
        self.table.installEventFilter(self)
        self.summary = RangeLabel(self.model, fmt)
        self.overlay = ListOverlay(self.table, self.model, self._empty_text)
        self._open_first_when_loaded = False
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._typed())
        self.search.returnPressed.connect(self._enter_pressed)
        self.model.page_loaded.connect(self._page_loaded)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.segment)
        layout.addLayout(top)
        self.where: Any = None  # a condition from elsewhere (Data quality), shown on the chip until cleared
        self.chip = QWidget()
        chip_row = QHBoxLayout(self.chip)
        chip_row.setContentsMargins(0, 0, 0, 0)
        self.chip_label = QLabel()
        self.chip_clear = QToolButton()
        self.chip_clear.setText(self.tr("Show all"))
        self.chip_clear.setToolTip(self.tr("Clear this filter and show every customer"))
        self.chip_clear.clicked.connect(self.clear_filter)
        chip_row.addWidget(self.chip_label)
        chip_row.addWidget(self.chip_clear)
        chip_row.addStretch(1)
        self.chip.hide()
        layout.addWidget(self.chip)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.setFocusProxy(self.search)

    def refresh(self) -> None:
        self._timer.stop()
        segment = self.segment.currentData() or ""
        query = self.search.text()
        order = self.model.sort_order
        descending = order is not None and order.descending
        # Only the plain list and a short name prefix come back in name order; say so on the header.
        by_name = not segment and self.where is None and customer_lists.search_sorts_by_name(query)
        self.table.horizontalHeader().setSortIndicatorShown(by_name)
        fetch = customer_fetcher(self.db, query, self.rules(), segment, descending, self.where)
        self.model.reload(fetch, customer_counter(self.db, query, segment, self.where))

    def show_only(self, title: str, where: Any) -> None:
        """List only the customers meeting `where` (e.g. `app.quality.checks.condition(check)`), in id order,
        with a "Showing: <title>" chip; typing a search, choosing a segment or "Show all" clears it."""
        self.where = where
        self.chip_label.setText(fill(self.tr("Showing: %1"), title))
        self.chip.show()
        for widget, clear in (
            (self.search, self.search.clear),
            (self.segment, lambda: self.segment.setCurrentIndex(0)),
        ):
            widget.blockSignals(True)
            clear()
            widget.blockSignals(False)
        self.refresh()

    def clear_filter(self) -> None:
        if self.where is None:
            return
        self.where = None
        self.chip.hide()
        self.refresh()

    def _drop_filter(self) -> None:
        """A search or a segment replaces the condition filter (they do not combine)."""
        self.where = None
        self.chip.hide()

    def _segment_changed(self) -> None:
        self._drop_filter()
        if self.segment.currentData():  # a segment and a search do not combine: the segment wins
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.refresh()

    def _typed(self) -> None:
        self._drop_filter()
        if self.segment.currentIndex() != 0:
            self.segment.blockSignals(True)
            self.segment.setCurrentIndex(0)
            self.segment.blockSignals(False)
        self._timer.start()

    def current_customer(self) -> CustomerRow | None:
        row = self.table.current()
        return row if isinstance(row, CustomerRow) else None

    def customer_to_open(self) -> CustomerRow | None:
        """The selected customer, or the first listed when none is selected (Ctrl+O, Enter in the search box)."""
        row = self.table.current_or_first()
        return row if isinstance(row, CustomerRow) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.table.enter_from_above()
                return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
                self.search.setFocus()  # Up from the first row goes back to the search box
                return True
        return super().eventFilter(watched, event)

    def _enter_pressed(self) -> None:
        if self._timer.isActive() or self.model.loading:
            # The list on screen is for older text: search now, open the first result when it comes.
            self._open_first_when_loaded = True
            if self._timer.isActive():
                self.refresh()
            return
        row = self.customer_to_open()
        if row is not None:
            self.open_customer.emit(row.id)

    def _page_loaded(self, _count: int) -> None:
        if self._open_first_when_loaded:
            self._open_first_when_loaded = False
            row = self.customer_to_open()
            if row is not None:
                self.open_customer.emit(row.id)

    def _empty_text(self) -> str:
        text = self.search.text().strip()
        if self.where is not None:
            return self.tr("No customer is left in this list. Choose “Show all” to see everyone.")
        if self.segment.currentData():
            return self.tr(
                "No customer is in this segment. Segments come from customers' calls and orders; "
                "choose “All customers” to see everyone."
            )
        if text:
            return fill(
                self.tr(
                    "No customer matches “%1”. Check the spelling or type part of the number, or press Ctrl+N to add them."  # noqa: E501
                ),
                text,
            )
        return self.tr(
            "No customers yet. This list shows everyone you call or who calls you. Press Ctrl+N to add the first one, "
            "or save an unknown caller from the pop-up when the phone rings."
        )
