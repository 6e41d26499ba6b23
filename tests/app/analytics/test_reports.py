"""Every report written and read back with openpyxl: sheets, rows, charts, RTL, safe text, dates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from app.analytics.kpis import kpis_per_day
from app.calendar import GREGORIAN, JALALI
from app.db import Database, open_database
from app.demo import DemoOptions, generate_demo
from app.demo_orders import generate_orders
from app.models import Call, Customer
from app.progress import Cancelled
from app.reports.cli import export_main
from app.reports.export import REPORTS, export_report
from app.reports.i18n import TEXT, tr
from tests.app.analytics.conftest import add_call, add_customer

FIRST, LAST = date(2026, 10, 1), date(2026, 11, 20)
RISKY = ['=HYPERLINK("http://x","y")', "+98 912 000", "-2+3", "@SUM(A1)"]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = open_database(tmp_path_factory.mktemp("reports") / "demo.db", create=True)
    generate_demo(db, DemoOptions(customers=400, days=60, seed=11, end=LAST))
    generate_orders(db, seed=11)
    customer = add_customer(db, RISKY[0])
    for n, text in enumerate(RISKY):
        add_call(db, datetime(2026, 11, 1, 9, n), notes=text, customer_id=customer)
    with db.engine.begin() as conn:
        conn.execute(update(Customer).where(Customer.id == customer).values(city="=1+1"))
    return db


def _count(db: Database, query) -> int:  # noqa: ANN001
    with db.sessions() as session:
        return int(session.scalar(query) or 0)


def _read(path: Path):  # noqa: ANN202
    return load_workbook(path)  # not read-only: charts and sheet views are only read this way


@pytest.mark.parametrize("lang", ["en", "fa", "ar"])
def test_calls_report(demo_db: Database, tmp_path: Path, lang: str) -> None:
    calendar = JALALI if lang == "fa" else GREGORIAN
    out = tmp_path / "calls.xlsx"
    result = export_report(demo_db, "calls", out, FIRST, LAST, lang, calendar)
    start, end = datetime(2026, 10, 1), datetime(2026, 11, 21)
    expected = _count(demo_db, select(func.count()).where(Call.started_at >= start, Call.started_at < end))
    assert result.rows == expected > 100
    wb = _read(out)
    assert wb.sheetnames == [tr("sheet.summary", lang), tr("sheet.calls", lang), tr("sheet.per_day", lang)]
    summary, calls, per_day = wb.worksheets
    assert len(summary._charts) == 1 and summary["A1"].value == tr("sheet.summary", lang)
    assert calls.max_row == expected + 1 and per_day.max_row == (LAST - FIRST).days + 2
    for ws in wb.worksheets:
        assert ws.sheet_view.rightToLeft is (lang in ("fa", "ar"))
    last_column = calls.cell(1, calls.max_column).column_letter
    assert calls.freeze_panes == "A2" and calls.auto_filter.ref == f"A1:{last_column}{expected + 1}"
    headers = [c.value for c in calls[1]]
    assert headers[1] == tr("col.started_at", lang)
    assert (headers[2] == tr("col.jalali", lang)) is (calendar == JALALI)
    started = calls.cell(2, 2)
    assert isinstance(started.value, datetime) and started.is_date
    talk = calls.cell(2, headers.index(tr("col.talk", lang)) + 1)
    assert talk.number_format == "[h]:mm:ss"
    notes = headers.index(tr("col.notes", lang)) + 1
    found = {calls.cell(r, notes).value: calls.cell(r, notes) for r in range(2, calls.max_row + 1)}
    for text in RISKY:
        assert found[text].data_type == "s" and found[text].value == text and found[text].quotePrefix
    if calendar == JALALI:
        assert calls.cell(2, 3).value.startswith("140")  # Jalali year 1405


def test_customers_report(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "customers.xlsx"
    result = export_report(demo_db, "customers", out, FIRST, LAST, "ar")
    live = _count(demo_db, select(func.count()).where(Customer.deleted_at.is_(None)))
    assert result.rows == live
    wb = _read(out)
    summary, customers, statuses = wb.worksheets
    assert customers.max_row == live + 1 and len(summary._charts) == 1
    assert sum(statuses.cell(r, 2).value for r in range(2, statuses.max_row + 1)) == live
    row = next(r for r in customers.iter_rows(min_row=2) if r[1].value == RISKY[0])
    assert row[1].data_type == "s" and row[5].value == "=1+1" and row[5].data_type == "s"
    assert isinstance(row[9].value, datetime)
    assert customers.sheet_view.rightToLeft


def test_kpis_rfm_staffing_reports(demo_db: Database, tmp_path: Path) -> None:
    for report, charts, sheets in (("kpis", 2, 3), ("rfm", 1, 3), ("staffing", 1, 2)):
        out = tmp_path / f"{report}.xlsx"
        result = export_report(demo_db, report, out, FIRST, LAST, "fa", JALALI)
        wb = _read(out)
        assert len(wb.worksheets) == sheets and wb.sheetnames[0] == tr("sheet.summary", "fa")
        assert len(wb.worksheets[0]._charts) == charts
        data = wb.worksheets[1]
        assert data.max_row >= 2 and data.sheet_view.rightToLeft
        assert isinstance(data.cell(2, 1).value, datetime | int)
        if report == "kpis":
            assert data.max_row - 1 == len(kpis_per_day(demo_db, datetime(2026, 10, 1), datetime(2026, 11, 21)))
            assert isinstance(data.cell(2, 1).value, datetime) and data.cell(2, 2).value.startswith("140")
        if report == "staffing":
            assert result.rows == 7 * 24 == data.max_row - 1
        if report == "rfm":
            scored = _count(demo_db, select(func.count(func.distinct(Call.customer_id))).where(
                Call.customer_id.is_not(None), Call.started_at < datetime(2026, 11, 21)))  # fmt: skip
            assert result.rows == data.max_row - 1 >= scored


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "calls.xlsx"
    with pytest.raises(Cancelled):
        export_report(demo_db, "calls", out, FIRST, LAST, progress=lambda done, total, label: done < 100)
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"previous export")
    with pytest.raises(Cancelled):
        export_report(demo_db, "calls", out, FIRST, LAST, progress=lambda done, total, label: False)
    assert out.read_bytes() == b"previous export" and list(tmp_path.iterdir()) == [out]


def test_bad_arguments(demo_db: Database, tmp_path: Path) -> None:
    for kwargs in ({"report": "nope"}, {"lang": "de"}, {"calendar": "mayan"}, {"date_to": date(2026, 9, 1)}):
        args = {"report": "calls", "lang": "en", "calendar": GREGORIAN, "date_to": LAST, **kwargs}
        with pytest.raises(ValueError):
            export_report(demo_db, args["report"], tmp_path / "x.xlsx", FIRST, args["date_to"], args["lang"],
                          args["calendar"])  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_cli(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "k.xlsx"
    assert export_main(["kpis", "--out", str(out), "--from", "2026-10-01", "--to", "2026-11-20"], db=demo_db) == 0
    assert out.exists() and "kpis:" in capsys.readouterr().out
    for argv in (["kpis", "--out", str(out), "--from", "2026-02-30"], ["bogus", "--out", str(out)],
                 ["kpis", "--out", str(tmp_path / "k.csv")], ["kpis"],
                 ["kpis", "--out", str(out), "--from", "2026-11-20", "--to", "2026-11-01"]):  # fmt: skip
        assert export_main(argv, db=demo_db) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1
    missing = tmp_path / "no" / "such" / "dir" / "k.xlsx"
    assert export_main(["kpis", "--out", str(missing)], db=demo_db) == 1
    assert capsys.readouterr().err.startswith("error: ")


def test_every_text_has_three_languages() -> None:
    forbidden = set("[]:*?/\\")
    for key, texts in TEXT.items():
        assert len(texts) == 3 and all(t.strip() for t in texts), key
        if key.startswith("sheet."):
            assert all(len(t) <= 31 and not forbidden & set(t) for t in texts), key
    assert set(REPORTS) == {"calls", "customers", "kpis", "rfm", "staffing", "dataquality"}


def test_cli_database_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello")
    assert export_main(["calls", "--out", str(tmp_path / "c.xlsx")], database=str(not_a_db)) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and not (tmp_path / "c.xlsx").exists()
