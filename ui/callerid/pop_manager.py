"""Turns caller-ID events into pop-ups: records the ringing call, stacks the windows, settles the call.

A ring writes its `calls` row on the write worker and the pop appears when it returns. A ring cycle
ends with the device's end record, or when no update came for `ring_timeout` seconds; a call the
agent did not take is then missed. Several lines ring at once: each gets its own window, stacked.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.dto import PastCall, ScreenPop
from app.phones import PhoneRules
from app.services import call_history, incoming, lookups
from app.text import digits_only
from hardware.events import CallerIdEvent
from ui.callerid.pop_stack import PopStack
from ui.callerid.screen_pop import ScreenPopWindow
from ui.formatting import Formatter, fill
from ui.messages import plain_error
from ui.tasks import run_task

# A second ring on a line this soon is the same cycle reported twice: a caller cannot hang up, dial
# again and ring in less (the next caller on a busy line rings 3-4 s after the last hung up).
SAME_CYCLE_S = 2.0
TAKEN_CLOSE_MS = 4000  # a pop another agent answered stays this long, saying who


class PopManager(QObject):
    popped = Signal(object)  # ScreenPopWindow, once shown
    settled = Signal(int, str)  # call id, status
    open_card_requested = Signal(int)
    new_customer_requested = Signal(object)  # ScreenPop
    ticket_requested = Signal(object)  # ScreenPop: a ticket for this call
    calls_changed = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, rules: Callable[[], PhoneRules], actor: str, fmt: Formatter,
                 ring_timeout_s: int = 40, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.rules, self.actor, self.fmt, self.clock = db, rules, actor, fmt, clock
        self.ring_timeout_ms = ring_timeout_s * 1000
        self._ringing: dict[tuple[str, str], tuple[int, QTimer]] = {}  # (device, line) -> call ringing there
        self._on_line: dict[tuple[str, str], int] = {}  # the last call on a line, for its end record
        self._last_ring: dict[tuple[str, str], tuple[str, float]] = {}  # line -> (digits, clock) of its last ring
        self._in_flight: dict[tuple[str, str], int] = {}  # rings whose row is being written
        self._early: dict[tuple[str, str], list[CallerIdEvent]] = {}  # line news that came before the row
        self._taken: set[int] = set()  # calls an agent answered or logged (their write may be in flight)
        self._own: set[int] = set()  # rows this seat wrote (added on the write worker) and not yet settled
        self._seen: dict[str, datetime] = {}  # device -> newest call it told us about
        self._replayed: dict[str, list[PastCall]] = {}
        self._history_timer = QTimer(self, singleShot=True, interval=200)
        self._history_timer.timeout.connect(self._import_history)
        self.stack = PopStack(self._make_window, lambda: self.anchor, parent=self)
        self.anchor: QWidget | None = None  # the main window: pops go on its screen
        self.settled.connect(self.stack.settle)
        self._reasons: list = []
        self._outcomes: list[str] = []
        # Several seats (ui/seats) replace these: how a ring is recorded, what follows the agent's answer, log
        # and the cycle's end (on the write worker), and whether a call pops on this seat at all.
        self.record_ring: Callable[[CallerIdEvent, PhoneRules], ScreenPop] = self.record_locally
        self.after_answer: Callable[[int], None] = lambda _call_id: None
        self.after_log: Callable[[int], None] = lambda _call_id: None
        self.after_end: Callable[[int, str], None] = lambda _call_id, _status: None
        self.routed: Callable[[ScreenPop], bool] = lambda _pop: True

    # -- events from the bridge
    def handle(self, event: CallerIdEvent) -> None:
        key = (event.device, event.line or "")
        if event.kind == "ring" and self._same_cycle(key, event):
            # One ring cycle reported twice (NCID: the number, then NMBR = O masking it): one call, the first
            # number; the repeat is news that the line still rings, and never makes the first call missed.
            self.handle(dataclasses.replace(event, kind="update"))
        elif event.kind == "ring":
            self._ring(event, key)
        elif event.kind == "history":
            self._history(event)
        elif event.kind in ("update", "stopped", "end"):
            if key not in self._ringing and self._in_flight.get(key):
                self._early.setdefault(key, []).append(event)  # its ring is still being recorded
            elif event.kind == "update" and key in self._ringing:
                self._ringing[key][1].start(self.ring_timeout_ms)
            elif event.kind == "stopped":
                self._ring_over(key)  # ringing stopped without a hang-up: settle, never restart the timer
            elif event.kind == "end":
                self._end(key, event)
        # "log": informational only

    def record_locally(self, event: CallerIdEvent, rules: PhoneRules) -> ScreenPop:
        """A ring becomes a `calls` row (on the write worker)."""
        return incoming.ring(self.db, event.number, caller_name=event.name or "", absent=event.absent,
                             line=event.line or "", when=event.time, source=event.device, rules=rules)  # fmt: skip

    def _same_cycle(self, key: tuple[str, str], event: CallerIdEvent) -> bool:
        """A ring within SAME_CYCLE_S of the last on this line, withheld or from the same number."""
        now, digits = self.clock(), digits_only(event.number)
        last = self._last_ring.get(key)
        if last is not None and now - last[1] <= SAME_CYCLE_S and last[0] and digits in ("", last[0]):
            return True
        self._last_ring[key] = (digits, now)
        return False

    def _ring(self, event: CallerIdEvent, key: tuple[str, str]) -> None:
        db, rules, own = self.db, self.rules(), self._own
        self._in_flight[key] = self._in_flight.get(key, 0) + 1
        if event.time is not None:
            self._seen[event.device] = max(event.time, self._seen.get(event.device, event.time))

        def op() -> tuple[ScreenPop, list, list[str]]:
            pop = self.record_ring(event, rules)
            own.add(pop.call_id)  # before the pop shows: quitting settles it even if the pop never did
            if pop.call_id < 0:  # the server is away and the ring was kept on this PC: the lists it had
                return pop, self._reasons, self._outcomes
            reasons = lookups.list_values(db, lookups.CALL_REASON)
            outcomes = [item.value for item in lookups.list_values(db, lookups.CALL_OUTCOME)]
            return pop, reasons, outcomes

        def failed(error: BaseException) -> None:
            self._landed(key)
            self._failed(error)

        run_task(self, op, lambda result: self._show(key, *result), failed, write=True)

    def _landed(self, key: tuple[str, str]) -> list[CallerIdEvent]:
        """A ring's write came back: what the device said about its line meanwhile."""
        self._in_flight[key] -= 1
        if not self._in_flight[key]:
            del self._in_flight[key]
        return self._early.pop(key, [])

    def _show(self, key: tuple[str, str], pop: ScreenPop, reasons: list, outcomes: list[str]) -> None:
        early = self._landed(key)
        # The line rang again: the last call on it is over. It is settled by what happened to it (an answer
        # or log the agent asked for runs first on the write path), never counted missed for the new ring.
        self._ring_over(key)
        timer = QTimer(self, singleShot=True)
        timer.timeout.connect(lambda: self._ring_over(key))
        timer.start(self.ring_timeout_ms)
        self._ringing[key] = (pop.call_id, timer)
        self._on_line[key] = pop.call_id
        self._reasons, self._outcomes = reasons, outcomes
        if self.routed(pop):
            entry = self.stack.add(pop)
            if entry.window is not None:
                entry.window.raise_()
                self.popped.emit(entry.window)
        self.calls_changed.emit()
        for event in early:
            self.handle(event)

    # -- the ring cycle
    def _ring_over(self, key: tuple[str, str]) -> None:
        if key not in self._ringing:
            return
        call_id, timer = self._ringing.pop(key)
        timer.stop()
        if call_id in self._taken:
            return  # the agent's answer or log settles it
        self._write_end(call_id, lambda: incoming.ring_ended(self.db, call_id))

    def _end(self, key: tuple[str, str], event: CallerIdEvent) -> None:
        """The device says the call is over (with its talk time when it knows it), even after ringing stopped."""
        ringing = self._ringing.pop(key, None)
        if ringing is not None:
            ringing[1].stop()
        call_id = self._on_line.pop(key, None)
        if call_id is None:
            return  # a call that rang before this seat was listening
        duration, at = event.duration, event.time
        self._write_end(call_id, lambda: incoming.call_ended(self.db, call_id, duration, at))

    def _write_end(self, call_id: int, end: Callable[[], str]) -> None:
        """Settle a ring cycle in the database; a ring kept offline (no row yet: a negative id) just ends."""
        if call_id < 0:
            self._settled(call_id, "missed")
            return

        def op() -> str:
            status = end()
            self.after_end(call_id, status)
            return status

        run_task(self, op, lambda status: self._settled(call_id, status), self._failed, write=True)

    def _history(self, event: CallerIdEvent) -> None:
        """A past call a server replays at connect: batched, recorded in one write, never popped."""
        if event.time is None:
            return
        self._replayed.setdefault(event.device, []).append(
            PastCall(event.number, event.time, event.line or "", event.duration)
        )
        self._history_timer.start()

    def _import_history(self) -> None:
        db, rules = self.db, self.rules()
        for device, records in self._replayed.items():
            after = self._seen.get(device)

            def op(device: str = device, records: list[PastCall] = records, after: datetime | None = after) -> object:
                return call_history.import_history(db, records, device, after, rules)

            run_task(self, op, lambda result, d=device: self._history_imported(d, result), self._failed, write=True)
        self._replayed = {}

    def _history_imported(self, device: str, result: call_history.HistoryResult) -> None:
        if result.newest is not None:
            self._seen[device] = max(result.newest, self._seen.get(device, result.newest))
        if result.added:
            self.calls_changed.emit()

    def _settled(self, call_id: int, status: str) -> None:
        self._own.discard(call_id)
        self._taken.discard(call_id)
        for window in self.windows:
            if window.pop.call_id == call_id:
                window.mark(status)
        self.settled.emit(call_id, status)
        self.calls_changed.emit()

    def _stop_ringing(self, call_id: int) -> None:
        """The agent took the call: its ring cycle ends with the agent's write, whatever the line does next."""
        self._taken.add(call_id)
        for key, (ringing_id, timer) in list(self._ringing.items()):
            if ringing_id == call_id:
                timer.stop()
                del self._ringing[key]

    def own_calls(self) -> set[int]:
        """Calls this seat recorded whose cycle it has not seen settled (quitting settles them)."""
        return set(self._own)

    def ringing_calls(self) -> set[int]:
        return {call_id for call_id, _timer in self._ringing.values()}

    def sweep_stale(self) -> None:
        """Settle calls left ringing past the ring timeout (a crash, another seat's quit), not the ones ringing here."""
        db, older, keep = self.db, timedelta(milliseconds=self.ring_timeout_ms), self.ringing_calls()
        run_task(self, lambda: incoming.settle_stale(db, older, keep=keep),
                 lambda settled: settled and self.calls_changed.emit(), self._failed, write=True)  # fmt: skip

    # -- the agent's actions
    def _answered(self, pop: ScreenPop, then: Callable[[], None] | None = None, at: datetime | None = None) -> None:
        self._stop_ringing(pop.call_id)
        actor = self.actor

        def done(_result: object) -> None:
            self._settled(pop.call_id, "answered")
            if then is not None:
                then()

        def op() -> None:
            incoming.answer(self.db, pop.call_id, actor, at)
            self.after_answer(pop.call_id)

        run_task(self, op, done, self._failed, write=True)

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

    def _ticket(self, pop: ScreenPop) -> None:
        self._answered(pop, lambda: self.ticket_requested.emit(pop))

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

        def op() -> None:
            incoming.log_answer(self.db, pop.call_id, actor, reason_id=reason_id, outcome=outcome, notes=notes,
                                talk_seconds=talk, answered_at=answered_at)  # fmt: skip
            self.after_log(pop.call_id)

        run_task(self, op, done, self._failed, write=True)

    # -- calls another seat recorded or took (ui/seats)
    def show_remote(self, pop: ScreenPop, reasons: list, outcomes: list[str]) -> None:
        """Pop a call another seat recorded: its ring cycle and settling stay with that seat."""
        if any(entry.pop.call_id == pop.call_id for entry in self.stack.entries):
            return
        self._reasons, self._outcomes = reasons, outcomes
        entry = self.stack.add(pop)
        if entry.window is not None:
            self.popped.emit(entry.window)
        self.calls_changed.emit()

    def taken_elsewhere(self, call_id: int, by: str) -> None:
        """Another seat's agent took the call: this seat's pop says who, then closes (unless typed in)."""
        self._stop_ringing(call_id)
        self.stack.settle(call_id, "answered")
        for window in self.windows:
            if window.pop.call_id == call_id:
                window.taken_by(by)
                if not window.is_busy():
                    QTimer.singleShot(TAKEN_CLOSE_MS, window, window.close)
        self.calls_changed.emit()

    def settled_elsewhere(self, call_id: int, status: str) -> None:
        """The recording seat ended the ring cycle: pops here show how it ended."""
        if call_id in self.ringing_calls():
            return  # this seat rings it and settles it
        self._settled(call_id, status)

    # -- windows
    @property
    def windows(self) -> list[ScreenPopWindow]:
        """The live pop windows, oldest first (older rings may wait behind the strip without one)."""
        return [w for w in self.stack.windows() if isinstance(w, ScreenPopWindow)]

    def _make_window(self, pop: ScreenPop) -> ScreenPopWindow:
        spare = self.stack.spare.pop() if self.stack.spare else None
        if isinstance(spare, ScreenPopWindow):  # a collapsed window, refilled: far cheaper than building one
            spare.reuse(pop, self._reasons, self._outcomes)
            return spare
        window = ScreenPopWindow(pop, self.fmt, self._reasons, self._outcomes, clock=self.clock)
        window.open_card.connect(self._open_card)
        window.new_customer.connect(self._new_customer)
        window.ticket_requested.connect(self._ticket)
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
        # One short line: the SQL of a failed write would show the caller's number and the agent's notes.
        text = self.tr("Caller ID could not reach the database (%1): check the call log for this call.")
        self.failed.emit(fill(text, plain_error(error)))

    def close_all(self) -> None:
        for key in list(self._ringing):
            self._ringing.pop(key)[1].stop()
        self.stack.close_all()
