"""Every reader on real files in every encoding and format, and hostile input."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.importing.csv_reader import read_csv_bytes
from app.importing.mapping import guess_mapping
from app.importing.read import read_table
from app.importing.rows import check_table
from app.importing.table import ImportFileError
from app.importing.xlsx_reader import read_xlsx_calamine, read_xlsx_openpyxl
from tests.app.importing.files import HEADERS, VCARD_30, VCARD_40, write_xlsx

ROWS = [HEADERS, ["علي", "كريمي", "۰۹۱۲۱۲۳۴۵۶۷", "", "a@b.com", "تهران", "1403/07/15", "بله"]]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    return "\r\n".join(delimiter.join(r) for r in rows) + "\r\n"


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("utf-8", ",", b""), ("utf-8", "\t", b"\xef\xbb\xbf"), ("utf-16", ";", b""), ("utf-16-le", "|", b"")],
)
def test_csv_in_every_encoding_and_delimiter(tmp_path: Path, encoding: str, delimiter: str, bom: bytes) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(bom + _csv(ROWS, delimiter).encode(encoding))
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.headers == HEADERS
    assert table.rows[0][:3] == ["علي", "كريمي", "۰۹۱۲۱۲۳۴۵۶۷"]
    assert table.row_numbers == [2]


def test_windows_1256_csv_with_semicolons(tmp_path: Path) -> None:
    rows = [["نام", "موبايل", "شهر"], ["علي كريمي", "09121234567", "تهران"], ["رضا", "09351112233", "قم"]]
    path = tmp_path / "excel.csv"
    path.write_bytes(_csv(rows, ";").encode("cp1256"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1256", ";")
    assert table.rows[0] == ["علي كريمي", "09121234567", "تهران"]
    assert guess_mapping(table.headers) == ["name", "phone_mobile", "city"]


def test_user_can_override_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes("name,phone\nعلي,0912\n".encode("cp1256"))
    with pytest.raises(ImportFileError, match="not in utf-8"):
        read_table(path, encoding="utf-8")
    assert read_table(path, encoding="cp1256").rows == [["علي", "0912"]]


def test_title_rows_above_the_header_are_skipped_in_csv() -> None:
    table = read_csv_bytes(b"Customers 2024\n\nname,phone,city\nAli,0912,Qom\n")
    assert table.headers == ["name", "phone", "city"]
    assert table.row_numbers == [4]


@given(st.binary(max_size=400))
@settings(max_examples=300, deadline=None)
def test_random_bytes_raise_only_the_import_error(data: bytes) -> None:
    try:
        table = read_csv_bytes(data)
    except ImportFileError as error:
        assert str(error).endswith(".")
    else:
        assert all(len(row) == len(table.headers) for row in table.rows)


@pytest.mark.parametrize("reader", [read_xlsx_calamine, read_xlsx_openpyxl])
def test_xlsx_merged_title_formula_and_dates(tmp_path: Path, reader) -> None:  # noqa: ANN001
    table = reader(write_xlsx(tmp_path / "w.xlsx"))
    assert table.headers == HEADERS
    assert table.row_numbers == [3, 4, 5, 6]
    assert table.sheets == ["مشتریان", "دوم"]
    rows = check_table(table, guess_mapping(table.headers))
    assert [r.problems for r in rows] == [[], [], [], []]
    assert rows[0].created_at == datetime(2024, 3, 1)
    assert rows[1].created_at == datetime(2023, 3, 15)  # serial 45000
    assert rows[2].created_at == datetime(2024, 10, 6)  # 1403/07/15
    assert [p.number for p in rows[0].phones] == ["+989121234567", "+982122345678"]
    assert [p.number for p in rows[1].phones] == ["+989351112233"]
    assert [p.number for p in rows[3].phones] == ["+989125550000"]  # the formula's saved result
    assert rows[0].draft.name == "علی رضایی" and rows[0].draft.do_not_call is True


def test_xlsx_chosen_sheet_and_missing_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "w.xlsx")
    assert read_table(path, sheet="دوم").rows == [["Bob", "09120000001"]]
    with pytest.raises(ImportFileError, match="no sheet"):
        read_table(path, sheet="nope")


def test_damaged_xlsx_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match="save it again"):
        read_table(path)


def test_vcard_30_folded_and_quoted_printable(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARD_30, encoding="utf-8")
    table = read_table(path)
    rows = check_table(table, guess_mapping(table.headers))
    sara, ali = rows
    assert sara.draft.name == "Sara Ahmadi" and sara.draft.company == "Acme Trading"
    assert [(p.number, k) for p, k in zip(sara.phones, sara.kinds, strict=True)] == [
        ("+989121112233", "mobile"), ("+982122334455", "work")]  # fmt: skip
    assert sara.draft.notes == "A very long note that the phone folded onto a second line"
    assert ali.draft.name == "رضایی علی"
    assert [k for k in ali.kinds] == ["mobile", "landline"]


def test_vcard_40_uri_numbers_and_address(tmp_path: Path) -> None:
    path = tmp_path / "c.vcf"
    path.write_text(VCARD_40, encoding="utf-8")
    (row,) = check_table(table := read_table(path), guess_mapping(table.headers))
    assert row.draft.name == "مهدی نوری" and row.draft.city == "تهران"
    assert [(p.number, k) for p, k in zip(row.phones, row.kinds, strict=True)] == [
        ("+989354445566", "mobile"), ("+982155556666", "fax")]  # fmt: skip


def test_empty_vcard_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "c.vcf"
    path.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    with pytest.raises(ImportFileError, match="no contacts"):
        read_table(path)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_fast_normalize_agrees_with_normalize_text(text: str) -> None:
    from app.importing.keys import fast_normalize
    from app.text import normalize_text

    assert fast_normalize(text) == normalize_text(text)
