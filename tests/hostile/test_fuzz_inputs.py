"""Fuzz the parsers of what people and files give Tamas: import files, mapping files, dates, phone numbers.

Property: only the parser's own error type escapes (ImportFileError for files, ValueError for a mapping
or a date, PhoneError for a phone), and what comes back is well formed. Counts per test: EXAMPLES
(fewer where each case writes a workbook).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from app.calendar import parse_user_date
from app.importing.csv_reader import read_csv_bytes
from app.importing.mapping import FIELDS, guess_mapping, load_mapping
from app.importing.read import read_table
from app.importing.rows import check_table
from app.importing.table import ImportFileError, SourceTable
from app.importing.vcard_reader import read_vcard_bytes
from app.phones import PhoneError, PhoneRules, display_phone, lookup_key, normalize_phone, search_digits
from app.text import xml_text

EXAMPLES = 500


def with_tmp(examples: int) -> settings:
    """Settings for a test that also takes tmp_path (the same folder for every example: each overwrites its file)."""
    return settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


CSV_BITS = ['"', '""', ",", ";", "\t", "|", "\n", "\r\n", "\r", "name", "phone", "0912 123 4567", "علی", "=1+1",
            "\ufeff", "\x00", "\u200c", "\U0001f600", " "]  # fmt: skip
csv_text = st.lists(st.one_of(st.sampled_from(CSV_BITS), st.text(max_size=12)), max_size=60).map("".join)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256", "latin-1"])


def assert_table(table: SourceTable) -> None:
    assert all(isinstance(h, str) for h in table.headers)
    assert len(table.rows) == len(table.row_numbers)
    assert all(len(row) == len(table.headers) for row in table.rows)
    assert table.row_numbers == sorted(table.row_numbers)
    mapping = guess_mapping(table.headers)
    assert all(field in FIELDS or field == "" for field in mapping)
    check_table(table, mapping)  # every row checks (problems listed, never an exception)


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.binary(max_size=400))
def test_fuzz_csv_bytes(data: bytes) -> None:
    try:
        assert_table(read_csv_bytes(data))
    except ImportFileError:
        pass


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=csv_text, encoding=encodings)
def test_fuzz_csv_text(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        assert_table(read_csv_bytes(data))
    except ImportFileError:
        pass


VCARD_BITS = ["BEGIN:VCARD\n", "END:VCARD\n", "VERSION:3.0\n", "FN:", "N:", "TEL;TYPE=CELL:", "TEL;CELL:",
              "EMAIL:", "ORG:", "ADR:;;", "NOTE:", ";ENCODING=QUOTED-PRINTABLE;CHARSET=", "=D8=B9=\n", "=\n",
              " folded\n", "item1.TEL:", "\\n", "\\;", ";", ":", "\n", "0912 123 4567", "علی"]  # fmt: skip


@settings(max_examples=EXAMPLES, deadline=None)
@given(parts=st.lists(st.one_of(st.sampled_from(VCARD_BITS), st.text(max_size=10)), max_size=50))
def test_fuzz_vcard(parts: list[str]) -> None:
    try:
        assert_table(read_vcard_bytes("".join(parts).encode("utf-8", "surrogatepass")))
    except ImportFileError:
        pass


cell_values = st.one_of(
    st.none(), st.text(max_size=30), st.integers(-(10**15), 10**15), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(), st.dates(),
)  # fmt: skip


@with_tmp(60)
@given(rows=st.lists(st.lists(cell_values, max_size=6), max_size=8))
def test_fuzz_xlsx_through_calamine(tmp_path: Path, rows: list[list[object]]) -> None:
    wb = Workbook()
    for row in rows:
        wb.active.append([xml_text(v) if isinstance(v, str) else v for v in row])  # what a workbook can hold
    path = tmp_path / "fuzz.xlsx"
    wb.save(path)
    try:
        assert_table(read_table(path))
    except ImportFileError:
        pass


@with_tmp(150)
@given(data=st.binary(max_size=300), zipped=st.booleans())
def test_fuzz_damaged_files(tmp_path: Path, data: bytes, zipped: bool) -> None:
    path = tmp_path / ("x.xlsx" if zipped else "x.vcf")
    path.write_bytes((b"PK\x03\x04" if zipped else b"") + data)
    try:
        assert_table(read_table(path))
    except ImportFileError:
        pass


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10), lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8,
)  # fmt: skip


@with_tmp(EXAMPLES)
@given(content=st.one_of(json_values.map(json.dumps), st.text(max_size=80)),
       headers=st.lists(st.text(max_size=10), max_size=5))  # fmt: skip
def test_fuzz_mapping_files(tmp_path: Path, content: str, headers: list[str]) -> None:
    path = tmp_path / "mapping.json"
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    try:
        mapping = load_mapping(path, headers)
    except ValueError:  # JSON, encoding or field errors: the CLI prints them as one line
        return
    assert len(mapping) == len(headers) and all(field in FIELDS or field == "" for field in mapping)


DATE_BITS = ["1405", "2026", "-", "/", ".", " ", "۱۴۰۵", "٠٩", "09", "02", "31", "13", "00", "99999", "\x00"]


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=st.one_of(st.text(max_size=20), st.lists(st.sampled_from(DATE_BITS), max_size=6).map("".join)))
def test_fuzz_command_line_dates(text: str) -> None:
    try:
        day = parse_user_date(text)
    except ValueError as error:
        assert "\n" not in str(error)  # printed as one `error:` line
        return
    assert isinstance(day, date) and 1821 <= day.year <= 2200


PHONE_BITS = ["+", "00", "98", "0912", "123", "4567", " ", "-", "(", ")", "۰۹۱۲", "٠٩", "ext", "x", "\u200e", "++"]
regions = st.sampled_from(["IR", "US", "DE", "AE", "", "ZZ", "xx", "001"])


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=st.one_of(st.text(max_size=30), st.lists(st.sampled_from(PHONE_BITS), max_size=8).map("".join)),
       region=regions, area=st.sampled_from(["", "21", "0311", "x"]))  # fmt: skip
def test_fuzz_phone_numbers(text: str, region: str, area: str) -> None:
    rules = PhoneRules(region, area)
    try:
        phone = normalize_phone(text, rules)
    except PhoneError:
        phone = None
    if phone is not None:
        assert phone.number and (phone.number.startswith("+") or phone.number.isdigit())
        assert phone.raw == text
    key = lookup_key(text, rules)
    assert key is None or isinstance(key, str)
    assert isinstance(display_phone(text, rules), str)
    assert isinstance(search_digits(text, rules), str)
