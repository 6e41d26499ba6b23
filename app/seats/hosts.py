"""Caller-ID hosts: a seat with caller-ID sources writes a heartbeat; the others warn when none is alive."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select

from app.db import Database
from app.seats import notify
from app.seats.models import CallerIdHost

HEARTBEAT_S = 20
ONLINE_WITHIN_S = 75  # three heartbeats and a little: one late beat is not an outage


# No permission check in heartbeat or sign_off: they are the seat's own machinery (which PC hears caller ID), not
# a change a user asks for, and must run whoever is signed in, even while the seat signs out on quit.
def heartbeat(db: Database, seat: str, at: datetime | None = None) -> None:
    with db.sessions.begin() as session:
        row = session.get(CallerIdHost, seat)
        if row is None:
            session.add(CallerIdHost(seat=seat, seen_at=at or datetime.now()))
            notify.notify_on(session.connection(), "host", seat)
        else:
            row.seen_at = at or datetime.now()


def sign_off(db: Database, seat: str) -> None:
    """The caller-ID seat closes: the others learn at once instead of after the heartbeat runs out."""
    with db.sessions.begin() as session:
        session.execute(delete(CallerIdHost).where(CallerIdHost.seat == seat))
        notify.notify_on(session.connection(), "host", seat)


def online(db: Database, now: datetime | None = None, within_s: int = ONLINE_WITHIN_S) -> list[str]:
    """The caller-ID seats heard from in the last `within_s` seconds."""
    limit = (now or datetime.now()) - timedelta(seconds=within_s)
    with db.sessions() as session:
        return list(session.scalars(select(CallerIdHost.seat).where(CallerIdHost.seen_at >= limit)
                                    .order_by(CallerIdHost.seat)))  # fmt: skip
