"""The one helper for slow work: run `op` on a pool, call back on the GUI thread.

Like Anki's QueryOp/CollectionOp: `run_task(parent, op, success, failure)`. Three pools, so the pop
never queues behind an owner's report: interactive reads (pop, search, list pages, card) have their own
threads; slow reads (`kind="slow"`: dashboards, segment lists, exports) have theirs; writes run one at a
time. `op` receives a progress callable that returns False once the user has cancelled; a slow read's
SQLite queries also stop mid-statement on cancel (see app.analytics.interrupt). `Latest` keeps one
reload per screen: starting a new one cancels the one it supersedes.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from app.analytics.interrupt import cancellable, is_interrupt
from app.progress import Cancelled

# Threads per kind of work: writes one at a time; slow reads never take the interactive threads.
POOL_SIZES = {"read": 3, "slow": 2, "write": 1}
# A slow read computing in Python holds the GIL for up to the switch interval (5 ms by default) each
# time the pop's threads want it back after a SQLite call; the pop makes a dozen such calls. A shorter
# interval trades a little throughput of reports for the pop's latency.
SWITCH_INTERVAL_S = 0.001
_pools: dict[str, QThreadPool] = {}


def pool(kind: str) -> QThreadPool:
    if kind not in POOL_SIZES:
        raise ValueError(f"unknown kind of task {kind!r}")
    if not _pools:
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
    if kind not in _pools:
        _pools[kind] = QThreadPool()
        _pools[kind].setMaxThreadCount(POOL_SIZES[kind])
    return _pools[kind]


def wait_for_all(msecs: int = 10000) -> bool:
    """Wait for queued work (tests, and shutdown so no thread outlives the database)."""
    return all(p.waitForDone(msecs) for p in list(_pools.values()))


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class TaskHandle(QObject):
    """Lives on the GUI thread; relays the worker's signals to the callbacks, once."""

    finished = Signal()
    progressed = Signal(int, int, str)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.success: Callable[[Any], None] | None = None
        self.failure: Callable[[BaseException], None] | None = None
        self.done = False

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self.done = True
        if self.success is not None:
            self.success(result)
        self.finished.emit()

    @Slot(object)
    def _on_failure(self, error: BaseException) -> None:
        self.done = True
        if self.failure is not None:
            self.failure(error)
        elif not isinstance(error, Cancelled):
            traceback.print_exception(error)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, op: Callable[[Callable[[int, int, str], bool]], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.op = op
        self.cancel_event = handle.cancel_event
        self.signals = _Signals()
        queued = Qt.ConnectionType.QueuedConnection
        self.signals.succeeded.connect(handle._on_success, queued)
        self.signals.failed.connect(handle._on_failure, queued)
        self.signals.progressed.connect(handle.progressed, queued)

    def progress(self, done: int, total: int, label: str) -> bool:
        self.signals.progressed.emit(done, total, label)
        return not self.cancel_event.is_set()

    def run(self) -> None:
        if self.cancel_event.is_set():  # superseded while it waited for a thread: do not start it
            self.signals.failed.emit(Cancelled())
            return
        try:
            with cancellable(self.cancel_event):
                result = self.op(self.progress)
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            stopped = self.cancel_event.is_set() and is_interrupt(error)
            self.signals.failed.emit(Cancelled() if stopped else error)
        else:
            self.signals.succeeded.emit(result)


_running: set[TaskHandle] = set()


def run_task(
    parent: QObject | None,
    op: Callable[..., Any],
    success: Callable[[Any], None] | None = None,
    failure: Callable[[BaseException], None] | None = None,
    *,
    write: bool = False,
    with_progress: bool = False,
    kind: str = "read",
) -> TaskHandle:
    """Run `op()` (or `op(progress)` when `with_progress`) off the GUI thread.

    `kind`: "read" (interactive, the default), "slow" (reports and dashboards) or "write" (same as
    `write=True`).
    """
    handle = TaskHandle(parent)
    handle.success, handle.failure = success, failure
    _running.add(handle)
    handle.finished.connect(lambda: _running.discard(handle))
    call = op if with_progress else (lambda _progress: op())
    pool("write" if write else kind).start(_Runnable(call, handle))
    return handle


class Latest:
    """One screen's reloads: each new one cancels the one before (its query stops, its thread frees)."""

    def __init__(self) -> None:
        self.handle: TaskHandle | None = None

    def run(
        self,
        parent: QObject | None,
        op: Callable[..., Any],
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None] | None = None,
        *,
        with_progress: bool = False,
    ) -> TaskHandle:
        self.cancel()

        def succeeded(result: Any) -> None:
            if handle is self.handle:  # a superseded load that finished anyway is not shown
                success(result)

        def failed(error: BaseException) -> None:
            if failure is not None and handle is self.handle and not isinstance(error, Cancelled):
                failure(error)

        handle = run_task(parent, op, succeeded, failed, with_progress=with_progress, kind="slow")
        self.handle = handle
        return handle

    def cancel(self) -> None:
        if self.handle is not None and not self.handle.done:
            self.handle.cancel()

    @property
    def busy(self) -> bool:
        return self.handle is not None and not self.handle.done
