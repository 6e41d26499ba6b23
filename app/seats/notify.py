"""Publishing seat news (a ring, an answer, an end, presence) to every seat through PostgreSQL NOTIFY.

The payload is small JSON: the kind of news, the seat that sent it and the call id; the seats read
the rest from the database. On SQLite there is one seat, so nothing is sent.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, text

from app.db import Database

CHANNEL = "tamas_seats"
KINDS = ("ring", "answer", "end", "presence", "routes", "host")


def payload(kind: str, seat: str, call_id: int | None = None, **extra: Any) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown seat news {kind!r}")
    return json.dumps({"kind": kind, "seat": seat, "call_id": call_id, **extra}, separators=(",", ":"))


def notify_on(connection: Connection, kind: str, seat: str, call_id: int | None = None, **extra: Any) -> None:
    """Send inside a transaction already open: PostgreSQL delivers it when that transaction commits."""
    if connection.dialect.name != "postgresql":
        return
    connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                       {"channel": CHANNEL, "payload": payload(kind, seat, call_id, **extra)})  # fmt: skip


def publish(db: Database, kind: str, seat: str, call_id: int | None = None, **extra: Any) -> None:
    """Send at once (its own short transaction)."""
    if db.is_sqlite:
        return
    with db.writer.begin() as connection:
        notify_on(connection, kind, seat, call_id, **extra)


def parse(text_payload: str) -> dict[str, Any] | None:
    """A payload back as a dict, or None when it is not one of ours (another program on the channel)."""
    try:
        news = json.loads(text_payload)
    except ValueError:
        return None
    if not isinstance(news, dict) or news.get("kind") not in KINDS:
        return None
    return news
