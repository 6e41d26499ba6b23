"""SDMF/MDMF caller-ID frames: decoding, checksum, and finding frames in a noisy byte stream.

A frame is type (04 SDMF, 80 MDMF), length (bytes after it, checksum excluded), payload and a
checksum chosen so that all bytes sum to 0 mod 256. Modems in ``AT+VCID=2`` mode print it as
hex; CTI Comet style USB boxes send it as raw binary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hardware.events import CallerIdEvent
from hardware.fields import clean_name, clean_number, now_seconds, parse_mmddhhmm
from hardware.lines import CallerIdParser
from hardware.text import safe_text

SDMF = 0x04
MDMF = 0x80
PARAM_DATE, PARAM_NUMBER, PARAM_DIALLED, PARAM_NUMBER_ABSENT = 0x01, 0x02, 0x03, 0x04
PARAM_NAME, PARAM_NAME_ABSENT = 0x07, 0x08
# Parameter types seen in the wild (Bellcore GR-30, ETSI EN 300 659); others mean noise.
_KNOWN_PARAMS = {0x01, 0x02, 0x03, 0x04, 0x06, 0x07, 0x08, 0x0B, 0x11}
_HEX_LINE = re.compile(r"[0-9A-Fa-f]{2}(?: ?[0-9A-Fa-f]{2}){3,}")


class FrameError(ValueError):
    """The bytes are not a valid frame (bad checksum, bad length or unknown type)."""


@dataclass(frozen=True, slots=True)
class Frame:
    kind: int
    params: dict[int, bytes]  # first occurrence of each parameter; SDMF uses 1 and 2
    raw: bytes


def checksum_ok(frame: bytes) -> bool:
    return sum(frame) % 256 == 0


def _mdmf_params(payload: bytes) -> dict[int, bytes] | None:
    params: dict[int, bytes] = {}
    pos = 0
    while pos < len(payload):
        if pos + 2 > len(payload):
            return None
        kind, size = payload[pos], payload[pos + 1]
        value = payload[pos + 2 : pos + 2 + size]
        if kind not in _KNOWN_PARAMS or size == 0 or len(value) != size:
            return None
        params.setdefault(kind, value)  # a repeated parameter must not mask the first one
        pos += 2 + size
    return params


def _sdmf_params(payload: bytes) -> dict[int, bytes] | None:
    if len(payload) < 9 or not payload[:8].isdigit() or any(b < 0x20 or b > 0x7E for b in payload):
        return None
    return {PARAM_DATE: payload[:8], PARAM_NUMBER: payload[8:]}


def decode_frame(data: bytes) -> Frame:
    """Decode one complete frame; raises FrameError when it is not valid."""
    if len(data) < 4 or data[0] not in (SDMF, MDMF):
        raise FrameError("not an SDMF/MDMF call frame")
    if data[1] + 3 != len(data):
        raise FrameError(f"length byte {data[1]} does not match {len(data) - 3} payload bytes")
    if not checksum_ok(data):
        raise FrameError(f"bad checksum in frame {data.hex().upper()}")
    payload = data[2:-1]
    params = _sdmf_params(payload) if data[0] == SDMF else _mdmf_params(payload)
    if params is None:
        raise FrameError(f"malformed parameters in frame {data.hex().upper()}")
    return Frame(data[0], params, data)


def parse_hex_line(text: str) -> bytes | None:
    """The bytes of a modem's unformatted-CID hex line, or None when the line is not hex."""
    text = text.strip()
    if not _HEX_LINE.fullmatch(text):
        return None
    return bytes.fromhex(text.replace(" ", ""))


def frame_event(frame: Frame, device: str, now: datetime, line: str | None = None) -> CallerIdEvent | None:
    """The call a frame announces, or None when it carries neither a number nor a reason."""
    params = frame.params

    def text(kind: int) -> str | None:
        value = params.get(kind)
        return safe_text(value.decode("latin-1")).strip() if value is not None else None

    number: str | None = None
    absent: str | None = None
    if PARAM_NUMBER in params:
        number, absent = clean_number(text(PARAM_NUMBER))
    elif PARAM_NUMBER_ABSENT in params:
        absent = "private" if text(PARAM_NUMBER_ABSENT) == "P" else "unavailable"
    else:
        return None
    dialled, _ = clean_number(text(PARAM_DIALLED)) if PARAM_DIALLED in params else (None, None)
    date = text(PARAM_DATE)
    stamp = parse_mmddhhmm(date, now) if date else None
    return CallerIdEvent(
        number=number,
        name=clean_name(text(PARAM_NAME)),
        absent=absent,
        line=line,
        time=stamp or now,
        device=device,
        raw=frame.raw.hex().upper(),
        dialled=dialled,
    )


def _plausible_prefix(buf: bytes | bytearray) -> bool:
    """Whether the bytes seen so far of a candidate frame could still become a valid one."""
    if len(buf) < 2:
        return True
    payload = bytes(buf[2 : 2 + buf[1]])
    if buf[0] == SDMF:
        return 9 <= buf[1] <= 40 and all(0x30 <= b <= 0x39 for b in payload[:8])
    if buf[1] < 3:
        return False
    pos = 0
    while pos + 2 <= len(payload):
        if payload[pos] not in _KNOWN_PARAMS or payload[pos + 1] == 0:
            return False
        pos += 2 + payload[pos + 1]
    return pos <= buf[1]


def _structure_ok(frame: bytes) -> bool:
    payload = frame[2:-1]
    params = _sdmf_params(payload) if frame[0] == SDMF else _mdmf_params(payload)
    return params is not None


class MdmfParser(CallerIdParser):
    """Finds SDMF/MDMF frames in raw binary (CTI Comet style boxes), skipping noise bytes."""

    device = "mdmf"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[CallerIdEvent]:
        self._buffer.extend(data)
        return self._scan()

    def flush(self) -> list[CallerIdEvent]:
        events = self._scan()
        if self._buffer:
            if any(b in (SDMF, MDMF) for b in self._buffer):
                self.diagnose(f"truncated frame at end of input: {self._buffer.hex().upper()}")
            self._buffer.clear()
        return events

    def reset(self) -> None:
        self._buffer.clear()

    @property
    def buffered(self) -> int:
        """Bytes kept for a frame still arriving: at most one frame (258 bytes), noise is skipped at once."""
        return len(self._buffer)

    def _scan(self) -> list[CallerIdEvent]:
        events: list[CallerIdEvent] = []
        buf = self._buffer
        pos = 0
        while pos < len(buf):
            if buf[pos] not in (SDMF, MDMF) or not _plausible_prefix(buf[pos : pos + 260]):
                pos += 1
                continue
            if pos + 1 >= len(buf) or pos + buf[pos + 1] + 3 > len(buf):
                break  # a plausible frame that is not complete yet
            size = buf[pos + 1] + 3
            candidate = bytes(buf[pos : pos + size])
            try:
                frame = decode_frame(candidate)
            except FrameError:
                # Only a well-formed frame with a wrong sum is worth reporting; the rest is noise.
                if not checksum_ok(candidate) and _structure_ok(candidate):
                    self.diagnose(f"bad checksum in frame {candidate.hex().upper()}")
                pos += 1
                continue
            if self.on_line is not None:
                self.on_line(candidate.hex().upper())
            event = frame_event(frame, self.device, now_seconds(self.now))
            if event is None:
                self.diagnose(f"frame without a number: {candidate.hex().upper()}")
            else:
                events.append(event)
            pos += size
        del buf[:pos]
        return events
