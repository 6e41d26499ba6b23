"""The rejected rows as a CSV (the file's own columns plus a reason), ready to fix and import again."""

from __future__ import annotations

import csv
import os

from app.importing.service import RowProblem
from app.importing.table import cell_text


def write_rejected(path: str | os.PathLike[str], headers: list[str], problems: list[RowProblem]) -> None:
    # UTF-8 with a BOM: Excel on Windows then opens Persian and Arabic text correctly.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", "reason", *headers])
        for problem in problems:
            writer.writerow([problem.row_number, problem.reason, *(cell_text(v) for v in problem.cells)])
