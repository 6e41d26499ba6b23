"""A technician's day plan as a one-sheet workbook (to print or send): visits in time order."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from app.auth import require
from app.calendar import date_text
from app.db import Database
from app.reports.i18n import TEXT, tr
from app.reports.printing import add_footers
from app.reports.sheets import Column, DataSheet
from app.tickets.followups import day_plan
from app.tickets.report_texts import DAY_PLAN_TEXT, TICKET_TEXT, VALUE_TEXT

TEXT.update(TICKET_TEXT | DAY_PLAN_TEXT)  # the shared report vocabulary learns the ticket words ("tk." keys)

COLUMNS = (
    Column("tk.visit_start", "datetime", 18), Column("col.id", "int", 8), Column("col.customer", "text", 24),
    Column("tk.address", "text", 40), Column("tk.subject", "text", 30), Column("col.status", "text", 12),
    Column("tk.outcome", "text", 30),
)  # fmt: skip


def export_day_plan(
    db: Database, technician_id: int, day: date, out_path: str | os.PathLike[str], lang: str = "en",
    calendar: str = "gregorian", actor: str = "",
) -> int:  # fmt: skip
    """Write the plan; returns the number of visits."""
    require(db, actor, "export")
    wb = Workbook(write_only=True)
    sheet = DataSheet(wb, "tk.sheet.day_plan", COLUMNS, lang, calendar)
    index = {"fa": 1, "ar": 2}.get(lang, 0)
    for visit in day_plan(db, technician_id, day):
        status = VALUE_TEXT[visit.status][index] if visit.status in VALUE_TEXT else visit.status
        sheet.append((visit.start, visit.ticket_id, visit.customer_name, visit.address, visit.subject, status,
                      visit.outcome))  # fmt: skip
    sheet.finish()
    add_footers(wb, tr("tk.sheet.day_plan", lang), date_text(day, calendar), lang)
    wb.save(Path(out_path))
    return sheet.rows
