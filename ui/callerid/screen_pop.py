"""The screen pop: who is calling, their last calls and flags, a talk timer, and the one-step call log."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.dto import LookupItem, ScreenPop
from app.lookup_defaults import CALL_OUTCOME, CALL_REASON
from ui.formatting import Formatter, chosen_value, direction_label, fill, lookup_choices, status_label
from ui.tickets.card_section import age_text
from ui.tickets.labels import status_label as ticket_status_label

BADGE = "color: white; background: %s; padding: 2px 8px; border-radius: 8px; font-weight: 600;"


def mm_ss(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class ScreenPopWindow(QWidget):
    """One ringing call. Stays on top, never steals the keyboard from what the agent is typing."""

    open_card = Signal(object)  # ScreenPop
    new_customer = Signal(object)
    ticket_requested = Signal(object)  # pop: open a ticket for this call
    log_requested = Signal(object, object, str, str, int, object)  # pop, reason id, outcome, notes, talk s, answered at
    answer_requested = Signal(object)  # pop, when the agent answers (F9 or the button)
    customer_chosen = Signal(object, int)  # pop, customer id (several customers share the number)
    dismissed = Signal(object)

    def __init__(self, pop: ScreenPop, fmt: Formatter, reasons: list[LookupItem], outcomes: list[str],
                 parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        flags = Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.pop, self.fmt, self.clock = pop, fmt, clock
        self.answered_at: datetime | None = None
        self._answered_clock: float | None = None
        self._talk_shown = 0  # the timer's last value in the field; a different value is the agent's correction
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Incoming call"))
        self.setMinimumWidth(380)
        self.number = QLabel()
        self.number.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timer_label = QLabel()
        self.timer_label.setStyleSheet("font-size: 16pt; font-weight: 600; color: #2e7d32;")
        self.timer_label.hide()
        heading = QHBoxLayout()
        heading.addWidget(self.number, 1)
        heading.addWidget(self.timer_label)
        self.who = QLabel()
        self.who.setStyleSheet("font-size: 13pt;")
        self.who.setWordWrap(True)
        self.state = QLabel(status_label("ringing"))
        self.chooser = QComboBox()
        self.chooser.activated.connect(self._chosen)
        self.shared_label = QLabel()
        self.shared_label.setStyleSheet("color: #e65100; font-weight: 600;")
        self.chooser_row = QWidget()
        chooser_layout = QHBoxLayout(self.chooser_row)
        chooser_layout.setContentsMargins(0, 0, 0, 0)
        chooser_layout.addWidget(self.shared_label)
        chooser_layout.addWidget(self.chooser, 1)
        self.details = QWidget()
        self.details_box = QVBoxLayout()
        self.details_box.setContentsMargins(0, 0, 0, 0)
        self.details_box.addWidget(self.details)
        self.reason = QComboBox()
        self.outcome = QComboBox()
        self.outcome.setEditable(True)
        self._fill_choices(reasons, outcomes)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Notes for this call"))
        self.notes.returnPressed.connect(self._log)
        self.talk = QSpinBox()
        self.talk.setRange(0, 24 * 3600)
        self.talk.setSuffix(self.tr(" s talk"))
        self.talk.setToolTip(self.tr("Talk time measured since you answered; correct it if needed"))
        quick = QHBoxLayout()
        quick.addWidget(self.reason, 1)
        quick.addWidget(self.outcome, 1)
        quick.addWidget(self.talk)
        self.answer_button = QPushButton(self.tr("Answer"))
        self.answer_button.setToolTip(self.tr("Start the talk timer and type notes (F9 from any Tamas window)"))
        self.answer_button.clicked.connect(self.answer)
        self.open_button = QPushButton(self.tr("Open card"))
        self.open_button.clicked.connect(lambda: (self._start_timer(), self.open_card.emit(self.pop)))
        self.ticket_button = QPushButton(self.tr("Open ticket"))
        self.ticket_button.setToolTip(self.tr("A ticket for this call, the customer linked (Ctrl+T)"))
        self.ticket_button.clicked.connect(lambda: (self._start_timer(), self.ticket_requested.emit(self.pop)))
        QShortcut(QKeySequence("Ctrl+T"), self, self.ticket_button.click)
        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.clicked.connect(lambda: (self._start_timer(), self.new_customer.emit(self.pop)))
        self.log_button = QPushButton(self.tr("Log call"))
        self.log_button.setDefault(True)
        self.log_button.clicked.connect(self._log)
        later = QPushButton(self.tr("Not now"))
        later.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self._log)
        buttons = QHBoxLayout()
        for button in (
            self.answer_button,
            self.open_button,
            self.ticket_button,
            self.new_button,
            self.log_button,
            later,
        ):
            buttons.addWidget(button)
        self.ticker = QTimer(self, interval=1000)
        self.ticker.timeout.connect(self.tick)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.who)
        layout.addWidget(self.chooser_row)
        layout.addLayout(self.details_box)
        layout.addLayout(quick)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        self.show_pop(pop)

    def _fill_choices(self, reasons: list[LookupItem], outcomes: list[str]) -> None:
        self._choices = (list(reasons), list(outcomes))
        self.reason.clear()
        self.reason.addItem(self.tr("(reason)"), None)
        for item in reasons:
            self.reason.addItem(self.fmt.lookup(CALL_REASON, item.value), item.id)
        self.outcome.clear()
        self.outcome.addItem("")
        lookup_choices(self.outcome, self.fmt, CALL_OUTCOME, outcomes)

    def reuse(self, pop: ScreenPop, reasons: list[LookupItem], outcomes: list[str]) -> None:
        """A hidden (collapsed) window made ready for another ring, as if just built for it."""
        self.ticker.stop()
        self.answered_at, self._answered_clock, self._talk_shown = None, None, 0
        self.timer_label.hide()
        self.answer_button.setEnabled(True)
        self.log_button.setEnabled(True)
        if self._choices != (list(reasons), list(outcomes)):
            self._fill_choices(reasons, outcomes)
        self.reason.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        self.outcome.setEditText("")
        self.notes.clear()
        self.talk.setValue(0)
        self.state.setText(status_label("ringing"))
        self.show_pop(pop)

    # -- what the pop shows
    def show_pop(self, pop: ScreenPop) -> None:
        """Fill (or refill, when the caller turned out to be a customer) everything about the caller."""
        self.pop = pop
        self.number.setText(self._number_text())
        self.who.setText(self._who_text())
        self.open_button.setVisible(pop.customer_id is not None)
        self.new_button.setVisible(pop.customer_id is None and bool(pop.number))
        self.chooser.clear()
        self.chooser_row.setVisible(len(pop.candidates) > 1)
        self.shared_label.setText(
            fill(self.tr("%1 customers share this number:"), self.fmt.number(len(pop.candidates)))
        )
        for customer_id, name in pop.candidates:
            self.chooser.addItem(name, customer_id)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(pop.customer_id)))
        old, self.details = self.details, self._build_details(pop)
        self.details_box.replaceWidget(old, self.details)
        old.hide()  # gone now, not when the event loop gets to deleting it
        old.deleteLater()
        self.details.setVisible(True)  # now, so the window's size below counts it
        if self.isVisible():
            self.layout().activate()
            self.adjustSize()

    def _build_details(self, pop: ScreenPop) -> QWidget:
        box = QWidget()
        badges = QHBoxLayout()
        if pop.blocked:
            badges.addWidget(self._badge(self.tr("Spam / blocked"), "#6d4c41"))
        if pop.do_not_call:
            badges.addWidget(self._badge(self.tr("Do not call"), "#b3261e"))
        for tag in filter(None, (t.strip() for t in pop.tags.split(","))):
            badges.addWidget(self._badge(tag, "#1565c0"))
        badges.addStretch()
        if self.state.parent() is not None:
            self.state.setParent(None)
        badges.addWidget(self.state)
        facts = QFormLayout()
        if pop.line:
            facts.addRow(self.tr("Line"), QLabel(self.fmt.digits(pop.line)))
        if pop.caller_name:
            facts.addRow(self.tr("Caller ID name"), QLabel(pop.caller_name))
        if pop.open_tickets:
            facts.addRow(self.tr("Open tickets"), QLabel(self._tickets_text(pop)))
        if pop.lifetime_value is not None:  # the pop's service sums the customer's rial orders
            facts.addRow(self.tr("Lifetime value"), QLabel(self.fmt.money(pop.lifetime_value, "IRR")))
        recent = "\n".join(
            f"{self.fmt.datetime(r.started_at)}  {direction_label(r.direction)} · {status_label(r.status)}"
            + (f" · {self.fmt.lookup(CALL_REASON, r.reason)}" if r.reason else "")
            for r in pop.recent
        )
        facts.addRow(self.tr("Last calls"), QLabel(recent or self.tr("First call from this number")))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(badges)
        layout.addLayout(facts)
        return box

    def _tickets_text(self, pop: ScreenPop) -> str:
        """'2' and the newest tickets: status, age, who has it, subject."""
        now = datetime.now()
        lines = [self.fmt.number(pop.open_tickets or 0)]
        for ticket in pop.open_ticket_list:
            who = ticket.assignee or self.tr("unassigned")
            lines.append(f"{ticket_status_label(ticket.status)} · {age_text(ticket.created_at, now, self.fmt)} · "
                         f"{who} · {ticket.subject}")  # fmt: skip
        return "\n".join(lines)

    def _badge(self, text: str, color: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(BADGE % color)
        return label

    def _number_text(self) -> str:
        if self.pop.display_number:
            return self.fmt.phone(self.pop.display_number)
        if self.pop.absent == "private":
            return self.tr("Private number")
        return self.tr("Number unavailable")

    def _who_text(self) -> str:
        if self.pop.customer_id is None:
            return self.tr("Unknown caller")
        return " · ".join(x for x in (self.pop.name, self.pop.company) if x)

    def _chosen(self, index: int) -> None:
        customer_id = self.chooser.itemData(index)
        if customer_id is not None and customer_id != self.pop.customer_id:
            self.customer_chosen.emit(self.pop, customer_id)

    # -- the call
    def is_busy(self) -> bool:
        """The agent has started typing here: nothing may close or replace this window."""
        return bool(self.notes.text().strip()) or self.reason.currentIndex() > 0

    def is_answered(self) -> bool:
        return self.answered_at is not None

    def mark(self, status: str) -> None:
        self.state.setText(status_label(status))

    def taken_by(self, agent: str) -> None:
        """Another seat's agent answered this call."""
        self.state.setText(fill(self.tr("Answered by %1"), agent))

    def answer(self) -> None:
        """Start the talk timer and put the cursor in the notes (the answer shortcut lands here)."""
        if self._start_timer():
            self.answer_requested.emit(self.pop)
        self.raise_()
        self.activateWindow()
        self.notes.setFocus()

    def _start_timer(self) -> bool:
        """Opening the card or the new-customer form answers the call too; True the first time."""
        if self.answered_at is not None:
            return False
        self.answered_at, self._answered_clock = datetime.now(), self.clock()
        self.timer_label.show()
        self.answer_button.setEnabled(False)
        self.tick()
        self.ticker.start()
        return True

    def tick(self) -> None:
        if self._answered_clock is None:
            return
        seconds = max(0, int(self.clock() - self._answered_clock))
        self.timer_label.setText(self.fmt.digits(mm_ss(seconds)))
        if self.talk.value() == self._talk_shown:  # not corrected by the agent: follow the timer
            self.talk.setValue(seconds)
            self._talk_shown = seconds

    def _log(self) -> None:
        if not self.log_button.isEnabled():
            return
        self.tick()
        self.ticker.stop()
        self.log_button.setEnabled(False)
        self.log_requested.emit(self.pop, self.reason.currentData(), chosen_value(self.outcome), self.notes.text(),
                                self.talk.value(), self.answered_at)  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ticker.stop()
        self.dismissed.emit(self.pop)
        super().closeEvent(event)
