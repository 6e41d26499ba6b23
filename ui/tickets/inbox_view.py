"""The notifications inbox: a bell with the unread count in the status bar, and the list it opens
(newest first; mark one or all read; double-click opens the ticket)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.tickets.inbox import InboxItem, inbox, mark_read, unread_count
from ui.formatting import Formatter, fill
from ui.tasks import run_task


class NotificationBell(QToolButton):
    """ "🔔 N" in the status bar; `refresh()` recounts on a worker."""

    def __init__(self, db: Database, actor: str, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.fmt = db, actor, fmt
        self.count = 0
        self.setAutoRaise(True)
        self.setToolTip(self.tr("Notifications: breached tickets and follow-ups that are due"))
        self._show(0)

    def refresh(self) -> None:
        db, actor = self.db, self.actor
        run_task(self, lambda: unread_count(db, actor), self._show, lambda _e: None)

    def _show(self, count: int) -> None:
        self.count = count
        self.setText("🔔 " + self.fmt.number(count))
        self.setAccessibleName(fill(self.tr("%1 unread notifications"), self.fmt.number(count)))


class InboxDialog(QDialog):
    open_ticket = Signal(int)
    changed = Signal()  # something was marked read: the bell recounts

    def __init__(self, db: Database, actor: str, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notifications"))
        self.resize(720, 420)
        self.db, self.actor, self.fmt = db, actor, fmt
        self.items: list[InboxItem] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Ticket"), self.tr("Message")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._open)
        self.status = QLabel()
        self.mark = QPushButton(self.tr("Mark read"))
        self.mark.clicked.connect(self.mark_selected)
        self.mark_all = QPushButton(self.tr("Mark all read"))
        self.mark_all.clicked.connect(lambda: self._mark(None))
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.mark)
        row.addWidget(self.mark_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.refresh()

    def message(self, item: InboxItem) -> str:
        if item.kind == "breach" and item.ticket_id is not None:
            return fill(self.tr("Ticket #%1 missed its resolution target."), str(item.ticket_id))
        if item.kind == "task_due":
            return fill(self.tr("Follow-up due: %1"), item.text)
        return item.text

    def refresh(self) -> None:
        db, actor = self.db, self.actor
        run_task(self, lambda: inbox(db, actor), self._show)

    def _show(self, items: list[InboxItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            ticket = "#" + self.fmt.digits(str(item.ticket_id)) if item.ticket_id is not None else ""
            for column, text in enumerate((self.fmt.datetime(item.at), ticket, self.message(item))):
                cell = QTableWidgetItem(text)
                font = cell.font()
                font.setBold(not item.read)  # unread in bold, as in a mail inbox
                cell.setFont(font)
                self.table.setItem(row, column, cell)
        unread = sum(1 for i in items if not i.read)
        self.status.setText(fill(self.tr("%1 unread"), self.fmt.number(unread)) if items else
                            self.tr("No notifications. Breached tickets and due follow-ups appear here."))  # fmt: skip
        self.mark_all.setEnabled(unread > 0)

    def mark_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        ids = [self.items[r].id for r in rows if not self.items[r].read]
        if ids:
            self._mark(ids)

    def _mark(self, ids: list[int] | None) -> None:
        db, actor = self.db, self.actor

        def done(_count: int) -> None:
            self.changed.emit()
            self.refresh()

        run_task(self, lambda: mark_read(db, actor, ids), done, lambda e: self.status.setText(str(e)), write=True)

    def _open(self, row: int, _column: int) -> None:
        item = self.items[row]
        if not item.read:
            self._mark([item.id])
        if item.ticket_id is not None:
            self.open_ticket.emit(item.ticket_id)


def open_inbox(db: Database, actor: str, fmt: Formatter, parent: QWidget, open_ticket: Callable[[int], None],
               changed: Callable[[], None]) -> InboxDialog:  # fmt: skip
    dialog = InboxDialog(db, actor, fmt, parent)
    dialog.open_ticket.connect(open_ticket)
    dialog.changed.connect(changed)
    dialog.open()
    return dialog
