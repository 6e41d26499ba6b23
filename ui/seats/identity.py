"""The seat's stable name among the office's seats: the host name and an id kept in this machine's settings."""

from __future__ import annotations

import socket
import uuid

from ui.settings import Settings


def seat_name(settings: Settings) -> str:
    seat_id = settings.value("seat_id")
    if not seat_id:
        seat_id = uuid.uuid4().hex[:6]
        settings.set_value("seat_id", seat_id)
    return f"{socket.gethostname()}-{seat_id}"[:120]
