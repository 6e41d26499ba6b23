"""The agent's Next call view: who to call (card summary), the script, one-key dial or "I dialled by hand",
and the disposition form with a shortcut per disposition.

Every step asks the service (on a worker): the member is claimed by Next call, the dial is checked for
consent and calling hours just before the modem dials, and the disposition is refused if another agent
took the member over. A refusal clears the card and says what to do next.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.campaigns import queue
from app.campaigns.attempts import record_attempt
from app.campaigns.campaigns import get_draft, list_dispositions
from app.campaigns.consent import ConsentRefused, exclude_member
from app.campaigns.dto import AttemptDraft, DispositionView, NextCall, Sale
from app.campaigns.scripts import ScriptView, get_script
from app.db import Database
from app.text import normalize_digits
from ui.campaigns.labels import refusal, waiting_text
from ui.campaigns.script_stepper import ScriptStepper
from ui.formatting import Formatter, customer_status_label, fill, from_qdatetime, to_qdatetime
from ui.tasks import run_task


class NextCallView(QWidget):
    """`dialler(number)` dials through the modem (the main window's path); returns False when no modem."""

    saved = Signal(int)  # attempt id
    shown = Signal(object)  # the NextCall on the card, or None

    def __init__(self, db: Database, campaign_id: int, actor: str, fmt: Formatter, language: str = "en",
                 now: Callable[[], datetime] = datetime.now, dialler: Callable[[str], bool] | None = None,
                 parent: QWidget | None = None, may_exclude: bool = True) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.campaign_id, self.actor, self.fmt, self.language = db, campaign_id, actor, fmt, language
        self.may_exclude = may_exclude  # "Not for this campaign" needs campaign.work (app/auth/permissions.py)
        self.now, self.dialler = now, dialler or (lambda _number: False)
        self.call: NextCall | None = None
        self.dialled = ""  # "modem" or "manual" once the dial was allowed
        self.dispositions: list[DispositionView] = []
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: list[QShortcut] = []
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.phone = QLabel()
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.script = ScriptStepper(fmt)
        self.next_button = QPushButton(self.tr("Next call (F5)"))
        self.next_button.setShortcut(QKeySequence("F5"))
        self.next_button.clicked.connect(self.next_call)
        self.dial_button = QPushButton(self.tr("Dial (F12)"))
        self.dial_button.setShortcut(QKeySequence("F12"))
        self.dial_button.clicked.connect(lambda: self.dial(by_hand=False))
        self.by_hand = QPushButton(self.tr("I dialled by hand (Shift+F12)"))
        self.by_hand.setShortcut(QKeySequence("Shift+F12"))
        self.by_hand.clicked.connect(lambda: self.dial(by_hand=True))
        self.not_this = QPushButton(self.tr("Not for this campaign"))
        self.not_this.setToolTip(self.tr("The customer asked not to be called for this campaign; other campaigns may "
                                         "still call them."))  # fmt: skip
        self.not_this.clicked.connect(self.exclude)
        self.callback_at = QDateTimeEdit()
        self.callback_at.setCalendarPopup(True)
        self.callback_at.setCalendar(fmt.calendar)
        self.amount = QLineEdit()
        self.product = QLineEdit()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1_000_000)
        self.notes = QLineEdit()
        self.disposition_box = QGroupBox(self.tr("How did the call end?"))
        self.disposition_grid = QGridLayout()
        self._build()
        self._show(None)
        self.load()

    def _build(self) -> None:
        card = QGroupBox(self.tr("Customer"))
        card_box = QVBoxLayout(card)
        for widget in (self.name, self.details, self.phone):
            card_box.addWidget(widget)
        dial_row = QHBoxLayout()
        for button in (self.next_button, self.dial_button, self.by_hand, self.not_this):
            dial_row.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("Call back at:"), self.callback_at)
        form.addRow(self.tr("Sale amount:"), self.amount)
        form.addRow(self.tr("Product:"), self.product)
        form.addRow(self.tr("Quantity:"), self.quantity)
        form.addRow(self.tr("Notes:"), self.notes)
        box = QVBoxLayout(self.disposition_box)
        box.addLayout(self.disposition_grid)
        box.addLayout(form)
        layout = QVBoxLayout(self)
        layout.addLayout(dial_row)
        layout.addWidget(self.message)
        layout.addWidget(card)
        layout.addWidget(self.script)
        layout.addWidget(self.disposition_box)
        layout.addStretch(1)

    # -- loading
    def load(self) -> None:
        db, campaign_id = self.db, self.campaign_id

        def fetch() -> tuple[list[DispositionView], ScriptView | None]:
            draft = get_draft(db, campaign_id)
            script = get_script(db, draft.script_id) if draft.script_id else None
            return list_dispositions(db, campaign_id), script

        run_task(self, fetch, self._loaded, self._failed)

    def _loaded(self, loaded: tuple[list[DispositionView], ScriptView | None]) -> None:
        self.dispositions, script = loaded
        self.script.set_script(script)
        for shortcut in self.shortcuts:
            shortcut.setParent(None)
        self.shortcuts.clear()
        for i, d in enumerate(self.dispositions):
            text = d.label_for(self.language) + (f" ({d.shortcut})" if d.shortcut else "")
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, code=d.code: self.dispose(code))
            self.buttons[d.code] = button
            self.disposition_grid.addWidget(button, i // 3, i % 3)
            if d.shortcut:
                shortcut = QShortcut(QKeySequence(d.shortcut), self)
                shortcut.activated.connect(lambda code=d.code: self.dispose(code))
                self.shortcuts.append(shortcut)
        self._enable()

    # -- the card
    def _show(self, call: NextCall | None, message: str = "") -> None:
        self.call, self.dialled = call, ""
        self.message.setText(message)
        if call is None:
            self.name.setText(self.tr("Nobody on the card"))
            self.details.clear()
            self.phone.clear()
        else:
            self.name.setText(call.name + (f" — {call.company}" if call.company else ""))
            parts = [customer_status_label(call.status), call.city, call.tags,
                     fill(self.tr("attempts: %1"), self.fmt.number(call.attempts)),
                     fill(self.tr("orders: %1, %2"), self.fmt.number(call.orders), self.fmt.money(float(call.revenue))),
                     fill(self.tr("last call: %1"), self.fmt.datetime(call.last_call_at) if call.last_call_at
                          else self.tr("never"))]  # fmt: skip
            if call.callback_at is not None:
                parts.append(fill(self.tr("callback promised for %1"), self.fmt.datetime(call.callback_at)))
            self.details.setText(" · ".join(p for p in parts if p))
            self.phone.setText(self.fmt.phone(call.phone))
            self.callback_at.setDateTime(to_qdatetime(self.now().replace(second=0, microsecond=0)
                                                      + timedelta(hours=1)))  # fmt: skip
            self.script.restart()
            for field in (self.amount, self.product, self.notes):
                field.clear()
            self.quantity.setValue(1)
        self._enable()
        self.shown.emit(call)

    def _enable(self) -> None:
        self.dial_button.setEnabled(self.call is not None)
        self.by_hand.setEnabled(self.call is not None)
        self.not_this.setEnabled(self.call is not None and self.may_exclude)
        for button in self.buttons.values():
            button.setEnabled(self.call is not None and bool(self.dialled))
        for shortcut in self.shortcuts:
            shortcut.setEnabled(self.call is not None and bool(self.dialled))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ConsentRefused | queue.NotNow) and not (
            isinstance(error, queue.NotNow) and error.reason == queue.OUTSIDE_HOURS and self.dialled
        ):
            self._show(None, refusal(error))
        else:
            self.message.setText(refusal(error))

    # -- the three steps
    def next_call(self) -> None:
        db, campaign_id, actor, now = self.db, self.campaign_id, self.actor, self.now()

        def fetch() -> NextCall | str:
            call = queue.next_call(db, campaign_id, actor, now=now)
            return call if call is not None else queue.why_none(db, campaign_id, actor, now=now)

        def shown(result: NextCall | str) -> None:
            if isinstance(result, str):
                self._show(None, waiting_text(result))
            else:
                self._show(result)

        run_task(self, fetch, shown, self._failed, write=True)

    def dial(self, by_hand: bool) -> None:
        if self.call is None:
            return
        db, member_id, actor, now = self.db, self.call.member_id, self.actor, self.now()

        def allowed(number: str) -> None:
            if by_hand:
                self.dialled = "manual"
                self.message.setText(self.tr("Dialled by hand: pick how the call ended."))
            elif self.dialler(number):
                self.dialled = "modem"
                self.message.setText(fill(self.tr("Dialling %1…"), self.fmt.phone(number)))
            else:
                self.dialled = "manual"
                self.message.setText(fill(self.tr("No modem connected: dial %1 on the phone, then pick how the call "
                                                  "ended."), self.fmt.phone(number)))  # fmt: skip
            self._enable()

        run_task(self, lambda: queue.dial(db, member_id, actor, now=now), allowed, self._failed, write=True)

    def dispose(self, code: str) -> None:
        if self.call is None or not self.dialled:
            return
        chosen = next((d for d in self.dispositions if d.code == code), None)
        if chosen is None:
            return
        draft = AttemptDraft(self.call.member_id, code, dialled=self.dialled, notes=self.notes.text(),
                             answers=dict(self.script.answers))  # fmt: skip
        if chosen.callback:
            draft.callback_at = from_qdatetime(self.callback_at.dateTime())
        if chosen.success and self.amount.text().strip():
            draft.sale = Sale(_latin(self.amount.text()), self.product.text(), self.quantity.value())
        db, actor, now = self.db, self.actor, self.now()

        def done(attempt_id: int) -> None:
            self.saved.emit(attempt_id)
            self._show(None, self.tr("Saved. Press Next call for the next customer."))

        run_task(self, lambda: record_attempt(db, draft, actor, now=now), done, self._failed, write=True)

    def exclude(self) -> None:
        """Campaign-level do-not-call: the member leaves this list (the customer stays callable elsewhere)."""
        if self.call is None:
            return
        db, member_id, actor = self.db, self.call.member_id, self.actor
        done = self.tr("Taken off this campaign. Press Next call for the next customer.")
        run_task(self, lambda: exclude_member(db, member_id, actor), lambda _r: self._show(None, done), self._failed,
                 write=True)  # fmt: skip


def _latin(text: str) -> str:
    """An amount as typed (Persian or Arabic digits, thousands separators) in the digits Decimal reads."""
    return normalize_digits(text).replace("٬", "").replace(",", "")
