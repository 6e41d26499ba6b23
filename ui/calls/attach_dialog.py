"""Choosing the customer an unknown caller belongs to (search, pick, attach)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.db import Database
from app.dto import CallRow, CustomerRow
from app.phones import PhoneRules
from app.services import calls
from ui.customers.customers_view import SEARCH_DELAY_MS, CustomerTable, customer_columns, customer_fetcher
from ui.formatting import Formatter, fill
from ui.list_status import ListOverlay
from ui.paged_model import PagedTableModel
from ui.search_box import cap_search_box
from ui.tasks import run_task


class AttachDialog(QDialog):
    def __init__(
        self, db: Database, actor: str, rules: PhoneRules, fmt: Formatter, call: CallRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.rules, self.call = db, actor, rules, call
        self.attached = 0
        self.setWindowTitle(fill(self.tr("Attach caller %1 to a customer"), call.display_number))
        self.resize(700, 460)
        self.search = QLineEdit()
        cap_search_box(self.search)  # any text, capped with a message (app.search_text)
        self.search.setPlaceholderText(self.tr("Search the customer by name, company or phone"))
        self.model = PagedTableModel(customer_columns(fmt)[:4], customer_fetcher(db, "", rules), self)
        self.table = CustomerTable(self.model)
        self.overlay = ListOverlay(self.table, self.model, lambda: self.tr("No customer matches this search."))
        self.table.activated_row.connect(lambda _row: self.accept_choice())
        self.note = QLabel(
            self.tr(
                "Every call from this number without a customer is attached, and the number is added to the "
                "customer's phones so the next call pops the right card."
            )  # fmt: skip
        )
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Attach"))
        self.buttons.accepted.connect(self.accept_choice)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.model.reload(customer_fetcher(db, self.search.text(), rules)))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.model.reload()

    def accept_choice(self) -> None:
        row = self.table.current()
        if not isinstance(row, CustomerRow):
            self.note.setText(self.tr("Choose a customer in the list first."))
            return
        self.buttons.setEnabled(False)
        call_id, customer_id = self.call.id, row.id
        run_task(
            self,
            lambda: calls.attach_calls(self.db, call_id, customer_id, self.actor, self.rules),
            self._done,
            lambda error: (self.note.setText(str(error)), self.buttons.setEnabled(True)),
            write=True,
        )

    def _done(self, count: int) -> None:
        self.attached = count
        self.accept()
