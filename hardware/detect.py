"""Finding caller-ID devices: candidate serial ports and a quick probe of what answers on one."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import serial
from serial.tools import list_ports

from hardware.whozz_parser import PROBE_REPLY, PROBE_REQUEST

_OK = re.compile(rb"(?:^|[\r\n])OK[\r\n]")
_YASNA = re.compile(rb"L[1-8](?:C|R|D|HF|HND)[^@]{0,30}@")


@dataclass(frozen=True, slots=True)
class CandidatePort:
    device: str  # what to pass to SerialModemSource / probe_port
    description: str
    hwid: str


def list_candidate_ports() -> list[CandidatePort]:
    """Serial ports the system knows, USB ones first (caller-ID boxes are nearly all USB now)."""
    ports = [CandidatePort(p.device, p.description or "", p.hwid or "") for p in list_ports.comports()]
    return sorted(ports, key=lambda p: ("USB" not in p.hwid.upper(), p.device))


def _ask(port: serial.SerialBase, request: bytes, timeout: float, done: re.Pattern[bytes]) -> bytes:
    port.reset_input_buffer()
    port.write(request)
    port.flush()
    reply = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not done.search(reply):
        reply += port.read(max(1, port.in_waiting))
    return reply


def probe_port(url: str, baudrate: int = 9600, timeout: float = 0.5) -> str | None:
    """What answers on ``url``: "modem" (AT -> OK), "whozz" (@ -> #), "yasna" (records seen) or None."""
    try:
        port = serial.serial_for_url(url, baudrate=baudrate, timeout=0.05)
    except (serial.SerialException, OSError, ValueError):
        return None
    try:
        heard = _ask(port, b"AT\r", timeout, _OK)
        if _OK.search(heard):
            return "modem"
        # Strip the request itself so that an echoing port (or loop://) is not taken for a unit.
        answer = _ask(port, PROBE_REQUEST, timeout, re.compile(re.escape(PROBE_REPLY)))
        if PROBE_REPLY in answer.replace(PROBE_REQUEST, b""):
            return "whozz"
        if _YASNA.search(heard + answer):
            return "yasna"
        return None
    except (serial.SerialException, OSError):
        return None
    finally:
        port.close()
