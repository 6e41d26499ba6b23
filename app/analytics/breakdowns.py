"""The dashboard's charts and tables: calls by hour and by day, the weekday x hour heat map,
top call reasons and the per-agent table. Each is one GROUP BY; Python only fills empty buckets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased

from app.analytics.kpis import count_if, sum_if
from app.analytics.sqlparts import day_of, hour_of, weekday_of
from app.db import Database
from app.models import Call, Lookup, User


@dataclass(frozen=True, slots=True)
class CallCounts:
    """One bucket (an hour, a day) of the calls chart."""

    bucket: Any  # hour 0-23 or a date
    inbound: int
    outbound: int
    answered: int
    missed: int  # not answered: missed, abandoned, busy, no answer


@dataclass(frozen=True, slots=True)
class AgentStats:
    agent_id: int
    username: str
    full_name: str
    calls: int  # every call assigned to the agent
    answered: int
    talk_seconds: int
    missed: int  # assigned but not answered (outbound not reached, inbound rung out)

    @property
    def average_handle_time(self) -> float | None:
        return self.talk_seconds / self.answered if self.answered else None


def _counts(db: Database, bucket: ColumnElement[Any], date_from: datetime, date_to: datetime) -> dict[Any, tuple]:
    answered = Call.status == "answered"
    query = (
        select(bucket, count_if(Call.direction == "in"), count_if(Call.direction == "out"))
        .add_columns(count_if(answered), count_if(~answered))
        .where(Call.started_at >= date_from, Call.started_at < date_to, Call.status != "ringing")
        .group_by(bucket)
    )
    with db.sessions() as session:
        return {row[0]: tuple(int(v) for v in row[1:]) for row in session.execute(query)}


def calls_per_hour(db: Database, day: date) -> list[CallCounts]:
    """24 buckets for one day (today on the dashboard)."""
    start = datetime.combine(day, datetime.min.time())
    found = _counts(db, hour_of(Call.started_at), start, start + timedelta(days=1))
    return [CallCounts(h, *found.get(h, (0, 0, 0, 0))) for h in range(24)]


def calls_per_day(db: Database, first: date, last: date) -> list[CallCounts]:
    """One bucket per day from `first` to `last` inclusive, days without calls included."""
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time())
    found = _counts(db, day_of(Call.started_at), start, end)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [CallCounts(d, *found.get(d, (0, 0, 0, 0))) for d in days]


def heat_map(db: Database, date_from: datetime, date_to: datetime) -> list[list[int]]:
    """Inbound calls as `grid[weekday][hour]`, weekday 0 = Monday."""
    weekday, hour = weekday_of(Call.started_at), hour_of(Call.started_at)
    query = (
        select(weekday, hour, func.count())
        .where(Call.direction == "in", Call.started_at >= date_from, Call.started_at < date_to)
        .group_by(weekday, hour)
    )
    grid = [[0] * 24 for _ in range(7)]
    with db.sessions() as session:
        for wd, h, count in session.execute(query):
            grid[wd][h] = count
    return grid


def top_reasons(db: Database, date_from: datetime, date_to: datetime, limit: int = 10) -> list[tuple[str, int]]:
    """(reason, calls) for the most frequent reasons of calls in the period."""
    query = (
        select(Lookup.value, func.count().label("n"))
        .select_from(Call)
        .join(Lookup, Lookup.id == Call.reason_id)
        .where(Call.started_at >= date_from, Call.started_at < date_to)
        .group_by(Lookup.value)
        .order_by(func.count().desc(), Lookup.value)
        .limit(limit)
    )
    with db.sessions() as session:
        return [(reason, int(n)) for reason, n in session.execute(query)]


def agent_table(db: Database, date_from: datetime, date_to: datetime) -> list[AgentStats]:
    """One row per agent with calls in the period, busiest first."""
    agent = aliased(User)
    answered = Call.status == "answered"
    query = (
        select(
            agent.id,
            agent.username,
            agent.full_name,
            func.count(),
            count_if(answered),
            sum_if(answered, Call.talk_seconds),
            count_if(~answered),
        )  # fmt: skip
        .join(agent, agent.id == Call.agent_id)
        .where(Call.started_at >= date_from, Call.started_at < date_to, Call.status != "ringing")
        .group_by(agent.id, agent.username, agent.full_name)
        .order_by(func.count().desc(), agent.username)
    )
    with db.sessions() as session:
        return [AgentStats(r[0], r[1], r[2], *(int(v) for v in r[3:])) for r in session.execute(query)]
