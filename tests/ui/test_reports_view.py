"""The Reports screen writes a real workbook with progress, and a cancelled export leaves no file."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

from PySide6.QtCore import QCalendar, QDate

from app.db import Database
from app.dto import CallDraft
from app.services import calls
from ui.formatting import Formatter
from ui.reports.reports_view import ReportsView


def fill(db: Database, count: int) -> None:
    start = datetime.combine(datetime.now().date(), datetime.min.time()) - timedelta(days=5)
    for i in range(count):
        calls.log_call(db, CallDraft("in", start + timedelta(minutes=7 * i), number="09121112233",
                                     notes="=HYPERLINK(\"http://x\")" if i == 0 else ""), "t")  # fmt: skip


def test_export_calls_to_a_real_workbook(qtbot, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    fill(db, 40)
    view = ReportsView(db, Formatter(), QCalendar(), "en")
    qtbot.addWidget(view)
    view.first.setDate(QDate.currentDate().addDays(-10))
    target = tmp_path / "calls.xlsx"
    task = view.export_to(str(target))
    assert task is not None and not view.export_button.isEnabled() and view.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: view.result is not None, timeout=20000)
    assert view.export_button.isEnabled() and "40" in view.status.text()
    book = openpyxl.load_workbook(target)
    data = book[book.sheetnames[1]]
    assert data.max_row - 1 == 40
    texts = [c.value for row in data.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert '=HYPERLINK("http://x")' in texts  # written as text, never as a formula


def test_cancel_leaves_no_file_and_reversed_dates_are_refused(qtbot, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    fill(db, 30)
    view = ReportsView(db, Formatter(), QCalendar(), "en")
    qtbot.addWidget(view)
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "cancelled.xlsx"
    view.export_to(str(target))
    view.cancel()
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=20000)
    assert "Cancelled" in view.status.text() and not target.exists()
    assert list(out.iterdir()) == []  # no half-written temp file either
    view.first.setDate(QDate.currentDate().addDays(3))
    assert view.export_to(str(target)) is None and "before" in view.status.text()


def test_csv_when_the_user_prefers_it(qtbot, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    fill(db, 25)
    view = ReportsView(db, Formatter(), QCalendar(), "en")
    qtbot.addWidget(view)
    view.first.setDate(QDate.currentDate().addDays(-10))
    view.file_format.setCurrentIndex(view.file_format.findData("csv"))
    target = tmp_path / "calls.csv"
    view.export_to(str(target))
    qtbot.waitUntil(lambda: view.result is not None, timeout=20000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 26 and lines[0].startswith("ID,Started") and "25" in view.status.text()


def test_replacing_a_file_is_asked_and_a_missing_folder_named(qtbot, db: Database, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    fill(db, 5)
    view = ReportsView(db, Formatter(), QCalendar(), "en")
    qtbot.addWidget(view)
    target = tmp_path / "kpis.xlsx"
    target.write_bytes(b"last month")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args):  # noqa: ANN001, ANN002, ANN202
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "kpis"), ""))
    view.choose_and_export()  # "kpis" + .xlsx exists: asked, and "No" keeps it
    assert len(asked) == 1 and "kpis.xlsx" in asked[0] and view.task is None
    assert target.read_bytes() == b"last month"
    answer[0] = QMessageBox.StandardButton.Yes
    view.choose_and_export()
    qtbot.waitUntil(lambda: view.result is not None, timeout=20000)
    assert len(asked) == 2 and openpyxl.load_workbook(target).sheetnames[0] == "Summary"
    missing = tmp_path / "gone" / "k.xlsx"
    view.export_to(str(missing))
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=20000)
    assert view.status.text() == f"The folder {missing.parent} does not exist. Choose another folder."
