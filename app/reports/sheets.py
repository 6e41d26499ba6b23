"""Streaming data sheets: typed columns, styled header, frozen row, autofilter, RTL, safe text, values
translated from their fixed set, money in the office's currency, and page setup for printing.

Rows go straight to a write-only worksheet. Styled values (dates, durations, money) reuse one
template cell per column, so a million rows allocate no cell objects. Text starting with = + - @
is written as a string with a quote prefix, never as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TextIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.calendar import JALALI, jalali_text
from app.reports.i18n import RTL_LANGUAGES, tr
from app.reports.printing import prepare
from app.reports.values import value_map
from app.text import xml_text

RISKY_STARTS = ("=", "+", "-", "@")
MAX_ROWS = 1_048_576  # Excel's rows per sheet, the header included
FORMATS = {
    "datetime": "yyyy-mm-dd hh:mm",
    "date": "yyyy-mm-dd",
    "duration": "[h]:mm:ss",
    "money": "#,##0",
    "money2": "#,##0.00",
    "percent": "0.0%",
    "float": "0.00",
    "int": "#,##0",
}
HEADER_FILL = PatternFill("solid", fgColor="305496")


def header_font(lang: str) -> Font:
    """The header's font, named: Tahoma has Persian and Arabic letters on every Windows machine."""
    return Font(name="Tahoma" if lang in RTL_LANGUAGES else "Calibri", size=11, bold=True, color="FFFFFF")


@dataclass(frozen=True, slots=True)
class MoneyFormat:
    """How amounts are written: divided into the unit shown (rials ÷ 10 as Toman), named in the format."""

    name: str = ""  # the currency's word in the workbook's language ("تومان"), shown after every amount
    divisor: int = 1

    def code(self, kind: str) -> str:
        base = FORMATS[kind]
        return f'{base} "{self.name}"' if self.name else base


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # i18n key of the header
    # text, phone, int, datetime, date, duration (seconds), money, money2, percent, float
    kind: str = "text"
    width: float = 14
    values: str = ""  # the fixed set (app.reports.values) or editable list its cells are translated from


def safe_text(cell: WriteOnlyCell, value: str) -> WriteOnlyCell | str:
    """`value` as it should be written: itself, or `cell` holding it as quoted text."""
    # isprintable() is a fast C pre-check (False on every character XML cannot hold, and on harmless ZWNJ
    # or newlines): only then filter. A U+FFFF from a device would make a workbook no program can open.
    if not value.isprintable():
        value = xml_text(value)
    if not value.startswith(RISKY_STARTS):
        return value
    cell.value = value
    cell.data_type = "s"  # openpyxl types a leading = as a formula; force text
    return cell


def _converter(
    ws: WriteOnlyWorksheet, column: Column, labels: Mapping[Any, str], money: MoneyFormat
) -> Callable[[Any], Any]:
    cell = WriteOnlyCell(ws)
    if column.kind == "text":
        cell.quotePrefix = True
        if labels:  # a stored value shown in the workbook's language; one outside the set as it is

            def label(v: Any) -> Any:
                if v is None:
                    return None
                v = labels.get(v, v)
                return safe_text(cell, v if isinstance(v, str) else str(v))

            return label
        return lambda v: None if v is None else safe_text(cell, v if isinstance(v, str) else str(v))
    if column.kind == "phone":
        # Left to right whatever the sheet's direction: "+98 912 …" never shows as "… 912 98+".
        cell.alignment = Alignment(readingOrder=1)
        cell.quotePrefix = True

        def phone(v: Any) -> Any:
            if v is None:
                return None
            text = safe_text(cell, v if isinstance(v, str) else str(v))
            if isinstance(text, str):
                cell.value = text
                cell.data_type = "s"
            return cell

        return phone
    if column.kind in ("int", "datetime"):
        # openpyxl gives a bare datetime a date format itself, without the cost of a styled cell.
        return lambda v: v
    cell.number_format = FORMATS[column.kind]
    if column.kind in ("money", "money2"):
        cell.number_format = money.code(column.kind)
        if money.divisor != 1:

            def scaled(v: Any) -> Any:
                if v is None:
                    return None
                cell.value = v / money.divisor
                return cell

            return scaled
    if column.kind == "duration":

        def duration(v: Any) -> Any:
            if v is None:
                return None
            cell.value = v / 86400  # Excel durations are fractions of a day
            return cell

        return duration

    def styled(v: Any) -> Any:
        if v is None:
            return None
        cell.value = v
        return cell

    return styled


class DataSheet:
    """Write-only sheets: header first, then `append` rows, then `finish`.

    Past `max_rows` (Excel's limit) the rows continue on "Calls (2)", "Calls (3)"... each with the
    header again; `parts` says how many rows each sheet holds.
    """

    def __init__(
        self, wb: Workbook, title_key: str, columns: Sequence[Column], lang: str, calendar: str,
        max_rows: int = MAX_ROWS, *, lookups: Mapping[tuple[str, str], str] | None = None,
        money: MoneyFormat | None = None,
    ) -> None:  # fmt: skip
        if max_rows < 2:
            raise ValueError("a sheet needs room for the header and a row")
        self.wb, self.lang, self.title = wb, lang, tr(title_key, lang)
        self.columns = list(columns)
        self.per_sheet = max_rows - 1
        # A Jalali text column follows every date column when the user reads the Jalali calendar.
        self.jalali = [i for i, c in enumerate(columns) if calendar == JALALI and c.kind in ("date", "datetime")]
        headers: list[Column] = []
        for i, column in enumerate(columns):
            headers.append(column)
            if i in self.jalali:
                headers.append(Column("col.jalali", "text", 18))
        self.headers = headers
        self.rows = 0
        self.parts: list[tuple[str, int]] = []
        self.ws: WriteOnlyWorksheet = self._start(self.title)
        self.first = self.ws  # charts point at the first sheet
        money = money or MoneyFormat()
        self._convert = [
            _converter(self.ws, c, value_map(c.values, lang, lookups) if c.values else {}, money) for c in columns
        ]
        self._converting = [(i, f) for i, (c, f) in enumerate(zip(columns, self._convert, strict=True))
                            if c.kind not in ("int", "datetime")]  # fmt: skip

    def _start(self, title: str) -> WriteOnlyWorksheet:
        ws: WriteOnlyWorksheet = self.wb.create_sheet(title)
        for index, column in enumerate(self.headers, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = "A2"
        ws.sheet_view.rightToLeft = self.lang in RTL_LANGUAGES
        prepare(ws, sum(c.width for c in self.headers))
        ws.append([self._header_cell(ws, tr(c.key, self.lang)) for c in self.headers])
        self.parts.append((title, 0))
        return ws

    def _header_cell(self, ws: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = header_font(self.lang)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        return cell

    def append(self, values: Sequence[Any]) -> None:
        if len(values) != len(self._convert):
            raise ValueError(f"{len(values)} values for {len(self._convert)} columns")
        if self.parts[-1][1] == self.per_sheet:
            self._close_part()
            self.ws = self._start(f"{self.title} ({len(self.parts) + 1})")
        row = list(values)
        for i, convert in self._converting:
            row[i] = convert(row[i])
        for offset, i in enumerate(self.jalali):  # insert from the left so later indexes shift by `offset`
            row.insert(i + 1 + offset, jalali_text(values[i]) if isinstance(values[i], date | datetime) else None)
        self.ws.append(row)
        self.rows += 1
        title, count = self.parts[-1]
        self.parts[-1] = (title, count + 1)

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def _close_part(self) -> None:
        last = get_column_letter(len(self.headers))
        self.ws.auto_filter.ref = f"A1:{last}{self.parts[-1][1] + 1}"

    def finish(self) -> None:
        self._close_part()

    def split_text(self) -> str:
        """How the rows were split, for the summary: "Calls 1,048,575 · Calls (2) 12"."""
        return " · ".join(f"{title} {count:,}" for title, count in self.parts)

    def column_letter(self, key: str) -> str:
        """The letter of the (first) column with header key `key`, after Jalali columns were added."""
        return get_column_letter(next(i for i, c in enumerate(self.headers, 1) if c.key == key))

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.headers, 1) if c.key == key)


class CsvSheet(DataSheet):
    """The same rows as plain CSV (UTF-8 with a byte-order mark, so Excel reads Persian and Arabic): no
    row limit, one file; the workbook's other sheets are not written."""

    def __init__(
        self, out: TextIO, wb: Workbook, title_key: str, columns: Sequence[Column], lang: str, calendar: str,
        *, lookups: Mapping[tuple[str, str], str] | None = None, money: MoneyFormat | None = None,
    ) -> None:  # fmt: skip
        self.out = csv.writer(out)
        super().__init__(wb, title_key, columns, lang, calendar, lookups=lookups, money=money)
        self.labels = [value_map(c.values, lang, lookups) if c.values else None for c in columns]
        self.divisor = (money or MoneyFormat()).divisor

    def _start(self, title: str) -> WriteOnlyWorksheet:
        self.out.writerow([tr(c.key, self.lang) for c in self.headers])
        self.parts.append((title, 0))
        return self.wb.create_sheet(title)  # an empty sheet in the throwaway workbook

    def append(self, values: Sequence[Any]) -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"{len(values)} values for {len(self.columns)} columns")
        row = [_csv_value(labels.get(v, v) if labels else v, c.kind, self.divisor)
               for v, c, labels in zip(values, self.columns, self.labels, strict=True)]  # fmt: skip
        for offset, i in enumerate(self.jalali):
            row.insert(i + 1 + offset, jalali_text(values[i]) if isinstance(values[i], date | datetime) else "")
        self.out.writerow(row)
        self.rows += 1
        title, count = self.parts[-1]
        self.parts[-1] = (title, count + 1)

    def _close_part(self) -> None:
        pass


def _csv_value(value: Any, kind: str, divisor: int = 1) -> Any:
    if value is None:
        return ""
    if kind in ("money", "money2") and divisor != 1:
        return value / divisor
    if kind == "duration":
        return f"{int(value) // 3600}:{int(value) % 3600 // 60:02d}:{int(value) % 60:02d}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str) and value.startswith(RISKY_STARTS):
        return "'" + value  # a spreadsheet opening the file must not run it as a formula
    return value
