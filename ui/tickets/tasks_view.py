"""My tasks today: the agent's follow-ups due by the end of the day, soonest first; double-click opens the ticket."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.db import Database
from app.tickets.followups import TaskView, complete_task, tasks_today
from ui.formatting import Formatter, fill
from ui.tasks import run_task

TaskRole = Qt.ItemDataRole.UserRole + 1


class TasksView(QWidget):
    open_ticket = Signal(int)
    call_back_requested = Signal(object)  # TaskView: log the follow-up call, then the task is done

    def __init__(
        self, db: Database, actor: str, fmt: Formatter, me_id: Callable[[], int | None],
        now: Callable[[], datetime] = datetime.now, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.actor, self.fmt, self.me_id, self.now = db, actor, fmt, me_id, now
        self.title = QLabel(self.tr("My tasks today"))
        self.title.setStyleSheet("font-weight: bold;")
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda item: self.open_ticket.emit(item.data(TaskRole).ticket_id))
        self._generation = 0
        self.call_back = QPushButton(self.tr("Call back…"))
        self.call_back.setToolTip(
            self.tr("Log the follow-up call; the task is then done and the call joins the ticket")
        )
        self.call_back.clicked.connect(self._call_back)
        self.done = QPushButton(self.tr("Done"))
        self.done.clicked.connect(self._done)
        self.setMinimumWidth(280)  # "09:30  Call the customer back — #123 name" stays readable
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_back)
        buttons.addWidget(self.done)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        db, me, now = self.db, self.me_id(), self.now()
        self._generation += 1
        generation = self._generation
        run_task(self, lambda: tasks_today(db, me, now), lambda tasks: self._show(generation, tasks))

    def _show(self, generation: int, tasks: list[TaskView]) -> None:
        if generation != self._generation:
            return  # superseded by a newer refresh
        now = self.now()
        self.list.clear()
        for task in tasks:
            late = task.due_at <= now
            number = self.fmt.digits(str(task.ticket_id))
            text = f"{self.fmt.datetime(task.due_at)[-5:]}  {task.title} — #{number} {task.customer_name}"
            item = QListWidgetItem(("⚠ " if late else "") + text)
            item.setData(TaskRole, task)
            self.list.addItem(item)
        self.title.setText(fill(self.tr("My tasks today (%1)"), self.fmt.number(len(tasks))))

    def _call_back(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.call_back_requested.emit(item.data(TaskRole))

    def complete(self, task_id: int, call_id: int | None = None) -> None:
        db, actor = self.db, self.actor
        run_task(self, lambda: complete_task(db, task_id, actor, call_id), lambda _r: self.refresh(), write=True)

    def _done(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.complete(item.data(TaskRole).id)
