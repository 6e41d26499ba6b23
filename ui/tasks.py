"""The one helper for slow work: run `op` on a pool, call back on the GUI thread.

Like Anki's QueryOp/CollectionOp: `run_task(parent, op, success, failure)`. Reads share a pool;
writes run one at a time on their own single-thread pool. `op` receives a progress callable
that returns False once the user has cancelled.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from app.progress import Cancelled

_write_pool: QThreadPool | None = None
_read_pool: QThreadPool | None = None


def _pool(write: bool) -> QThreadPool:
    global _write_pool, _read_pool
    if write:
        if _write_pool is None:
            _write_pool = QThreadPool()
            _write_pool.setMaxThreadCount(1)
        return _write_pool
    if _read_pool is None:
        _read_pool = QThreadPool()
        _read_pool.setMaxThreadCount(3)
    return _read_pool


def wait_for_all(msecs: int = 10000) -> bool:
    """Wait for queued work (tests, and shutdown so no thread outlives the database)."""
    return all(p.waitForDone(msecs) for p in (_read_pool, _write_pool) if p is not None)


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
        try:
            result = self.op(self.progress)
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            self.signals.failed.emit(error)
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
) -> TaskHandle:
    """Run `op()` (or `op(progress)` when `with_progress`) off the GUI thread."""
    handle = TaskHandle(parent)
    handle.success, handle.failure = success, failure
    _running.add(handle)
    handle.finished.connect(lambda: _running.discard(handle))
    call = op if with_progress else (lambda _progress: op())
    _pool(write).start(_Runnable(call, handle))
    return handle
