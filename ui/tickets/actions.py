"""The ticket view's action dialogs: change status (and tell the customer), escalate, reopen, follow-up."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCalendar
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import lookups
from app.tickets.inform import inform_message
from app.tickets.lists import TICKET_DEPARTMENT, TICKET_TIER
from app.tickets.service import INFORM_CHANNELS
from ui.formatting import from_qdatetime, to_qdatetime
from ui.forms import error_label
from ui.tickets.labels import channel_label, status_label


class _ActionDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = error_label(word_wrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        return ""

    def _check(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


class StatusDialog(_ActionDialog):
    """A status change, offering to tell the customer with the status's template message."""

    def __init__(self, after: str, ticket_id: int, subject: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change status to %1").replace("%1", status_label(after)), parent)
        self.after = after
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(50)
        self.resolution = QPlainTextEdit()
        self.resolution.setFixedHeight(50)
        self.satisfaction = QSpinBox(minimum=0, maximum=5)
        self.satisfaction.setSpecialValueText(self.tr("not asked"))
        self.tell = QCheckBox(self.tr("Tell the customer"))
        self.tell.setChecked(after in ("resolved", "waiting", "escalated"))
        self.channel = QComboBox()
        for channel in INFORM_CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.message = QPlainTextEdit(inform_message(after, language, ticket_id, subject))
        self.message.setFixedHeight(60)
        self.tell.toggled.connect(self.channel.setEnabled)
        self.tell.toggled.connect(self.message.setEnabled)
        self.channel.setEnabled(self.tell.isChecked())
        self.message.setEnabled(self.tell.isChecked())
        self.form.addRow(self.tr("Note"), self.note)
        if after == "resolved":
            self.form.addRow(self.tr("Resolution"), self.resolution)
        if after == "closed":
            self.form.addRow(self.tr("Satisfaction (1–5)"), self.satisfaction)
        self.form.addRow("", self.tell)
        self.form.addRow(self.tr("How told"), self.channel)
        self.form.addRow(self.tr("Message"), self.message)
        self.finish()

    def problem(self) -> str:
        if self.tell.isChecked() and not self.message.toPlainText().strip():
            return self.tr("Write the message you told the customer, or untick “Tell the customer”.")
        return ""

    def inform(self) -> tuple[str, str] | None:
        return (self.channel.currentData(), self.message.toPlainText()) if self.tell.isChecked() else None


class NoteDialog(_ActionDialog):
    """Reopen (or any move that needs a reason): a required note."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.form.addRow(QLabel(prompt))
        self.form.addRow(self.note)
        self.finish()

    def problem(self) -> str:
        return "" if self.note.toPlainText().strip() else self.tr("Write a note saying why first.")


class EscalateDialog(NoteDialog):
    """Move to another tier and/or department, with a required note."""

    def __init__(self, db: Database, tier_id: int | None, department_id: int | None, parent: QWidget | None = None):
        super().__init__(self.tr("Escalate ticket"), self.tr("Why does this ticket need another tier?"), parent)
        self.tier = self._choices(db, TICKET_TIER, tier_id)
        self.department = self._choices(db, TICKET_DEPARTMENT, department_id)
        self.form.insertRow(0, self.tr("Tier"), self.tier)
        self.form.insertRow(1, self.tr("Department"), self.department)

    def _choices(self, db: Database, kind: str, current: int | None) -> QComboBox:
        combo = QComboBox()
        for item in lookups.list_values(db, kind):
            combo.addItem(item.value, item.id)
        index = combo.findData(current)
        # Offer the next tier by default: escalating usually means one step up.
        combo.setCurrentIndex(min(index + 1, combo.count() - 1) if kind == TICKET_TIER and index >= 0 else index)
        return combo


class FollowUpDialog(_ActionDialog):
    """A follow-up task: what to do (calling the customer back, by default) and when."""

    def __init__(self, due: datetime, calendar: QCalendar | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow-up"), parent)
        self.what = QLineEdit(self.tr("Call the customer back"))
        self.due = QDateTimeEdit(to_qdatetime(due))
        if calendar is not None:
            self.due.setCalendar(calendar)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy/MM/dd HH:mm")
        self.form.addRow(self.tr("What"), self.what)
        self.form.addRow(self.tr("Due"), self.due)
        self.finish()

    def problem(self) -> str:
        return "" if self.what.text().strip() else self.tr("Say what needs doing.")

    def due_at(self) -> datetime:
        return from_qdatetime(self.due.dateTime())
