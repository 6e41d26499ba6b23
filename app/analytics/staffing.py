"""A week's staffing plan: the forecast's calls per hour through Erlang C."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from app.analytics.erlang import agents_needed
from app.analytics.forecast import forecast_inbound
from app.db import Database
from app.models import Call

DEFAULT_AHT = 180.0  # seconds, when there is no history to measure it from


@dataclass(frozen=True, slots=True)
class StaffingRow:
    day: date
    hour: int
    calls: float
    agents: int
    scheduled_agents: int
    service_level: float
    occupancy: float


def measured_aht(db: Database, first: date, end: date) -> float:
    """Mean talk seconds of answered inbound calls in first .. end - 1 (DEFAULT_AHT if none)."""
    start, stop = (datetime.combine(d, datetime.min.time()) for d in (first, end))
    query = select(func.avg(Call.talk_seconds)).where(
        Call.direction == "in", Call.status == "answered", Call.started_at >= start, Call.started_at < stop
    )
    with db.sessions() as session:
        value = session.scalar(query)
    return float(value) if value else DEFAULT_AHT


def staffing_plan(
    db: Database, week_start: date, aht: float | None = None, target: float = 0.8, answer_within: float = 20,
    max_occupancy: float = 0.85, shrinkage: float = 0.3, history_weeks: int = 8,
) -> list[StaffingRow]:  # fmt: skip
    """Agents per hour for the 7 days from `week_start` (hours with no forecast calls need 0)."""
    aht = aht or measured_aht(db, week_start - timedelta(days=7 * history_weeks), week_start)
    rows = []
    for slot in forecast_inbound(db, week_start, 1, history_weeks):
        need = agents_needed(slot.calls, 3600, aht, target, answer_within, max_occupancy, shrinkage)
        rows.append(StaffingRow(slot.day, slot.hour, slot.calls, need.agents, need.scheduled_agents,
                                need.service_level, need.occupancy))  # fmt: skip
    return rows
