"""Serial caller-ID devices (modems, Whozz Calling, Yasna boxes, raw MDMF boxes) via pyserial.

Opened with ``serial.serial_for_url`` so ``loop://`` and pseudo-terminals work in tests. A lost
port is reopened by path every ``retry_interval`` seconds; modems get ``ATZ`` and their enable
string again, since many forget it on reset.
"""

from __future__ import annotations

import re
import threading
from typing import Any

import serial

from hardware.sources import CallerIdSource

ENABLE_STRINGS = ("AT+VCID=1", "AT#CID=1", "AT%CCID=1", "AT#CC1", "AT*ID1", "AT-STE=1;+VCID=1")
DEVICES = ("modem", "whozz", "yasna", "mdmf")
_DIALLABLE = re.compile(r"[^0-9*#+,PpTtWw]")


class NotConnectedError(RuntimeError):
    """The port is not open, so the command could not be sent."""


class SerialModemSource(CallerIdSource):
    """A caller-ID device on a serial port; ``device`` picks the parser and the start-up talk."""

    name = "serial"

    def __init__(
        self,
        port: str,
        baudrate: int = 19200,
        rtscts: bool | None = None,
        device: str = "modem",
        enable_strings: list[str] | tuple[str, ...] | None = None,
        init_bytes: bytes | None = None,
        *,
        reply_timeout: float = 2.0,
        retry_interval: float = 1.0,
        read_timeout: float = 0.2,
        **callbacks: Any,
    ) -> None:
        super().__init__(**callbacks)
        if device not in DEVICES:
            raise ValueError(f"unknown serial caller-ID device {device!r}")
        self.port = port
        self.baudrate = baudrate
        self.rtscts = device == "modem" if rtscts is None else rtscts  # NCID's default for modems
        self.device = device
        # The user's own strings go first; the common ones follow in case theirs is wrong.
        own = list(enable_strings or ())
        self.enable_strings = [*own, *(s for s in ENABLE_STRINGS if s not in own)]
        self.init_bytes = init_bytes
        self.reply_timeout = reply_timeout
        self.retry_interval = retry_interval
        self.read_timeout = read_timeout
        self.working_enable_string: str | None = None
        self._parser = self._make_parser(device)
        self._serial: serial.SerialBase | None = None
        self._write_lock = threading.Lock()
        self._replies: list[str] = []
        self._awaiting_reply = False

    def dial(self, number: str) -> None:
        """Click-to-dial: the modem dials ``number`` and returns to command mode (the ``;``)."""
        digits = _DIALLABLE.sub("", number)
        if not digits:
            raise ValueError(f"nothing to dial in {number!r}")
        self._write(f"ATDT{digits};\r".encode("ascii"))

    def _write(self, data: bytes) -> None:
        port = self._serial
        if port is None:
            raise NotConnectedError(f"{self.port} is not open")
        with self._write_lock:
            port.write(data)
            port.flush()

    def _raw(self, text: str) -> None:
        if self._awaiting_reply:  # only while a command waits: a chatty port must not fill this list for ever
            self._replies.append(text)
        super()._raw(text)

    def _run(self) -> None:
        self._status("connecting", self.port)
        while not self._stopping.is_set():
            try:
                self._serial = serial.serial_for_url(
                    self.port, baudrate=self.baudrate, rtscts=self.rtscts, timeout=self.read_timeout
                )
            except (serial.SerialException, OSError, ValueError) as exc:
                if self.state != "reconnecting":
                    self._status("reconnecting", f"cannot open {self.port}: {exc}")
                self._wait(self.retry_interval)
                continue
            try:
                self._initialise()
                if self._stopping.is_set():
                    break
                self._status("connected", self.working_enable_string or self.device)
                self._read_until_stopped()
            except (serial.SerialException, OSError) as exc:
                self._diagnostic(f"{self.port}: {exc}")
                self._status("reconnecting", str(exc))
            finally:
                self._close()
        self._close()

    def _close(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError):
                pass  # the device is already gone
        self._parser.reset()  # half a record from before the loss would corrupt the next one

    def _initialise(self) -> None:
        if self.init_bytes:
            self._write(self.init_bytes)
        if self.device != "modem":
            return
        self._command("ATZ")
        candidates = self.enable_strings
        if self.working_enable_string is not None:
            known = self.working_enable_string
            candidates = [known, *(s for s in candidates if s != known)]
        for command in candidates:
            if self._stopping.is_set():
                return
            if self._command(command) == "OK":
                self.working_enable_string = command
                return
        self._diagnostic("no caller-ID enable string was accepted; caller ID may stay off")

    def _command(self, command: str) -> str | None:
        """Send an AT command and wait for OK or ERROR; calls arriving meanwhile are still parsed."""
        self._replies.clear()
        self._awaiting_reply = True
        try:
            self._write(command.encode("ascii") + b"\r")
            deadline = self._parser.monotonic() + self.reply_timeout
            while not self._stopping.is_set() and self._parser.monotonic() < deadline:
                self._read_once()
                for reply in self._replies:
                    if reply.upper() in ("OK", "ERROR"):
                        return reply.upper()
            return None
        finally:
            self._awaiting_reply = False
            self._replies.clear()

    def _read_until_stopped(self) -> None:
        while not self._stopping.is_set():
            self._read_once()

    def _read_once(self) -> None:
        port = self._serial
        if port is None:
            raise serial.SerialException("port closed")
        data = port.read(max(1, port.in_waiting))
        self._emit(self._parser.feed(data) if data else self._parser.poll())
