"""The dashboard's charts and tables: calls by hour and by day, the weekday x hour heat map,
top call reasons and the per-agent table. Each is one GROUP BY; Python only fills empty buckets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select

from app.analytics import rollup
from app.analytics.kpis import DEFAULT_ANSWER_WITHIN
from app.analytics.sqlparts import count_if, day_of, hour_of, sum_if, weekday_of
from app.db import Database
from app.models import Call, CallDayStat, CallHourStat, CallReasonStat, Lookup, User


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
    parts = rollup.split(start, end)
    found: dict[Any, tuple] = {}
    if parts.closed:
        rollup.ensure(db, *parts.closed, DEFAULT_ANSWER_WITHIN)
        s = CallDayStat
        answered = func.sum(s.answered + s.outbound_answered)
        query = (
            select(
                s.day, func.sum(s.offered), func.sum(s.outbound), answered, func.sum(s.offered + s.outbound) - answered
            )  # fmt: skip
            .where(s.day >= parts.closed[0], s.day <= parts.closed[1], s.answer_within == DEFAULT_ANSWER_WITHIN)
            .group_by(s.day)
        )
        with db.sessions() as session:
            found.update({_as_date(r[0]): tuple(int(v) for v in r[1:]) for r in session.execute(query)})
    for live_start, live_end in parts.live:
        found.update({_as_date(k): v for k, v in _counts(db, day_of(Call.started_at), live_start, live_end).items()})
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [CallCounts(d, *found.get(d, (0, 0, 0, 0))) for d in days]


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def heat_map(db: Database, date_from: datetime, date_to: datetime) -> list[list[int]]:
    """Inbound calls as `grid[weekday][hour]`, weekday 0 = Monday."""
    grid = [[0] * 24 for _ in range(7)]
    parts = rollup.split(date_from, date_to)
    queries = []
    if parts.closed:
        rollup.ensure(db, *parts.closed, DEFAULT_ANSWER_WITHIN)
        h = CallHourStat
        weekday = weekday_of(h.day)
        queries.append(
            select(weekday, h.hour, func.sum(h.inbound))
            .where(h.day >= parts.closed[0], h.day <= parts.closed[1])
            .group_by(weekday, h.hour)
        )
    for start, end in parts.live:
        weekday, hour = weekday_of(Call.started_at), hour_of(Call.started_at)
        queries.append(
            select(weekday, hour, func.count())
            .where(Call.direction == "in", Call.started_at >= start, Call.started_at < end)
            .group_by(weekday, hour)
        )
    with db.sessions() as session:
        for query in queries:
            for wd, hr, count in session.execute(query):
                grid[int(wd)][int(hr)] += int(count)
    return grid


def top_reasons(db: Database, date_from: datetime, date_to: datetime, limit: int = 10) -> list[tuple[str, int]]:
    """(reason, calls) for the most frequent reasons of calls in the period."""
    parts = rollup.split(date_from, date_to)
    counts: dict[str, int] = {}
    queries = []
    if parts.closed:
        rollup.ensure(db, *parts.closed, DEFAULT_ANSWER_WITHIN)
        r = CallReasonStat
        queries.append(
            select(Lookup.value, func.sum(r.calls))
            .join(Lookup, Lookup.id == r.reason_id)
            .where(r.day >= parts.closed[0], r.day <= parts.closed[1])
            .group_by(Lookup.value)
        )
    for start, end in parts.live:
        queries.append(
            select(Lookup.value, func.count())
            .select_from(Call)
            .join(Lookup, Lookup.id == Call.reason_id)
            .where(Call.started_at >= start, Call.started_at < end)
            .group_by(Lookup.value)
        )
    with db.sessions() as session:
        for query in queries:
            for reason, n in session.execute(query):
                counts[reason] = counts.get(reason, 0) + int(n)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]


def agent_table(db: Database, date_from: datetime, date_to: datetime) -> list[AgentStats]:
    """One row per agent with calls in the period, busiest first."""
    parts = rollup.split(date_from, date_to)
    totals: dict[int, list[int]] = {}  # agent id -> calls, answered, talk seconds, missed
    queries = []
    if parts.closed:
        rollup.ensure(db, *parts.closed, DEFAULT_ANSWER_WITHIN)
        s = CallDayStat
        calls, answered = func.sum(s.offered + s.outbound), func.sum(s.answered + s.outbound_answered)
        queries.append(
            select(s.agent_key, calls, answered, func.sum(s.talk_seconds), calls - answered)
            .where(s.day >= parts.closed[0], s.day <= parts.closed[1], s.answer_within == DEFAULT_ANSWER_WITHIN)
            .where(s.agent_key != 0)
            .group_by(s.agent_key)
        )
    took = Call.status == "answered"
    for start, end in parts.live:
        queries.append(
            select(Call.agent_id, func.count(), count_if(took), sum_if(took, Call.talk_seconds), count_if(~took))
            .where(Call.agent_id.is_not(None), Call.started_at >= start, Call.started_at < end)
            .where(Call.status != "ringing")
            .group_by(Call.agent_id)
        )
    with db.sessions() as session:
        for query in queries:
            for agent_id, *values in session.execute(query):
                row = totals.setdefault(int(agent_id), [0, 0, 0, 0])
                for i, value in enumerate(values):
                    row[i] += int(value or 0)
        names = {u.id: (u.username, u.full_name) for u in session.scalars(select(User).where(User.id.in_(totals)))}
    rows = [AgentStats(a, *names.get(a, ("", "")), *v) for a, v in totals.items() if v[0]]
    return sorted(rows, key=lambda r: (-r.calls, r.username))
