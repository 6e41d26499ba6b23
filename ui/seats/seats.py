"""One seat among several: publishes this seat's rings and answers, pops what other seats record, closes pops
another agent took, keeps rings on this PC while the server is away, and tracks presence and caller-ID hosts.

On SQLite (one seat) there is no listener: presence and the wallboard still update locally.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.db import Database
from app.dto import ScreenPop
from app.phones import PhoneRules
from app.seats import calls as seat_calls
from app.seats import hosts, presence, routing
from app.seats.recorder import SeatRecorder
from app.seats.ring_queue import RingQueue
from app.services import lookups
from hardware.events import CallerIdEvent
from ui.callerid.pop_manager import PopManager
from ui.seats.link import SeatLink
from ui.tasks import run_task

WRAP_UP_MS = 30_000  # after logging a call the agent is in wrap-up this long, then available again
MINUTE_MS = 60_000


class Seats(QObject):
    server = Signal(str, str)  # "connected" / "lost" / "offline" (rings kept here) / "no_host" / "host"; detail
    queue_written = Signal(int)  # rings kept during an outage, now on the server
    presence_changed = Signal()
    news = Signal(object)  # every notice from the server (the wallboard refreshes on them)

    def __init__(self, db: Database, pops: PopManager, seat: str, agent: str, rules: Callable[[], PhoneRules], *,
                 queue_folder: Path | None, has_callerid: Callable[[], bool], ring_timeout_s: int = 40,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.pops, self.seat, self.agent, self.rules = db, pops, seat, agent, rules
        self.has_callerid, self.ring_timeout = has_callerid, timedelta(seconds=ring_timeout_s)
        self.recorder = SeatRecorder(db, seat, agent, RingQueue(queue_folder) if queue_folder else None)
        self.routes: dict[str, routing.Route] = {}
        self.lists: tuple[list, list[str]] | None = None  # call reasons and outcomes for pops of other seats' calls
        self.state = "available"
        self.connected = db.is_sqlite
        pops.record_ring = self._record
        pops.after_answer = self._answered
        pops.after_log = self._logged
        pops.after_end = self.recorder.ended
        pops.routed = lambda pop: self.pops_here(pop.line)
        pops.popped.connect(self._popped)
        self.wrap_up = QTimer(self, singleShot=True, interval=WRAP_UP_MS)
        self.wrap_up.timeout.connect(lambda: self.set_state("available", only_from="wrap_up"))
        self.minute = QTimer(self, interval=hosts.HEARTBEAT_S * 1000)
        self.minute.timeout.connect(self._tick)
        self._ticks = 0
        self.link: SeatLink | None = None
        if not db.is_sqlite:
            self.link = SeatLink(db.url, self)
            self.link.news.connect(self._heard)
            self.link.state.connect(self._link_state)

    # -- start and stop
    def start(self) -> None:
        self._load_routes()
        self.set_state("available")
        if self.link is not None:
            self.link.start()
        self.minute.start()
        self.every_minute()

    def stop(self) -> None:
        """Quitting: signed out, the caller-ID seat signs off (its write queued before the app waits for writes)."""
        self.close()
        db, agent, seat, host = self.db, self.agent, self.seat, self.has_callerid()

        def op() -> None:
            try:
                presence.set_state(db, agent, seat, "signed_out")
            finally:  # an account disabled meanwhile is refused its presence, but the seat still signs off
                if host and not db.is_sqlite:
                    hosts.sign_off(db, seat)

        run_task(None, op, None, lambda _error: None, write=True)

    def _tick(self) -> None:
        """The caller-ID seat beats every HEARTBEAT_S; the others look for one once a minute."""
        self._ticks += 1
        if self.has_callerid() or self._ticks * hosts.HEARTBEAT_S >= MINUTE_MS // 1000:
            self._ticks = 0
            self.every_minute()

    def close(self) -> None:
        """No more timers or listening (the window goes away)."""
        self.minute.stop()
        self.wrap_up.stop()
        if self.link is not None:
            self.link.stop()

    def every_minute(self) -> None:
        """The caller-ID seat's heartbeat, and the others' check that one is alive."""
        if self.db.is_sqlite:
            return
        db, seat = self.db, self.seat
        if self.has_callerid():
            run_task(self, lambda: hosts.heartbeat(db, seat), None, lambda _e: None, write=True)
        else:
            run_task(self, lambda: hosts.online(db), self._hosts_seen, lambda _e: None)

    def _hosts_seen(self, online: list[str]) -> None:
        self.server.emit("host" if online else "no_host", ", ".join(online))

    # -- routing
    def pops_here(self, line: str) -> bool:
        return routing.pops_here(self.routes, line, self.seat, self.agent)

    def _load_routes(self) -> None:
        db = self.db
        run_task(self, lambda: routing.routes(db), self._routes_loaded, lambda _e: None)

    def _routes_loaded(self, table: dict[str, routing.Route]) -> None:
        self.routes = table

    # -- this seat's calls (write worker)
    def _record(self, event: CallerIdEvent, rules: PhoneRules) -> ScreenPop:
        return self.recorder.ring(event.number, caller_name=event.name or "", absent=event.absent,
                                  line=event.line or "", when=event.time, source=event.device, rules=rules)  # fmt: skip

    def _answered(self, call_id: int) -> None:
        self.recorder.answered(call_id)
        self.presence_changed.emit()  # queued to the GUI thread

    def _logged(self, call_id: int) -> None:
        self.recorder.logged(call_id)
        self.presence_changed.emit()

    def _popped(self, window: Any) -> None:
        if window.pop.call_id < 0:
            self.server.emit("offline", "")

    # -- presence by hand (breaks) and after wrap-up
    def set_state(self, state: str, only_from: str | None = None) -> None:
        if only_from is not None and self.state != only_from:
            return
        self.state = state
        db, agent, seat = self.db, self.agent, self.seat
        run_task(self, lambda: presence.set_state(db, agent, seat, state), lambda _p: self.presence_changed.emit(),
                 lambda _e: None, write=True)  # fmt: skip

    # -- news from the other seats
    def _heard(self, news: dict[str, Any]) -> None:
        kind, call_id = news.get("kind"), news.get("call_id")
        self.news.emit(news)
        if kind == "presence":
            if news.get("agent") == self.agent:
                self._own_state(str(news.get("state")))
            self.presence_changed.emit()
        elif kind == "routes":
            self._load_routes()
        elif kind == "host":
            self.every_minute()
        elif news.get("seat") == self.seat or not isinstance(call_id, int):
            return  # this seat's own ring, answer or end: it already acted on it
        elif kind == "ring" and self.pops_here(str(news.get("line") or "")):
            self._pop_remote(call_id)
        elif kind == "answer":
            db = self.db
            run_task(self, lambda: seat_calls.answered_by(db, call_id),
                     lambda by: self.pops.taken_elsewhere(call_id, by), lambda _e: None)  # fmt: skip
        elif kind == "end":
            self.pops.settled_elsewhere(call_id, str(news.get("status") or "missed"))

    def _own_state(self, state: str) -> None:
        self.state = state
        if state == "wrap_up":
            self.wrap_up.start()

    def _pop_remote(self, call_id: int) -> None:
        db, rules = self.db, self.rules()

        def op() -> tuple[ScreenPop | None, list, list[str]]:
            pop = seat_calls.pop_for_call(db, call_id, rules)
            if self.lists is None:  # read once (and after an outage): they change seldom, the pop is waited for
                self.lists = (lookups.list_values(db, lookups.CALL_REASON),
                              [item.value for item in lookups.list_values(db, lookups.CALL_OUTCOME)])  # fmt: skip
            return pop, *self.lists

        def show(result: tuple[ScreenPop | None, list, list[str]]) -> None:
            pop, reasons, outcomes = result
            if pop is not None and self.pops_here(pop.line):
                self.pops.show_remote(pop, reasons, outcomes)

        run_task(self, op, show, lambda _e: None)

    # -- losing and finding the server
    def _link_state(self, state: str, detail: str) -> None:
        was = self.connected
        self.connected = state == "connected"
        self.server.emit(state, detail)
        if self.connected and (not was or self.recorder.offline):
            self._after_outage()

    def _after_outage(self) -> None:
        """Back on the server: write the rings kept here, re-read routes, and pop calls still ringing elsewhere."""
        self._load_routes()
        self.lists = None
        self.every_minute()
        recorder, timeout, rules = self.recorder, self.ring_timeout, self.rules()
        if recorder.queue is not None and (recorder.offline or recorder.queue.pending()):
            run_task(self, lambda: recorder.write_queue(timeout, rules), self._queue_written,
                     lambda error: self.server.emit("offline", str(error)), write=True)  # fmt: skip
        db = self.db
        run_task(self, lambda: seat_calls.ringing_now(db, timeout), self._still_ringing, lambda _e: None)

    def _queue_written(self, count: int) -> None:
        if count:
            self.queue_written.emit(count)
            self.pops.calls_changed.emit()

    def _still_ringing(self, call_ids: list[int]) -> None:
        mine = self.pops.ringing_calls()
        for call_id in call_ids:
            if call_id not in mine:
                self._pop_remote(call_id)
