"""Simulated incoming calls, so a user without hardware (and every demo) can see the screen pop."""

from __future__ import annotations

import random
from datetime import datetime

from app.db import Database
from app.services import incoming
from hardware.events import CallerIdEvent

_picker = random.Random()


def simulated_event(db: Database, line: str = "1") -> CallerIdEvent:
    """Mostly a known customer's number, sometimes a stranger or a withheld number, as a device would send it."""
    roll = _picker.random()
    if roll < 0.1:
        return CallerIdEvent(None, None, "private", line, datetime.now().replace(microsecond=0), "simulator",
                             "NMBR = P", kind="ring")  # fmt: skip
    number = incoming.sample_caller(db, known=roll < 0.8, pick=_picker.randrange(1 << 30))
    if number is None:
        number = "09" + "".join(str(_picker.randrange(10)) for _ in range(9))
    sent = number.replace("+98", "0") if number.startswith("+98") else number
    return CallerIdEvent(sent, None, None, line, datetime.now().replace(microsecond=0), "simulator",
                         f"NMBR = {sent}", kind="ring")  # fmt: skip
