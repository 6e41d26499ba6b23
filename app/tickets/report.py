"""The `tickets` workbook: every ticket opened in the period with its business-hour times, then tickets by
category, assignee and department, the open backlog by age and tickets per week, and a summary with
averages and medians, SLA met %, reopen rate and satisfaction. Same conventions as the other reports
(app.reports: streaming sheets, Jalali column, RTL for fa/ar, native charts, no formulas from data).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from statistics import mean, median
from typing import Any

from openpyxl import Workbook
from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import aliased

from app.auth import require
from app.db import Database
from app.models import Customer, Lookup, User
from app.progress import Progress, no_progress
from app.reports.export import ExportResult, check_target
from app.reports.i18n import TEXT, tr
from app.reports.sheets import Column, DataSheet
from app.reports.workbook import ReportJob, SummarySheet, discard
from app.services.lookups import label_map
from app.tickets.lists import TICKET_CATEGORY, TICKET_DEPARTMENT, TICKET_TIER
from app.tickets.models import OPEN_Q, Ticket
from app.tickets.policies import load_calendar
from app.tickets.report_texts import TICKET_TEXT, VALUE_TEXT
from app.tickets.sla import WeekCalendar, business_seconds

TEXT.update(TICKET_TEXT)  # the shared report vocabulary learns the ticket words (keys start with "tk.")

TICKET_COLUMNS = (
    Column("col.id", "int", 8), Column("col.created_at", "datetime", 18), Column("tk.type", "text", 12),
    Column("tk.category", "text", 16), Column("tk.priority", "text", 10), Column("col.status", "text", 12),
    Column("tk.department", "text", 16), Column("tk.tier", "text", 14), Column("tk.assignee", "text", 14),
    Column("col.customer", "text", 24), Column("tk.subject", "text", 36), Column("tk.first_response", "duration", 12),
    Column("tk.resolution", "duration", 12), Column("tk.sla_met", "text", 8), Column("tk.reopened", "int", 8),
    Column("tk.satisfaction", "int", 10),
)  # fmt: skip
GROUP_COLUMNS = (
    Column("tk.group", "text", 22), Column("tk.tickets", "int", 10), Column("tk.resolved", "int", 10),
    Column("tk.sla_met_rate", "percent", 12), Column("tk.avg_resolution", "duration", 14),
    Column("tk.avg_satisfaction", "float", 12),
)  # fmt: skip
AGE_BUCKETS = ((1, "tk.age_1"), (3, "tk.age_3"), (7, "tk.age_7"), (30, "tk.age_30"), (None, "tk.age_more"))


class _Group:
    def __init__(self) -> None:
        self.tickets = self.resolved = self.met = 0
        self.resolution: list[int] = []
        self.scores: list[int] = []

    def add(self, resolution: int | None, met: bool | None, score: int | None) -> None:
        self.tickets += 1
        if resolution is not None:
            self.resolved += 1
            self.resolution.append(resolution)
            self.met += bool(met)
        if score is not None:
            self.scores.append(score)

    def row(self, name: str) -> tuple[Any, ...]:
        met = self.met / self.resolved if self.resolved else None
        resolution = mean(self.resolution) if self.resolution else None
        return (name, self.tickets, self.resolved, met, resolution, mean(self.scores) if self.scores else None)


def _query(job: ReportJob) -> Select:
    category, department, tier, assignee = aliased(Lookup), aliased(Lookup), aliased(Lookup), aliased(User)
    return (
        select(
            Ticket.id,
            Ticket.created_at,
            Ticket.type,
            func.coalesce(category.value, ""),
            Ticket.priority,
            Ticket.status,
            func.coalesce(department.value, ""),
            func.coalesce(tier.value, ""),
            func.coalesce(assignee.username, ""),
            func.coalesce(Customer.name, ""),
            Ticket.subject,
            Ticket.first_response_at,
            Ticket.resolved_at,
            Ticket.resolution_due,
            Ticket.paused_seconds,
            Ticket.reopen_count,
            Ticket.satisfaction,
        )  # fmt: skip
        .outerjoin(category, category.id == Ticket.category_id)
        .outerjoin(department, department.id == Ticket.department_id)
        .outerjoin(tier, tier.id == Ticket.tier_id)
        .outerjoin(assignee, assignee.id == Ticket.assignee_id)
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .where(Ticket.created_at >= job.date_from, Ticket.created_at < job.date_to)
        .order_by(Ticket.created_at, Ticket.id)
    )


def _value(value: str, lang: str) -> str:
    texts = VALUE_TEXT.get(value)
    return texts[("en", "fa", "ar").index(lang)] if texts and lang in ("en", "fa", "ar") else value


def _stamp(value: Any) -> Any:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _tickets_sheet(job: ReportJob, calendar: WeekCalendar, groups: dict[str, dict[str, _Group]],
                   totals: dict[str, list[Any]]) -> DataSheet:  # fmt: skip
    sheet = DataSheet(job.wb, "tk.sheet.tickets", TICKET_COLUMNS, job.lang, job.calendar)
    rows: Iterator[Any] = job.stream(_query(job))
    for r in rows:
        created, first, resolved, due = _stamp(r[1]), _stamp(r[11]), _stamp(r[12]), _stamp(r[13])
        first_s = business_seconds(created, first, calendar) if first else None
        # Business time to resolution, less the time spent waiting on the customer.
        resolution = max(0, business_seconds(created, resolved, calendar) - r[14]) if resolved else None
        met = resolved <= due if resolved and due else None
        lang = job.lang
        # Editable lists as the workbook's language labels them (a value without a label as typed).
        category, department, tier = (job.lookups.get((kind, v), v) if v else v for kind, v in (
            (TICKET_CATEGORY, r[3]), (TICKET_DEPARTMENT, r[6]), (TICKET_TIER, r[7])))  # fmt: skip
        sheet.append((r[0], created, _value(r[2], lang), category, _value(r[4], lang), _value(r[5], lang), department,
                      tier, r[8], r[9], r[10], first_s, resolution,
                      None if met is None else ("✓" if met else "✗"), r[15], r[16]))  # fmt: skip
        for kind, key in (("category", category), ("assignee", r[8]), ("department", department)):
            groups[kind][key or "—"].add(resolution, met, r[16])
        for key, value in (("first", first_s), ("resolution", resolution), ("met", met), ("scores", r[16])):
            if value is not None:
                totals[key].append(value)
        totals["reopened"].append(r[15] > 0)
        totals["types"].append((created.date() - timedelta(days=(created.weekday() - 5) % 7), r[2]))
        job.tick()
    sheet.finish()
    return sheet


def _group_sheet(job: ReportJob, key: str, groups: dict[str, _Group]) -> DataSheet:
    sheet = DataSheet(job.wb, key, GROUP_COLUMNS, job.lang, job.calendar)
    for name, group in sorted(groups.items(), key=lambda item: (-item[1].tickets, item[0])):
        sheet.append(group.row(name))
    sheet.finish()
    return sheet


def _backlog_sheet(job: ReportJob) -> DataSheet:
    """Tickets open at the end of the period, by age (one GROUP BY over the open tickets)."""
    end = job.date_to
    query = select(Ticket.created_at).where(text(OPEN_Q), Ticket.created_at < end)  # the backlog is small
    counts = {key: 0 for _limit, key in AGE_BUCKETS}
    with job.db.sessions() as session:
        for (created,) in session.execute(query):
            days = (end - _stamp(created)).total_seconds() / 86400
            counts[next(k for limit, k in AGE_BUCKETS if limit is None or days < limit)] += 1
    sheet = DataSheet(job.wb, "tk.sheet.backlog", (Column("tk.age", "text", 16), Column("tk.tickets", "int", 10)),
                      job.lang, job.calendar)  # fmt: skip
    for _limit, key in AGE_BUCKETS:
        sheet.append((tr(key, job.lang), counts[key]))
    sheet.finish()
    return sheet


def _weeks_sheet(job: ReportJob, types: list[tuple[date, str]]) -> DataSheet:
    kinds = ("complaint", "request", "question", "return", "visit")
    columns = (Column("tk.week", "date", 12),) + tuple(Column(f"tk.type.{k}", "int", 12) for k in kinds)
    sheet = DataSheet(job.wb, "tk.sheet.weeks", columns, job.lang, job.calendar)
    per_week: dict[date, dict[str, int]] = defaultdict(lambda: dict.fromkeys(kinds, 0))
    for week, kind in types:
        per_week[week][kind] = per_week[week].get(kind, 0) + 1
    for week in sorted(per_week):
        sheet.append((week, *(per_week[week][k] for k in kinds)))
    sheet.finish()
    return sheet


def build_tickets(job: ReportJob) -> int:
    with job.db.sessions() as session:
        calendar = load_calendar(session)
        job.total = (
            session.scalar(
                select(func.count(Ticket.id)).where(Ticket.created_at >= job.date_from, Ticket.created_at < job.date_to)
            )
            or 1
        )
    job.label = "tickets"
    summary = SummarySheet(job)
    groups: dict[str, dict[str, _Group]] = {k: defaultdict(_Group) for k in ("category", "assignee", "department")}
    totals: dict[str, list[Any]] = defaultdict(list)
    tickets = _tickets_sheet(job, calendar, groups, totals)
    by_category = _group_sheet(job, "tk.sheet.by_category", groups["category"])
    by_assignee = _group_sheet(job, "tk.sheet.by_assignee", groups["assignee"])
    _group_sheet(job, "tk.sheet.by_department", groups["department"])
    backlog = _backlog_sheet(job)
    weeks = _weeks_sheet(job, totals["types"])
    summary.period()
    summary.line("tk.opened", tickets.rows, "int")
    for key, values in (("tk.avg_first_response", totals["first"]), ("tk.avg_resolution", totals["resolution"])):
        summary.line(key, mean(values) if values else None, "duration")
    summary.line("tk.median_first_response", median(totals["first"]) if totals["first"] else None, "duration")
    summary.line("tk.median_resolution", median(totals["resolution"]) if totals["resolution"] else None, "duration")
    summary.line("tk.sla_met_rate", mean(totals["met"]) if totals["met"] else None, "percent")
    summary.line("tk.reopen_rate", mean(totals["reopened"]) if totals["reopened"] else None, "percent")
    summary.line("tk.avg_satisfaction", mean(totals["scores"]) if totals["scores"] else None, "float")
    summary.chart("line", "tk.chart.weeks", weeks, ("tk.type.complaint", "tk.type.request"), "tk.week")
    summary.chart("bar", "tk.chart.categories", by_category, ("tk.tickets", "tk.resolved"), "tk.group")
    summary.chart("bar", "tk.chart.backlog", backlog, ("tk.tickets",), "tk.age")
    summary.chart("bar", "tk.chart.assignees", by_assignee, ("tk.avg_satisfaction",), "tk.group")
    summary.write()
    job.done = job.total
    job.report()
    return tickets.rows


def export_tickets(
    db: Database, out_path: str | os.PathLike[str], date_from: date, date_to: date, lang: str = "en",
    calendar: str = "gregorian", progress: Progress = no_progress, *, overwrite: bool = True, actor: str = "",
) -> ExportResult:  # fmt: skip
    """Write the tickets workbook to a temp file beside `out_path`, then rename (never half a workbook)."""
    require(db, actor, "export")
    if date_to < date_from:
        raise ValueError(f"the period ends ({date_to}) before it starts ({date_from})")
    target, started = Path(out_path), time.perf_counter()
    check_target(target, overwrite)
    start = datetime.combine(date_from, datetime.min.time())
    wb = Workbook(write_only=True)
    job = ReportJob(db, wb, start, start + timedelta(days=(date_to - date_from).days + 1), lang, calendar, progress,
                    lookups=label_map(db, lang))  # fmt: skip
    handle, temp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.part", dir=target.parent)
    os.close(handle)
    try:
        rows = build_tickets(job)
        job.finish_printing("report.tickets")
        sheets = [ws.title for ws in wb.worksheets]
        wb.save(temp)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        discard(wb)
        Path(temp).unlink(missing_ok=True)
        raise
    return ExportResult(target, "tickets", rows, sheets, time.perf_counter() - started)
