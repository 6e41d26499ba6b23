"""The `calls` report (every call in the period) and the `kpis` report (the dashboard per day and agent)."""

from __future__ import annotations

from sqlalchemy import Select, func, select

from app.analytics.breakdowns import agent_table, calls_per_day
from app.analytics.kpis import kpi_summary, kpis_per_day
from app.lookup_defaults import CALL_OUTCOME, CALL_REASON
from app.models import Call
from app.reports.sheets import Column, DataSheet
from app.reports.workbook import ReportJob, SummarySheet
from app.services.calls import call_select

CALL_COLUMNS = (
    Column("col.id", "int", 10), Column("col.started_at", "datetime", 18),
    Column("col.direction", "text", 10, "direction"), Column("col.number", "phone", 16),
    Column("col.customer", "text", 26), Column("col.line", "text", 8), Column("col.status", "text", 12, "call_status"),
    Column("col.ring", "duration", 11), Column("col.talk", "duration", 11), Column("col.agent", "text", 14),
    Column("col.reason", "text", 14, CALL_REASON), Column("col.outcome", "text", 14, CALL_OUTCOME),
    Column("col.notes", "text", 40), Column("col.source", "text", 14, "call_source"),
)  # fmt: skip
PER_DAY_COLUMNS = (
    Column("col.day", "date", 12), Column("col.offered", "int", 10), Column("col.outbound", "int", 10),
    Column("col.answered", "int", 11), Column("col.missed", "int", 10),
)  # fmt: skip
KPI_DAY_COLUMNS = (
    Column("col.day", "date", 12), Column("col.offered", "int", 10), Column("col.answered", "int", 11),
    Column("col.unanswered", "int", 11), Column("col.abandonment_rate", "percent", 12),
    Column("col.service_level", "percent", 12), Column("col.asa", "duration", 12), Column("col.aht", "duration", 12),
    Column("col.outbound", "int", 10), Column("col.talk", "duration", 12),
)  # fmt: skip
AGENT_COLUMNS = (
    Column("col.agent", "text", 18), Column("col.name", "text", 24), Column("col.calls", "int", 10),
    Column("col.answered", "int", 11), Column("col.missed", "int", 10), Column("col.talk", "duration", 12),
    Column("col.aht", "duration", 12),
)  # fmt: skip


def call_rows_query(job: ReportJob) -> Select:
    return (
        call_select(with_customer_id=False)
        .where(Call.started_at >= job.date_from, Call.started_at < job.date_to)
        .order_by(Call.started_at, Call.id)
    )


def count_calls(job: ReportJob) -> int:
    query = select(func.count()).where(Call.started_at >= job.date_from, Call.started_at < job.date_to)
    with job.db.sessions() as session:
        return int(session.scalar(query) or 0)


def _per_day_sheet(job: ReportJob) -> DataSheet:
    sheet = job.sheet("sheet.per_day", PER_DAY_COLUMNS)
    for day in calls_per_day(job.db, job.date_from.date(), job.last_day):
        sheet.append((day.bucket, day.inbound, day.outbound, day.answered, day.missed))
    sheet.finish()
    return sheet


def build_calls(job: ReportJob) -> int:
    summary = SummarySheet(job)
    job.total, job.label = count_calls(job), "calls"
    calls = job.data_sheet("sheet.calls", CALL_COLUMNS)
    job.report()
    job.fill(calls, job.stream(call_rows_query(job)))
    per_day = _per_day_sheet(job)
    summary.kpis(kpi_summary(job.db, job.date_from, job.date_to, job.currency))
    job.rows_line(summary, calls)
    summary.chart("line", "chart.per_day", per_day, ("col.offered", "col.outbound", "col.answered"), "col.day")
    summary.write()
    return calls.rows


def build_kpis(job: ReportJob) -> int:
    summary = SummarySheet(job)
    job.label = "kpis"
    days = job.sheet("sheet.per_day", KPI_DAY_COLUMNS)
    for day, t in kpis_per_day(job.db, job.date_from, job.date_to):
        days.append((day, t.offered, t.answered, t.unanswered, t.abandonment_rate, t.service_level,
                     t.average_speed_of_answer, t.average_handle_time, t.outbound, t.talk_seconds))  # fmt: skip
    days.finish()
    agents = job.sheet("sheet.per_agent", AGENT_COLUMNS)
    for a in agent_table(job.db, job.date_from, job.date_to):
        agents.append((a.username, a.full_name, a.calls, a.answered, a.missed, a.talk_seconds, a.average_handle_time))
    agents.finish()
    summary.kpis(kpi_summary(job.db, job.date_from, job.date_to, job.currency))
    summary.chart("line", "chart.per_day", days, ("col.offered", "col.answered"), "col.day")
    summary.chart("bar", "chart.per_agent", agents, ("col.answered", "col.missed"), "col.agent")
    summary.write()
    job.done = job.total
    job.report()
    return days.rows + agents.rows
