"""Inbound call forecast per day x hour: the seasonal average of the last N weeks, scaled by the
linear trend of their weekly totals; plus forecast-vs-actual for past weeks and its error.

Weeks are 7-day blocks ending the day before the forecast starts (not calendar weeks), so the
method is the same whether the office's week starts on Saturday or on Monday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from app.analytics import rollup
from app.analytics.kpis import DEFAULT_ANSWER_WITHIN
from app.analytics.sqlparts import day_of, hour_of
from app.db import Database
from app.models import Call, CallHourStat

Slot = tuple[int, int]  # (day within the week 0-6, hour)
SLOTS = [(d, h) for d in range(7) for h in range(24)]


@dataclass(frozen=True, slots=True)
class ForecastSlot:
    day: date
    hour: int
    calls: float


@dataclass(frozen=True, slots=True)
class WeekAccuracy:
    week_start: date
    forecast: float
    actual: int
    mape: float | None  # mean absolute % error over hours that had calls
    wape: float | None  # sum |error| / sum actual: steadier when hours are small


def hourly_counts(db: Database, first: date, end: date) -> dict[tuple[date, int], int]:
    """Inbound calls per (day, hour) for days first .. end - 1: closed days from the hourly rollup, the
    rest (today) by one GROUP BY over calls."""
    start, stop = (datetime.combine(d, datetime.min.time()) for d in (first, end))
    parts = rollup.split(start, stop)
    queries = []
    if parts.closed:
        rollup.ensure(db, *parts.closed, DEFAULT_ANSWER_WITHIN)
        h = CallHourStat
        queries.append(select(h.day, h.hour, h.inbound).where(h.day >= parts.closed[0], h.day <= parts.closed[1]))
    day, hour = day_of(Call.started_at), hour_of(Call.started_at)
    for live_start, live_stop in parts.live:
        queries.append(
            select(day, hour, func.count())
            .where(Call.direction == "in", Call.started_at >= live_start, Call.started_at < live_stop)
            .group_by(day, hour)
        )
    counts: dict[tuple[date, int], int] = {}
    with db.sessions() as session:
        for query in queries:
            for d, h, n in session.execute(query):
                key = (d if isinstance(d, date) else date.fromisoformat(str(d)), int(h))
                counts[key] = counts.get(key, 0) + int(n)
    return counts


def _week(counts: dict[tuple[date, int], int], start: date) -> dict[Slot, int]:
    return {(d, h): counts.get((start + timedelta(days=d), h), 0) for d, h in SLOTS}


def _predict(counts: dict[tuple[date, int], int], start: date, history: int, ahead: int = 0) -> dict[Slot, float]:
    """Slots of the week `ahead` weeks after `start`, from the `history` weeks before `start`."""
    weeks = [_week(counts, start - timedelta(days=7 * k)) for k in range(history, 0, -1)]
    totals = [sum(w.values()) for w in weeks]
    mean_total = sum(totals) / history
    if mean_total == 0:
        return dict.fromkeys(SLOTS, 0.0)
    # Least squares over x = -history .. -1; the target week is x = ahead.
    xs = list(range(-history, 0))
    mean_x = sum(xs) / history
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (t - mean_total) for x, t in zip(xs, totals, strict=True)) / spread if spread else 0.0
    factor = max(0.0, mean_total + slope * (ahead - mean_x)) / mean_total
    return {s: factor * sum(w[s] for w in weeks) / history for s in SLOTS}


def forecast_inbound(db: Database, start: date, weeks: int = 1, history_weeks: int = 8) -> list[ForecastSlot]:
    """Forecast inbound calls per hour for `weeks` weeks from `start`."""
    if weeks < 1 or history_weeks < 1:
        raise ValueError("weeks and history_weeks must be at least 1")
    counts = hourly_counts(db, start - timedelta(days=7 * history_weeks), start)
    out: list[ForecastSlot] = []
    for ahead in range(weeks):
        predicted = _predict(counts, start, history_weeks, ahead)
        week_start = start + timedelta(days=7 * ahead)
        out.extend(ForecastSlot(week_start + timedelta(days=d), h, predicted[(d, h)]) for d, h in SLOTS)
    return out


def backtest(db: Database, start: date, weeks: int = 4, history_weeks: int = 8) -> list[WeekAccuracy]:
    """Forecast each of the `weeks` weeks before `start` from its own past, and score it."""
    first = start - timedelta(days=7 * (weeks + history_weeks))
    counts = hourly_counts(db, first, start)
    out: list[WeekAccuracy] = []
    for k in range(weeks, 0, -1):
        week_start = start - timedelta(days=7 * k)
        predicted, actual = _predict(counts, week_start, history_weeks), _week(counts, week_start)
        errors = [abs(predicted[s] - actual[s]) for s in SLOTS]
        busy = [abs(predicted[s] - actual[s]) / actual[s] for s in SLOTS if actual[s]]
        total = sum(actual.values())
        out.append(
            WeekAccuracy(
                week_start,
                sum(predicted.values()),
                total,
                sum(busy) / len(busy) if busy else None,
                sum(errors) / total if total else None,
            )  # fmt: skip
        )
    return out
