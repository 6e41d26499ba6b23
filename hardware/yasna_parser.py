"""Iranian multi-line caller-ID boxes (Yasna / OjSegal style): ``L<line><type>...@`` records.

``C`` caller number (pop), ``R`` ring count, ``D`` a dialled digit, ``HF`` hook, ``HND`` dialled
number and talk time (the call is over). A box repeats ``C`` within one ring cycle; only the
first pops. Numbers are turned into the national ``0...`` form.
"""

from __future__ import annotations

import re
from typing import Any

from hardware.events import CallerIdEvent
from hardware.fields import now_seconds
from hardware.lines import LineParser

_RECORD = re.compile(r"L([1-8])(HND|HN|HF|C|R|D)(.*)$")
_DIGITS = re.compile(r"^\+{0,2}\d{2,20}$")
_TALK = re.compile(r"^:?\s*(\+{0,2}\d*)\s*(?:T(\d{1,6}))?$")


def national_number(value: str) -> str:
    """Iranian numbers in national form: 0098/++98/+98/98 prefixes and bare mobiles get a 0."""
    number = value.strip().replace(" ", "").replace("-", "")
    for prefix in ("0098", "++98", "+98"):
        if number.startswith(prefix):
            return "0" + number[len(prefix) :].lstrip("0")
    if number.startswith("98") and len(number) == 12:
        return "0" + number[2:]  # 98 + ten national digits; shorter 98... are local numbers
    if len(number) == 10 and number.startswith("9"):
        return "0" + number  # a mobile sent without its leading 0
    return number


def talk_seconds(value: str) -> int:
    """T0257 is 2 min 57 s; a value whose last two digits exceed 59 can only be seconds."""
    if len(value) == 4 and int(value[2:]) < 60:
        return int(value[:2]) * 60 + int(value[2:])
    return int(value)


MAX_DIALLED = 32  # longer than any dialled number: a box repeating D records forever keeps only the last digits


class YasnaParser(LineParser):
    """Parser for 2-8 line Iranian boxes; records end with '@'."""

    device = "yasna"
    terminators = b"@\r\n"

    def __init__(self, *, ring_gap: float = 8.0, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.ring_gap = ring_gap
        self._callers: dict[str, tuple[str, float]] = {}  # line -> (number that popped, last C/R)
        self._digits: dict[str, str] = {}

    def handle_record(self, text: str, terminator: int) -> list[CallerIdEvent]:
        if not text:
            return []
        if terminator != ord("@"):
            self.diagnose(f"record without '@' skipped: {text[:80]!r}")
            return []
        match = _RECORD.search(text)
        if match is None:
            self.diagnose(f"unknown record skipped: {text[:80]!r}")
            return []
        line, kind, payload = match.group(1), match.group(2), match.group(3).strip()
        raw = text + "@"
        now = self.monotonic()
        if kind == "C":
            return self._caller(line, payload, raw, now)
        if kind == "R" and payload.isdigit():
            if line in self._callers:
                self._callers[line] = (self._callers[line][0], now)
            return [self._event(line, raw, "update", number=self._active_number(line, now))]
        if kind == "D" and re.fullmatch(r"[\d*#]", payload):
            self._callers.pop(line, None)  # dialling out: the ringing call is over
            self._digits[line] = (self._digits.get(line, "") + payload)[-MAX_DIALLED:]
            return [self._event(line, raw, "update", dialled=self._digits[line])]
        if kind == "HF" and not payload:
            self._digits.pop(line, None)
            return [self._event(line, raw, "update", number=self._active_number(line, now))]
        if kind in ("HND", "HN"):
            talk = _TALK.match(payload)
            if talk is not None:
                number = self._active_number(line, now)
                self._callers.pop(line, None)
                self._digits.pop(line, None)
                dialled = national_number(talk.group(1)) or None
                duration = talk_seconds(talk.group(2)) if talk.group(2) else None
                return [self._event(line, raw, "end", number=number, dialled=dialled, duration=duration)]
        self.diagnose(f"malformed record skipped: {raw[:80]!r}")
        return []

    def _caller(self, line: str, payload: str, raw: str, now: float) -> list[CallerIdEvent]:
        if not _DIGITS.match(payload):
            self.diagnose(f"malformed caller record skipped: {raw[:80]!r}")
            return []
        number = national_number(payload)
        if self._active_number(line, now) == number:
            self._callers[line] = (number, now)
            return []  # repeated within this ring cycle
        self._callers[line] = (number, now)
        return [self._event(line, raw, "ring", number=number)]

    def _active_number(self, line: str, now: float) -> str | None:
        caller = self._callers.get(line)
        if caller is None or now - caller[1] > self.ring_gap:
            return None
        return caller[0]

    def _event(
        self,
        line: str,
        raw: str,
        kind: str,
        *,
        number: str | None = None,
        dialled: str | None = None,
        duration: int | None = None,
    ) -> CallerIdEvent:
        return CallerIdEvent(
            number=number,
            name=None,
            absent=None,
            line=line,
            time=now_seconds(self.now),
            device=self.device,
            raw=raw,
            kind=kind,
            duration=duration,
            dialled=dialled,
        )

    def reset(self) -> None:
        super().reset()
        self._digits.clear()
