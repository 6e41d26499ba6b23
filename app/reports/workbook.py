"""What every report workbook shares: the job (progress, cancel, row streaming), the summary
sheet with the period's KPIs, and native Excel charts over the data sheets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from sqlalchemy import Select

from app.analytics.kpis import KpiSummary
from app.db import Database
from app.progress import Cancelled, Progress
from app.reports.i18n import RTL_LANGUAGES, tr
from app.reports.sheets import FORMATS, MAX_ROWS, Column, CsvSheet, DataSheet

FETCH = 5000  # rows per trip from the database cursor
REPORT_EVERY = 2000  # rows between progress reports


@dataclass
class ReportJob:
    """One export run: where rows come from, which language and calendar, and progress/cancel."""

    db: Database
    wb: Workbook
    date_from: datetime
    date_to: datetime  # exclusive
    lang: str
    calendar: str
    progress: Progress
    total: int = 1
    done: int = 0
    label: str = ""
    max_rows: int = MAX_ROWS  # rows per sheet before the data continues on "Calls (2)"
    csv_out: TextIO | None = None  # the main data goes here as CSV instead of into the workbook
    main: DataSheet | None = None

    def data_sheet(self, title_key: str, columns: Sequence[Column]) -> DataSheet:
        """The report's main (possibly huge) data sheet: split at `max_rows`, or CSV when asked."""
        if self.csv_out is not None:
            self.main = CsvSheet(self.csv_out, self.wb, title_key, columns, self.lang, self.calendar)
        else:
            self.main = DataSheet(self.wb, title_key, columns, self.lang, self.calendar, self.max_rows)
        return self.main

    def rows_line(self, summary: SummarySheet, sheet: DataSheet) -> None:
        """The summary's row count, and how the rows were split over sheets when they were."""
        summary.line("kpi.rows", sheet.rows)
        if len(sheet.parts) > 1:
            summary.line("kpi.split", sheet.split_text())

    def tick(self, rows: int = 1) -> None:
        self.done += rows
        # Often enough for a smooth bar and a prompt cancel, rarely enough to cost nothing.
        every = min(REPORT_EVERY, max(1, self.total // 200))
        if self.done % every < rows or self.done >= self.total:
            self.report()

    def report(self) -> None:
        if self.progress(min(self.done, self.total), self.total, self.label) is False:
            raise Cancelled(self.label)

    def stream(self, query: Select) -> Iterator[Sequence[Any]]:
        """Rows of `query` through a server-side cursor (PostgreSQL) / lazy cursor (SQLite)."""
        with self.db.engine.connect() as connection:
            result = connection.execution_options(stream_results=True, yield_per=FETCH).execute(query)
            for rows in result.partitions():
                yield from rows

    def fill(self, sheet: DataSheet, rows: Iterator[Sequence[Any]]) -> None:
        for values in rows:
            sheet.append(values)
            self.tick()
        sheet.finish()


class SummarySheet:
    """The first sheet: title, period, KPI lines (label, value) and charts to the right."""

    def __init__(self, job: ReportJob) -> None:
        self.job = job
        self.ws = job.wb.create_sheet(tr("sheet.summary", job.lang))
        self.ws.sheet_view.rightToLeft = job.lang in RTL_LANGUAGES
        self.ws.column_dimensions["A"].width = 30
        self.ws.column_dimensions["B"].width = 20
        self.lines: list[tuple[str, Any, str | None]] = []
        self.charts = 0

    def line(self, key: str, value: Any, kind: str | None = None) -> None:
        self.lines.append((tr(key, self.job.lang), value, kind))

    def kpis(self, summary: KpiSummary) -> None:
        t = summary.totals
        self.line("kpi.period_from", summary.date_from, "datetime")
        self.line("kpi.period_to", summary.date_to, "datetime")
        for key, value, kind in (
            ("col.offered", t.offered, None), ("col.answered", t.answered, None),
            ("col.unanswered", t.unanswered, None), ("col.abandonment_rate", t.abandonment_rate, "percent"),
            ("col.service_level", t.service_level, "percent"), ("col.asa", t.average_speed_of_answer, "duration"),
            ("col.aht", t.average_handle_time, "duration"), ("col.outbound", t.outbound, None),
            ("kpi.calls_per_agent", t.calls_per_agent, "float"),
            ("kpi.fcr", summary.first_contact_resolution, "percent"), ("kpi.revenue", summary.revenue, "money"),
            ("kpi.revenue_per_call", summary.revenue_per_call, "money"),
        ):  # fmt: skip
            self.line(key, value, kind)

    def chart(self, kind: str, title_key: str, sheet: DataSheet, value_keys: Sequence[str], label_key: str) -> None:
        """A native bar or line chart of `value_keys` columns against the `label_key` column of `sheet`."""
        chart = BarChart() if kind == "bar" else LineChart()
        chart.title = tr(title_key, self.job.lang)
        chart.width, chart.height = 22, 9
        last = max(sheet.parts[0][1] + 1, 2)  # the first sheet's rows
        for key in value_keys:
            col = sheet.column_index(key)
            chart.add_data(Reference(sheet.first, min_col=col, min_row=1, max_row=last), titles_from_data=True)
        labels = sheet.column_index(label_key)
        chart.set_categories(Reference(sheet.first, min_col=labels, min_row=2, max_row=last))
        self.ws.add_chart(chart, f"D{2 + 20 * self.charts}")
        self.charts += 1

    def write(self) -> None:
        title = WriteOnlyCell(self.ws, value=tr("sheet.summary", self.job.lang))
        title.font = Font(bold=True, size=14)
        self.ws.append([title])
        for label, value, kind in self.lines:
            cell = WriteOnlyCell(self.ws, value=value / 86400 if kind == "duration" and value is not None else value)
            if kind:
                cell.number_format = FORMATS[kind]
            self.ws.append([label, cell])


def discard(wb: Workbook) -> None:
    """Close an unsaved write-only workbook's sheet streams and delete their temp files."""
    for ws in wb.worksheets:
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        # Best effort: the export already failed for a reason worth more than a cleanup error.
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
                writer.cleanup()
