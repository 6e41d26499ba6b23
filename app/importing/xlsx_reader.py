"""Excel workbooks (.xlsx): one sheet read as values (formulas as their saved results, merged cells filled).

python-calamine reads a sheet several times faster than openpyxl's read-only mode
(benchmarks/bench_import.py compares both), so it is the reader; openpyxl stays as the fallback for a
workbook calamine rejects.
"""

from __future__ import annotations

import os
from datetime import time, timedelta
from typing import Any

from python_calamine import CalamineWorkbook

from app.importing.table import Cell, ImportFileError, SourceTable, find_header, make_table

DAMAGED = "The workbook cannot be read: open it in Excel, save it again as .xlsx, and import that copy."


def sheet_names(path: str | os.PathLike[str]) -> list[str]:
    try:
        return list(CalamineWorkbook.from_path(os.fspath(path)).sheet_names)
    except Exception:  # noqa: BLE001 - calamine raises its own error types for every kind of damage
        raise ImportFileError(DAMAGED) from None


_TIMES = (time, timedelta)


def _values(row: list[Any]) -> list[Cell]:
    # A time of day has no Cell type: text. Checked inline, as this runs for every cell of the sheet.
    return [str(v) if isinstance(v, _TIMES) else v for v in row]


def _fill_merged(rows: list[list[Cell]], ranges: list[tuple[tuple[int, int], tuple[int, int]]], below: int) -> None:
    """Give every cell of a merged range below the header the value of its top-left cell."""
    for (top, left), (bottom, right) in ranges:
        if top <= below or top >= len(rows):
            continue
        value = rows[top][left] if left < len(rows[top]) else None
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            row.extend([None] * (right + 1 - len(row)))
            for c in range(left, right + 1):
                row[c] = value


def read_xlsx_calamine(path: str | os.PathLike[str], sheet: str | None = None) -> SourceTable:
    try:
        workbook = CalamineWorkbook.from_path(os.fspath(path))
        names = list(workbook.sheet_names)
        if sheet is not None and sheet not in names:
            raise ImportFileError(f"The workbook has no sheet {sheet!r}: choose one of {', '.join(names)}.")
        chosen = sheet or names[0]
        data = workbook.get_sheet_by_name(chosen)
        rows: list[list[Cell]] = [_values(row) for row in data.to_python(skip_empty_area=False)]
        merged = list(data.merged_cell_ranges or [])
    except ImportFileError:
        raise
    except Exception:  # noqa: BLE001 - calamine raises its own error types for every kind of damage
        raise ImportFileError(DAMAGED) from None
    if merged and rows:
        _fill_merged(rows, merged, find_header(rows))
    return make_table(rows, sheet=chosen, sheets=names)


def read_xlsx_openpyxl(path: str | os.PathLike[str], sheet: str | None = None) -> SourceTable:
    """The same with openpyxl's read-only mode (no merged ranges there: merged cells stay empty)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(os.fspath(path), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - zip, XML and openpyxl errors alike
        raise ImportFileError(DAMAGED) from None
    try:
        names = workbook.sheetnames
        if sheet is not None and sheet not in names:
            raise ImportFileError(f"The workbook has no sheet {sheet!r}: choose one of {', '.join(names)}.")
        chosen = sheet or names[0]
        rows: list[list[Cell]] = [_values(list(row)) for row in workbook[chosen].iter_rows(values_only=True)]
    finally:
        workbook.close()
    return make_table(rows, sheet=chosen, sheets=names)


def read_xlsx(path: str | os.PathLike[str], sheet: str | None = None) -> SourceTable:
    return read_xlsx_calamine(path, sheet)
