"""Every report printed by LibreOffice Calc (headless, to PDF): the file opens, the summary and its charts
fit one page, and data pages hold at least 40 rows each (fit to width, not shrunk to nothing, not one
column per page). `.ci/run` installs LibreOffice, so this runs in CI."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.calendar import JALALI
from app.db import Database, open_database
from app.demo import DemoOptions, generate_demo
from app.demo_orders import generate_orders
from app.reports.export import REPORTS, export_report
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.report import export_tickets

FIRST, LAST = date(2026, 10, 1), date(2026, 11, 20)
ROWS_PER_PAGE = 40  # the least a printed data page must hold
PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")  # page objects (not the /Pages tree); LibreOffice writes them plainly


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice Calc is needed for the print test: apt-get install libreoffice-calc-nogui"
    return found


def _to_pdf(files: list[Path], out: Path, profile: Path) -> None:
    """One LibreOffice run for all files, with its own profile (never the user's, never a parallel run's)."""
    command = [_soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(out), *map(str, files)]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=600)


def _pages(pdf: Path) -> int:
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], pdf.name
    return len(PAGE.findall(data))


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("pdf")
    db: Database = open_database(folder / "demo.db", create=True)
    generate_demo(db, DemoOptions(customers=300, days=60, seed=9, end=LAST))
    generate_orders(db, seed=9)
    for n in range(60):  # enough tickets for the tickets workbook to need more than one page
        service.create_ticket(db, TicketDraft(f"ticket {n}"), "sara", now=datetime(2026, 10, 2, 9) + timedelta(hours=n))
    books = []
    for report in REPORTS:
        books.append(folder / f"{report}.xlsx")
        export_report(db, report, books[-1], FIRST, LAST, "fa", JALALI)
    books.append(folder / "tickets.xlsx")
    export_tickets(db, books[-1], FIRST, LAST, "fa", JALALI)
    db.dispose()
    return books


def test_each_report_prints_with_a_sane_page_count(workbooks: list[Path], tmp_path: Path) -> None:
    summaries = []
    for book in workbooks:  # the summary alone (charts kept), to see that it takes exactly one page
        wb = load_workbook(book)
        for ws in wb.worksheets[1:]:
            wb.remove(ws)
        summaries.append(tmp_path / f"summary-{book.name}")
        wb.save(summaries[-1])
    _to_pdf([*workbooks, *summaries], tmp_path / "pdf", tmp_path / "profile")
    for book in workbooks:
        sheets = load_workbook(book)
        data = [ws.max_row for ws in sheets.worksheets[1:]]
        pages = _pages(tmp_path / "pdf" / f"{book.stem}.pdf")
        most = 1 + sum(max(1, math.ceil(rows / ROWS_PER_PAGE)) for rows in data)
        assert len(sheets.worksheets) <= pages <= most, (book.name, pages, data)
        assert _pages(tmp_path / "pdf" / f"summary-{book.stem}.pdf") == 1, book.name
    calls = load_workbook(workbooks[0]).worksheets[1]
    assert calls.max_row > 2 * ROWS_PER_PAGE  # the calls sheet really spans pages, and fits the bound above
