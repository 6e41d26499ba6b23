"""Workbooks an owner can read and print, read back with openpyxl: every value in the chosen language,
right to left, Jalali period, money named, page setup, footers, charts with titled axes and straight lines,
the summary's "To" being the last day, and files never replaced or lost silently."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import LineChart
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import func, select, update

from app.calendar import GREGORIAN, JALALI
from app.db import Database, open_database
from app.demo import DemoOptions, generate_demo
from app.demo_orders import generate_orders
from app.models import Customer
from app.reports.cli import export_main
from app.reports.export import REPORTS, export_report
from app.reports.i18n import tr
from app.reports.values import VALUES
from app.week import SATURDAY, Week, default_week

FIRST, LAST = date(2026, 10, 1), date(2026, 11, 20)
ASCII_LETTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = open_database(tmp_path_factory.mktemp("print") / "demo.db", create=True)
    generate_demo(db, DemoOptions(customers=250, days=60, seed=5, end=LAST))
    generate_orders(db, seed=5)
    with db.engine.begin() as conn:  # some customers not to be called, so both yes and no appear
        conn.execute(update(Customer).where(Customer.id % 7 == 0).values(do_not_call=True))
    return db


def _export(db: Database, tmp_path: Path, report: str, lang: str, **kwargs: object) -> Path:
    out = tmp_path / f"{report}-{lang}.xlsx"
    calendar = JALALI if lang == "fa" else GREGORIAN
    export_report(db, report, out, FIRST, LAST, lang, calendar, **kwargs)  # type: ignore[arg-type]
    return out


def _column(ws: Worksheet, header: str) -> list[object]:
    headers = [c.value for c in ws[1]]
    index = headers.index(header) + 1
    return [ws.cell(r, index).value for r in range(2, ws.max_row + 1)]


def _words(lang: str, vocabulary: str) -> set[str]:
    return {texts[("en", "fa", "ar").index(lang)] for texts in VALUES[vocabulary].values()}


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_every_value_is_in_the_chosen_language(shop: Database, tmp_path: Path, lang: str) -> None:
    calls = load_workbook(_export(shop, tmp_path, "calls", lang)).worksheets[1]
    for header, vocabulary in (("col.direction", "direction"), ("col.status", "call_status"),
                               ("col.source", "call_source")):  # fmt: skip
        values = set(_column(calls, tr(header, lang)))
        assert values and values <= _words(lang, vocabulary), header
    for header in ("col.reason", "col.outcome"):  # editable lists: the demo's values all have labels
        values = {v for v in _column(calls, tr(header, lang)) if v}
        assert values and not any(set(str(v)) & ASCII_LETTERS for v in values), (header, values)
    book = load_workbook(_export(shop, tmp_path, "customers", lang))
    customers, statuses = book.worksheets[1], book.worksheets[2]
    assert set(_column(customers, tr("col.status", lang))) <= _words(lang, "customer_status")
    assert set(_column(customers, tr("col.do_not_call", lang))) == _words(lang, "yes_no")
    assert set(_column(statuses, tr("col.status", lang))) <= _words(lang, "customer_status")
    book = load_workbook(_export(shop, tmp_path, "rfm", lang))
    assert set(_column(book.worksheets[1], tr("col.segment", lang))) <= _words(lang, "segment")
    other = VALUES["segment"]["other"][("en", "fa", "ar").index(lang)]  # a score outside every segment
    assert set(_column(book.worksheets[2], tr("col.segment", lang))) == _words(lang, "segment") - {other}
    staffing = load_workbook(_export(shop, tmp_path, "staffing", lang)).worksheets[1]
    weekdays = _column(staffing, tr("col.weekday", lang))
    assert weekdays[0] == VALUES["weekday"][SATURDAY][("en", "fa", "ar").index(lang)]  # the week from Saturday
    assert set(weekdays) == _words(lang, "weekday")
    for ws in (calls, customers, statuses, staffing):
        assert ws.sheet_view.rightToLeft and ws["A1"].font.name == "Tahoma" and ws["A1"].font.b


def test_a_week_from_monday_when_the_office_says_so(shop: Database, tmp_path: Path) -> None:
    monday = Week(1, frozenset({6, 7}))
    staffing = load_workbook(_export(shop, tmp_path, "staffing", "en", week=monday)).worksheets[1]
    assert _column(staffing, "Weekday")[0] == "Monday" and isinstance(staffing["A2"].value, datetime)
    assert staffing["A2"].value.isoweekday() == 1 and default_week("fa").first_day == SATURDAY


def test_summary_period_ends_on_the_last_day_in_jalali_with_gregorian_beside(shop: Database, tmp_path: Path) -> None:
    summary = load_workbook(_export(shop, tmp_path, "calls", "fa")).worksheets[0]
    lines = {row[0].value: row[1:] for row in summary.iter_rows(min_row=2)}
    start, end = lines[tr("kpi.period_from", "fa")], lines[tr("kpi.period_to", "fa")]
    assert start[0].value == "1405/07/09" and start[1].value == datetime(2026, 10, 1)
    assert end[0].value == "1405/08/29" and end[1].value == datetime(2026, 11, 20)  # not the 21st
    assert end[1].number_format == "yyyy-mm-dd"
    english = load_workbook(_export(shop, tmp_path, "kpis", "en")).worksheets[0]
    lines = {row[0].value: row[1] for row in english.iter_rows(min_row=2)}
    assert lines["To"].value == datetime(2026, 11, 20) and lines["To"].is_date
    assert lines["Offered"].number_format == "#,##0"


def test_money_in_the_office_currency_named_in_the_format(shop: Database, tmp_path: Path) -> None:
    rials = load_workbook(_export(shop, tmp_path, "customers", "fa"))
    tomans = load_workbook(_export(shop, tmp_path, "customers", "ar", toman=True))
    value_fa = rials.worksheets[1]
    column = [c.value for c in value_fa[1]].index(tr("col.value", "fa")) + 1
    column_ar = [c.value for c in tomans.worksheets[1][1]].index(tr("col.value", "ar")) + 1
    row = next(r for r in range(2, value_fa.max_row + 1) if value_fa.cell(r, column).value)
    assert value_fa.cell(row, column).number_format == '#,##0 "ریال"'
    toman_cell = tomans.worksheets[1].cell(row, column_ar)
    assert toman_cell.number_format == '#,##0 "تومان"' and toman_cell.value * 10 == value_fa.cell(row, column).value
    summary = {r[0].value: r[1] for r in tomans.worksheets[0].iter_rows(min_row=2)}
    assert summary[tr("kpi.revenue", "ar")].number_format == '#,##0 "تومان"'
    assert summary[tr("kpi.currency", "ar")].value == "تومان"


@pytest.mark.parametrize("report", REPORTS)
def test_every_sheet_is_set_up_for_printing(shop: Database, tmp_path: Path, report: str) -> None:
    book = load_workbook(_export(shop, tmp_path, report, "fa"))
    period = "1405/07/09 – 1405/08/29"
    for index, ws in enumerate(book.worksheets):
        setup = ws.page_setup
        assert ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1, ws.title
        footer = ws.oddFooter
        assert "&P" in footer.left.text and "&N" in footer.left.text and "صفحه" in footer.left.text
        assert tr(f"report.{report}", "fa") in footer.center.text and period in footer.center.text
        first_is_summary = index == 0 and report != "dataquality"
        if first_is_summary:  # the summary and its charts on one page
            assert setup.fitToHeight == 1 and setup.orientation == "landscape"
        else:
            assert setup.fitToHeight == 0 and ws.print_title_rows == "$1:$1"  # the header on every page
    if report == "calls":
        assert book.worksheets[1].page_setup.orientation == "landscape"  # 14 columns do not fit upright
        assert book.worksheets[2].page_setup.orientation == "portrait"  # a per-day table does


def test_charts_have_titled_axes_and_straight_lines(shop: Database, tmp_path: Path) -> None:
    seen = 0
    for report in ("calls", "kpis", "customers", "rfm", "staffing"):
        summary = load_workbook(_export(shop, tmp_path, report, "fa")).worksheets[0]
        for chart in summary._charts:
            seen += 1
            for axis in (chart.x_axis, chart.y_axis):
                title = "".join(r.t for p in axis.title.tx.rich.p for r in (p.r or []))
                assert title and not set(title) & ASCII_LETTERS, (report, title)
                assert axis.delete is False
            if isinstance(chart, LineChart):
                assert all(series.smooth is False for series in chart.series), report
        if report == "staffing":
            x_title = summary._charts[0].x_axis.title.tx.rich.p[0].r[0].t
            assert x_title == tr("axis.day_hour", "fa")
    assert seen == 6


def test_phone_numbers_read_left_to_right_in_a_right_to_left_sheet(shop: Database, tmp_path: Path) -> None:
    calls = load_workbook(_export(shop, tmp_path, "calls", "ar")).worksheets[1]
    column = [c.value for c in calls[1]].index(tr("col.number", "ar")) + 1
    cell = calls.cell(2, column)
    assert cell.value.startswith("+") and cell.data_type == "s" and cell.alignment.readingOrder == 1


def test_empty_period_and_which_customers_are_listed(shop: Database, tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    export_report(shop, "calls", out, date(2020, 1, 1), date(2020, 1, 31))
    lines = {r[0]: r[1] for r in load_workbook(out).worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert lines["Calls"] == "No calls in this period" and lines["Rows"] == "Nothing to list for this period"
    out = tmp_path / "customers.xlsx"
    export_report(shop, "customers", out, FIRST, LAST)
    book = load_workbook(out)
    lines = {r[0]: r[1] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    with shop.sessions() as session:
        live = session.scalar(select(func.count()).where(Customer.deleted_at.is_(None)))
        created = session.scalar(select(func.count()).where(
            Customer.deleted_at.is_(None), Customer.created_at >= datetime(2026, 10, 1),
            Customer.created_at < datetime(2026, 11, 21)))  # fmt: skip
    assert (
        lines["Customers listed"].startswith("All customers")
        and lines["Rows"] == live == book.worksheets[1].max_row - 1
    )
    assert lines["Created in the period"] == created


def test_an_existing_file_is_replaced_only_when_asked(
    shop: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "k.xlsx"
    out.write_bytes(b"last month's report")
    with pytest.raises(FileExistsError):
        export_report(shop, "kpis", out, FIRST, LAST, overwrite=False)
    argv = ["kpis", "--out", str(out), "--from", "2026-10-01", "--to", "2026-11-20"]
    assert export_main(argv, db=shop) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "--force" in err and str(out) in err
    assert out.read_bytes() == b"last month's report" and list(tmp_path.iterdir()) == [out]
    assert export_main([*argv, "--force"], db=shop) == 0
    assert load_workbook(out).sheetnames[0] == "Summary"


def test_a_missing_folder_is_named(shop: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "no" / "such"
    assert export_main(["kpis", "--out", str(folder / "k.xlsx")], db=shop) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and f"the folder {folder} does not exist" in err
    with pytest.raises(FileNotFoundError) as raised:
        export_report(shop, "calls", folder / "c.xlsx", FIRST, LAST)
    assert str(folder) in raised.value.strerror and not (tmp_path / "no").exists()


def test_ticket_lists_show_their_labels_and_the_workbook_prints(db: Database, tmp_path: Path) -> None:
    from app.services import lookups
    from app.tickets import service
    from app.tickets.dto import TicketDraft
    from app.tickets.lists import TICKET_CATEGORY, TICKET_DEFAULTS
    from app.tickets.report import export_tickets

    lookups.ensure_defaults(db, TICKET_DEFAULTS)
    billing = lookups.list_values(db, TICKET_CATEGORY)[1]
    lookups.set_labels(db, billing.id, "صورت‌حساب", "الفواتير")
    service.create_ticket(db, TicketDraft("x", category_id=billing.id), "sara", now=datetime(2026, 11, 2, 9))
    out = tmp_path / "tickets.xlsx"
    export_tickets(db, out, date(2026, 11, 1), date(2026, 11, 30), "ar")
    book = load_workbook(out)
    assert _column(book.worksheets[1], tr("tk.category", "ar")) == ["الفواتير"]
    assert book.worksheets[2]["A2"].value == "الفواتير"  # the by-category sheet groups by the label
    assert all("&P" in ws.oddFooter.left.text and ws.sheet_properties.pageSetUpPr.fitToPage for ws in book)
    lines = {r[0].value: r[1:] for r in book.worksheets[0].iter_rows(min_row=2)}
    assert lines[tr("kpi.period_to", "ar")][0].value == datetime(2026, 11, 30)
    with pytest.raises(FileExistsError):
        export_tickets(db, out, date(2026, 11, 1), date(2026, 11, 30), "ar", overwrite=False)
    from app.tickets.export_cli import export_tickets_main

    argv = ["tickets", "--out", str(out), "--from", "2026-11-01", "--to", "2026-11-30"]
    before = out.read_bytes()
    assert export_tickets_main(argv, database=db.url) == 1 and out.read_bytes() == before
    assert export_tickets_main([*argv, "--force"], database=db.url) == 0


def test_day_plan_prints_with_statuses_in_the_language(db: Database, tmp_path: Path) -> None:
    from app.identity import user_id
    from app.tickets import service
    from app.tickets.day_plan_export import export_day_plan
    from app.tickets.dto import TicketDraft
    from app.tickets.followups import schedule_visit

    with db.sessions.begin() as session:
        reza = user_id(session, "reza")
    monday = datetime(2026, 11, 23, 9)
    ticket = service.create_ticket(db, TicketDraft("no water", type="visit"), "sara", now=monday)
    schedule_visit(db, ticket, datetime(2026, 11, 24, 10), reza, "Tehran", "sara", now=monday)
    out = tmp_path / "plan.xlsx"
    assert export_day_plan(db, reza, date(2026, 11, 24), out, "fa", JALALI) == 1
    sheet = load_workbook(out).active
    status = _column(sheet, tr("col.status", "fa"))[0]
    assert status and not set(status) & ASCII_LETTERS
    assert "&P" in sheet.oddFooter.left.text and "1405/09/03" in sheet.oddFooter.center.text
    assert sheet.page_setup.fitToWidth == 1 and sheet.print_title_rows == "$1:$1"
