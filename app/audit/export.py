"""The audit log as an Excel workbook: the screen's filter, one row per entry, the changes readable.

Same conventions as app/reports (DataSheet: typed columns, frozen header, RTL, formula-safe text);
written beside the target and renamed, so a failure leaves no half workbook.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook

from app.audit.read import AuditFilter, audit_page
from app.auth import require
from app.calendar import GREGORIAN
from app.db import Database
from app.reports.i18n import TEXT
from app.reports.sheets import Column, DataSheet
from app.reports.workbook import discard

TEXT.update({
    "audit.sheet": ("Audit log", "گزارش تغییرات", "سجل التغييرات"),
    "audit.at": ("When", "زمان", "الوقت"),
    "audit.by": ("User", "کاربر", "المستخدم"),
    "audit.table": ("Table", "جدول", "الجدول"),
    "audit.record": ("Record", "رکورد", "السجل"),
    "audit.action": ("Action", "عمل", "الإجراء"),
    "audit.changes": ("Before → after", "قبل ← بعد", "قبل ← بعد"),
})  # fmt: skip

COLUMNS = (
    Column("col.id", "int", 8), Column("audit.at", "datetime", 18), Column("audit.by", "text", 16),
    Column("audit.table", "text", 12), Column("audit.record", "int", 10), Column("audit.action", "text", 10),
    Column("audit.changes", "text", 80),
)  # fmt: skip


def export_audit(db: Database, actor: str, f: AuditFilter, out_path: str | os.PathLike[str], lang: str = "en",
                 calendar: str = GREGORIAN) -> int:  # fmt: skip
    """Write every entry matching `f` (newest first); returns the number of rows."""
    require(db, actor, "export")
    target = Path(out_path)
    wb = Workbook(write_only=True)
    sheet = DataSheet(wb, "audit.sheet", COLUMNS, lang, calendar)
    handle, temp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.part", dir=target.parent)
    os.close(handle)
    try:
        before_id: int | None = None
        while page := audit_page(db, actor, f, before_id):
            for e in page:
                sheet.append((e.id, e.at, e.by, e.entity, e.entity_id, e.action, e.summary()))
            before_id = page[-1].id
        sheet.finish()
        wb.save(temp)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        discard(wb)
        Path(temp).unlink(missing_ok=True)
        raise
    return sheet.rows
