"""NCID server protocol (TCP 3333): live ``CID:`` calls, call-log history and gateway lines.

Only ``CID:`` (and a gateway's incoming ``CALL:``) pops; startup history (``CIDLOG:`` and the
other ``*LOG:`` lines), ``HUP:``/``BLK:``/``OUT:``/``PID:`` become "log" events and ``CIDINFO:``
ring counts "update" events. Fields are ``*KEY*value*`` pairs in any order; ``-`` means empty.
"""

from __future__ import annotations

import re
from datetime import datetime

from hardware.events import CallerIdEvent
from hardware.fields import build_time, clean_name, clean_number, now_seconds, parse_mmddhhmm, split_dotted
from hardware.lines import LineParser

_TYPED = re.compile(r"^([A-Z+]{2,12}):\s?(.*)$")
_STATUS = re.compile(r"^(\d{3})(?:\s+(.*))?$")
# A key is an upper-case word between stars; a value runs to the next key.
_KEY = re.compile(r"\*([A-Z][A-Z0-9_]*)\*")
_LOG_TYPES = {"HUP", "BLK", "OUT", "PID", "PUT", "WID"}
_QUIET_TYPES = {"MSG", "+MSG", "NOT", "RLY", "OPT", "INFO", "RESP", "ACK", "REQ", "WRK", "LINE"}
_GATEWAY_KINDS = {"IN": "ring", "OUT": "log", "PID": "log", "HUP": "log", "BLK": "log", "PUT": "log"}


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


def ncid_time(date: str | None, clock: str | None, now: datetime) -> datetime | None:
    """DATE mmddyyyy (or ddmmyyyy on servers set that way) and TIME hhmm."""
    date, clock = (date or "").strip(), (clock or "").replace(":", "").strip()[:4]
    if not (re.fullmatch(r"\d{8}", date) and re.fullmatch(r"\d{4}", clock)):
        return None
    hour, minute = int(clock[:2]), int(clock[2:])
    first, second, year = int(date[:2]), int(date[2:4]), int(date[4:])
    stamp = build_time(now, first, second, hour, minute, year)
    return stamp or build_time(now, second, first, hour, minute, year)


class NcidParser(LineParser):
    """Parser for the text an NCID server sends to its clients (and NCID gateway lines)."""

    device = "ncid"

    def handle_record(self, text: str, terminator: int) -> list[CallerIdEvent]:
        if not text:
            return []  # a bare newline is a keepalive
        typed = _TYPED.match(text)
        if typed is None:
            if not _STATUS.match(text):
                self.diagnose(f"unknown line skipped: {text[:80]!r}")
            return []
        kind, body = typed.group(1), typed.group(2)
        if kind == "CID":
            return self._call(body, text, "ring")
        if kind.endswith("LOG"):
            return self._call(body, text, "log") if "*NMBR*" in body else []
        if kind in _LOG_TYPES:
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

    def _call(self, body: str, text: str, kind: str) -> list[CallerIdEvent]:
        fields = star_fields(body)
        clock = now_seconds(self.now)
        number, absent = clean_number(fields.get("NMBR"))
        stamp = ncid_time(fields.get("DATE"), fields.get("TIME"), clock)
        return [
            CallerIdEvent(
                number=number,
                name=clean_name(fields.get("NAME")),
                absent=absent,
                line=fields.get("LINE") or None,
                time=stamp or clock,
                device=self.device,
                raw=text,
                kind=kind,
            )
        ]

    def _info(self, body: str, text: str) -> list[CallerIdEvent]:
        fields = star_fields(body)
        return [
            CallerIdEvent(
                number=None,
                name=None,
                absent=None,
                line=fields.get("LINE") or None,
                time=now_seconds(self.now),
                device=self.device,
                raw=text,
                kind="update",
            )
        ]

    def _gateway_call(self, body: str, text: str) -> list[CallerIdEvent]:
        fields = split_dotted(body)
        # Old gateways send no CALL field: those lines are incoming calls.
        kind = _GATEWAY_KINDS.get(fields.get("CALL", "IN"))
        if kind is None or "NMBR" not in fields:
            self.diagnose(f"gateway line skipped: {text[:80]!r}")
            return []
        clock = now_seconds(self.now)
        number, absent = clean_number(fields["NMBR"])
        return [
            CallerIdEvent(
                number=number,
                name=clean_name(fields.get("NAME")),
                absent=absent,
                line=fields.get("LINE") or None,
                time=parse_mmddhhmm(fields.get("DATE", ""), clock) or clock,
                device=self.device,
                raw=text,
                kind=kind,
            )
        ]

    def _gateway_info(self, body: str, text: str) -> list[CallerIdEvent]:
        fields = split_dotted(body)
        if "BYE" not in fields and "CANCEL" not in fields:
            return []
        number, absent = clean_number(fields.get("NMBR"))
        duration = None
        start, end = _stamp(fields.get("SCALL")), _stamp(fields.get("ECALL"))
        if start is not None and end is not None and end >= start:
            duration = int((end - start).total_seconds())
        clock = now_seconds(self.now)
        return [
            CallerIdEvent(
                number=number,
                name=None,
                absent=absent,
                line=fields.get("LINE") or None,
                time=end or parse_mmddhhmm(fields.get("DATE", ""), clock) or clock,
                device=self.device,
                raw=text,
                kind="end",
                duration=duration,
            )
        ]


def _stamp(value: str | None) -> datetime | None:
    try:
        return datetime.strptime((value or "").strip(), "%m/%d/%Y %H:%M:%S")
    except ValueError:
        return None
