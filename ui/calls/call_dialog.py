"""Logging a call by hand: direction, start, duration, reason, outcome, notes, agent."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCalendar, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app import errors
from app.db import Database
from app.dto import CALL_STATUSES, CallDraft
from app.phones import PhoneRules
from app.services import calls, lookups
from app.services.calls import validate_call
from app.week import Week
from ui.date_widgets import setup_date_edit
from ui.formatting import (
    Formatter,
    chosen_value,
    direction_label,
    from_qdatetime,
    lookup_choices,
    status_label,
    to_qdatetime,
)
from ui.forms import SaveDialog
from ui.messages import field_error


class CallDialog(SaveDialog):
    def __init__(
        self,
        db: Database,
        actor: str,
        rules: PhoneRules,
        calendar: QCalendar,
        customer_id: int | None = None,
        customer_name: str = "",
        numbers: list[str] | None = None,
        week: Week | None = None,
        fmt: Formatter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        fmt = fmt or Formatter()
        self.db, self.actor, self.rules, self.customer_id = db, actor, rules, customer_id
        self.setWindowTitle(self.tr("Log call") + (f" — {customer_name}" if customer_name else ""))
        self.direction = QComboBox()
        for direction in ("in", "out"):
            self.direction.addItem(direction_label(direction), direction)
        self.number = QComboBox()
        self.number.setEditable(True)
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.number.addItems(numbers or [])
        self.started = QDateTimeEdit(QDateTime.currentDateTime())
        setup_date_edit(self.started, calendar, week or fmt.week, fmt.digits_locale())
        self.minutes = QSpinBox(maximum=24 * 60, suffix=self.tr(" min"))
        self.seconds = QSpinBox(maximum=59, suffix=self.tr(" s"))
        self.status = QComboBox()
        for status in CALL_STATUSES[:-1]:  # "ringing" is the caller-ID path's, not a hand-logged state
            self.status.addItem(status_label(status), status)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("(none)"), None)
        for item in lookups.list_values(db, lookups.CALL_REASON):
            self.reason.addItem(fmt.lookup(lookups.CALL_REASON, item.value), item.id)
        self.outcome = QComboBox()
        self.outcome.setEditable(True)
        self.outcome.addItem("")
        lookup_choices(
            self.outcome, fmt, lookups.CALL_OUTCOME, [i.value for i in lookups.list_values(db, lookups.CALL_OUTCOME)]
        )
        self.agent = QLineEdit(actor)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Started"), self.started)
        form.addRow(self.tr("Talk time"), self._pair(self.minutes, self.seconds))
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Agent"), self.agent)
        form.addRow(self.tr("Notes"), self.notes)
        self.finish_layout(form)

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first)
        row.addWidget(second)
        return box

    def draft(self) -> CallDraft:
        return CallDraft(
            direction=self.direction.currentData(),
            started_at=from_qdatetime(self.started.dateTime()),
            number=self.number.currentText(),
            customer_id=self.customer_id,
            status=self.status.currentData(),
            talk_seconds=self.minutes.value() * 60 + self.seconds.value(),
            reason_id=self.reason.currentData(),
            outcome=chosen_value(self.outcome),
            notes=self.notes.toPlainText(),
            agent=self.agent.text().strip() or self.actor,
        )

    def set_started(self, value: datetime) -> None:
        self.started.setDateTime(to_qdatetime(value))

    def save(self) -> None:
        draft = self.draft()
        try:
            validate_call(draft, self.rules)
        except errors.ValidationError as error:
            self.show_errors(error)
            return
        self.submit(lambda: calls.log_call(self.db, draft, self.actor, self.rules))

    def show_errors(self, error: errors.ValidationError) -> None:
        labels = {"number": self.tr("Number"), "talk_seconds": self.tr("Talk time"), "status": self.tr("Status"),
                  "notes": self.tr("Notes"), "outcome": self.tr("Outcome")}  # fmt: skip
        lines = [f"{labels.get(k, k)}: {field_error(c, error.values.get(k, ''))}" for k, c in error.errors.items()]
        self.show_general("\n".join(lines))
