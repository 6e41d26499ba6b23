"""The screen pop: who is calling, their last calls and flags, and the one-step call log."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dto import LookupItem, ScreenPop
from ui.formatting import Formatter, direction_label, status_label

BADGE = "color: white; background: %s; padding: 2px 8px; border-radius: 8px; font-weight: 600;"


class ScreenPopWindow(QWidget):
    """One ringing call. Stays on top, never steals the keyboard from what the agent is typing."""

    open_card = Signal(object)  # ScreenPop
    new_customer = Signal(object)
    log_requested = Signal(object, object, str, str)  # pop, reason id, outcome, notes
    dismissed = Signal(object)

    def __init__(self, pop: ScreenPop, fmt: Formatter, reasons: list[LookupItem], outcomes: list[str],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        flags = Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.pop, self.fmt = pop, fmt
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Incoming call"))
        self.setMinimumWidth(380)
        self.number = QLabel(self._number_text())
        self.number.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.who = QLabel(self._who_text())
        self.who.setStyleSheet("font-size: 13pt;")
        self.who.setWordWrap(True)
        self.state = QLabel(status_label("ringing"))
        badges = QHBoxLayout()
        if pop.blocked:
            badges.addWidget(self._badge(self.tr("Spam / blocked"), "#6d4c41"))
        if pop.do_not_call:
            badges.addWidget(self._badge(self.tr("Do not call"), "#b3261e"))
        for tag in filter(None, (t.strip() for t in pop.tags.split(","))):
            badges.addWidget(self._badge(tag, "#1565c0"))
        badges.addStretch()
        badges.addWidget(self.state)
        facts = QFormLayout()
        if pop.line:
            facts.addRow(self.tr("Line"), QLabel(pop.line))
        if pop.caller_name:
            facts.addRow(self.tr("Caller ID name"), QLabel(pop.caller_name))
        if pop.open_tickets is not None:
            facts.addRow(self.tr("Open tickets"), QLabel(fmt.number(pop.open_tickets)))
        if pop.lifetime_value is not None:
            facts.addRow(self.tr("Lifetime value"), QLabel(fmt.number(int(pop.lifetime_value))))
        recent = "\n".join(
            f"{fmt.datetime(r.started_at)}  {direction_label(r.direction)} · {status_label(r.status)}"
            + (f" · {r.reason}" if r.reason else "")
            for r in pop.recent
        )
        facts.addRow(self.tr("Last calls"), QLabel(recent or self.tr("First call from this number")))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("(reason)"), None)
        for item in reasons:
            self.reason.addItem(item.value, item.id)
        self.outcome = QComboBox()
        self.outcome.setEditable(True)
        self.outcome.addItems([""] + outcomes)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Notes for this call"))
        self.notes.returnPressed.connect(self._log)
        quick = QHBoxLayout()
        quick.addWidget(self.reason, 1)
        quick.addWidget(self.outcome, 1)
        self.open_button = QPushButton(self.tr("Open card"))
        self.open_button.clicked.connect(lambda: self.open_card.emit(self.pop))
        self.open_button.setVisible(pop.customer_id is not None)
        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.clicked.connect(lambda: self.new_customer.emit(self.pop))
        self.new_button.setVisible(pop.customer_id is None and bool(pop.number))
        self.log_button = QPushButton(self.tr("Log call"))
        self.log_button.setDefault(True)
        self.log_button.clicked.connect(self._log)
        later = QPushButton(self.tr("Not now"))
        later.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.new_button, self.log_button, later):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.who)
        layout.addLayout(badges)
        layout.addLayout(facts)
        layout.addLayout(quick)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)

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

    def is_busy(self) -> bool:
        """The agent has started typing here: nothing may close or replace this window."""
        return bool(self.notes.text().strip()) or self.reason.currentIndex() > 0

    def mark(self, status: str) -> None:
        self.state.setText(status_label(status))

    def _log(self) -> None:
        self.log_button.setEnabled(False)
        self.log_requested.emit(self.pop, self.reason.currentData(), self.outcome.currentText(), self.notes.text())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.dismissed.emit(self.pop)
        super().closeEvent(event)
