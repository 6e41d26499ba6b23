"""The call log: filters over every call (a text box for a number or a name), paged lazily, counted,
sortable by date either way; unknown callers can be attached to a customer."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.dto import CALL_STATUSES, CallFilter, CallRow
from app.phones import PhoneRules
from app.services import calls, lookups
from ui.customers.customer_card import history_columns
from ui.customers.customers_view import SEARCH_DELAY_MS, CustomerTable
from ui.date_widgets import setup_date_edit
from ui.formatting import Formatter, direction_label, status_label
from ui.list_status import ListOverlay, RangeLabel
from ui.paged_model import Column, PagedTableModel, SortOrder
from ui.search_box import cap_search_box

NEWEST_FIRST = SortOrder("started", descending=True)


def call_columns(fmt: Formatter) -> list[Column]:
    unknown = QCoreApplication.translate("Columns", "(unknown caller)")
    columns = history_columns(fmt)
    columns[0] = dataclasses.replace(columns[0], sort_key="started")  # ix_calls_started: either way
    columns.insert(3, Column(QCoreApplication.translate("Columns", "Customer"), lambda r: r.customer_name or unknown))
    return columns


class CallsView(QWidget):
    open_customer = Signal(int)
    attach_requested = Signal(object)  # CallRow
    log_call_requested = Signal()

    def __init__(self, db: Database, rules: Callable[[], PhoneRules], fmt: Formatter, calendar: QCalendar, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.db, self.rules, self.fmt = db, rules, fmt
        today = QDate.currentDate()
        self.date_from = self._date_edit(today.addDays(-30), calendar)
        self.date_to = self._date_edit(today, calendar)
        self.direction = self._combo(
            [(self.tr("All directions"), None)] + [(direction_label(d), d) for d in ("in", "out")]
        )
        self.status = self._combo([(self.tr("All statuses"), None)] + [(status_label(s), s) for s in CALL_STATUSES])
        self.reason = self._combo([(self.tr("All reasons"), None)])
        self.agent = self._combo([(self.tr("All agents"), None)])
        self.unknown = QCheckBox(self.tr("Unknown callers only"))
        self.text = QLineEdit()
        cap_search_box(self.text)  # any text, capped with a message (app.search_text)
        self.text.setPlaceholderText(self.tr("Number or customer name"))
        self.text.setToolTip(self.tr("Only calls of a number (type its start) or of customers with this name"))
        self.text.setClearButtonEnabled(True)
        self._text_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._text_timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(lambda _text: self._text_timer.start())
        self.text.returnPressed.connect(self.refresh)
        self.attach = QPushButton(self.tr("Attach to customer…"))
        self.attach.setToolTip(self.tr("Attach the selected unknown caller's calls to a customer"))
        self.attach.clicked.connect(self._attach_selected)
        log = QPushButton(self.tr("Log call…"))
        log.clicked.connect(self.log_call_requested)
        self.model = PagedTableModel(call_columns(fmt), self._fetch, self, sort_order=NEWEST_FIRST)
        self.model.sort_changed.connect(self.refresh)
        self.table = CustomerTable(self.model)
        self.table.activated_row.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.summary = RangeLabel(self.model, fmt)
        self.overlay = ListOverlay(self.table, self.model, self._empty_text)
        for widget in (self.date_from, self.date_to):
            widget.dateChanged.connect(lambda *_: self.refresh())
        for combo in (self.direction, self.status, self.reason, self.agent):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.unknown.toggled.connect(lambda *_: self.refresh())
        # Two rows, so every filter fits a 1366-pixel screen in any language.
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.attach)
        filters.addWidget(log)
        choices = QHBoxLayout()
        for widget in (self.direction, self.status, self.reason, self.agent, self.unknown):
            choices.addWidget(widget)
        choices.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(choices)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self._update_buttons()

    def _date_edit(self, value: QDate, calendar: QCalendar) -> QDateEdit:
        edit = QDateEdit(value)
        setup_date_edit(edit, calendar, self.fmt.week, self.fmt.digits_locale())
        return edit

    @staticmethod
    def _combo(items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def load_choices(self) -> None:
        """Fill the reason and agent filters (small lists) without firing a refresh per item."""
        for combo, items in (
            (self.reason, [(i.value, i.id) for i in lookups.list_values(self.db, lookups.CALL_REASON, True)]),
            (self.agent, [(a.full_name or a.username, a.id) for a in lookups.list_agents(self.db)]),
        ):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)

    def call_filter(self) -> CallFilter:
        start, end = self.date_from.date(), self.date_to.date()
        return CallFilter(
            date_from=datetime(start.year(), start.month(), start.day()),
            date_to=datetime(end.year(), end.month(), end.day()) + timedelta(days=1),
            direction=self.direction.currentData(),
            status=self.status.currentData(),
            reason_id=self.reason.currentData(),
            agent_id=self.agent.currentData(),
            unknown_only=self.unknown.isChecked(),
            text=self.text.text().strip(),
        )

    def _fetch(self, cursor: object):  # noqa: ANN202
        oldest_first = self.model.sort_order == SortOrder("started")
        return calls.list_calls(self.db, self._filter, cursor, rules=self._rules, oldest_first=oldest_first)  # type: ignore[arg-type]

    def _count(self):  # noqa: ANN202
        return calls.count_calls(self.db, self._filter, self._rules)

    def refresh(self) -> None:
        self._text_timer.stop()
        self._filter, self._rules = self.call_filter(), self.rules()
        self.model.reload(count=self._count)
        self._update_buttons()

    def current_call(self) -> CallRow | None:
        row = self.table.current()
        return row if isinstance(row, CallRow) else None

    def _update_buttons(self) -> None:
        call = self.current_call()
        self.attach.setEnabled(call is not None and call.customer_id is None and bool(call.number))

    def _activated(self, row: CallRow) -> None:
        if row.customer_id is not None:
            self.open_customer.emit(row.customer_id)
        else:
            self.attach_requested.emit(row)

    def _attach_selected(self) -> None:
        call = self.current_call()
        if call is not None:
            self.attach_requested.emit(call)

    def _empty_text(self) -> str:
        shown = getattr(self, "_filter", CallFilter())
        if shown != CallFilter(date_from=shown.date_from, date_to=shown.date_to):
            return self.tr("No call matches these filters. Widen the dates or clear the filters to see more.")
        return self.tr(
            "No calls in these dates. Calls appear here by themselves once a caller-ID device is set up "
            "(Caller ID → Caller ID settings); press Ctrl+L to log one by hand, or Ctrl+Shift+I to simulate a call."
        )
