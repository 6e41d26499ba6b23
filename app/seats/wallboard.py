"""The wallboard's figures: ringing now, agents by state, today's answered and missed calls, the service
level, the longest current call and the oldest unreturned missed call. A handful of indexed queries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import case, func, select

from app.db import Database
from app.models import Call
from app.models import MissedCaller as MissedRow
from app.seats import presence
from app.seats.presence import Presence

ANSWER_WITHIN_S = 20  # the usual service level: answered within 20 seconds


@dataclass(frozen=True)
class Figures:
    ringing: int
    by_state: dict[str, int]
    agents: list[Presence] = field(default_factory=list)
    answered: int = 0
    missed: int = 0
    service_level: float | None = None  # share of today's inbound calls answered within ANSWER_WITHIN_S
    longest_call: tuple[str, str, timedelta] | None = None  # agent, with whom, for how long
    oldest_missed: datetime | None = None  # the oldest unreturned missed caller's last try


def figures(db: Database, now: datetime | None = None, ring_timeout_s: int = 40) -> Figures:
    now = now or datetime.now()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    quick = case((Call.ring_seconds <= ANSWER_WITHIN_S, 1), else_=0)
    with db.sessions() as session:
        ringing = session.scalar(select(func.count(Call.id)).where(
            Call.status == "ringing", Call.started_at >= now - timedelta(seconds=ring_timeout_s))) or 0  # fmt: skip
        today = (Call.direction == "in", Call.started_at >= midnight, Call.started_at < midnight + timedelta(days=1))
        answered, quick_answered = session.execute(
            select(func.count(Call.id), func.coalesce(func.sum(quick), 0)).where(*today, Call.status == "answered")
        ).one()
        missed = session.scalar(select(func.count(Call.id)).where(*today, Call.status.in_(("missed", "abandoned"))))
        oldest = session.scalar(select(func.min(MissedRow.last_at)).where(MissedRow.handled_at.is_(None)))
    people = presence.everyone(db)
    longest = presence.longest_call(people, now)
    offered = answered + (missed or 0)
    return Figures(
        ringing=ringing, by_state=dict(Counter(p.state for p in people)), agents=people, answered=answered,
        missed=missed or 0, service_level=(quick_answered / offered) if offered else None,
        longest_call=(longest[0].agent, longest[0].with_whom, longest[1]) if longest else None, oldest_missed=oldest,
    )  # fmt: skip
