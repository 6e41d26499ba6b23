"""The customer value snapshot equals the full computation (RFM, segment filter, ABC, churn) on crafted
data, after new customers, orders, calls and deletions, and a deleted customer leaves it at once."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from app.analytics import churn, pareto, rfm, value_snapshot
from app.db import Database
from app.models import Call, Customer, CustomerValue, Order
from tests.app.analytics.conftest import add_call, add_customer, add_order

AS_OF = datetime(2026, 6, 1, 12, 0)


def crafted(db: Database, customers: int, seed: int) -> list[int]:
    """Customers with a spread of orders and calls over the last two years (many ties, some silent)."""
    rng = random.Random(seed)
    ids = [add_customer(db, f"Customer {n}") for n in range(customers)]
    for customer in ids:
        for _ in range(rng.choice((0, 0, 1, 2, 3, 5, 8))):
            add_order(db, customer, AS_OF - timedelta(days=rng.randrange(700), hours=rng.randrange(24)),
                      rng.choice((50, 100, 100, 250, 1000)))  # fmt: skip
        for _ in range(rng.choice((0, 1, 2, 4))):
            direction, status = rng.choice((("in", "answered"), ("in", "missed"), ("out", "no-answer")))
            add_call(db, AS_OF - timedelta(days=rng.randrange(500), hours=rng.randrange(24)), direction, status,
                     customer_id=customer)  # fmt: skip
    return ids


def assert_equal_to_full_computation(db: Database) -> None:
    value_snapshot.refresh(db, AS_OF)
    assert value_snapshot.as_of(db) == AS_OF
    full = rfm.rfm_table(db, AS_OF)
    with db.sessions() as session:
        stored = {v.customer_id: v for v in session.scalars(select(CustomerValue))}
    assert sorted(stored) == [r.customer_id for r in full]
    for row in full:
        v = stored[row.customer_id]
        assert (v.last_contact, v.frequency, v.monetary, v.r, v.f, v.m, v.segment) == (
            row.last_contact, row.frequency, row.monetary, row.r, row.f, row.m, row.segment
        ), row  # fmt: skip
    assert value_snapshot.segment_counts(db) == rfm.segment_counts(db, AS_OF)
    for segment in rfm.SEGMENT_NAMES:
        expected = [r.customer_id for r in full if r.segment == segment]
        pages, after = [], None
        while True:  # the customer list's filter, page by page
            page = value_snapshot.customers_in_segment(db, segment, after, limit=3)
            pages += [r.id for r in page.rows]
            if page.next_cursor is None:
                break
            after = page.next_cursor
        assert pages == expected, segment
    year = (AS_OF - timedelta(days=365), AS_OF)
    assert value_snapshot.pareto(db) == pareto.pareto_summary(db, *year)
    ranked = pareto.abc_table(db, *year)
    assert {(v.customer_id, v.value_rank, v.abc) for v in stored.values() if v.value_rank} == {
        (r.customer_id, r.rank, r.abc) for r in ranked
    }
    for v in stored.values():
        if v.value_rank:
            assert v.value_share == pytest.approx(next(r.cumulative_share for r in ranked if r.rank == v.value_rank))
    risks, full_risks = value_snapshot.churn_risks(db), churn.churn_risks(db, AS_OF)
    assert [(r.customer_id, r.events, r.last_contact) for r in risks] == [
        (r.customer_id, r.events, r.last_contact) for r in full_risks
    ]
    assert [r.days_since for r in risks] == pytest.approx([r.days_since for r in full_risks])
    assert [r.average_interval_days for r in risks] == pytest.approx([r.average_interval_days for r in full_risks])


def test_snapshot_equals_the_full_computation_after_changes(any_db: Database) -> None:
    ids = crafted(any_db, 60, seed=3)
    assert_equal_to_full_computation(any_db)
    assert len(value_snapshot.churn_risks(any_db)) > 0 and value_snapshot.pareto(any_db).customers > 0
    # New customers, new orders and calls, deleted orders, calls and customers; then a recomputation.
    newcomers = crafted(any_db, 15, seed=4)
    for customer in ids[:10]:
        add_order(any_db, customer, AS_OF - timedelta(days=2), 5000)
    add_call(any_db, AS_OF - timedelta(hours=3), customer_id=ids[10])
    with any_db.writer.begin() as connection:
        connection.execute(delete(Order).where(Order.customer_id.in_(ids[20:25])))
        connection.execute(delete(Call).where(Call.customer_id.in_(ids[25:30])))
        connection.execute(update(Customer).where(Customer.id.in_([ids[30], newcomers[0]])).values(deleted_at=AS_OF))
    with any_db.sessions() as session:  # a deleted customer leaves the snapshot at once (trigger)
        gone = select(func.count()).select_from(CustomerValue).where(CustomerValue.customer_id == ids[30])
        assert session.scalar(gone) == 0
    assert_equal_to_full_computation(any_db)


def test_an_empty_database_has_an_empty_snapshot(any_db: Database) -> None:
    assert value_snapshot.as_of(any_db) is None
    assert value_snapshot.ensure(any_db, AS_OF) == AS_OF
    assert sum(value_snapshot.segment_counts(any_db).values()) == 0
    assert value_snapshot.curve(any_db) == [] and value_snapshot.churn_risks(any_db) == []
    assert value_snapshot.pareto(any_db).customers == 0
