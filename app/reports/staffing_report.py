"""The `staffing` report: next week's forecast per hour and the agents Erlang C asks for."""

from __future__ import annotations

from datetime import timedelta

from app.analytics.forecast import backtest
from app.analytics.kpis import kpi_summary
from app.analytics.staffing import staffing_plan
from app.reports.sheets import Column
from app.reports.values import translated
from app.reports.workbook import ReportJob, SummarySheet

STAFFING_COLUMNS = (
    Column("col.day", "date", 12), Column("col.weekday", "text", 12, "weekday"), Column("col.hour", "int", 7),
    Column("col.slot", "text", 16), Column("col.forecast", "float", 14), Column("col.agents", "int", 12),
    Column("col.scheduled", "int", 14), Column("col.service_level", "percent", 12),
    Column("col.occupancy", "percent", 12),
)  # fmt: skip


def build_staffing(job: ReportJob) -> int:
    """The office week after the period (from its first day: Saturday in Iran), forecast from the weeks before."""
    summary = SummarySheet(job)
    job.total, job.label = 1, "staffing"
    job.report()
    end = job.date_to.date()
    week_start = end + timedelta(days=(job.office_week.first_day - end.isoweekday()) % 7)
    sheet = job.sheet("sheet.staffing", STAFFING_COLUMNS)
    for row in staffing_plan(job.db, week_start):
        weekday = row.day.isoweekday()
        # The chart's category: the day's name and the hour, so its axis reads "Saturday 09:00".
        slot = f"{translated('weekday', weekday, job.lang)} {row.hour:02d}:00"
        sheet.append((row.day, weekday, row.hour, slot, row.calls, row.agents, row.scheduled_agents,
                      row.service_level, row.occupancy))  # fmt: skip
    sheet.finish()
    summary.kpis(kpi_summary(job.db, job.date_from, job.date_to, job.currency))
    accuracy = backtest(job.db, week_start, weeks=1)
    summary.line("col.forecast", accuracy[-1].forecast, "float")
    summary.line("col.calls", accuracy[-1].actual, "int")
    summary.chart("line", "chart.staffing", sheet, ("col.agents", "col.scheduled"), "col.slot", "axis.day_hour",
                  "col.agents")  # fmt: skip
    summary.write()
    job.done = job.total
    job.report()
    return sheet.rows
