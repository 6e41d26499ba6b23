"""Real files as other programs write them: Excel with a merged title and cached formula results, vCards."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HEADERS = ["نام", "نام خانوادگی", "موبایل", "تلفن", "ایمیل", "شهر", "تاریخ", "تماس نگیرید"]


def write_xlsx(path: Path) -> Path:
    """A merged title row over the header, a formula (with the result Excel saves), serial and typed dates."""
    wb = Workbook()
    ws = wb.active
    ws.title = "مشتریان"
    ws.append(["فهرست مشتریان ۱۴۰۳"])
    ws.merge_cells("A1:H1")
    ws.append(HEADERS)
    ws.append(["علی", "رضایی", "09121234567", "021 2234 5678", "ali@example.com", "تهران", datetime(2024, 3, 1), "بله"])
    ws.append(["مریم", "کریمی", 9351112233, None, "", "شیراز", 45000, "خیر"])  # a serial date as a number
    ws.append(["سارا", None, "09197654321", None, None, "مشهد", "1403/07/15", None])
    ws.append(["کریم", None, '=CONCATENATE("0912","5550000")', None, None, "تبریز", None, None])
    ws["C4"].number_format = "@"
    wb.create_sheet("دوم").append(["name", "phone"])
    wb["دوم"].append(["Bob", "09120000001"])
    wb.save(path)
    _cache_formula_results(path, {"C6": "09125550000"})
    return path


def _cache_formula_results(path: Path, results: dict[str, str]) -> None:
    """Add the <v> values Excel stores after computing (openpyxl writes formulas without them)."""
    with zipfile.ZipFile(path) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in results.items():
        xml = re.sub(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
                     rf'<c r="{ref}" t="str"><f>\2</f><v>{value}</v>', xml)  # fmt: skip
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


VCARD_30 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sara Ahmadi\r\nN:Ahmadi;Sara;;;\r\nORG:Acme Trading\r\n"
    "TEL;TYPE=CELL:+98 912 111 2233\r\nTEL;TYPE=WORK,VOICE:021-2233-4455\r\nEMAIL;TYPE=INTERNET:sara@example.com\r\n"
    "NOTE:A very long note that the phone folded onto\r\n  a second line\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=B9=D9=84=DB=8C;=D8=B1=D8=B6=D8=A7=\r\n"
    "=DB=8C=DB=8C;;;\r\nTEL;CELL:09123334455\r\nTEL;HOME:02188776655\r\nEND:VCARD\r\n"
)
VCARD_40 = (
    'BEGIN:VCARD\nVERSION:4.0\nFN:مهدی نوری\nTEL;VALUE=uri;TYPE="cell,voice":tel:+98-935-444-5566\n'
    "TEL;TYPE=fax:+982155556666\nADR;TYPE=home:;;خیابان ولیعصر;تهران;;;ایران\nEND:VCARD\n"
)
