"""Data-quality counts on a small database whose every check has a known answer, and `export dataquality`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import insert, update

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.models import Call, Customer, Phone
from app.quality.checks import customers_of, quality_counts
from app.services.customers import create_customer


def _fill(db: Database) -> dict[str, int]:
    ids = {
        "ok": create_customer(db, CustomerDraft("Ok", email="ok@e.com", phones=[PhoneDraft("09121111111")]), "t"),
        "nophone": create_customer(db, CustomerDraft("=cmd|' /C calc'!A0"), "t"),
        "dup": create_customer(db, CustomerDraft("Dup", phones=[PhoneDraft("09121111111")]), "t"),
        "badphone": create_customer(db, CustomerDraft("Local", phones=[PhoneDraft("22345678")]), "t"),
    }
    with db.writer.begin() as conn:
        conn.execute(
            update(Customer.__table__)
            .where(Customer.id == ids["nophone"])
            .values(email="bad@", consent_changed_at=datetime.now())
        )
        now = datetime.now()
        call = {"direction": "in", "number": "+989121111111", "customer_id": ids["ok"], "started_at": now,
                "status": "answered", "created_at": now, "updated_at": now}  # fmt: skip
        conn.execute(insert(Call.__table__).values(call))
    return ids


def test_every_check_counts_what_it_says(db: Database) -> None:
    ids = _fill(db)
    counts = {c.check: c.customers for c in quality_counts(db)}
    assert counts == {"no_phone": 1, "invalid_email": 1, "invalid_phone": 1, "duplicates": 2, "no_consent": 3,
                      "never_contacted": 3}  # fmt: skip
    assert [r[0] for r in customers_of(db, "duplicates")] == [ids["ok"], ids["dup"]]
    assert customers_of(db, "invalid_phone")[0][2] == "22345678"
    assert [r[0] for r in customers_of(db, "never_contacted", after_id=ids["nophone"], limit=1)] == [ids["dup"]]
    with db.sessions() as s:
        assert s.get(Phone, 1) is not None


def test_export_dataquality(db: Database, db_path: Path, tmp_path: Path) -> None:
    _fill(db)
    from main import main

    out = tmp_path / "q.xlsx"
    assert main(["--db", str(db_path), "export", "dataquality", "--out", str(out)]) == 0
    wb = load_workbook(out)
    rows = list(wb["Data quality"].iter_rows(values_only=True))
    assert rows[0] == ("Check", "Customers") and ("Without any phone", 1) in rows
    names = [r[1] for r in wb["Without any phone"].iter_rows(values_only=True)]
    assert names == ["Name", "=cmd|' /C calc'!A0"]
    assert wb["Without any phone"]["B2"].data_type == "s"
