"""The `rfm` report: every scored customer, segment sizes, and the Pareto share of value."""

from __future__ import annotations

from app.analytics.kpis import kpi_summary
from app.analytics.pareto import pareto_summary
from app.analytics.rfm import SEGMENT_NAMES, rfm_select, segment_counts, to_row
from app.reports.sheets import Column
from app.reports.workbook import ReportJob, SummarySheet

RFM_COLUMNS = (
    Column("col.id", "int", 10), Column("col.name", "text", 26), Column("col.last_contact", "datetime", 18),
    Column("col.recency", "int", 12), Column("col.frequency", "int", 11), Column("col.monetary", "money", 16),
    Column("col.r", "int", 5), Column("col.f", "int", 5), Column("col.m", "int", 5),
    Column("col.segment", "text", 20, "segment"),
)  # fmt: skip
SEGMENT_COLUMNS = (Column("col.segment", "text", 22, "segment"), Column("col.customers", "int", 12))


def build_rfm(job: ReportJob) -> int:
    """Scores as of the end of the period (recency counts back from there)."""
    summary = SummarySheet(job)
    as_of = job.date_to
    counts = segment_counts(job.db, as_of)
    job.total, job.label = sum(counts.values()), "rfm"
    sheet = job.data_sheet("sheet.rfm", RFM_COLUMNS)
    job.report()
    rows = (to_row(r, as_of) for r in job.stream(rfm_select(as_of).order_by("cid")))
    job.fill(sheet, ((r.customer_id, r.name, r.last_contact, r.recency_days, r.frequency, r.monetary,
                      r.r, r.f, r.m, r.segment) for r in rows))  # fmt: skip
    segments = job.sheet("sheet.segments", SEGMENT_COLUMNS)
    segments.extend((name, counts[name]) for name in SEGMENT_NAMES)
    segments.finish()
    summary.kpis(kpi_summary(job.db, job.date_from, job.date_to, job.currency))
    job.rows_line(summary, sheet)
    pareto = pareto_summary(job.db, job.date_from, job.date_to)
    summary.line("kpi.top_customers", pareto.top_customer_share, "percent")
    summary.line("kpi.top_value", pareto.top_value_share, "percent")
    summary.chart("bar", "chart.segments", segments, ("col.customers",), "col.segment")
    summary.write()
    return sheet.rows
