"""What every report workbook shares: the job (progress, cancel, row streaming), the summary
sheet with the period's KPIs, and native Excel charts over the data sheets.

The summary prints on one page (charts included, so no page break cuts one); its period reads in the
user's calendar (Jalali with the Gregorian day beside it), "To" being the period's last day.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TextIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.axis import ChartLines
from openpyxl.styles import Font
from sqlalchemy import Select

from app.analytics.kpis import KpiSummary
from app.calendar import JALALI, date_text, jalali_text
from app.db import Database
from app.money import currency_name, shown_currency
from app.progress import Cancelled, Progress
from app.reports.i18n import RTL_LANGUAGES, tr
from app.reports.printing import add_footers, prepare
from app.reports.sheets import FORMATS, MAX_ROWS, Column, CsvSheet, DataSheet, MoneyFormat
from app.week import Week, default_week

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
    lookups: Mapping[tuple[str, str], str] = field(default_factory=dict)  # editable lists' labels in `lang`
    currency: str = "IRR"  # the office's currency
    toman: bool = False  # rials shown as Toman
    week: Week | None = None  # the office week (weekday order); the language's when None

    @property
    def money(self) -> MoneyFormat:
        """Amounts in the unit the office reads, named in the workbook's language."""
        unit = shown_currency(self.currency, self.toman)
        return MoneyFormat(currency_name(unit, self.lang), 10 if unit != self.currency else 1)

    @property
    def office_week(self) -> Week:
        return self.week or default_week(self.lang)

    @property
    def last_day(self) -> date:
        """The period's last day (`date_to` is the exclusive end: the day after it)."""
        return (self.date_to - timedelta(days=1)).date()

    def period_text(self) -> str:
        """ "1405/07/09 – 1405/08/29" in the workbook's calendar, for footers."""
        first, last = (date_text(d, self.calendar) for d in (self.date_from.date(), self.last_day))
        return f"{first} – {last}"

    def sheet(self, title_key: str, columns: Sequence[Column]) -> DataSheet:
        """A small data sheet in the job's language, calendar, labels and money."""
        return DataSheet(self.wb, title_key, columns, self.lang, self.calendar, lookups=self.lookups,
                         money=self.money)  # fmt: skip

    def data_sheet(self, title_key: str, columns: Sequence[Column]) -> DataSheet:
        """The report's main (possibly huge) data sheet: split at `max_rows`, or CSV when asked."""
        if self.csv_out is not None:
            self.main = CsvSheet(self.csv_out, self.wb, title_key, columns, self.lang, self.calendar,
                                 lookups=self.lookups, money=self.money)  # fmt: skip
        else:
            self.main = DataSheet(self.wb, title_key, columns, self.lang, self.calendar, self.max_rows,
                                  lookups=self.lookups, money=self.money)  # fmt: skip
        return self.main

    def finish_printing(self, report_key: str) -> None:
        """Footers on every sheet (page x of y, the report's name and period); call before saving."""
        add_footers(self.wb, tr(report_key, self.lang), self.period_text(), self.lang)

    def rows_line(self, summary: SummarySheet, sheet: DataSheet) -> None:
        """The summary's row count, and how the rows were split over sheets when they were."""
        summary.line("kpi.rows", sheet.rows, "int")
        if sheet.rows == 0:
            summary.line("kpi.no_rows", tr("kpi.no_rows_text", self.lang))
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


CHART_ROWS = 20  # rows between charts on the summary (a chart is 9 cm, about 18 rows)


class SummarySheet:
    """The first sheet: title, period, KPI lines (label, value[, Gregorian beside]) and charts to the right."""

    def __init__(self, job: ReportJob) -> None:
        self.job = job
        self.ws = job.wb.create_sheet(tr("sheet.summary", job.lang))
        self.ws.sheet_view.rightToLeft = job.lang in RTL_LANGUAGES
        self.ws.column_dimensions["A"].width = 30
        self.ws.column_dimensions["B"].width = 20
        self.ws.column_dimensions["C"].width = 14
        prepare(self.ws, 200, one_page=True, title_rows=None)  # one page: no page break through a chart
        self.lines: list[tuple[str, Any, str | None, Any]] = []
        self.charts = 0

    def line(self, key: str, value: Any, kind: str | None = None, beside: Any = None) -> None:
        self.lines.append((tr(key, self.job.lang), value, kind, beside))

    def period(self) -> None:
        """From and To, the period's first and last day; in Jalali with the Gregorian day beside it."""
        for key, day in (("kpi.period_from", self.job.date_from.date()), ("kpi.period_to", self.job.last_day)):
            if self.job.calendar == JALALI:
                self.line(key, jalali_text(day), None, day)
            else:
                self.line(key, day, "date")

    def kpis(self, summary: KpiSummary) -> None:
        t = summary.totals
        self.period()
        if t.offered == 0 and t.outbound == 0:
            self.line("kpi.no_calls", tr("kpi.no_calls_text", self.job.lang))
        for key, value, kind in (
            ("col.offered", t.offered, "int"), ("col.answered", t.answered, "int"),
            ("col.unanswered", t.unanswered, "int"), ("col.abandonment_rate", t.abandonment_rate, "percent"),
            ("col.service_level", t.service_level, "percent"), ("col.asa", t.average_speed_of_answer, "duration"),
            ("col.aht", t.average_handle_time, "duration"), ("col.outbound", t.outbound, "int"),
            ("kpi.calls_per_agent", t.calls_per_agent, "float"),
            ("kpi.fcr", summary.first_contact_resolution, "percent"), ("kpi.revenue", summary.revenue, "money"),
            ("kpi.revenue_per_call", summary.revenue_per_call, "money"),
        ):  # fmt: skip
            self.line(key, value, kind)

    def chart(
        self, kind: str, title_key: str, sheet: DataSheet, value_keys: Sequence[str], label_key: str,
        x_title_key: str | None = None, y_title_key: str | None = None,
    ) -> None:  # fmt: skip
        """A native bar or line chart of `value_keys` columns against the `label_key` column of `sheet`.

        Both axes are titled: x by the label column (or `x_title_key`), y by the one value column or
        `y_title_key` ("Count" when several). Lines are straight between points: a smoothed line
        invents values between the days.
        """
        lang = self.job.lang
        chart = BarChart() if kind == "bar" else LineChart()
        chart.title = tr(title_key, lang)
        chart.width, chart.height = 22, 9
        last = max(sheet.parts[0][1] + 1, 2)  # the first sheet's rows
        for key in value_keys:
            col = sheet.column_index(key)
            chart.add_data(Reference(sheet.first, min_col=col, min_row=1, max_row=last), titles_from_data=True)
        labels = sheet.column_index(label_key)
        chart.set_categories(Reference(sheet.first, min_col=labels, min_row=2, max_row=last))
        if isinstance(chart, LineChart):
            for series in chart.series:
                series.smooth = False
        chart.x_axis.title = tr(x_title_key or label_key, lang)
        y_key = y_title_key or (value_keys[0] if len(value_keys) == 1 else "axis.count")
        chart.y_axis.title = tr(y_key, lang)
        chart.y_axis.majorGridlines = ChartLines()
        chart.x_axis.delete = chart.y_axis.delete = False  # openpyxl hides axes by default since 3.1
        self.ws.add_chart(chart, f"E{2 + CHART_ROWS * self.charts}")
        self.charts += 1

    def write(self) -> None:
        title = WriteOnlyCell(self.ws, value=tr("sheet.summary", self.job.lang))
        title.font = Font(bold=True, size=14)
        self.ws.append([title])
        money = self.job.money
        if any(kind in ("money", "money2") for _l, _v, kind, _b in self.lines):
            self.line("kpi.currency", money.name)
        for label, value, kind, beside in self.lines:
            if kind == "duration" and value is not None:
                value = value / 86400  # Excel durations are fractions of a day
            if kind in ("money", "money2") and value is not None:
                value = value / money.divisor
            cell = WriteOnlyCell(self.ws, value=value)
            if kind:
                cell.number_format = money.code(kind) if kind in ("money", "money2") else FORMATS[kind]
            row: list[Any] = [label, cell]
            if beside is not None:
                gregorian = WriteOnlyCell(self.ws, value=beside)
                gregorian.number_format = FORMATS["date"]
                row.append(gregorian)
            self.ws.append(row)


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
