"""Forecast and staffing on synthetic periodic call data."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.analytics.erlang import agents_needed
from app.analytics.forecast import backtest, forecast_inbound
from app.analytics.staffing import staffing_plan
from app.db import Database
from tests.app.analytics.conftest import add_calls

START = date(2026, 3, 2)  # forecasts start here; history is the weeks before


def _calls(day: date, hour: int, count: int, talk: int = 120) -> list[dict]:
    at = datetime.combine(day, datetime.min.time()) + timedelta(hours=hour)
    return [{"started_at": at + timedelta(minutes=i % 60), "direction": "in", "status": "answered",
             "talk_seconds": talk} for i in range(count)]  # fmt: skip


def _pattern(weekday: int, hour: int) -> int:
    return (3 + weekday) if 9 <= hour < 12 else 1 if hour == 15 else 0


def test_steady_weekly_pattern_is_forecast_exactly(any_db: Database) -> None:
    rows = []
    for n in range(1, 7 * 12 + 1):
        day = START - timedelta(days=n)
        for hour in range(24):
            rows += _calls(day, hour, _pattern(day.weekday(), hour))
    add_calls(any_db, rows)
    rows_out = [{"started_at": datetime.combine(START - timedelta(days=1), datetime.min.time()), "direction": "out",
                 "status": "answered"}]  # fmt: skip
    add_calls(any_db, rows_out)  # outbound calls are not forecast
    slots = forecast_inbound(any_db, START, weeks=2, history_weeks=8)
    assert len(slots) == 2 * 7 * 24
    for slot in slots:
        assert slot.calls == pytest.approx(_pattern(slot.day.weekday(), slot.hour))
    for week in backtest(any_db, START, weeks=3, history_weeks=8):
        assert week.mape == pytest.approx(0) and week.wape == pytest.approx(0) and week.actual == week.forecast


def test_trend_is_extrapolated_and_scored(any_db: Database) -> None:
    rows = []
    for k in range(1, 9):  # 8 weeks back: Monday 10:00 has 9 - k calls, a rise of one a week
        rows += _calls(START - timedelta(days=7 * k), 10, 9 - k)
    add_calls(any_db, rows)
    slots = {(s.day, s.hour): s.calls for s in forecast_inbound(any_db, START, weeks=2, history_weeks=8)}
    assert slots[(START, 10)] == pytest.approx(9)
    assert slots[(START + timedelta(days=7), 10)] == pytest.approx(10)
    assert sum(slots.values()) == pytest.approx(19)
    weeks = backtest(any_db, START, weeks=2, history_weeks=4)
    assert [w.actual for w in weeks] == [7, 8]
    assert weeks[0].forecast == pytest.approx(7)  # 3, 4, 5, 6 -> 7: the trend is exact
    assert weeks[0].mape == pytest.approx(0) and weeks[1].wape == pytest.approx(0)


def test_staffing_plan_uses_forecast_and_measured_aht(any_db: Database) -> None:
    rows = []
    for k in range(1, 5):
        rows += _calls(START - timedelta(days=7 * k), 10, 40, talk=180)
    add_calls(any_db, rows)
    plan = staffing_plan(any_db, START, history_weeks=4, shrinkage=0.3, max_occupancy=0.85)
    assert len(plan) == 7 * 24
    busy = next(r for r in plan if r.day == START and r.hour == 10)
    need = agents_needed(40, 3600, 180, 0.8, 20, 0.85, 0.3)
    assert busy.calls == pytest.approx(40) and busy.agents == need.agents > 0
    assert busy.scheduled_agents == need.scheduled_agents > busy.agents
    assert all(r.agents == 0 for r in plan if r is not busy)
