"""NCID server protocol (TCP 3333, API 1.x): live calls, call ends, ring counts and the call log.

- ``CID:`` (and a gateway's incoming ``CALL:``) is a "ring", once per ring cycle and line (see
  ``hardware.ncid_cycles``); a second ``CID:`` of the same cycle is an "update".
- ``CIDINFO: *LINE*l*RING*n*``: n > 0 "update"; 0 "stopped" (ringing stopped); -1 (not answered)
  and -2 (hung up after answer) "end". ``END:`` (``CTYPE`` IN) is an "end" whose duration is
  ``ECALL - SCALL`` when ``HTYPE`` is BYE; a gateway ``CALLINFO:`` maps the same way.
- ``CIDLOG:`` (the call log a server replays at connect) is "history" with the call's own time;
  ``HUP:``, ``BLK:``, ``OUT:``, ``PID:``, ``ENDLOG:`` and the other ``*LOG:`` lines are "log".
- Lines whose type starts with "+" come from forwarding gateways: clients ignore them (API 1.4).

Fields are ``*KEY*value*`` pairs in any order; ``-`` means empty.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from typing import Any

from hardware.events import CallerIdEvent
from hardware.fields import (
    clean_name,
    clean_number,
    date_and_clock,
    now_seconds,
    parse_mmddhhmm,
    split_dotted,
)
from hardware.lines import LineParser
from hardware.ncid_cycles import RingCycles

_TYPED = re.compile(r"^(\+?[A-Z]{2,12}):\s?(.*)$")
_STATUS = re.compile(r"^(\d{3})(?:\s+(.*))?$")
_FEATURES = re.compile(r"Feature Set((?:\s+\d+)+)", re.IGNORECASE)
# A key is an upper-case word between stars; a value runs to the next key.
_KEY = re.compile(r"\*([A-Z][A-Z0-9_]*)\*")
_LOG_TYPES = {"HUP", "BLK", "OUT", "PID", "PUT", "WID"}
_QUIET_TYPES = {"MSG", "NOT", "RLY", "OPT", "INFO", "RESP", "ACK", "REQ", "WRK", "LINE", "HELLO"}
_GATEWAY_KINDS = {"IN": "ring", "OUT": "log", "PID": "log", "HUP": "log", "BLK": "log", "PUT": "log"}
STARTUP_DONE = "300"


def star_fields(body: str) -> dict[str, str]:
    """``*DATE*01032003*NMBR*123*`` -> {"DATE": "01032003", "NMBR": "123"}; first key wins."""
    fields: dict[str, str] = {}
    matches = list(_KEY.finditer(body))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(body)
        value = body[match.end() : end]
        if index + 1 == len(matches):
            value = value[:-1] if value.endswith("*") else value
        value = value.strip()
        fields.setdefault(match.group(1), "" if value == "-" else value)
    return fields


def ncid_time(date: str | None, clock: str | None, now: datetime) -> tuple[datetime | None, str | None]:
    """DATE mmddyyyy (or ddmmyyyy on servers set that way) and TIME hhmm: (stamp, problem).

    The same rule as a modem's DATE/TIME (``fields.date_and_clock``): an unreadable time keeps the date.
    """
    date = (date or "").strip()
    if not date:
        return None, None
    if not re.fullmatch(r"\d{8}", date):
        return None, "date unreadable"
    first, second, year = int(date[:2]), int(date[2:4]), int(date[4:])
    stamp, problem = date_and_clock(now, first, second, year, clock)
    if stamp is None:
        stamp, problem = date_and_clock(now, second, first, year, clock)
    return stamp, problem


def call_span(start: str | None, end: str | None) -> tuple[datetime | None, int | None]:
    """(end of call, seconds from SCALL to ECALL) of ``mm/dd/yyyy hh:mm:ss`` fields."""
    first, last = _stamp(start), _stamp(end)
    if first is None or last is None or last < first:
        return last, None
    return last, int((last - first).total_seconds())


class NcidParser(LineParser):
    """Parser for the text an NCID server sends to its clients (and NCID gateway lines)."""

    device = "ncid"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cycles = RingCycles()
        self.startup_done = False  # the server sent "300 End of connection startup"
        self.feature_sets: set[str] | None = None  # from the "210 API ... Feature Set 1 2 3 4" line

    def reset(self) -> None:
        """A new connection: partial line and startup state go; ringing calls stay known by line."""
        super().reset()
        self.startup_done = False
        self.feature_sets = None

    def handle_record(self, text: str, terminator: int) -> list[CallerIdEvent]:
        if not text:
            return []  # a bare newline is a keepalive
        typed = _TYPED.match(text)
        if typed is None:
            self._status_line(text)
            return []
        kind, body = typed.group(1), typed.group(2)
        if kind.startswith("+"):
            return []  # forwarding-gateway activity, for the server only
        if kind == "CID":
            return self._ring(body, text)
        if kind == "CIDLOG":
            return self._call(body, text, "history", history=True) if "*NMBR*" in body else []
        if kind in ("END", "ENDLOG"):
            return self._end(body, text, log=kind == "ENDLOG")
        if kind.endswith("LOG"):
            return self._call(body, text, "log") if "*NMBR*" in body else []
        if kind in _LOG_TYPES:
            if kind in ("HUP", "BLK"):
                self.cycles.close(star_fields(body).get("LINE") or None)  # that line's call was cut off
            return self._call(body, text, "update" if kind == "WID" else "log")
        if kind == "CIDINFO":
            return self._info(body, text)
        if kind == "CALL":
            return self._gateway_call(body, text)
        if kind == "CALLINFO":
            return self._gateway_info(body, text)
        if kind not in _QUIET_TYPES:
            self.diagnose(f"unknown line type skipped: {kind}")
        return []

    def _status_line(self, text: str) -> None:
        status = _STATUS.match(text)
        if status is None:
            self.diagnose(f"unknown line skipped: {text[:80]!r}")
        elif status.group(1) == STARTUP_DONE:
            self.startup_done = True
        elif status.group(1) == "210":
            features = _FEATURES.search(status.group(2) or "")
            self.feature_sets = set(features.group(1).split()) if features else None

    def _call(self, body: str, text: str, kind: str, *, history: bool = False) -> list[CallerIdEvent]:
        return [self._call_line(body, text, kind, history)[0]]

    def _call_line(self, body: str, text: str, kind: str, history: bool) -> tuple[CallerIdEvent, datetime | None, bool]:
        """The event of a ``*KEY*value*`` call line, its own stamp and whether that had a readable time."""
        fields = star_fields(body)
        clock = now_seconds(self.now)
        number, absent = clean_number(fields.get("NMBR"))
        stamp, problem = ncid_time(fields.get("DATE"), fields.get("TIME"), clock)
        if problem is not None:
            self.diagnose(f"{problem}: DATE {fields.get('DATE')!r} TIME {fields.get('TIME')!r} in {text[:80]!r}")
        event = CallerIdEvent(
            number=number,
            name=clean_name(fields.get("NAME")),
            absent=absent,
            line=fields.get("LINE") or None,
            time=stamp if history else stamp or clock,  # a replayed call without a date has no time
            device=self.device,
            raw=text,
            kind=kind,
        )
        return event, stamp, stamp is not None and problem is None

    def _ring(self, body: str, text: str) -> list[CallerIdEvent]:
        """Pop once per ring cycle: a repeat within the cycle becomes an update with the first number."""
        event, stamp, timed = self._call_line(body, text, "ring", False)
        return [self.cycles.ring(event, stamp, timed)]

    def _info(self, body: str, text: str) -> list[CallerIdEvent]:
        fields = star_fields(body)
        line = fields.get("LINE") or None
        try:
            rings: int | None = int(fields.get("RING", ""))
        except ValueError:
            rings = None
        kind = "update" if rings is None or rings > 0 else "stopped" if rings == 0 else "end"
        number, absent = self.cycles.info(line, rings)
        return [self._line_event(line, text, kind, number, absent)]

    def _end(self, body: str, text: str, *, log: bool) -> list[CallerIdEvent]:
        fields = star_fields(body)
        line = fields.get("LINE") or None
        outgoing = fields.get("CTYPE", "IN").upper() == "OUT"
        ended, duration = call_span(fields.get("SCALL"), fields.get("ECALL"))
        if fields.get("HTYPE", "BYE").upper() != "BYE":
            duration = None  # CANCEL: the call was never answered, there is no talk time
        number, absent = clean_number(fields.get("NMBR"))
        if not log and not outgoing:
            self.cycles.close(line)
        stamp, _ = ncid_time(fields.get("DATE"), fields.get("TIME"), now_seconds(self.now))
        event = self._line_event(line, text, "log" if log or outgoing else "end", number, absent)
        return [dataclasses.replace(event, time=ended or stamp or event.time, duration=duration)]

    def _line_event(
        self, line: str | None, text: str, kind: str, number: str | None, absent: str | None
    ) -> CallerIdEvent:
        return CallerIdEvent(number, None, absent, line, now_seconds(self.now), self.device, text, kind)

    def _gateway_call(self, body: str, text: str) -> list[CallerIdEvent]:
        fields = split_dotted(body)
        # Old gateways send no CALL field: those lines are incoming calls.
        kind = _GATEWAY_KINDS.get(fields.get("CALL", "IN"))
        if kind is None or "NMBR" not in fields:
            self.diagnose(f"gateway line skipped: {text[:80]!r}")
            return []
        clock = now_seconds(self.now)
        number, absent = clean_number(fields["NMBR"])
        event = CallerIdEvent(
            number=number,
            name=clean_name(fields.get("NAME")),
            absent=absent,
            line=fields.get("LINE") or None,
            time=parse_mmddhhmm(fields.get("DATE", ""), clock) or clock,
            device=self.device,
            raw=text,
            kind=kind,
        )
        stamp = parse_mmddhhmm(fields.get("DATE", ""), clock)
        return [self.cycles.ring(event, stamp, stamp is not None)] if kind == "ring" else [event]

    def _gateway_info(self, body: str, text: str) -> list[CallerIdEvent]:
        fields = split_dotted(body)
        if "BYE" not in fields and "CANCEL" not in fields:
            return []
        number, absent = clean_number(fields.get("NMBR"))
        ended, duration = call_span(fields.get("SCALL"), fields.get("ECALL"))
        if "BYE" not in fields:
            duration = None  # CANCEL: never answered
        line = fields.get("LINE") or None
        self.cycles.close(line)
        clock = now_seconds(self.now)
        event = self._line_event(line, text, "end", number, absent)
        return [dataclasses.replace(event, time=ended or parse_mmddhhmm(fields.get("DATE", ""), clock) or clock,
                                    duration=duration)]  # fmt: skip


def _stamp(value: str | None) -> datetime | None:
    try:
        return datetime.strptime((value or "").strip(), "%m/%d/%Y %H:%M:%S")
    except ValueError:
        return None
