"""Listening for seat news on a dedicated PostgreSQL connection, in its own thread, reconnecting by itself.

The connection is psycopg 3 in autocommit (LISTEN needs no transaction). A lost server (a restart, a
dropped connection, a cable) is noticed at once when the server closes the socket and within seconds
through TCP keepalives otherwise; the thread then waits with a growing pause and listens again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from app.seats.notify import CHANNEL, parse

BACKOFF_S = (0.2, 0.5, 1.0, 2.0, 5.0, 10.0)
# A silent server (a cable pulled) is given up after about 10 s; a closed socket is seen at once.
KEEPALIVE: dict[str, int] = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
}
POLL_S = 0.5  # how often the thread looks at its stop flag while no news comes


def conninfo(url: str) -> str:
    """The psycopg connection string for a SQLAlchemy PostgreSQL URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class Listener:
    """`on_news(dict)` for every payload; `on_state(state, detail)` with "connected", "lost" or "stopped"."""

    def __init__(self, url: str, on_news: Callable[[dict[str, Any]], None], on_state: Callable[[str, str], None],
                 *, backoff: Sequence[float] = BACKOFF_S) -> None:  # fmt: skip
        self.conninfo, self.on_news, self.on_state, self.backoff = conninfo(url), on_news, on_state, backoff
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connection: psycopg.Connection | None = None
        self.backend_pid: int | None = None  # the server process of the listening connection (tests end it)
        self.connects = 0

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="seat-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True, **KEEPALIVE) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid, failures = connection.info.backend_pid, 0
                    self.connects += 1
                    self.on_state("connected", "")
                    self._listen(connection)
            except psycopg.Error as error:
                self.backend_pid = None
                self.on_state("lost", (str(error).strip().splitlines() or [type(error).__name__])[0])
                self._stop.wait(self.backoff[min(failures, len(self.backoff) - 1)])
                failures += 1
        self.on_state("stopped", "")

    def _listen(self, connection: psycopg.Connection) -> None:
        while not self._stop.is_set():
            for notice in connection.notifies(timeout=POLL_S):
                news = parse(notice.payload)
                if news is not None:
                    self.on_news(news)
