"""Open any supported file as a `SourceTable`: by its first bytes, then by its name."""

from __future__ import annotations

import os
from pathlib import Path

from app.importing.csv_reader import read_csv_bytes
from app.importing.mapping import guess_mapping
from app.importing.quiet_gc import collector_paused
from app.importing.table import ImportFileError, SourceTable
from app.importing.vcard_reader import read_vcard_bytes
from app.importing.xlsx_reader import read_xlsx, sheet_names

KEY_FIELDS = ("name", "first_name", "last_name", "phone", "phone_mobile", "phone_landline", "id")

ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0"  # old .xls


def file_kind(path: str | os.PathLike[str]) -> str:
    """'xlsx', 'vcard' or 'csv'."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise ImportFileError(f"The file cannot be opened ({error.strerror}): check the name and try again.") from None
    if head.startswith(ZIP):
        return "xlsx"
    if head.startswith(OLE):
        raise ImportFileError("Old Excel files (.xls) cannot be read: open it in Excel and save it as .xlsx.")
    if Path(path).suffix.lower() == ".vcf" or b"BEGIN:VCARD" in head.upper().replace(b"\x00", b""):
        return "vcard"
    return "csv"


def _customer_sheet(path: str | os.PathLike[str]) -> SourceTable:
    """The first sheet whose header names a customer column (an export's Summary sheet comes first)."""
    first: SourceTable | None = None
    for name in sheet_names(path):
        try:
            table = read_xlsx(path, name)
        except ImportFileError:
            continue
        first = first or table
        if any(field in KEY_FIELDS for field in guess_mapping(table.headers)):
            return table
    if first is None:
        raise ImportFileError("The workbook has no rows: choose a sheet with a header row and customers under it.")
    return first


def read_table(
    path: str | os.PathLike[str], sheet: str | None = None, encoding: str | None = None, delimiter: str | None = None
) -> SourceTable:
    with collector_paused():
        return _read_table(path, sheet, encoding, delimiter)


def _read_table(
    path: str | os.PathLike[str], sheet: str | None, encoding: str | None, delimiter: str | None
) -> SourceTable:
    kind = file_kind(path)
    if kind == "xlsx":
        return read_xlsx(path, sheet) if sheet else _customer_sheet(path)
    data = Path(path).read_bytes()
    if kind == "vcard":
        return read_vcard_bytes(data, encoding)
    return read_csv_bytes(data, encoding, delimiter)
