"""The tickets workbook read back with openpyxl: rows equal the database, charts present, RTL and Jalali for fa."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.db import Database
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.export_cli import export_tickets_main
from app.tickets.models import Ticket
from app.tickets.report import export_tickets

MON = datetime(2026, 11, 23, 9)


def _tickets(db: Database) -> list[int]:
    first = service.create_ticket(db, TicketDraft('=HYPERLINK("x")', type="request"), "sara", now=MON)
    service.change_status(db, first, "open", "sara", now=MON + timedelta(hours=1))
    service.change_status(db, first, "resolved", "sara", now=MON + timedelta(hours=4))  # 4 business hours
    service.change_status(db, first, "closed", "sara", satisfaction=5, now=MON + timedelta(days=1))
    second = service.create_ticket(db, TicketDraft("late", priority="urgent"), "sara", now=MON + timedelta(hours=5))
    service.change_status(db, second, "resolved", "sara", now=MON + timedelta(days=2))  # after its 4-hour target
    third = service.create_ticket(db, TicketDraft("again"), "sara", now=MON + timedelta(hours=6))
    service.change_status(db, third, "resolved", "sara", now=MON + timedelta(hours=7))
    service.reopen(db, third, "sara", "back again", now=MON + timedelta(days=2, hours=1))
    service.create_ticket(db, TicketDraft("outside the period"), "sara", now=MON + timedelta(days=40))
    return [first, second, third]


def test_workbook_rows_equal_the_database_with_charts(db: Database, tmp_path: Path) -> None:
    first, second, third = _tickets(db)
    out = tmp_path / "tickets.xlsx"
    result = export_tickets(db, out, date(2026, 11, 1), date(2026, 11, 30))
    wb = openpyxl.load_workbook(out)
    assert result.rows == 3 and wb.sheetnames[0] == "Summary"
    rows = list(wb["Tickets"].iter_rows(min_row=2, values_only=True))
    with db.sessions() as s:
        in_period = s.scalar(select(func.count(Ticket.id)).where(Ticket.created_at < datetime(2026, 12, 1)))
    assert [r[0] for r in rows] == [first, second, third] and in_period == len(rows)
    assert rows[0][10] == '=HYPERLINK("x")' and wb["Tickets"].cell(2, 11).data_type == "s"  # text, not a formula
    assert rows[0][2:6] == ("Request", None, "Normal", "Closed")  # no category: an empty cell
    assert rows[0][12] == timedelta(hours=4) and rows[0][13] == "✓" and rows[0][15] == 5
    assert rows[1][13] == "✗" and rows[2][13] is None and rows[2][14] == 1  # reopened: not resolved any more
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Tickets opened"] == 3 and summary["Reopen rate"] == 1 / 3 and summary["SLA met %"] == 0.5
    assert summary["Avg satisfaction"] == 5
    assert len(wb["Summary"]._charts) == 4
    backlog = dict(wb["Open backlog"].iter_rows(min_row=2, values_only=True))
    assert sum(backlog.values()) == 1  # the reopened one is open at the end of November
    assert len(list(wb["By category"].iter_rows(min_row=2))) == 1


def test_persian_workbook_is_right_to_left_with_jalali_dates(db: Database, tmp_path: Path) -> None:
    _tickets(db)
    out = tmp_path / "fa.xlsx"
    code = export_tickets_main(["tickets", "--out", str(out), "--from", "2026-11-01", "--to", "2026-11-30",
                                "--lang", "fa"], database=db.url)  # fmt: skip
    assert code == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["خلاصه", "تیکت‌ها"]
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    sheet = wb["تیکت‌ها"]
    assert sheet.cell(1, 3).value == "تاریخ شمسی" and sheet.cell(2, 3).value == "1405/09/02 09:00"
    assert sheet.cell(2, 4).value == "درخواست"


@pytest.mark.parametrize(("args", "code"), [(["tickets"], 2), (["tickets", "--out", "x.csv"], 2),
                                             (["tickets", "--out", "x.xlsx", "--from", "2026-12-01",
                                               "--to", "2026-11-01"], 2)])  # fmt: skip
def test_bad_arguments_are_one_error_line(args: list[str], code: int, db: Database, capsys) -> None:  # noqa: ANN001
    assert export_tickets_main(args, database=db.url) == code
    assert capsys.readouterr().err.startswith("error: ")
