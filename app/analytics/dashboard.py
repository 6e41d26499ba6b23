"""Everything the dashboard shows for a period, gathered in one call (run on a worker by the screen)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.analytics import breakdowns, kpis
from app.db import Database


@dataclass(frozen=True)
class DashboardData:
    summary: kpis.KpiSummary
    per_hour: list[breakdowns.CallCounts]
    per_day: list[breakdowns.CallCounts]
    heat: list[list[int]]
    reasons: list[tuple[str, int]]
    agents: list[breakdowns.AgentStats]


def load_dashboard(db: Database, first: date, last: date, today: date) -> DashboardData:
    """The period first..last (inclusive days); the hourly chart is always `today`."""
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time())
    return DashboardData(
        kpis.kpi_summary(db, start, end),
        breakdowns.calls_per_hour(db, today),
        breakdowns.calls_per_day(db, first, last),
        breakdowns.heat_map(db, start, end),
        breakdowns.top_reasons(db, start, end),
        breakdowns.agent_table(db, start, end),
    )
