"""Finding duplicate groups by phone, e-mail and near names; merging moves every related row; undo."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.duplicates.finder import find_duplicates
from app.duplicates.merge import merge_customers, merge_group, undo_merge
from app.models import AuditLog, Call, Customer, Order, Phone
from app.progress import Cancelled
from app.services.customers import create_customer, customer_card


def _new(db: Database, name: str, *phones: str, email: str = "", city: str = "") -> int:
    draft = CustomerDraft(name, email=email, city=city, phones=[PhoneDraft(p) for p in phones])
    return create_customer(db, draft, "t")


def test_groups_by_phone_email_and_near_names(any_db: Database) -> None:
    db = any_db
    a = _new(db, "Ali Karimi", "09121111111")
    b = _new(db, "A. Karimi", "+98 912 111 1111")
    c = _new(db, "Sara", "09122222222", email="s@e.com")
    d = _new(db, "Sara N", "09123333333", email="s@e.com")
    e = _new(db, "Mohammad Rezaei", "09124444444", city="Qom")
    f = _new(db, "Mohammad Rezaie", "09125555555", city="Qom")
    g = _new(db, "Reza Ahmadi", "02122334455")
    h = _new(db, "Reza Ahmadi", "02622334455")  # same suffix, other area code
    _new(db, "Mohammad Rezaei", "09126666666", city="Tabriz")  # other city: not compared
    groups = {g.customer_ids: g for g in find_duplicates(db)}
    assert groups[(a, b)].reason == "phone" and groups[(a, b)].confidence == 0.95
    assert groups[(c, d)].reason == "email"
    assert groups[(e, f)].reason == "name+city"
    assert groups[(g, h)].reason.startswith("name+phone-suffix")
    assert len(groups) == 4
    assert groups[(a, b)].confidence > groups[(g, h)].confidence > groups[(e, f)].confidence


def test_a_common_name_is_not_a_duplicate(db: Database) -> None:
    for i in range(25):
        _new(db, "Ali Ahmadi", f"0912{i:07d}", city="Tehran")
    assert find_duplicates(db) == []


def test_finder_can_be_cancelled(db: Database) -> None:
    _new(db, "Ali", "09121111111")
    with pytest.raises(Cancelled):
        find_duplicates(db, lambda done, total, label: label != "near names")


def test_merge_moves_every_related_row_and_undo_moves_them_back(db: Database) -> None:
    keep = _new(db, "Ali Karimi", "09121111111")
    gone = _new(db, "Ali K.", "09121111111", "02188887777", email="ali@e.com")
    with db.writer.begin() as conn:
        conn.execute(insert(Call.__table__), [
            {"direction": "in", "number": "+989121111111", "customer_id": gone, "started_at": datetime(2026, 1, i + 1),
             "status": "answered", "created_at": datetime.now(), "created_by": "t", "updated_at": datetime.now(),
             "updated_by": "t", "line": "", "ring_seconds": 0, "talk_seconds": 0, "outcome": "", "notes": "",
             "source": "manual"} for i in range(3)])  # fmt: skip
        conn.execute(insert(Order.__table__).values(customer_id=gone, ordered_at=datetime(2026, 1, 1), product="x",
                                                    quantity=1, amount=Decimal("10"), currency="IRR",
                                                    created_at=datetime.now(), created_by="t"))  # fmt: skip
    merge_id = merge_customers(db, keep, gone, {"email": "ali@e.com"}, "supervisor")
    card = customer_card(db, keep)
    assert card.draft.email == "ali@e.com" and card.draft.name == "Ali Karimi"
    assert sorted(p.number for p in card.phones) == ["+982188887777", "+989121111111"]
    with db.sessions() as s:
        assert s.scalar(select(func.count(Call.id)).where(Call.customer_id == keep)) == 3
        assert s.scalar(select(func.count(Order.id)).where(Order.customer_id == keep)) == 1
        assert s.get(Customer, gone).deleted_at is not None
        actions = s.execute(select(AuditLog.entity_id, AuditLog.action).where(AuditLog.action.in_(["merge", "delete"])))
        assert set(actions) == {(keep, "merge"), (gone, "delete")}
    undo_merge(db, merge_id, "supervisor")
    with db.sessions() as s:
        assert s.scalar(select(func.count(Call.id)).where(Call.customer_id == gone)) == 3
        assert s.scalar(select(func.count(Order.id)).where(Order.customer_id == gone)) == 1
        assert sorted(s.scalars(select(Phone.number).where(Phone.customer_id == gone))) == [
            "+982188887777", "+989121111111"]  # fmt: skip
        assert s.get(Customer, gone).deleted_at is None
    assert customer_card(db, keep).draft.email == ""
    assert [p.number for p in customer_card(db, keep).phones] == ["+989121111111"]


def test_deleted_customers_are_not_duplicates(db: Database) -> None:
    from app.services.customers import delete_customer

    a = _new(db, "Ali", "09121111111", email="a@e.com")
    b = _new(db, "Ali", "09121111111", email="a@e.com")
    assert [g.customer_ids for g in find_duplicates(db)] == [(a, b)]
    delete_customer(db, b, "t")
    assert find_duplicates(db) == []


def test_a_group_of_three_merges_in_one_step_and_undo_restores_all(any_db: Database) -> None:
    db = any_db
    keep = _new(db, "Ali Karimi", "09121111111")
    second = _new(db, "Ali K.", "09121111111", "02188887777", email="ali@e.com")
    third = _new(db, "A. Karimi", "09351234567", city="Qom")
    with db.writer.begin() as conn:
        conn.execute(insert(Order.__table__), [
            {"customer_id": who, "ordered_at": datetime(2026, 1, 1), "product": "x", "quantity": 1,
             "amount": Decimal("10"), "currency": "IRR", "created_at": datetime.now(), "created_by": "t"}
            for who in (second, third)])  # fmt: skip
    ids = merge_group(db, keep, [second, third], {"email": "ali@e.com", "city": "Qom"}, "supervisor")
    assert len(ids) == 2
    card = customer_card(db, keep)
    assert (card.draft.name, card.draft.email, card.draft.city) == ("Ali Karimi", "ali@e.com", "Qom")
    assert sorted(p.number for p in card.phones) == ["+982188887777", "+989121111111", "+989351234567"]
    with db.sessions() as s:
        assert s.scalar(select(func.count(Order.id)).where(Order.customer_id == keep)) == 2
        assert s.scalar(select(func.count(Customer.id)).where(Customer.deleted_at.is_not(None))) == 2
    undo_merge(db, ids[1], "supervisor")  # any merge of the group undoes the whole group
    with db.sessions() as s:
        assert s.scalar(select(func.count(Customer.id)).where(Customer.deleted_at.is_not(None))) == 0
        owners = dict(s.execute(select(Order.customer_id, func.count()).group_by(Order.customer_id)).all())
        assert owners == {second: 1, third: 1}
        assert list(s.scalars(select(Phone.number).where(Phone.customer_id == third))) == ["+989351234567"]
    card = customer_card(db, keep)
    assert (card.draft.email, card.draft.city, [p.number for p in card.phones]) == ("", "", ["+989121111111"])
    with pytest.raises(ValueError, match="two different"):
        merge_group(db, keep, [keep, second], {}, "t")
