"""Customers: create, edit, soft delete with undo, validation, audit, search and the lazy list."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from app import errors
from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.models import AuditLog, Customer, Phone
from app.services import customers
from app.services.customer_lists import list_customers, search_customers
from app.services.phone_lookup import find_customer_by_number


def make(db: Database, name: str, *phones: str, company: str = "", email: str = "") -> int:
    draft = CustomerDraft(name=name, company=company, email=email, phones=[PhoneDraft(p) for p in phones])
    return customers.create_customer(db, draft, "tester")


def test_create_stores_phones_normalized_and_as_typed(any_db: Database) -> None:
    cid = make(any_db, "Reza Karimi", "0912 123 4567", "021-8877 6655")
    with any_db.sessions() as session:
        stored = session.execute(select(Phone.number, Phone.raw).where(Phone.customer_id == cid)).all()
    assert sorted(stored) == [("+982188776655", "021-8877 6655"), ("+989121234567", "0912 123 4567")]
    card = customers.customer_card(any_db, cid)
    assert card.draft.name == "Reza Karimi"
    assert [p.display for p in card.phones] == ["0912 123 4567", "021 8877 6655"]
    assert card.created_by == "tester"


def test_validation_reports_every_field_and_writes_nothing(any_db: Database) -> None:
    draft = CustomerDraft(name="  ", email="not-an-email", phones=[PhoneDraft("0912 123 4567"), PhoneDraft("12"),
                                                                  PhoneDraft("+989121234567")])  # fmt: skip
    with pytest.raises(errors.ValidationError) as raised:
        customers.create_customer(any_db, draft, "tester")
    assert raised.value.errors == {
        "name": errors.EMPTY,
        "email": errors.INVALID_EMAIL,
        "phones.1": errors.NOT_A_NUMBER,
        "phones.2": errors.DUPLICATE_PHONE,
    }
    assert raised.value.values["phones.1"] == "12"
    with any_db.sessions() as session:
        assert session.scalar(select(func.count(Customer.id))) == 0


def test_edit_replaces_phones_and_is_audited(any_db: Database) -> None:
    cid = make(any_db, "Sara", "09121112233")
    draft = customers.customer_card(any_db, cid).draft
    draft.name, draft.phones = "Sara Ahmadi", [PhoneDraft("09351112233", "work")]
    customers.update_customer(any_db, cid, draft, "editor")
    assert find_customer_by_number(any_db, "09121112233") is None
    assert find_customer_by_number(any_db, "9351112233") == cid
    with any_db.sessions() as session:
        entries = session.scalars(select(AuditLog).where(AuditLog.entity_id == cid).order_by(AuditLog.id)).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].by == "editor"
    assert json.loads(entries[1].before)["name"] == "Sara"
    assert json.loads(entries[1].after)["name"] == "Sara Ahmadi"
    assert json.loads(entries[1].after)["phones"][0]["number"] == "+989351112233"
    assert customers.customer_card(any_db, cid).updated_by == "editor"


def test_delete_hides_and_restore_brings_back(any_db: Database) -> None:
    cid = make(any_db, "Hamid", "09120000001")
    customers.delete_customer(any_db, cid, "tester")
    assert [r.id for r in list_customers(any_db).rows] == []
    assert search_customers(any_db, "hamid").rows == []
    assert find_customer_by_number(any_db, "09120000001") is None
    with pytest.raises(errors.NotFound):
        customers.customer_card(any_db, cid)
    customers.restore_customer(any_db, cid, "tester")
    assert [r.id for r in list_customers(any_db).rows] == [cid]
    assert find_customer_by_number(any_db, "09120000001") == cid
    with pytest.raises(errors.NotFound):
        customers.restore_customer(any_db, cid, "tester")  # nothing to undo twice


@pytest.mark.parametrize(
    "query",
    ["علی", "علي", "کریمی زاده", "كريمي", "زاده", "912 123", "۰۹۱۲۱۲۳", "+98 912", "0098912123", "8877",
     "آلفا", "الفا", "alpha"],
)  # fmt: skip
def test_search_finds_by_any_spelling_part_or_phone_format(any_db: Database, query: str) -> None:
    target = make(any_db, "علي كريمي‌زاده", "0912 123 4567", "021 88776655", company="شرکت آلفا alpha")
    make(any_db, "John Smith", "+1 415 555 2671", email="john@example.com")
    assert [r.id for r in search_customers(any_db, query).rows] == [target]


def test_search_short_terms_email_and_no_match(any_db: Database) -> None:
    john = make(any_db, "John Smith", "+1 415 555 2671", email="john@example.com")
    make(any_db, "Mary Jones", "09127654321")
    joe = make(any_db, "Joe Black", "09127654322")
    # One or two characters match the start of the name, in name order.
    assert [r.id for r in search_customers(any_db, "jo").rows] == [joe, john]
    assert [r.name for r in search_customers(any_db, "m").rows] == ["Mary Jones"]
    assert [r.id for r in search_customers(any_db, "jo", limit=1).rows] == [joe]
    second = search_customers(any_db, "jo", search_customers(any_db, "jo", limit=1).next_cursor, limit=1)
    assert [r.id for r in second.rows] == [john]
    assert [r.id for r in search_customers(any_db, "jones").rows] == [john + 1]  # three or more: any part
    assert [r.id for r in search_customers(any_db, "example.com").rows] == [john]
    assert [r.id for r in search_customers(any_db, "415-555").rows] == [john]
    assert search_customers(any_db, "zzzz").rows == []
    assert search_customers(any_db, "   ").rows == []
    assert search_customers(any_db, "100%").rows == []  # LIKE wildcards are literal


def test_list_and_search_page_without_gaps_or_repeats(any_db: Database) -> None:
    ids = {make(any_db, f"Customer {i:03d}", f"0912000{i:04d}") for i in range(25)}
    seen: list[int] = []
    page = list_customers(any_db, limit=7)
    while True:
        seen += [r.id for r in page.rows]
        if page.next_cursor is None:
            break
        page = list_customers(any_db, page.next_cursor, limit=7)
    assert sorted(seen) == sorted(ids) and len(seen) == len(ids)
    names = [r.name for r in list_customers(any_db, limit=100).rows]
    assert names == sorted(names)
    found: list[int] = []
    page2 = search_customers(any_db, "customer", limit=6)
    while True:
        found += [r.id for r in page2.rows]
        if page2.next_cursor is None:
            break
        page2 = search_customers(any_db, "customer", page2.next_cursor, limit=6)
    assert sorted(found) == sorted(ids) and len(found) == len(ids)


def test_screen_pop_lookup_accepts_device_formats(any_db: Database) -> None:
    cid = make(any_db, "Pop", "09121234567")
    for raw in ("9121234567", "00989121234567", "09121234567", "+989121234567", "۰۹۱۲۱۲۳۴۵۶۷"):
        assert find_customer_by_number(any_db, raw) == cid
    assert find_customer_by_number(any_db, "09350000000") is None
    assert find_customer_by_number(any_db, "private") is None


def test_integrity_after_changes(db: Database) -> None:
    cid = make(db, "A", "09121234567")
    customers.delete_customer(db, cid, "t")
    customers.restore_customer(db, cid, "t")
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        # FTS5 raises SQLITE_CORRUPT_VTAB when its index disagrees with the customers table.
        connection.execute(text("INSERT INTO customers_fts(customers_fts) VALUES('integrity-check')"))
    assert [r.id for r in search_customers(db, "a").rows] == [cid]
