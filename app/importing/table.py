"""What every reader hands on: a header row and data rows, with the file's own row numbers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

Cell = str | int | float | bool | date | datetime | None
HEADER_SEARCH_ROWS = 15


class ImportFileError(Exception):
    """A file cannot be read as customers; `str(error)` is one sentence saying what to do next."""


@dataclass(slots=True)
class SourceTable:
    """Rows of one sheet or file; `row_numbers[i]` is the file's row number of `rows[i]` (1-based, as Excel shows)."""

    headers: list[str]
    rows: list[list[Cell]]
    row_numbers: list[int]
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)


def cell_text(value: Cell) -> str:
    """A cell as text (numbers without a trailing .0: phone numbers typed into Excel come as floats)."""
    if value.__class__ is str:  # nearly every cell of a file: skip the type checks below
        return value.strip()  # type: ignore[union-attr]
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e17:
        return str(int(value))
    if isinstance(value, datetime):
        midnight = value.time() == datetime.min.time()
        return str(value.date()) if midnight else value.isoformat(sep=" ", timespec="minutes")
    return str(value).strip()


def _filled(row: Sequence[Cell]) -> int:
    return sum(1 for v in row if cell_text(v))


def find_header(rows: Sequence[Sequence[Cell]]) -> int:
    """Index of the header row: the first row about as wide as the table, skipping title rows above it.

    A title ("Customers of 1403", often merged across the columns) fills one cell; the header fills most.
    """
    sample = rows[:HEADER_SEARCH_ROWS]
    widest = max((_filled(r) for r in sample), default=0)
    if widest == 0:
        raise ImportFileError("The file has no rows: choose a file with a header row and customers under it.")
    needed = max(2, (widest + 1) // 2) if widest > 1 else 1
    for index, row in enumerate(sample):
        if _filled(row) >= needed:
            return index
    return 0


def make_table(rows: list[list[Cell]], **details: object) -> SourceTable:
    """Split raw rows into header and data (blank rows dropped, ragged rows padded)."""
    start = find_header(rows)
    headers = [cell_text(v) for v in rows[start]]
    width = len(headers)
    data: list[list[Cell]] = []
    numbers: list[int] = []
    for offset, row in enumerate(rows[start + 1 :], start=start + 2):
        first = row[0] if row else None
        if not (first.__class__ is str and first.strip()) and not any(cell_text(v) for v in row):  # type: ignore[union-attr]
            continue  # (the first test settles nearly every row without a generator)
        width = max(width, len(row))
        data.append(list(row))
        numbers.append(offset)
    headers += [""] * (width - len(headers))
    for row in data:
        row.extend([None] * (width - len(row)))
    return SourceTable(headers, data, numbers, **details)  # type: ignore[arg-type]
