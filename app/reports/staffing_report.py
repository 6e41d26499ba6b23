"""The `staffing` report: next week's forecast per hour and the agents Erlang C asks for."""

from __future__ import annotations

from app.analytics.forecast import backtest
from app.analytics.kpis import kpi_summary
from app.analytics.staffing import staffing_plan
from app.reports.sheets import Column, DataSheet
from app.reports.workbook import ReportJob, SummarySheet

STAFFING_COLUMNS = (
    Column("col.day", "date", 12), Column("col.weekday", "int", 9), Column("col.hour", "int", 7),
    Column("col.forecast", "float", 14), Column("col.agents", "int", 12), Column("col.scheduled", "int", 14),
    Column("col.service_level", "percent", 12), Column("col.occupancy", "percent", 12),
)  # fmt: skip


def build_staffing(job: ReportJob) -> int:
    """The week after the period, forecast from the weeks up to the period's end."""
    summary = SummarySheet(job)
    job.total, job.label = 1, "staffing"
    job.report()
    week_start = job.date_to.date()
    sheet = DataSheet(job.wb, "sheet.staffing", STAFFING_COLUMNS, job.lang, job.calendar)
    for row in staffing_plan(job.db, week_start):
        sheet.append((row.day, row.day.weekday(), row.hour, row.calls, row.agents, row.scheduled_agents,
                      row.service_level, row.occupancy))  # fmt: skip
    sheet.finish()
    summary.kpis(kpi_summary(job.db, job.date_from, job.date_to))
    accuracy = backtest(job.db, week_start, weeks=1)
    summary.line("col.forecast", accuracy[-1].forecast, "float")
    summary.line("col.calls", accuracy[-1].actual)
    summary.chart("line", "chart.staffing", sheet, ("col.agents", "col.scheduled"), "col.hour")
    summary.write()
    job.done = job.total
    job.report()
    return sheet.rows
