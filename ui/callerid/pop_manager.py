"""Turns caller-ID events into pop-ups: records the ringing call, stacks the windows, settles the call.

A ring writes its `calls` row on the write worker and the pop appears when it returns. A ring cycle
ends with the device's end record, or when no update came for `ring_timeout` seconds; a call the
agent did not take is then missed. Several lines ring at once: each gets its own window, stacked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.dto import ScreenPop
from app.phones import PhoneRules
from app.services import incoming, lookups
from hardware.events import CallerIdEvent
from ui.callerid.pop_stack import PopStack
from ui.callerid.screen_pop import ScreenPopWindow
from ui.formatting import Formatter
from ui.tasks import run_task


class PopManager(QObject):
    popped = Signal(object)  # ScreenPopWindow, once shown
    settled = Signal(int, str)  # call id, status
    open_card_requested = Signal(int)
    new_customer_requested = Signal(object)  # ScreenPop
    calls_changed = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, rules: Callable[[], PhoneRules], actor: str, fmt: Formatter,
                 ring_timeout_s: int = 40, parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.rules, self.actor, self.fmt = db, rules, actor, fmt
        self.ring_timeout_ms = ring_timeout_s * 1000
        self.stack = PopStack(self._make_window, lambda: self.anchor, parent=self)
        self.anchor: QWidget | None = None  # the main window: pops go on its screen
        self.settled.connect(self.stack.settle)
        self.clock: Callable[[], float] = time.monotonic  # the pops' talk timers; tests drive their own
        self._reasons: list = []
        self._outcomes: list[str] = []
        self._ringing: dict[tuple[str, str], tuple[int, QTimer]] = {}

    # -- events from the bridge
    def handle(self, event: CallerIdEvent) -> None:
        key = (event.device, event.line or "")
        if event.kind == "ring":
            self._ring(event, key)
        elif event.kind == "update" and key in self._ringing:
            self._ringing[key][1].start(self.ring_timeout_ms)
        elif event.kind == "end" and key in self._ringing:
            call_id, timer = self._ringing.pop(key)
            timer.stop()
            duration = event.duration
            run_task(self, lambda: incoming.call_ended(self.db, call_id, duration),
                     lambda status: self._settled(call_id, status), self._failed, write=True)  # fmt: skip

    def _ring(self, event: CallerIdEvent, key: tuple[str, str]) -> None:
        db, rules = self.db, self.rules()

        def op() -> tuple[ScreenPop, list, list[str]]:
            pop = incoming.ring(db, event.number, caller_name=event.name or "", absent=event.absent,
                                line=event.line or "", when=event.time, source=event.device, rules=rules)  # fmt: skip
            reasons = lookups.list_values(db, lookups.CALL_REASON)
            outcomes = [item.value for item in lookups.list_values(db, lookups.CALL_OUTCOME)]
            return pop, reasons, outcomes

        run_task(self, op, lambda result: self._show(key, *result), self._failed, write=True)

    def _show(self, key: tuple[str, str], pop: ScreenPop, reasons: list, outcomes: list[str]) -> None:
        if key in self._ringing:  # the line rang again before the last cycle was settled: settle it now
            self._ring_over(key)
        timer = QTimer(self, singleShot=True)
        timer.timeout.connect(lambda: self._ring_over(key))
        timer.start(self.ring_timeout_ms)
        self._ringing[key] = (pop.call_id, timer)
        self._reasons, self._outcomes = reasons, outcomes
        entry = self.stack.add(pop)
        if entry.window is not None:
            entry.window.raise_()
            self.popped.emit(entry.window)
        self.calls_changed.emit()

    # -- the ring cycle
    def _ring_over(self, key: tuple[str, str]) -> None:
        if key not in self._ringing:
            return
        call_id, timer = self._ringing.pop(key)
        timer.stop()
        run_task(self, lambda: incoming.ring_ended(self.db, call_id), lambda s: self._settled(call_id, s),
                 self._failed, write=True)  # fmt: skip

    def _settled(self, call_id: int, status: str) -> None:
        for window in self.windows:
            if window.pop.call_id == call_id:
                window.mark(status)
        self.settled.emit(call_id, status)
        self.calls_changed.emit()

    def _stop_ringing(self, call_id: int) -> None:
        for key, (ringing_id, timer) in list(self._ringing.items()):
            if ringing_id == call_id:
                timer.stop()
                del self._ringing[key]

    # -- the agent's actions
    def _answered(self, pop: ScreenPop, then: Callable[[], None] | None = None, at: datetime | None = None) -> None:
        self._stop_ringing(pop.call_id)
        actor = self.actor

        def done(_result: object) -> None:
            self._settled(pop.call_id, "answered")
            if then is not None:
                then()

        run_task(self, lambda: incoming.answer(self.db, pop.call_id, actor, at), done, self._failed, write=True)

    def _answer_from_pop(self, pop: ScreenPop) -> None:
        self._answered(pop, at=datetime.now())

    def answer_newest(self) -> ScreenPopWindow | None:
        """The answer shortcut: the newest pop nobody answered yet starts its timer and takes the keyboard."""
        for window in reversed(self.windows):
            if not window.is_answered():
                window.answer()
                return window
        return None

    def _open_card(self, pop: ScreenPop) -> None:
        if pop.customer_id is not None:
            customer_id = pop.customer_id
            self._answered(pop, lambda: self._card_opened(pop, customer_id))

    def _card_opened(self, pop: ScreenPop, customer_id: int) -> None:
        """The card takes over (it logs calls too): the pop gets out of its way unless the agent typed in it."""
        self.open_card_requested.emit(customer_id)
        for window in self.windows:
            if window.pop.call_id == pop.call_id and not window.is_busy():
                window.close()

    def _new_customer(self, pop: ScreenPop) -> None:
        self._answered(pop, lambda: self.new_customer_requested.emit(pop))

    def customer_saved(self, call_id: int, customer_id: int) -> None:
        """The unknown caller was saved as a customer: their pop turns into that customer's pop."""
        self._choose_customer(next((w.pop for w in self.windows if w.pop.call_id == call_id), None), customer_id)

    def _choose_customer(self, pop: ScreenPop | None, customer_id: int) -> None:
        if pop is None:
            return
        db, rules = self.db, self.rules()

        def show(fresh: ScreenPop) -> None:
            for window in self.windows:
                if window.pop.call_id == fresh.call_id:
                    window.show_pop(fresh)
            self.stack.layout()
            self.calls_changed.emit()

        run_task(self, lambda: incoming.pop_for_customer(db, pop, customer_id, rules), show, self._failed, write=True)

    def _log(self, pop: ScreenPop, reason_id: int | None, outcome: str, notes: str, talk_seconds: int = 0,
             answered_at: datetime | None = None) -> None:  # fmt: skip
        self._stop_ringing(pop.call_id)
        actor = self.actor
        talk = talk_seconds if answered_at is not None or talk_seconds else None

        def done(_result: object) -> None:
            self._settled(pop.call_id, "answered")
            for window in list(self.windows):
                if window.pop.call_id == pop.call_id:
                    window.close()

        run_task(self, lambda: incoming.log_answer(self.db, pop.call_id, actor, reason_id=reason_id, outcome=outcome,
                                                   notes=notes, talk_seconds=talk, answered_at=answered_at),
                 done, self._failed, write=True)  # fmt: skip

    # -- windows
    @property
    def windows(self) -> list[ScreenPopWindow]:
        """The live pop windows, oldest first (older rings may wait behind the strip without one)."""
        return [w for w in self.stack.windows() if isinstance(w, ScreenPopWindow)]

    def _make_window(self, pop: ScreenPop) -> ScreenPopWindow:
        window = ScreenPopWindow(pop, self.fmt, self._reasons, self._outcomes, clock=self.clock)
        window.open_card.connect(self._open_card)
        window.new_customer.connect(self._new_customer)
        window.log_requested.connect(self._log)
        window.answer_requested.connect(self._answer_from_pop)
        window.customer_chosen.connect(self._choose_customer)
        window.dismissed.connect(lambda _pop, w=window: self._forget(w))
        return window

    def _forget(self, window: ScreenPopWindow) -> None:
        self.stack.forget(window)

    def _stack(self) -> None:
        self.stack.layout()

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(str(error))

    def close_all(self) -> None:
        for key in list(self._ringing):
            self._ringing.pop(key)[1].stop()
        self.stack.close_all()
