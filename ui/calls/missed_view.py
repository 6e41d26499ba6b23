"""Missed calls nobody has returned yet, with "call back" (dial through the modem, or log it by hand)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.db import Database
from app.dto import MissedCall
from app.phones import PhoneRules
from app.services import incoming
from ui.customers.customers_view import CustomerTable
from ui.formatting import Formatter
from ui.paged_model import Column, PagedTableModel


def missed_columns(fmt: Formatter) -> list[Column]:
    unknown = QCoreApplication.translate("Columns", "(unknown caller)")
    return [
        Column(QCoreApplication.translate("Columns", "Started"), lambda r: fmt.datetime(r.started_at)),
        Column(
            QCoreApplication.translate("Columns", "Number"), lambda r: fmt.phone(r.display_number), left_to_right=True
        ),  # fmt: skip
        Column(QCoreApplication.translate("Columns", "Customer"), lambda r: r.customer_name or unknown),
        Column(QCoreApplication.translate("Columns", "Line"), lambda r: r.line),
        Column(QCoreApplication.translate("Columns", "Tries in 7 days"), lambda r: fmt.number(r.attempts)),
    ]


class MissedCallsView(QWidget):
    call_back_requested = Signal(object)  # MissedCall
    open_customer = Signal(int)

    def __init__(self, db: Database, rules: Callable[[], PhoneRules], fmt: Formatter, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.rules = db, rules
        self.model = PagedTableModel(missed_columns(fmt), self._fetch, self)
        self.table = CustomerTable(self.model)
        self.table.activated_row.connect(self._activated)
        self.call_back = QPushButton(self.tr("Call back"))
        self.call_back.setToolTip(self.tr("Dial the selected number through the modem and log the call"))
        self.call_back.clicked.connect(self._call_back)
        self.summary = QLabel()
        self.model.page_loaded.connect(self._summary)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Missed calls that nobody has returned yet")))
        top.addStretch()
        top.addWidget(self.call_back)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)

    def _fetch(self, cursor: object):  # noqa: ANN202
        return incoming.missed_calls(self.db, cursor, rules=self.rules())  # type: ignore[arg-type]

    def refresh(self) -> None:
        self.model.reload()

    def current(self) -> MissedCall | None:
        row = self.table.current()
        return row if isinstance(row, MissedCall) else None

    def _call_back(self) -> None:
        missed = self.current()
        if missed is not None:
            self.call_back_requested.emit(missed)

    def _activated(self, row: MissedCall) -> None:
        self.call_back_requested.emit(row)

    def _summary(self, _count: int) -> None:
        shown = self.model.rowCount()
        self.summary.setText(self.tr("%1 missed calls to return").replace("%1", str(shown)))
