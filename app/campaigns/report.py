"""The campaign workbook: a summary of the results (with charts), per agent, every attempt, the script's
answer tallies and each member's answers. Same conventions as app.reports (streamed sheets, a Jalali
column for fa, RTL for fa/ar, native charts, no formulas from data, written to a temp file then renamed).
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import aliased

from app import errors
from app.auth import require
from app.campaigns.models import Campaign, CampaignAttempt, CampaignMember, Disposition, ScriptAnswer, ScriptQuestion
from app.campaigns.report_texts import CAMPAIGN_TEXT
from app.campaigns.results import CampaignResults, Results, campaign_results
from app.db import Database
from app.models import Customer, User
from app.progress import Progress, no_progress
from app.reports.export import ExportResult
from app.reports.i18n import TEXT, tr
from app.reports.sheets import Column, DataSheet
from app.reports.workbook import ReportJob, SummarySheet, discard

TEXT.update(CAMPAIGN_TEXT)  # the shared report vocabulary learns the campaign words (keys start with "cp.")

AGENT_COLUMNS = (
    Column("cp.agent", "text", 16), Column("cp.attempted", "int", 10), Column("cp.contacted", "int", 10),
    Column("cp.contact_rate", "percent", 12), Column("cp.conversions", "int", 12),
    Column("cp.conversion_rate", "percent", 12), Column("cp.revenue", "money", 14), Column("cp.attempts", "int", 10),
    Column("cp.attempts_per_contact", "float", 12), Column("cp.dnc_requests", "int", 12),
    Column("cp.callbacks", "int", 10), Column("cp.callbacks_kept", "int", 12),
)  # fmt: skip
ATTEMPT_COLUMNS = (
    Column("col.id", "int", 8), Column("col.started_at", "datetime", 18), Column("col.customer", "text", 24),
    Column("col.phone", "text", 16), Column("cp.agent", "text", 14), Column("cp.disposition", "text", 18),
    Column("cp.dialled", "text", 10), Column("cp.revenue", "money", 14), Column("cp.callback_at", "datetime", 18),
    Column("cp.notes", "text", 30),
)  # fmt: skip
TALLY_COLUMNS = (Column("cp.position", "int", 6), Column("cp.question", "text", 40), Column("cp.answer", "text", 20),
                 Column("cp.members", "int", 10))  # fmt: skip
ANSWER_COLUMNS = (Column("col.customer", "text", 24), Column("cp.position", "int", 6),
                  Column("cp.question", "text", 40), Column("cp.answer", "text", 20),
                  Column("cp.answered_at", "datetime", 18))  # fmt: skip


def _summary(job: ReportJob, results: CampaignResults) -> SummarySheet:
    summary = SummarySheet(job)
    t = results.total
    summary.line("cp.campaign", results.name)
    for key, value, kind in (
        ("cp.members", t.members, None), ("cp.attempted", t.attempted, None), ("cp.contacted", t.contacted, None),
        ("cp.contact_rate", t.contact_rate, "percent"), ("cp.conversions", t.conversions, None),
        ("cp.conversion_rate", t.conversion_rate, "percent"), ("cp.revenue", t.revenue, "money"),
        ("cp.attempts_per_contact", t.attempts_per_contact, "float"), ("cp.dnc_requests", t.dnc_requests, None),
        ("cp.callbacks", t.callbacks, None), ("cp.callbacks_kept", t.callbacks_kept, None),
        ("cp.satisfaction", results.satisfaction, "float"),
    ):  # fmt: skip
        summary.line(key, value, kind)
    for reason, n in sorted(results.excluded.items()):
        label = tr("cp.excluded", job.lang).format(reason=tr(f"cp.reason.{reason}", job.lang))
        summary.lines.append((label, n, None))
    return summary


def _agent_row(r: Results) -> list[object]:
    return [r.agent, r.attempted, r.contacted, r.contact_rate, r.conversions, r.conversion_rate, r.revenue, r.attempts,
            r.attempts_per_contact, r.dnc_requests, r.callbacks, r.callbacks_kept]  # fmt: skip


def build_campaign(job: ReportJob, campaign_id: int) -> int:
    """Fill the workbook; returns the attempts written."""
    results = campaign_results(job.db, campaign_id)
    summary = _summary(job, results)
    agents = DataSheet(job.wb, "cp.sheet.agents", AGENT_COLUMNS, job.lang, job.calendar)
    for r in results.agents:
        agents.append(_agent_row(r))
    agents.finish()
    dispositions = DataSheet(job.wb, "cp.chart.dispositions", (Column("cp.disposition", "text", 20),
                                                                 Column("cp.attempts", "int", 10)), job.lang,
                             job.calendar)  # fmt: skip
    for code, n in results.dispositions.items():
        dispositions.append([code, n])
    dispositions.finish()
    attempts = job.data_sheet("cp.sheet.attempts", ATTEMPT_COLUMNS)
    a, m = CampaignAttempt, CampaignMember
    agent = aliased(User)
    job.total = max(1, results.total.attempts)
    job.fill(attempts, job.stream(
        select(a.id, a.at, Customer.name, m.phone, agent.username, Disposition.code, a.dialled, a.amount,
               a.callback_at, a.notes)
        .join(m, m.id == a.member_id).join(Customer, Customer.id == m.customer_id)
        .outerjoin(agent, agent.id == a.agent_id).outerjoin(Disposition, Disposition.id == a.disposition_id)
        .where(a.campaign_id == campaign_id).order_by(a.at, a.id)
    ))  # fmt: skip
    tallies = DataSheet(job.wb, "cp.sheet.tallies", TALLY_COLUMNS, job.lang, job.calendar)
    for row in results.answers:
        tallies.append(list(row))
    tallies.finish()
    answers = DataSheet(job.wb, "cp.sheet.answers", ANSWER_COLUMNS, job.lang, job.calendar)
    q, s = ScriptQuestion, ScriptAnswer
    for row in job.stream(
        select(Customer.name, q.position, q.text, s.answer, s.answered_at)
        .join(m, m.id == s.member_id).join(Customer, Customer.id == m.customer_id).join(q, q.id == s.question_id)
        .where(m.campaign_id == campaign_id).order_by(m.id, q.position)
    ):  # fmt: skip
        answers.append(list(row))
    answers.finish()
    if results.dispositions:
        summary.chart("bar", "cp.chart.dispositions", dispositions, ["cp.attempts"], "cp.disposition")
    if results.agents:
        summary.chart("bar", "cp.chart.agents", agents, ["cp.conversions"], "cp.agent")
    summary.write()
    return attempts.rows


def export_campaign(db: Database, campaign_id: int, out_path: str | os.PathLike[str], lang: str = "en",
                    calendar: str = "gregorian", progress: Progress = no_progress,
                    actor: str = "") -> ExportResult:  # fmt: skip
    """Write the campaign workbook to a temp file beside `out_path`, then rename (never half a workbook)."""
    require(db, actor, "export")
    with db.sessions() as session:
        if session.get(Campaign, campaign_id) is None:
            raise errors.NotFound(campaign_id)
    target, started = Path(out_path), time.perf_counter()
    wb = Workbook(write_only=True)
    job = ReportJob(db, wb, datetime.min, datetime.max, lang, calendar, progress)
    handle, temp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.part", dir=target.parent)
    os.close(handle)
    try:
        rows = build_campaign(job, campaign_id)
        sheets = [ws.title for ws in wb.worksheets]
        wb.save(temp)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        discard(wb)
        Path(temp).unlink(missing_ok=True)
        raise
    return ExportResult(target, "campaign", rows, sheets, time.perf_counter() - started)
