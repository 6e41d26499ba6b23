"""Orders: the service, the 0002 migration over a database that already has data, demo orders."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, func, inspect, select, text

from app import errors
from app.db import Database, open_database
from app.demo import DemoOptions, generate_demo
from app.demo_orders import generate_orders
from app.migrate import alembic_config, current_revision, head_revision
from app.models import AuditLog, Order
from app.progress import Cancelled
from app.services.orders import OrderDraft, add_order, lifetime_value, list_orders
from tests.app.analytics.conftest import add_call, add_customer


def test_add_list_and_lifetime_value(any_db: Database) -> None:
    customer = add_customer(any_db, "Reza")
    call = add_call(any_db, datetime(2026, 1, 5, 10))
    first = add_order(any_db, OrderDraft(customer, datetime(2026, 1, 5, 10, 5), "Filter set", "1,250,000", 2,
                                          call_id=call), "ali")  # fmt: skip
    add_order(any_db, OrderDraft(customer, datetime(2026, 2, 1), "Installation", Decimal("300000.50")), "ali")
    add_order(any_db, OrderDraft(customer, datetime(2026, 3, 1), "Gift card", 10, currency="USD"), "ali")
    page = list_orders(any_db, customer, limit=2)
    assert [o.product for o in page.rows] == ["Gift card", "Installation"]
    rest = list_orders(any_db, customer, after=page.next_cursor, limit=2)
    assert [(o.id, o.amount, o.quantity, o.call_id) for o in rest.rows] == [(first, Decimal("1250000.00"), 2, call)]
    assert rest.next_cursor is None
    assert lifetime_value(any_db, customer) == Decimal("1550000.50")
    assert lifetime_value(any_db, customer, "USD") == Decimal("10.00")
    with any_db.sessions() as session:
        entry = session.scalars(select(AuditLog).where(AuditLog.entity == "order", AuditLog.entity_id == first)).one()
    assert entry.by == "ali" and json.loads(entry.after or "{}")["amount"] == "1250000.00"


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"amount": "abc"}, "amount", errors.NOT_AN_AMOUNT), ({"amount": "-1"}, "amount", errors.OUT_OF_RANGE),
        ({"amount": "1e15"}, "amount", errors.OUT_OF_RANGE), ({"product": "  "}, "product", errors.EMPTY),
        ({"quantity": 0}, "quantity", errors.OUT_OF_RANGE), ({"currency": "rial"}, "currency", errors.INVALID_CHOICE),
    ],
)  # fmt: skip
def test_validation_codes(db: Database, changes: dict, field: str, code: str) -> None:
    customer = add_customer(db, "Reza")
    draft = OrderDraft(customer, datetime(2026, 1, 5), "Filter set", "100")
    for key, value in changes.items():
        setattr(draft, key, value)
    with pytest.raises(errors.ValidationError) as caught:
        add_order(db, draft, "ali")
    assert caught.value.errors == {field: code}


def test_unknown_or_deleted_customer_is_not_found(db: Database) -> None:
    gone = add_customer(db, "Gone", deleted=True)
    for customer in (gone, 9999):
        with pytest.raises(errors.NotFound):
            add_order(db, OrderDraft(customer, datetime(2026, 1, 5), "Filter set", "100"), "ali")
    with pytest.raises(errors.NotFound):
        add_order(db, OrderDraft(add_customer(db, "Here"), datetime(2026, 1, 5), "Kit", "1", call_id=12345), "ali")


def test_upgrade_from_0001_keeps_existing_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO customers (id, kind, name, company, email, address, city, status, tags, "
                                "source, do_not_call, do_not_sms, do_not_email, consent_note, notes, search_key, "
                                "sort_key, deleted_by, created_at, created_by, updated_at, updated_by) VALUES (7, "
                                "'person', 'Old Customer', '', '', '', '', 'customer', '', '', 0, 0, 0, '', '', "
                                "'old customer', 'old customer', '', '2025-01-01 00:00:00', 'x', "
                                "'2025-01-01 00:00:00', 'x')"))  # fmt: skip
    assert current_revision(engine) == "0001"
    assert "orders" not in inspect(engine).get_table_names()
    engine.dispose()
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM customers WHERE id = 7")).scalar_one() == "Old Customer"
    add_order(db, OrderDraft(7, datetime(2026, 1, 5), "Filter set", "500"), "ali")
    assert lifetime_value(db, 7) == Decimal("500.00")
    db.dispose()


def _demo(path: Path) -> Database:
    db = open_database(path, create=True)
    generate_demo(db, DemoOptions(customers=300, days=90, seed=5, end=date(2026, 11, 20)))
    return db


def test_demo_orders_are_deterministic_and_linked(tmp_path: Path) -> None:
    one, two = _demo(tmp_path / "a.db"), _demo(tmp_path / "b.db")
    assert generate_orders(one, seed=3) == generate_orders(two, seed=3) > 0
    query = select(Order.customer_id, Order.ordered_at, Order.product, Order.amount, Order.call_id).order_by(Order.id)
    with one.sessions() as s1, two.sessions() as s2:
        rows = s1.execute(query).all()
        assert rows == s2.execute(query).all()
        buyers = s1.scalar(select(func.count(func.distinct(Order.customer_id))))
        linked = s1.scalar(select(func.count()).where(Order.call_id.is_not(None)))
    assert 0.2 * 300 < buyers < 0.5 * 300  # share 0.35
    assert linked > 0
    assert all(r.amount > 0 and r.ordered_at <= datetime(2026, 11, 21) for r in rows)
    one.dispose()
    two.dispose()


def test_demo_orders_cancel_adds_nothing(tmp_path: Path) -> None:
    db = _demo(tmp_path / "c.db")
    with pytest.raises(Cancelled):
        generate_orders(db, seed=3, progress=lambda done, total, label: False)
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 0
    db.dispose()


def test_demo_orders_on_every_backend(any_db: Database) -> None:
    generate_demo(any_db, DemoOptions(customers=150, days=60, seed=9, end=date(2026, 11, 20)))
    added = generate_orders(any_db, seed=9, share=0.5)
    with any_db.sessions() as session:
        stored = session.execute(select(func.count(), func.count(Order.call_id), func.min(Order.amount))).one()
        currencies = set(session.scalars(select(Order.currency).distinct()))
    assert stored[0] == added > 0 and stored[1] > 0 and stored[2] >= Decimal("300000")
    assert currencies == {"IRR"}
