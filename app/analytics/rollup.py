"""Daily rollups: closed days summarized once, so a year of dashboard reads hundreds of rows, not millions.

`ensure` fills every day of a range that has no current mark in `rollup_days` (triggers on `calls`
remove the marks of days a change touches), a day per short write transaction. `split` divides a
period into the closed days the rollups answer and the live ranges (today, partial days) that are
read from `calls` as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, delete, exists, func, insert, literal, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from app.analytics.sqlparts import count_if, day_of, days_between, days_later, hour_of, sum_if
from app.db import Database
from app.models import Call, CallDayFcr, CallDayStat, CallHourStat, CallReasonStat, RollupDay
from app.progress import Cancelled, Progress, no_progress

REPEAT_DAYS = 7
# Days rolled up per write transaction: about 50 ms each at 14,000 calls a day, so a ring that arrives
# meanwhile waits that long at most for the write lock.
DAYS_PER_WRITE = 1


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


def repeat_window(start: datetime, end: datetime) -> Any:
    """Answered inbound calls in [start, end) with a known number, each with `repeated`: whether the same
    number called in again (any status but ringing) within 7 days after it.

    "The next call is within 7 days" is "some later call is within 7 days": one seek per call on
    ix_calls_number_started instead of sorting every number's calls.
    """
    later = aliased(Call)
    after = or_(later.started_at > Call.started_at, and_(later.started_at == Call.started_at, later.id > Call.id))
    again = exists().where(
        later.number == Call.number, later.direction == "in", later.status != "ringing", after,
        later.started_at <= days_later(Call.started_at, REPEAT_DAYS),
        days_between(Call.started_at, later.started_at) <= REPEAT_DAYS,
    )  # fmt: skip
    return (
        select(Call.started_at, again.label("repeated"))
        .where(Call.direction == "in", Call.number != "", Call.status == "answered")
        .where(Call.started_at >= start, Call.started_at < end)
        .subquery()
    )


def _fill_fcr(connection: Connection, start: datetime, end: datetime) -> None:
    """Per day: answered inbound calls, and those the same number called again within 7 days."""
    calls = repeat_window(start, end)
    day = day_of(calls.c.started_at)
    per_day = select(day, func.count(), count_if(calls.c.repeated)).group_by(day)
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
    for run_first, run_last in _chunks(_runs(missing)):
        try:
            with db.writer.begin() as connection:  # one short write transaction per chunk: rings wait little
                _fill(connection, run_first, run_last, answer_within)
        except IntegrityError:
            continue  # another seat rolled these days up at the same moment; theirs are as good
    return len(missing)


def _chunks(runs: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Runs cut to at most DAYS_PER_WRITE days each."""
    chunks = []
    for run_first, run_last in runs:
        while run_first <= run_last:
            chunk_last = min(run_last, run_first + timedelta(days=DAYS_PER_WRITE - 1))
            chunks.append((run_first, chunk_last))
            run_first = chunk_last + timedelta(days=1)
    return chunks


def warm(db: Database, days: int = 400, answer_within: int = 20, progress: Progress = no_progress) -> int:
    """Roll up the closed days of the last `days` (at start-up, after a demo load), newest first."""
    last = date.today() - timedelta(days=1)
    first = last - timedelta(days=days - 1)
    done = 0
    chunk_last = last
    while chunk_last >= first:  # the days a dashboard asks for first (this month, this week) are ready first
        chunk_first = max(first, chunk_last - timedelta(days=DAYS_PER_WRITE * 10 - 1))
        done += ensure(db, chunk_first, chunk_last, answer_within)
        if not progress((last - chunk_first).days + 1, days, "daily rollups"):
            raise Cancelled
        chunk_last = chunk_first - timedelta(days=1)
    return done
