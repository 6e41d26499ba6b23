"""The customer card's Tickets section: the customer's open tickets (status, age, who has it)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.db import Database
from app.tickets.dto import OpenTicketSummary
from app.tickets.queries import customer_open_tickets
from ui.formatting import Formatter
from ui.tasks import run_task
from ui.tickets.labels import status_label

SHOWN = 20


def age_text(created: datetime, now: datetime, fmt: Formatter) -> str:
    """'3 d', '5 h' or '12 min' since the ticket was opened."""
    seconds = max(0, int((now - created).total_seconds()))
    if seconds >= 86400:
        text, count = QCoreApplication.translate("Tickets", "%1 d"), seconds // 86400
    elif seconds >= 3600:
        text, count = QCoreApplication.translate("Tickets", "%1 h"), seconds // 3600
    else:
        text, count = QCoreApplication.translate("Tickets", "%1 min"), seconds // 60
    return text.replace("%1", fmt.digits(str(count)))


class TicketsSection(QWidget):
    def __init__(self, db: Database, customer_id: int, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.customer_id, self.fmt = db, customer_id, fmt
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("#"), self.tr("Subject"), self.tr("Status · age"),
                                              self.tr("Who has it")])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(1, 300)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._open(row))
        self.summary = QLabel()
        new = QPushButton(self.tr("New ticket…"))
        new.clicked.connect(self._new)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.ids: list[int] = []
        self.reload()

    def reload(self) -> None:
        db, customer_id = self.db, self.customer_id
        run_task(self, lambda: customer_open_tickets(db, customer_id, SHOWN), self._show)

    def _show(self, summary: OpenTicketSummary) -> None:
        now = datetime.now()
        self.summary.setText(self.tr("Open tickets: %1").replace("%1", self.fmt.number(summary.count)))
        self.ids = [t.id for t in summary.newest]
        self.table.setRowCount(len(summary.newest))
        for row, ticket in enumerate(summary.newest):
            values = (self.fmt.digits(str(ticket.id)), ticket.subject,
                      f"{status_label(ticket.status)} · {age_text(ticket.created_at, now, self.fmt)}",
                      ticket.assignee or self.tr("(nobody)"))  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _panel(self) -> object | None:
        """The main window's tickets panel (the card is a window whose parent is the main window)."""
        return getattr(self.window().parentWidget(), "tickets", None)

    def _open(self, row: int) -> None:
        panel = self._panel()
        if panel is not None and 0 <= row < len(self.ids):
            panel.open_ticket(self.ids[row])  # type: ignore[attr-defined]

    def _new(self) -> None:
        panel = self._panel()
        if panel is not None:
            title = self.window().windowTitle()
            panel.new_ticket(self.customer_id, title).saved.connect(lambda _id: self.reload())  # type: ignore[attr-defined]
