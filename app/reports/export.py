"""`export_report`: build one report workbook into a temp file beside the target, then rename.

A failure or a cancel deletes the temp file, so the target path never holds half a workbook.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

from app.auth import require
from app.calendar import CALENDARS, GREGORIAN
from app.db import Database
from app.progress import Progress, no_progress
from app.reports.i18n import LANGUAGES
from app.reports.sheets import MAX_ROWS
from app.reports.workbook import ReportJob, discard
from app.week import Week

REPORTS = ("calls", "customers", "kpis", "rfm", "staffing", "dataquality")


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    report: str
    rows: int  # data rows written (the main sheet's, or all sheets' for kpis)
    sheets: list[str]
    seconds: float
    parts: list[tuple[str, int]] = field(default_factory=list)  # the main data's sheets and their rows

    def split_text(self) -> str:
        """ "Calls 1,048,575 · Calls (2) 12" when the rows did not fit one sheet, else ""."""
        return " · ".join(f"{title} {rows:,}" for title, rows in self.parts) if len(self.parts) > 1 else ""


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


def check_target(target: Path, overwrite: bool) -> None:
    """Refuse, before any work, a folder that does not exist (named) or an existing file not to be replaced."""
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"the folder {folder} does not exist; create it or choose another",
                                str(target))  # fmt: skip
    if target.exists() and not overwrite:
        raise FileExistsError(errno.EEXIST, "the file already exists; add --force to replace it", str(target))


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
    *,
    as_csv: bool = False,
    max_rows: int = MAX_ROWS,
    overwrite: bool = True,
    currency: str = "IRR",
    toman: bool = False,
    week: Week | None = None,
    lookups: Mapping[tuple[str, str], str] | None = None,
    actor: str = "",
) -> ExportResult:
    """Write `report` for the days `date_from`..`date_to` (inclusive) to `out_path` (.xlsx, or .csv).

    In a workbook the main data continues on "Calls (2)"... past `max_rows` rows a sheet (Excel's
    limit); `as_csv` writes only the main data, as one CSV file with no limit. Raises ValueError for
    bad arguments, `Cancelled` when progress returns False, OSError when the file cannot be written
    (FileNotFoundError naming a missing folder, FileExistsError for an existing file unless `overwrite`);
    in every failure the target is left as it was.

    Values from fixed sets are written in `lang`, editable lists with their `lookups` labels (read from
    the database when not given), amounts in `currency` (rials as Toman when `toman`), weekdays in the
    office `week`.
    """
    require(db, actor, "export")
    build = _builder(report)
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    if calendar not in CALENDARS:
        raise ValueError(f"unknown calendar {calendar!r}; choose one of {', '.join(CALENDARS)}")
    if date_to < date_from:
        raise ValueError(f"the period ends ({date_to}) before it starts ({date_from})")
    target = Path(out_path)
    check_target(target, overwrite)
    if lookups is None:
        from app.services.lookups import label_map

        lookups = label_map(db, lang)
    started = time.perf_counter()
    start = datetime.combine(date_from, datetime.min.time())
    end = datetime.combine(date_to + timedelta(days=1), datetime.min.time())
    wb = Workbook(write_only=True)
    job = ReportJob(db, wb, start, end, lang, calendar, progress, max_rows=max_rows, lookups=lookups,
                    currency=currency, toman=toman, week=week)  # fmt: skip
    suffix = ".csv.part" if as_csv else ".xlsx.part"
    handle, temp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=suffix, dir=target.parent)
    os.close(handle)
    try:
        if as_csv:
            with open(temp, "w", encoding="utf-8-sig", newline="") as out:
                job.csv_out = out
                rows = build(job)
            discard(wb)  # the summary and small sheets are not part of a CSV
        else:
            rows = build(job)
            job.finish_printing(f"report.{report}")
            wb.save(temp)
        sheets = [ws.title for ws in wb.worksheets]
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it private; an export is shared like any saved file
        os.replace(temp, target)
    except BaseException:
        discard(wb)
        Path(temp).unlink(missing_ok=True)
        raise
    parts = job.main.parts if job.main is not None else []
    return ExportResult(target, report, rows, sheets, time.perf_counter() - started, parts)
