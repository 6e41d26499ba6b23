"""Missed calls worked to zero: one row per caller, "Call back" (dial, or log it by hand) and "Mark handled"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.db import Database
from app.dto import MissedCaller, Page
from app.phones import PhoneRules
from app.services import missed
from ui.customers.customers_view import CustomerTable
from ui.formatting import Formatter, fill
from ui.list_status import ListOverlay
from ui.paged_model import Column, PagedTableModel
from ui.tasks import run_task


def missed_columns(fmt: Formatter) -> list[Column]:
    unknown = QCoreApplication.translate("Columns", "(unknown caller)")

    def handled(row: MissedCaller) -> str:
        if row.handled_at is None:
            return ""
        return " · ".join(x for x in (fmt.datetime(row.handled_at), row.handled_by, row.handled_note) if x)

    return [
        Column(QCoreApplication.translate("Columns", "Last try"), lambda r: fmt.datetime(r.last_at)),
        Column(
            QCoreApplication.translate("Columns", "Number"), lambda r: fmt.phone(r.display_number), left_to_right=True
        ),  # fmt: skip
        Column(QCoreApplication.translate("Columns", "Customer"), lambda r: r.customer_name or unknown),
        Column(QCoreApplication.translate("Columns", "Tries"), lambda r: fmt.number(r.tries)),
        Column(QCoreApplication.translate("Columns", "First try"), lambda r: fmt.datetime(r.first_at)),
        Column(QCoreApplication.translate("Columns", "Handled"), handled),
    ]


class MissedCallsView(QWidget):
    call_back_requested = Signal(object)  # MissedCaller
    changed = Signal()  # a caller was marked handled

    def __init__(self, db: Database, rules: Callable[[], PhoneRules], fmt: Formatter, actor: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.rules, self.fmt, self.actor = db, rules, fmt, actor
        self.total: int | None = None
        self.model = PagedTableModel(missed_columns(fmt), self._fetcher(False), self)
        self.table = CustomerTable(self.model)
        # A failed query says so with Retry; an empty list says what would be here.
        self.overlay = ListOverlay(self.table, self.model, lambda: self.tr("No missed calls waiting for a call back."))
        self.table.activated_row.connect(self.call_back_requested.emit)
        self.call_back = QPushButton(self.tr("Call back"))
        self.call_back.setToolTip(
            self.tr("Dial the selected caller (or log the call by hand); reaching them clears the row")
        )
        self.call_back.clicked.connect(self._call_back)
        self.handle_button = QPushButton(self.tr("Mark handled…"))
        self.handle_button.setToolTip(self.tr("Take the selected caller off the list, with an optional note"))
        self.handle_button.clicked.connect(self._ask_handled)
        self.show_handled = QCheckBox(self.tr("Show handled"))
        self.show_handled.toggled.connect(lambda _on: self.refresh())
        self.summary = QLabel()
        self.model.page_loaded.connect(lambda _count: self._summary())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Callers nobody has reached yet, one row per number")))
        top.addStretch()
        top.addWidget(self.show_handled)
        top.addWidget(self.handle_button)
        top.addWidget(self.call_back)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)

    def _fetcher(self, everything: bool) -> Callable[[object], Page]:
        """Reads on a worker: every value it needs is taken here, on the GUI thread."""
        db, rules = self.db, self.rules()
        return lambda cursor: missed.missed_calls(db, cursor, rules=rules, include_handled=everything)  # type: ignore[arg-type]

    def refresh(self) -> None:
        db, everything = self.db, self.show_handled.isChecked()
        self.model.reload(self._fetcher(everything))
        run_task(self, lambda: missed.count_missed(db, include_handled=everything), self._counted)

    def _counted(self, total: int) -> None:
        self.total = total
        self._summary()

    def current(self) -> MissedCaller | None:
        row = self.table.current()
        return row if isinstance(row, MissedCaller) else None

    def _call_back(self) -> None:
        row = self.current()
        if row is not None:
            self.call_back_requested.emit(row)

    def _ask_handled(self) -> None:
        row = self.current()
        if row is None or row.handled_at is not None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Mark handled"), self.tr("Note (optional):"))
        if ok:
            self.mark_handled(row, note)

    def mark_handled(self, row: MissedCaller, note: str = "") -> None:
        db, actor = self.db, self.actor
        run_task(self, lambda: missed.mark_handled(db, row.id, actor, note), lambda _r: self._handled(), write=True)

    def _handled(self) -> None:
        self.refresh()
        self.changed.emit()

    def _summary(self) -> None:
        if self.total is None:
            self.summary.setText(self.tr("Counting…"))
        elif self.show_handled.isChecked():
            self.summary.setText(fill(self.tr("%1 callers, handled ones included"), self.fmt.number(self.total)))
        else:
            self.summary.setText(fill(self.tr("%1 callers to call back"), self.fmt.number(self.total)))
