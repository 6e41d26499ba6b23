"""Stopping a slow read mid-query when nobody wants its answer any more (a superseded dashboard reload).

A thread that runs cancellable work enters `cancellable(event)`; every SQLite connection it checks out
while inside gets a progress handler that aborts the running statement once `event` is set (SQLite
raises "interrupted", the transaction rolls back, the connection goes back to the pool unharmed).
`ui.tasks` runs every task inside such a block; connections checked out outside one (the GUI thread,
the CLI, scripts) get no handler. The handler itself is one Python call per 2,000 SQLite steps.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.pool import Pool

CHECK_EVERY = 2000  # SQLite VM steps between two looks at the event: well under a millisecond

_local = threading.local()


class Interrupted(Exception):
    """The work was cancelled while a query ran; nothing was changed."""


@contextmanager
def cancellable(cancel: threading.Event) -> Iterator[None]:
    """Queries this thread starts inside the block stop soon after `cancel` is set."""
    previous = getattr(_local, "cancel", None)
    _local.cancel = cancel
    try:
        yield
    finally:
        _local.cancel = previous


def current() -> threading.Event | None:
    return getattr(_local, "cancel", None)


def is_interrupt(error: BaseException) -> bool:
    """Whether `error` is SQLite stopping a statement on our request."""
    return "interrupted" in str(getattr(error, "orig", error)).lower()


def _on_checkout(dbapi_connection: Any, _record: object, _proxy: object) -> None:
    if not hasattr(dbapi_connection, "set_progress_handler"):
        return  # not SQLite: nothing to install (PostgreSQL reads are left to finish)
    cancel = current()
    if cancel is None:
        dbapi_connection.set_progress_handler(None, 0)
    else:
        dbapi_connection.set_progress_handler(lambda: 1 if cancel.is_set() else 0, CHECK_EVERY)


def _on_checkin(dbapi_connection: Any, _record: object) -> None:
    if dbapi_connection is not None and hasattr(dbapi_connection, "set_progress_handler"):
        dbapi_connection.set_progress_handler(None, 0)


event.listen(Pool, "checkout", _on_checkout)
event.listen(Pool, "checkin", _on_checkin)
