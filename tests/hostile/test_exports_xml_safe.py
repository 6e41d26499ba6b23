"""Every export writes a workbook openpyxl (and Excel) can open, whatever characters a device or an old row holds."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert

from app.db import Database
from app.models import Call, Customer, Phone
from app.reports.export import REPORTS, export_report
from app.reports.sheets import safe_text
from app.text import xml_text
from app.tickets.models import Ticket
from app.tickets.report import export_tickets

DAY = date(2026, 11, 2)
BAD_NAME = "Sara\uffff Amini\ufffe"  # U+FFFF/U+FFFE: noncharacters no XML file may hold
BAD_DEVICE_NAME = "\x07RING\x1b[0m\x00 Caller\x0b\x0c"  # a caller-ID box's control characters
ILLEGAL = ["\uffff", "\ufffe", "\x00", "\x07", "\x1b", "\x0b", "\x0c"]


@pytest.fixture
def dirty(db: Database) -> Database:
    """Rows written before the services cleaned text (or by another tool): straight into the tables."""
    with db.engine.begin() as conn:
        customer = conn.execute(
            insert(Customer).values(name=BAD_NAME, sort_key="sara", company=BAD_DEVICE_NAME, city="\ufffftown")
        ).inserted_primary_key[0]
        conn.execute(insert(Phone).values(customer_id=customer, number="+989121234567", raw="0912\x00", kind="x"))
        started = datetime(2026, 11, 2, 9, 30)
        conn.execute(insert(Call).values(started_at=started, direction="in", status="answered", customer_id=customer,
                                         number="+989121234567", notes=BAD_DEVICE_NAME, outcome="\uffff",
                                         line="\x01L1"))  # fmt: skip
        conn.execute(insert(Call).values(started_at=started, direction="in", status="missed", customer_id=None,
                                         number="\x1b+98912", notes=BAD_NAME))  # fmt: skip
        conn.execute(insert(Ticket).values(subject=BAD_NAME, description=BAD_DEVICE_NAME, customer_id=customer,
                                           created_at=started, updated_at=started))  # fmt: skip
    return db


def all_text(path: Path) -> str:
    wb = load_workbook(path)  # raises on a workbook Excel could not open either
    return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value)


@pytest.mark.parametrize("report", REPORTS)
def test_every_report_opens_and_keeps_the_readable_part(dirty: Database, tmp_path: Path, report: str) -> None:
    out = tmp_path / f"{report}.xlsx"
    export_report(dirty, report, out, DAY, DAY, "en", "gregorian")
    text = all_text(out)
    assert not any(ch in text for ch in ILLEGAL)
    if report in ("calls", "customers", "dataquality"):
        assert "Sara Amini" in text


def test_the_tickets_export_opens(dirty: Database, tmp_path: Path) -> None:
    out = tmp_path / "tickets.xlsx"
    export_tickets(dirty, out, DAY, DAY)
    text = all_text(out)
    assert "Sara Amini" in text and not any(ch in text for ch in ILLEGAL)


def test_xml_text_keeps_tabs_newlines_and_every_real_character() -> None:
    assert xml_text("a\tb\nc\r\u200c\U0001f600\u202eد") == "a\tb\nc\r\u200c\U0001f600\u202eد"
    assert xml_text("\x00a\x08b\ud800c\udfff\ufffe\uffff") == "abc"
    assert safe_text(None, "x\uffff") == "x"  # type: ignore[arg-type]  # plain text needs no cell
