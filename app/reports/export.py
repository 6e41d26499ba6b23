"""`export_report`: build one report workbook into a temp file beside the target, then rename.

A failure or a cancel deletes the temp file, so the target path never holds half a workbook.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

from app.calendar import CALENDARS, GREGORIAN
from app.db import Database
from app.progress import Progress, no_progress
from app.reports.i18n import LANGUAGES
from app.reports.workbook import ReportJob, discard

REPORTS = ("calls", "customers", "kpis", "rfm", "staffing", "dataquality")


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    report: str
    rows: int  # data rows written (the main sheet's, or all sheets' for kpis)
    sheets: list[str]
    seconds: float


def _builder(report: str) -> Callable[[ReportJob], int]:
    # Imported on demand: each report pulls in its own analytics.
    if report == "calls":
        from app.reports.call_reports import build_calls

        return build_calls
    if report == "kpis":
        from app.reports.call_reports import build_kpis

        return build_kpis
    if report == "customers":
        from app.reports.customer_reports import build_customers

        return build_customers
    if report == "rfm":
        from app.reports.rfm_report import build_rfm

        return build_rfm
    if report == "dataquality":
        from app.quality.report import build_dataquality

        return build_dataquality
    if report == "staffing":
        from app.reports.staffing_report import build_staffing

        return build_staffing
    raise ValueError(f"unknown report {report!r}; choose one of {', '.join(REPORTS)}")


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def export_report(
    db: Database,
    report: str,
    out_path: str | os.PathLike[str],
    date_from: date,
    date_to: date,
    lang: str = "en",
    calendar: str = GREGORIAN,
    progress: Progress = no_progress,
) -> ExportResult:
    """Write `report` for the days `date_from`..`date_to` (inclusive) to `out_path` (.xlsx).

    Raises ValueError for bad arguments, `Cancelled` when progress returns False, OSError when
    the file cannot be written; in every failure the target is left as it was.
    """
    build = _builder(report)
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    if calendar not in CALENDARS:
        raise ValueError(f"unknown calendar {calendar!r}; choose one of {', '.join(CALENDARS)}")
    if date_to < date_from:
        raise ValueError(f"the period ends ({date_to}) before it starts ({date_from})")
    target = Path(out_path)
    started = time.perf_counter()
    start = datetime.combine(date_from, datetime.min.time())
    end = datetime.combine(date_to + timedelta(days=1), datetime.min.time())
    wb = Workbook(write_only=True)
    job = ReportJob(db, wb, start, end, lang, calendar, progress)
    handle, temp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.part", dir=target.parent)
    os.close(handle)
    try:
        rows = build(job)
        sheets = [ws.title for ws in wb.worksheets]
        wb.save(temp)
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; a workbook is shared like any saved file
        os.replace(temp, target)
    except BaseException:
        discard(wb)
        Path(temp).unlink(missing_ok=True)
        raise
    return ExportResult(target, report, rows, sheets, time.perf_counter() - started)
