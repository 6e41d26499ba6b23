"""Dates typed on the command line: Jalali or Gregorian by the year, any digits, clear refusals."""

from __future__ import annotations

from datetime import date

import pytest

from app.calendar import parse_user_date
from app.reports.cli import build_parser, export_main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1405-09-01", date(2026, 11, 22)),
        ("1405/09/01", date(2026, 11, 22)),
        ("۱۴۰۵/۰۹/۰۱", date(2026, 11, 22)),  # Persian digits
        ("١٤٠٥-٠٩-٠١", date(2026, 11, 22)),  # Arabic-Indic digits
        ("1403/12/30", date(2025, 3, 20)),  # the leap day of a leap Jalali year
        ("2026-11-23", date(2026, 11, 23)),
        ("2026/3/5", date(2026, 3, 5)),
    ],
)
def test_jalali_and_gregorian_days_are_read_by_their_year(text: str, expected: date) -> None:
    assert parse_user_date(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("1405-12-30", "not a day of the Jalali calendar"),  # 1405 is not a leap year
        ("1405-13-01", "not a day of the Jalali calendar"),
        ("2026-02-30", "not a day of the Gregorian calendar"),
        ("05/09/01", "four-digit year"),  # which century, which calendar?
        ("0999-01-01", "neither a Jalali"),
        ("yesterday", "is not a date"),
    ],
)
def test_ambiguous_or_impossible_days_are_refused_in_one_line(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says) as caught:
        parse_user_date(text)
    assert "\n" not in str(caught.value)


def test_export_command_takes_jalali_period() -> None:
    args = build_parser().parse_args(["calls", "--out", "x.xlsx", "--from", "1405/09/01", "--to", "۱۴۰۵-۰۹-۰۲"])
    assert (args.date_from, args.date_to) == (date(2026, 11, 22), date(2026, 11, 23))


def test_export_command_refuses_impossible_jalali_day(capsys: pytest.CaptureFixture[str]) -> None:
    assert export_main(["calls", "--out", "x.xlsx", "--from", "1405-12-30"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and "Jalali" in err[0]


def test_tickets_export_takes_the_same_jalali_period(capsys: pytest.CaptureFixture[str], tmp_path) -> None:  # noqa: ANN001
    from app.tickets.export_cli import export_tickets_main

    code = export_tickets_main(["tickets", "--out", "x.xlsx", "--from", "1405-12-30"], str(tmp_path / "t.db"))
    assert code == 2 and "not a day of the Jalali calendar" in capsys.readouterr().err
