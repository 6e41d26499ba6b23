"""NCID client: a TCP connection to an NCID server that notices a dead link and reconnects with backoff.

- Dead link: when nothing arrived for ``keepalive_idle`` seconds the client sends ``REQ: YO``
  (NCID API, answered by ``ACK: REQ: YO``); when nothing at all arrives within
  ``keepalive_timeout`` seconds after that, the connection is closed and made again (status
  "reconnecting"). TCP keep-alive is on as well, for servers that do not answer YO.
- Backoff: every failed or short-lived connection doubles the wait before the next attempt, up
  to ``backoff_max``; it starts over only after a connection proved healthy (the server finished
  its startup with ``300``, or the connection stayed up ``healthy_after`` seconds).
- A line cut by a disconnect is dropped, never parsed.

Timing uses ``monotonic`` (injectable), so tests drive the keep-alive with a clock of their own.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from typing import Any

from hardware.ncid_parser import NcidParser
from hardware.sources import CallerIdSource

NCID_PORT = 3333
YO_REQUEST = b"REQ: YO\n"
# Feature sets in which a server answers REQ: YO (the API names set 2, and set 4 for acknowledgments).
_YO_FEATURE_SETS = {"2", "4"}


def enable_keepalive(connection: socket.socket, idle: int = 20, interval: int = 10, count: int = 3) -> None:
    """TCP keep-alive: a peer that vanished (cable pulled) is found in about idle + interval * count s."""
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for option, value in (("TCP_KEEPIDLE", idle), ("TCP_KEEPINTVL", interval), ("TCP_KEEPCNT", count)):
        if hasattr(socket, option):  # Linux and recent Windows/macOS; elsewhere the system defaults apply
            connection.setsockopt(socket.IPPROTO_TCP, getattr(socket, option), value)


class NcidSource(CallerIdSource):
    """Reads an NCID server: the startup call log arrives as "history" events, live calls as "ring"."""

    name = "ncid"

    def __init__(
        self,
        host: str,
        port: int = NCID_PORT,
        *,
        connect_timeout: float = 3.0,
        read_timeout: float = 0.2,
        backoff_initial: float = 0.5,
        backoff_max: float = 15.0,
        keepalive_idle: float = 20.0,
        keepalive_timeout: float = 20.0,
        healthy_after: float = 10.0,
        monotonic: Callable[[], float] = time.monotonic,
        **callbacks: Any,
    ) -> None:
        super().__init__(**callbacks)
        self.host = host
        self.port = port
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.keepalive_idle = keepalive_idle
        self.keepalive_timeout = keepalive_timeout
        self.healthy_after = healthy_after
        self.monotonic = monotonic
        self._parser = NcidParser(on_diagnostic=self._diagnostic, on_line=self._raw)

    def _run(self) -> None:
        address = f"{self.host}:{self.port}"
        self._status("connecting", address)
        delay = self.backoff_initial
        while not self._stopping.is_set():
            try:
                connection = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
            except OSError as exc:
                reason, healthy = f"{address}: {exc}", False
            else:
                with connection:
                    enable_keepalive(connection)
                    self._parser.reset()
                    self._status("connected", address)
                    reason, healthy = self._read(connection)
                self._drop_partial_line()
            if self._stopping.is_set():
                return
            if healthy:
                delay = self.backoff_initial
            if self.state != "reconnecting":
                self._status("reconnecting", reason)
            if self._wait(delay):
                return
            delay = min(delay * 2, self.backoff_max)  # a restarting or refusing server needs a moment

    def _read(self, connection: socket.socket) -> tuple[str, bool]:
        """Read until the server goes away, stops answering, or we stop: (why it ended, was it healthy)."""
        connection.settimeout(self.read_timeout)
        started = heard = self.monotonic()
        probed: float | None = None  # when REQ: YO went out unanswered
        while not self._stopping.is_set():
            try:
                data = connection.recv(4096)
            except TimeoutError:
                self._emit(self._parser.poll())
                now = self.monotonic()
                if probed is not None and now - probed >= self.keepalive_timeout:
                    return "the server stopped answering", self._healthy(started)
                if probed is None and now - heard >= self.keepalive_idle and self._answers_yo():
                    try:
                        connection.sendall(YO_REQUEST)
                    except OSError as exc:
                        return f"connection lost: {exc}", self._healthy(started)
                    probed = now
                continue
            except OSError as exc:
                return f"connection lost: {exc}", self._healthy(started)
            if not data:
                return "server closed the connection", self._healthy(started)
            heard, probed = self.monotonic(), None  # any data proves the link is alive
            self._emit(self._parser.feed(data))
        return "stopped", True

    def _healthy(self, started: float) -> bool:
        return self._parser.startup_done or self.monotonic() - started >= self.healthy_after

    def _answers_yo(self) -> bool:
        """Servers listing their feature sets without 2 or 4 do not answer YO: TCP keep-alive covers them."""
        features = self._parser.feature_sets
        return features is None or bool(features & _YO_FEATURE_SETS)

    def _drop_partial_line(self) -> None:
        rest = self._parser.drop_partial()
        if rest:
            self._diagnostic(f"incomplete line dropped when the connection ended: {rest[:80]!r}")
