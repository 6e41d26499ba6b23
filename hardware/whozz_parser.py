"""CallerID.com "Whozz Calling" units, TCI-format devices and NetCallID boxes.

Whozz full records (``01 I S 0276 G B3 09/26 11:28 AM 800-240-4637 CallerID.com``) pop on
``S`` (start) and end on the matching ``E`` record, whose duration field is the talk time.
Short (``$01 09/26 02:30 PM 8002404637 I CallerID.com``), TCI fixed-width and NetCallID
(``###DATE03301423...NMBR...NAME...+++``) records are single-shot calls.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from hardware.events import CallerIdEvent
from hardware.fields import build_time, clean_name, clean_number, now_seconds, parse_mmddhhmm, split_dotted
from hardware.lines import LineParser

PROBE_REQUEST = b"@"  # port detection: a Whozz Calling unit answers '#'
PROBE_REPLY = b"#"

_NUMBER = r"(OUT[- ]OF[- ]AREA|\S+)"
_WHEN = r"(\d{1,2})/(\d{1,2})\s+(\d{1,2}):(\d{2})\s*([AP])M"
# Ethernet models prefix each UDP record with "^^<U>nnnnnn<S>nnnnnn".
_UDP_HEADER = re.compile(r"^\^\^<U>[^<]*<S>[^$]*")
_FULL = re.compile(
    rf"^\$?(\d{{1,2}})\s+([IO])\s+([SE])\s+(\d{{1,4}})\s+([GB])\s+(\S+)\s+{_WHEN}\s+{_NUMBER}\s*(.*)$", re.IGNORECASE
)
_SHORT = re.compile(rf"^\$(\d{{1,2}})\s+{_WHEN}\s+{_NUMBER}\s+([IO])\b\s*(.*)$", re.IGNORECASE)
_TCI = re.compile(rf"^\$?(\d{{1,2}})\s+{_WHEN}\s+{_NUMBER}\s*(.*)$", re.IGNORECASE)
_DETAIL = re.compile(r"^\$?(\d{1,2})\s+([RFN])\s*$")  # ring / off-hook / on-hook detail records


def is_probe_reply(data: bytes) -> bool:
    return PROBE_REPLY in data


def twelve_hour(groups: tuple[str, ...], now: datetime) -> datetime | None:
    month, day, hour, minute, meridiem = groups
    hour_24 = int(hour) % 12 + (12 if meridiem.upper() == "P" else 0)
    return build_time(now, int(month), int(day), hour_24, int(minute))


class WhozzParser(LineParser):
    """Parser for CallerID.com units (full/short), TCI fixed-width and NetCallID serial output."""

    device = "whozz"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._active: dict[str, str | None] = {}  # line -> number of the call that popped

    def handle_record(self, text: str, terminator: int) -> list[CallerIdEvent]:
        if not text:
            return []
        record = _UDP_HEADER.sub("", text).strip()
        clock = now_seconds(self.now)
        if record.startswith("###"):
            return self._netcallid(record, clock)
        full = _FULL.match(record)
        if full:
            return self._full(full, text, clock)
        short = _SHORT.match(record)
        if short:
            kind = "ring" if short.group(8).upper() == "I" else "log"
            return self._call(short.group(1), short.groups()[1:6], short.group(7), short.group(9), text, clock, kind)
        tci = _TCI.match(record)
        if tci:
            return self._call(tci.group(1), tci.groups()[1:6], tci.group(7), tci.group(8), text, clock, "ring")
        detail = _DETAIL.match(record)
        if detail:
            line = detail.group(1)
            return [
                CallerIdEvent(
                    number=self._active.get(line),
                    name=None,
                    absent=None,
                    line=line,
                    time=clock,
                    device=self.device,
                    raw=text,
                    kind="update",
                )
            ]
        if record != PROBE_REPLY.decode():
            self.diagnose(f"unknown line skipped: {text[:80]!r}")
        return []

    def _call(
        self,
        line: str,
        when: tuple[str, ...],
        number_field: str,
        name: str,
        raw: str,
        clock: datetime,
        kind: str,
        duration: int | None = None,
    ) -> list[CallerIdEvent]:
        number, absent = clean_number(number_field)
        return [
            CallerIdEvent(
                number=number,
                name=clean_name(name),
                absent=absent,
                line=line,
                time=twelve_hour(when, clock) or clock,
                device=self.device,
                raw=raw,
                kind=kind,
                duration=duration,
                dialled=number if kind != "ring" and kind != "end" else None,
            )
        ]

    def _full(self, match: re.Match[str], raw: str, clock: datetime) -> list[CallerIdEvent]:
        line, direction, phase = match.group(1), match.group(2).upper(), match.group(3).upper()
        if match.group(5).upper() == "B":
            self.diagnose(f"unit reports a bad caller-ID checksum: {raw[:80]!r}")
        number, _ = clean_number(match.group(12))
        if phase == "E":
            self._active.pop(line, None)
            events = self._call(
                line, match.groups()[6:11], match.group(12), match.group(13), raw, clock, "end", int(match.group(4))
            )
            return events
        if direction == "O":
            return self._call(line, match.groups()[6:11], match.group(12), match.group(13), raw, clock, "update")
        if line in self._active and self._active[line] == number:
            return []  # the unit repeated the start record of a call that already popped
        self._active[line] = number
        return self._call(line, match.groups()[6:11], match.group(12), match.group(13), raw, clock, "ring")

    def _netcallid(self, record: str, clock: datetime) -> list[CallerIdEvent]:
        fields = split_dotted(record)
        name = fields.get("NAME", "")
        if "MSG" in name.upper() and ("ON" in name.upper() or "OFF" in name.upper()):
            return []  # message-waiting lamp, not a call
        number, absent = clean_number(fields.get("NMBR", ""))
        stamp = parse_mmddhhmm(fields.get("DATE", ""), clock)
        return [
            CallerIdEvent(
                number=number,
                name=clean_name(name),
                absent=absent,
                line=None,
                time=stamp or clock,
                device=self.device,
                raw=record,
            )
        ]

    def reset(self) -> None:
        super().reset()
        self._active.clear()
