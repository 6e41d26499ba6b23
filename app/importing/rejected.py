"""The rejected rows as a CSV (the file's own columns plus a reason), ready to fix and import again."""

from __future__ import annotations

import csv
import os

from app.importing.problem_text import header, problem_text
from app.importing.service import RowProblem
from app.importing.table import cell_text


def write_rejected(
    path: str | os.PathLike[str], headers: list[str], problems: list[RowProblem], lang: str = "en"
) -> None:
    """The file's columns after a row number and the reason, both headed and worded in `lang`."""
    # UTF-8 with a BOM: Excel on Windows then opens Persian and Arabic text correctly.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([header("row", lang), header("reason", lang), *headers])
        for problem in problems:
            reason = problem_text(problem.reason, lang)
            writer.writerow([problem.row_number, reason, *(cell_text(v) for v in problem.cells)])
