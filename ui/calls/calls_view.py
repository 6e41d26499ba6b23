"""The call log: filters over every call, paged lazily; unknown callers can be attached to a customer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.dto import CALL_STATUSES, CallFilter, CallRow
from app.phones import PhoneRules
from app.services import calls, lookups
from ui.customers.customer_card import history_columns
from ui.customers.customers_view import CustomerTable
from ui.formatting import Formatter, direction_label, status_label
from ui.paged_model import Column, PagedTableModel


def call_columns(fmt: Formatter) -> list[Column]:
    unknown = QCoreApplication.translate("Columns", "(unknown caller)")
    columns = history_columns(fmt)
    columns.insert(3, Column(QCoreApplication.translate("Columns", "Customer"), lambda r: r.customer_name or unknown))
    return columns


class CallsView(QWidget):
    open_customer = Signal(int)
    attach_requested = Signal(object)  # CallRow
    log_call_requested = Signal()

    def __init__(self, db: Database, rules: Callable[[], PhoneRules], fmt: Formatter, calendar: QCalendar, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.db, self.rules = db, rules
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
        self.attach = QPushButton(self.tr("Attach to customer…"))
        self.attach.setToolTip(self.tr("Attach the selected unknown caller's calls to a customer"))
        self.attach.clicked.connect(self._attach_selected)
        log = QPushButton(self.tr("Log call…"))
        log.clicked.connect(self.log_call_requested)
        self.model = PagedTableModel(call_columns(fmt), self._fetch, self)
        self.table = CustomerTable(self.model)
        self.table.activated_row.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel()
        self.model.page_loaded.connect(self._show_summary)
        for widget in (self.date_from, self.date_to):
            widget.dateChanged.connect(lambda *_: self.refresh())
        for combo in (self.direction, self.status, self.reason, self.agent):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.unknown.toggled.connect(lambda *_: self.refresh())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        for widget in (self.direction, self.status, self.reason, self.agent, self.unknown):
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(self.attach)
        filters.addWidget(log)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self._update_buttons()

    @staticmethod
    def _date_edit(value: QDate, calendar: QCalendar) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendar(calendar)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy/MM/dd")
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
        )

    def _fetch(self, cursor: object):  # noqa: ANN202
        return calls.list_calls(self.db, self._filter, cursor, rules=self._rules)  # type: ignore[arg-type]

    def refresh(self) -> None:
        self._filter, self._rules = self.call_filter(), self.rules()
        self.model.reload()
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

    def _show_summary(self, _count: int) -> None:
        shown = self.model.rowCount()
        text = self.tr("%1 calls shown; scroll for more") if self.model.canFetchMore() else self.tr("%1 calls")
        self.summary.setText(text.replace("%1", str(shown)))
