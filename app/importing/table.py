"""What every reader hands on: a header row and data rows, with the file's own row numbers.

A big file is not held as Python rows: a `SourceTable` makes a fresh pass over its source each time
its rows are asked for (the CSV text, calamine's sheet), so an import keeps one batch of rows alive at
a time. A hundred thousand rows as lists of str objects were ~80 MB of an import's memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, islice
from typing import Any

Cell = str | int | float | bool | date | datetime | None
HEADER_SEARCH_ROWS = 15
RawRows = Callable[[], Iterable[list[Cell]]]  # a fresh pass over the file's rows, title rows and header included


class ImportFileError(Exception):
    """A file cannot be read as customers; `str(error)` is one sentence saying what to do next."""


@dataclass(slots=True)
class SourceTable:
    """Rows of one sheet or file; each row comes with the file's row number (1-based, as Excel shows).

    `numbered_rows()` is a new pass over the source each time, with blank rows left out and every row
    padded to the width of the widest one."""

    headers: list[str]
    row_count: int
    numbered: Callable[[], Iterator[tuple[int, list[Cell]]]]
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)

    @classmethod
    def of_rows(cls, headers: list[str], rows: list[list[Cell]], row_numbers: list[int], **details: Any) -> SourceTable:
        """A table already in memory (small sources: contacts files, tests); rows are taken as given."""
        width = max([len(headers), *(len(r) for r in rows)])
        padded = [(n, r + [None] * (width - len(r))) for n, r in zip(row_numbers, rows, strict=True)]
        return cls(headers + [""] * (width - len(headers)), len(rows), lambda: iter(padded), **details)

    def numbered_rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """(row number, cells) for every data row, in file order."""
        return self.numbered()

    def head(self, count: int) -> list[list[Cell]]:
        return [cells for _n, cells in islice(self.numbered_rows(), count)]

    @property
    def rows(self) -> list[list[Cell]]:
        """Every data row in memory: for small files and tests; an import walks `numbered_rows()` instead."""
        return [cells for _n, cells in self.numbered_rows()]

    @property
    def row_numbers(self) -> list[int]:
        return [n for n, _cells in self.numbered_rows()]


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


def _blank(row: Sequence[Cell]) -> bool:
    first = row[0] if row else None
    # The first test settles nearly every row without a generator.
    return not (first.__class__ is str and first.strip()) and not any(cell_text(v) for v in row)  # type: ignore[union-attr]


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


def _data_rows(raw: Iterable[list[Cell]], start: int, width: int) -> Iterator[tuple[int, list[Cell]]]:
    for number, row in enumerate(raw, start=1):
        if number <= start + 1 or _blank(row):
            continue
        row = list(row)
        if len(row) < width:
            row.extend([None] * (width - len(row)))
        yield number, row


def make_table(raw: RawRows, **details: Any) -> SourceTable:
    """Find the header (skipping title rows above it) and count the data rows, in one pass over `raw`.

    `raw` is called again for every later pass, so it must give the same rows each time."""
    rows = iter(raw())
    sample = list(islice(rows, HEADER_SEARCH_ROWS))
    start = find_header(sample)
    headers = [cell_text(v) for v in sample[start]]
    width, count = len(headers), 0
    for row in chain(sample[start + 1 :], rows):
        if not _blank(row):
            count += 1
            if len(row) > width:
                width = len(row)
    headers += [""] * (width - len(headers))
    return SourceTable(headers, count, lambda: _data_rows(raw(), start, width), **details)


def table_of_lists(rows: list[list[Cell]], **details: Any) -> SourceTable:
    """`make_table` over rows already in memory (openpyxl's reader, tests)."""
    return make_table(lambda: rows, **details)
