"""The ticket list: saved filters (mine, my department's, overdue, unassigned, waiting, to inform, ...)
plus status, type and category, over a lazy keyset-paged table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.db import Database
from app.dto import Page
from app.services import lookups
from app.tickets.dto import TicketRow
from app.tickets.lists import TICKET_CATEGORY, TICKET_DEPARTMENT
from app.tickets.models import STATUSES, TYPES
from app.tickets.queries import INFORM_DAYS, VIEWS, TicketFilter, list_tickets
from ui.customers.customers_view import CustomerTable
from ui.formatting import Formatter, fill
from ui.list_status import ListOverlay
from ui.paged_model import Column, PagedTableModel
from ui.tickets.labels import priority_label, sla_text, status_label, type_label, view_label


def ticket_columns(fmt: Formatter) -> list[Column]:
    number = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
    return [
        Column(QCoreApplication.translate("Columns", "#"), lambda r: fmt.digits(str(r.id)), number),
        Column(QCoreApplication.translate("Columns", "Subject"), lambda r: r.subject),
        Column(QCoreApplication.translate("Columns", "Customer"), lambda r: r.customer_name),
        Column(QCoreApplication.translate("Columns", "Status"), lambda r: status_label(r.status)),
        Column(QCoreApplication.translate("Columns", "Priority"), lambda r: priority_label(r.priority)),
        Column(QCoreApplication.translate("Columns", "SLA"), lambda r: sla_text(r.sla, r.seconds_left, r.paused, fmt)),
        Column(QCoreApplication.translate("Columns", "Due"), lambda r: fmt.datetime(r.resolution_due)),
        Column(QCoreApplication.translate("Columns", "Assignee"), lambda r: r.assignee),
        Column(QCoreApplication.translate("Columns", "Type"), lambda r: type_label(r.type)),
        Column(QCoreApplication.translate("Columns", "Category"), lambda r: r.category),
        Column(QCoreApplication.translate("Columns", "Department"), lambda r: r.department),
        Column(QCoreApplication.translate("Columns", "Opened"), lambda r: fmt.datetime(r.created_at)),
    ]


class TicketsView(QWidget):
    open_ticket = Signal(int)
    new_ticket_requested = Signal()
    bulk_assign_requested = Signal(list, object)  # ticket ids, user id or None
    bulk_status_requested = Signal(list, str)  # ticket ids, status

    def __init__(
        self, db: Database, fmt: Formatter, me_id: Callable[[], int | None] = lambda: None,
        now: Callable[[], datetime] = datetime.now, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.me_id, self.now, self._fmt = db, me_id, now, fmt
        self.inform_days: Callable[[], int] = lambda: INFORM_DAYS  # the panel gives the setting
        self.view = self._combo([(view_label(v), v) for v in VIEWS])
        self.department = self._combo([(self.tr("All departments"), None)])
        self.status = self._combo([(self.tr("All statuses"), None)] + [(status_label(s), s) for s in STATUSES])
        self.type = self._combo([(self.tr("All types"), None)] + [(type_label(t), t) for t in TYPES])
        self.category = self._combo([(self.tr("All categories"), None)])
        new = QPushButton(self.tr("New ticket…"))
        new.clicked.connect(self.new_ticket_requested)
        self.model = PagedTableModel(ticket_columns(fmt), self._fetch, self)
        self.table = CustomerTable(self.model)
        self.overlay = ListOverlay(self.table, self.model, lambda: self.tr("No tickets match this view."))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 260)
        self.table.setColumnWidth(5, 200)  # "Paused · On time · 12:30 h left"
        self.table.activated_row.connect(lambda row: self.open_ticket.emit(row.id))
        self.summary = QLabel()
        self.bulk_agent = self._combo([(self.tr("(nobody)"), None)])
        self.assign_selected = assign = QPushButton(self.tr("Assign selected"))
        assign.clicked.connect(lambda: self._bulk(self.bulk_assign_requested, self.bulk_agent.currentData()))
        self.bulk_status = self._combo([(status_label(s), s) for s in STATUSES if s != "new"])
        self.move_selected = move = QPushButton(self.tr("Set status of selected"))
        move.clicked.connect(lambda: self._bulk(self.bulk_status_requested, self.bulk_status.currentData()))
        self.model.page_loaded.connect(self._show_summary)
        for combo in (self.view, self.department, self.status, self.type, self.category):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        filters = QHBoxLayout()
        for widget in (self.view, self.department, self.status, self.type, self.category):
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for widget in (self.bulk_agent, assign, self.bulk_status, move):
            bottom.addWidget(widget)
        layout.addLayout(bottom)
        self._filter = TicketFilter()

    @staticmethod
    def _combo(items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def load_choices(self) -> None:
        """Fill the department and category filters (small lists) without a refresh per item."""
        for combo, kind in ((self.department, TICKET_DEPARTMENT), (self.category, TICKET_CATEGORY)):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for item in lookups.list_values(self.db, kind, True):
                combo.addItem(item.value, item.id)
            combo.blockSignals(False)
        while self.bulk_agent.count() > 1:
            self.bulk_agent.removeItem(1)
        for agent in lookups.list_agents(self.db):
            self.bulk_agent.addItem(agent.full_name or agent.username, agent.id)

    def _bulk(self, signal: Signal, value: object) -> None:
        ids = self.selected_ids()
        if ids:
            signal.emit(ids, value)  # type: ignore[attr-defined]

    def set_view(self, view: str) -> None:
        self.view.setCurrentIndex(VIEWS.index(view))

    def ticket_filter(self) -> TicketFilter:
        return TicketFilter(
            view=self.view.currentData(), me_id=self.me_id(), department_id=self.department.currentData(),
            status=self.status.currentData(), type=self.type.currentData(), category_id=self.category.currentData(),
            now=self.now(), inform_days=self.inform_days(),
        )  # fmt: skip

    def _fetch(self, cursor: object) -> Page[TicketRow, object]:
        return list_tickets(self.db, self._filter, cursor)

    def refresh(self) -> None:
        self._filter = self.ticket_filter()
        self.model.reload()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row(r).id for r in rows]

    def _show_summary(self, _count: int) -> None:
        shown = self.model.rowCount()
        more = self.model.canFetchMore()
        text = self.tr("%1 tickets shown; scroll for more") if more else self.tr("%1 tickets")
        self.summary.setText(fill(text, self._fmt.number(shown)))
