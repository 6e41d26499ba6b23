"""Excel workbooks (.xlsx): one sheet read as values (formulas as their saved results, merged cells filled).

python-calamine reads a sheet several times faster than openpyxl's read-only mode
(benchmarks/bench_import.py compares both), so it is the reader; openpyxl stays as the fallback for a
workbook calamine rejects.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import time, timedelta
from itertools import islice
from typing import Any

from python_calamine import CalamineWorkbook

from app.importing.table import (
    HEADER_SEARCH_ROWS,
    Cell,
    ImportFileError,
    SourceTable,
    find_header,
    make_table,
    table_of_lists,
)

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


Ranges = list[tuple[tuple[int, int], tuple[int, int]]]


def _merged_filled(rows: Iterable[list[Any]], ranges: Ranges, offset: int) -> Iterator[list[Cell]]:
    """Every cell of a merged range gets the value of its top-left cell, row by row as the sheet is read.

    Ranges are in sheet coordinates; calamine's rows start at the first used column (`offset`)."""
    starting: dict[int, list[tuple[int, int, int]]] = {}
    for (top, left), (bottom, right) in ranges:
        starting.setdefault(top, []).append((bottom, left - offset, right - offset))
    open_ranges: list[tuple[int, int, int, Cell]] = []  # (bottom, left, right, value)
    for index, raw in enumerate(rows):
        row = _values(raw)
        for bottom, left, right in starting.get(index, ()):
            if left >= 0:
                open_ranges.append((bottom, left, right, row[left] if left < len(row) else None))
        if open_ranges:
            open_ranges = [r for r in open_ranges if r[0] >= index]
            for _bottom, left, right, value in open_ranges:
                row.extend([None] * (right + 1 - len(row)))
                row[left : right + 1] = [value] * (right + 1 - left)
        yield row


def read_xlsx_calamine(path: str | os.PathLike[str], sheet: str | None = None) -> SourceTable:
    """The sheet stays in calamine's compact form; each pass turns it into Python rows one at a time."""
    try:
        workbook = CalamineWorkbook.from_path(os.fspath(path))
        names = list(workbook.sheet_names)
        if sheet is not None and sheet not in names:
            raise ImportFileError(f"The workbook has no sheet {sheet!r}: choose one of {', '.join(names)}.")
        chosen = sheet or names[0]
        data = workbook.get_sheet_by_name(chosen)
        merged: Ranges = list(data.merged_cell_ranges or [])
        offset = data.start[1] if data.start else 0
        if merged:  # only below the header: a title merged across the columns above it must stay one cell
            header = find_header(list(islice(map(_values, data.iter_rows()), HEADER_SEARCH_ROWS)))
            merged = [r for r in merged if r[0][0] > header]

        def raw() -> Iterator[list[Cell]]:
            return _merged_filled(data.iter_rows(), merged, offset) if merged else map(_values, data.iter_rows())

        return make_table(raw, sheet=chosen, sheets=names)
    except ImportFileError:
        raise
    except Exception:  # noqa: BLE001 - calamine raises its own error types for every kind of damage
        raise ImportFileError(DAMAGED) from None


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
    return table_of_lists(rows, sheet=chosen, sheets=names)


def read_xlsx(path: str | os.PathLike[str], sheet: str | None = None) -> SourceTable:
    return read_xlsx_calamine(path, sheet)
