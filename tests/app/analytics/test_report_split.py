"""A report larger than a sheet continues on "Calls (2)", "Calls (3)"... with the header repeated, and the
summary says how; or it is written as one CSV. Read back and counted against the database."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db import Database
from app.models import Call
from app.reports.cli import export_main
from app.reports.export import export_report
from app.reports.i18n import tr
from tests.app.analytics.conftest import add_calls

DAY = date(2026, 5, 4)
LIMIT = 1000  # rows a sheet, the header included (Excel's is 1,048,576)


@pytest.fixture
def busy(db: Database) -> Database:
    start = datetime.combine(DAY, datetime.min.time())
    add_calls(db, [{"started_at": start + timedelta(seconds=20 * n), "direction": "in", "status": "answered",
                    "notes": "=1+1" if n == 5 else f"call {n}"} for n in range(2500)])  # fmt: skip
    return db


def in_database(db: Database) -> list[int]:
    start = datetime.combine(DAY, datetime.min.time())
    query = select(Call.id).where(Call.started_at >= start, Call.started_at < start + timedelta(days=1))
    with db.sessions() as session:
        return list(session.scalars(query.order_by(Call.started_at, Call.id)))


def test_rows_past_the_sheet_limit_continue_on_numbered_sheets(busy: Database, tmp_path: Path) -> None:
    out = tmp_path / "calls.xlsx"
    result = export_report(busy, "calls", out, DAY, DAY, "en", max_rows=LIMIT)
    ids = in_database(busy)
    assert result.rows == len(ids) == 2500
    assert result.parts == [("Calls", 999), ("Calls (2)", 999), ("Calls (3)", 502)]
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "Calls", "Calls (2)", "Calls (3)", "Per day"]
    header = [c.value for c in wb["Calls"][1]]
    seen: list[int] = []
    for name, rows in result.parts:
        ws = wb[name]
        assert [c.value for c in ws[1]] == header and ws.freeze_panes == "A2"  # the header repeated
        assert ws.max_row == rows + 1 <= LIMIT
        assert ws.auto_filter.ref.endswith(str(rows + 1))
        seen += [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)]
    assert seen == ids  # every row once, in order, across the sheets
    summary = {r[0].value: r[1].value for r in wb["Summary"].iter_rows(min_row=2) if r[0].value}
    assert summary[tr("kpi.rows", "en")] == 2500
    assert summary[tr("kpi.split", "en")] == "Calls 999 · Calls (2) 999 · Calls (3) 502"


def test_csv_holds_every_row_in_one_file(busy: Database, tmp_path: Path) -> None:
    out = tmp_path / "calls.csv"
    result = export_report(busy, "calls", out, DAY, DAY, "fa", "jalali", as_csv=True, max_rows=LIMIT)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == [tr("col.id", "fa"), tr("col.started_at", "fa"), tr("col.jalali", "fa")]
    assert [int(r[0]) for r in rows[1:]] == in_database(busy) and result.rows == 2500
    assert rows[1][2].startswith("1405") and rows[1][1] == "2026-05-04 00:00:00"
    notes = rows[0].index(tr("col.notes", "fa"))
    assert "'=1+1" in [r[notes] for r in rows[1:]]  # never a formula
    assert not result.split_text()


def test_cli_writes_csv_on_request(busy: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "calls.csv"
    assert export_main(["calls", "--out", str(out), "--csv", "--from", "2026-05-04", "--to", "2026-05-04"], busy) == 0
    assert out.read_text(encoding="utf-8-sig").count("\n") == 2501
    assert export_main(["calls", "--out", str(tmp_path / "x.xlsx"), "--csv"], busy) == 2
    assert "--out must name a .csv file" in capsys.readouterr().err
