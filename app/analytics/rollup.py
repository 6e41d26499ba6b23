"""Daily rollups: closed days summarized once, so a year of dashboard reads hundreds of rows, not millions.

`ensure` fills every day of a range that has no current mark in `rollup_days` (triggers on `calls`
remove the marks of days a change touches). `split` divides a period into the closed days the
rollups answer and the live ranges (today, partial days) that are read from `calls` as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, literal, select
from sqlalchemy.exc import IntegrityError

from app.analytics.sqlparts import count_if, day_of, days_between, hour_of, sum_if
from app.db import Database
from app.models import Call, CallDayFcr, CallDayStat, CallHourStat, CallReasonStat, RollupDay
from app.progress import Cancelled, Progress, no_progress

REPEAT_DAYS = 7


@dataclass(frozen=True)
class Split:
    closed: tuple[date, date] | None  # whole days, first..last inclusive, answered by rollups
    live: list[tuple[datetime, datetime]]  # [start, end) ranges read from calls


def midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def split(date_from: datetime, date_to: datetime, today: date | None = None) -> Split:
    """Whole days inside [date_from, date_to) and before today go to rollups; the rest stays live."""
    today = today or date.today()
    first = date_from.date() if date_from == midnight(date_from.date()) else date_from.date() + timedelta(days=1)
    last = min(date_to.date() - timedelta(days=1), today - timedelta(days=1))
    if last < first:
        return Split(None, [(date_from, date_to)] if date_from < date_to else [])
    live = []
    if date_from < midnight(first):
        live.append((date_from, midnight(first)))
    if midnight(last + timedelta(days=1)) < date_to:
        live.append((midnight(last + timedelta(days=1)), date_to))
    return Split((first, last), live)


def _runs(days: list[date]) -> list[tuple[date, date]]:
    """Consecutive days grouped into (first, last) runs."""
    runs: list[tuple[date, date]] = []
    for day in sorted(days):
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _fill(connection: Connection, first: date, last: date, answer_within: int) -> None:
    start, end = midnight(first), midnight(last + timedelta(days=1))
    in_range = (Call.started_at >= start) & (Call.started_at < end)
    day = day_of(Call.started_at)
    for table in (CallHourStat, CallReasonStat, CallDayFcr):
        connection.execute(delete(table).where(table.day >= first, table.day <= last))
    connection.execute(
        delete(CallDayStat).where(
            CallDayStat.day >= first, CallDayStat.day <= last, CallDayStat.answer_within == answer_within
        )  # fmt: skip
    )
    inbound = (Call.direction == "in") & (Call.status != "ringing")
    answered_in = inbound & (Call.status == "answered")
    answered = Call.status == "answered"
    agent = func.coalesce(Call.agent_id, 0)
    measures = select(
        day, literal(answer_within), agent, count_if(inbound), count_if(answered_in),
        count_if(inbound & (Call.status == "missed")), count_if(inbound & (Call.status == "abandoned")),
        count_if(answered_in & (Call.ring_seconds <= answer_within)), sum_if(answered_in, Call.ring_seconds),
        count_if(Call.direction == "out"), count_if((Call.direction == "out") & answered),
        sum_if(answered, Call.talk_seconds),
    ).where(in_range).group_by(day, agent)  # fmt: skip
    columns = ["day", "answer_within", "agent_key", "offered", "answered", "missed", "abandoned", "answered_within",
               "ring_seconds", "outbound", "outbound_answered", "talk_seconds"]  # fmt: skip
    connection.execute(insert(CallDayStat).from_select(columns, measures))
    hour = hour_of(Call.started_at)
    hours = select(day, hour, func.count()).where(in_range, Call.direction == "in").group_by(day, hour)
    connection.execute(insert(CallHourStat).from_select(["day", "hour", "inbound"], hours))
    reasons = select(day, Call.reason_id, func.count()).where(in_range, Call.reason_id.is_not(None))
    connection.execute(
        insert(CallReasonStat).from_select(["day", "reason_id", "calls"], reasons.group_by(day, Call.reason_id))
    )
    _fill_fcr(connection, start, end)
    connection.execute(
        insert(RollupDay),
        [{"day": first + timedelta(days=n), "answer_within": answer_within} for n in range((last - first).days + 1)],
    )


def repeat_window(start: datetime, end: datetime) -> tuple[Any, Any]:
    """Inbound calls from `start` to 7 days after `end`, each with whether its number called again within 7 days.

    One LEAD() pass per number instead of a lookup per call; the caller keeps the calls before `end`.
    """
    next_at = func.lead(Call.started_at).over(partition_by=Call.number, order_by=(Call.started_at, Call.id))
    calls = (
        select(Call.started_at, Call.status, next_at.label("next_at"))
        .where(Call.direction == "in", Call.number != "", Call.status != "ringing")
        .where(Call.started_at >= start, Call.started_at < end + timedelta(days=REPEAT_DAYS))
        .subquery()
    )
    repeated = calls.c.next_at.is_not(None) & (days_between(calls.c.started_at, calls.c.next_at) <= REPEAT_DAYS)
    return calls, repeated


def _fill_fcr(connection: Connection, start: datetime, end: datetime) -> None:
    """Per day: answered inbound calls, and those the same number called again within 7 days."""
    calls, repeated = repeat_window(start, end)
    day = day_of(calls.c.started_at)
    per_day = (
        select(day, func.count(), count_if(repeated))
        .where(calls.c.status == "answered", calls.c.started_at < end)
        .group_by(day)
    )
    connection.execute(insert(CallDayFcr).from_select(["day", "total", "repeats"], per_day))


def ensure(db: Database, first: date, last: date, answer_within: int) -> int:
    """Roll up the days of [first, last] that are not current; returns how many days were computed."""
    with db.engine.connect() as connection:
        marked = set(
            connection.scalars(
                select(RollupDay.day).where(
                    RollupDay.day >= first, RollupDay.day <= last, RollupDay.answer_within == answer_within
                )  # fmt: skip
            )
        )
    wanted = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    missing = [d for d in wanted if d not in marked]
    for run_first, run_last in _runs(missing):
        try:
            with db.writer.begin() as connection:
                _fill(connection, run_first, run_last, answer_within)
        except IntegrityError:
            continue  # another seat rolled these days up at the same moment; theirs are as good
    return len(missing)


def warm(db: Database, days: int = 400, answer_within: int = 20, progress: Progress = no_progress) -> int:
    """Roll up the closed days of the last `days` (at start-up, after a demo load) a month at a time."""
    last = date.today() - timedelta(days=1)
    first = last - timedelta(days=days - 1)
    done = 0
    chunk_first = first
    while chunk_first <= last:
        chunk_last = min(last, chunk_first + timedelta(days=30))
        done += ensure(db, chunk_first, chunk_last, answer_within)
        if not progress((chunk_last - first).days + 1, days, "daily rollups"):
            raise Cancelled
        chunk_first = chunk_last + timedelta(days=1)
    return done
