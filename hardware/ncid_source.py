"""NCID client: a TCP connection to an NCID server that reconnects with backoff."""

from __future__ import annotations

import socket
from typing import Any

from hardware.sources import CallerIdSource

NCID_PORT = 3333


class NcidSource(CallerIdSource):
    """Reads an NCID server; the startup call log arrives as "log" events, live calls as "ring"."""

    name = "ncid"

    def __init__(
        self,
        host: str,
        port: int = NCID_PORT,
        *,
        connect_timeout: float = 3.0,
        read_timeout: float = 0.2,
        backoff_initial: float = 0.5,
        backoff_max: float = 30.0,
        **callbacks: Any,
    ) -> None:
        super().__init__(**callbacks)
        self.host = host
        self.port = port
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self._parser = self._make_parser("ncid")

    def _run(self) -> None:
        address = f"{self.host}:{self.port}"
        self._status("connecting", address)
        delay = self.backoff_initial
        while not self._stopping.is_set():
            try:
                connection = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
            except OSError as exc:
                if self.state != "reconnecting":
                    self._status("reconnecting", f"{address}: {exc}")
                self._wait(delay)
                delay = min(delay * 2, self.backoff_max)  # a restarting server needs a moment
                continue
            delay = self.backoff_initial
            self._parser.reset()
            self._status("connected", address)
            with connection:
                reason = self._read(connection)
            self._emit(self._parser.flush())
            if not self._stopping.is_set():
                self._status("reconnecting", reason)

    def _read(self, connection: socket.socket) -> str:
        """Read until the server goes away or we stop; returns why the connection ended."""
        connection.settimeout(self.read_timeout)
        while not self._stopping.is_set():
            try:
                data = connection.recv(4096)
            except TimeoutError:
                self._emit(self._parser.poll())
                continue
            except OSError as exc:
                return f"connection lost: {exc}"
            if not data:
                return "server closed the connection"
            self._emit(self._parser.feed(data))
        return "stopped"
