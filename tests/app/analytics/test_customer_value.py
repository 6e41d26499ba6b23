"""RFM scores and segments, Pareto/ABC and churn risk on crafted customers."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from app.analytics import value_snapshot
from app.analytics.churn import churn_risks
from app.analytics.pareto import abc_table, pareto_summary
from app.analytics.rfm import customers_in_segment, rfm_table, segment_counts
from app.db import Database
from tests.app.analytics.conftest import add_call, add_customer, add_order

AS_OF = datetime(2026, 6, 1)


def _five_customers(db: Database) -> list[int]:
    """Customer k (1-5) ordered k times for k x 100, the last time (6 - k) x 10 days ago."""
    ids = []
    for k in range(1, 6):
        customer = add_customer(db, f"Customer {k}")
        ids.append(customer)
        last = AS_OF - timedelta(days=(6 - k) * 10)
        for n in range(k):
            add_order(db, customer, last - timedelta(days=n), 100)
    return ids


def test_rfm_scores_and_segments(any_db: Database) -> None:
    ids = _five_customers(any_db)
    add_order(any_db, add_customer(any_db, "Deleted", deleted=True), AS_OF - timedelta(days=1), 999)
    rows = rfm_table(any_db, AS_OF)
    assert [r.customer_id for r in rows] == ids  # the deleted customer is not scored
    assert [(r.r, r.f, r.m) for r in rows] == [(k, k, k) for k in range(1, 6)]
    assert [r.segment for r in rows] == ["lost", "hibernating", "need_attention", "loyal", "champions"]
    assert [r.recency_days for r in rows] == [50, 40, 30, 20, 10]
    assert rows[4].frequency == 5 and rows[4].monetary == Decimal("500.00")
    counts = segment_counts(any_db, AS_OF)
    assert counts["champions"] == counts["lost"] == 1 and counts["at_risk"] == 0 and sum(counts.values()) == 5


def test_recency_counts_calls_and_frequency_only_the_last_year(any_db: Database) -> None:
    ids = _five_customers(any_db)
    add_call(any_db, AS_OF - timedelta(hours=1), customer_id=ids[0])  # customer 1 called just now
    add_order(any_db, ids[0], AS_OF - timedelta(days=400), 10_000)  # too old for F and M
    rows = {r.customer_id: r for r in rfm_table(any_db, AS_OF)}
    assert rows[ids[0]].recency_days == 0 and rows[ids[0]].r == 5
    assert rows[ids[0]].frequency == 1 and rows[ids[0]].monetary == Decimal("100.00")


def test_equal_values_share_a_score(any_db: Database) -> None:
    for k in range(4):
        add_call(any_db, AS_OF - timedelta(days=k + 1), customer_id=add_customer(any_db, f"Caller {k}"))
    rows = rfm_table(any_db, AS_OF)
    assert {(r.f, r.m) for r in rows} == {(1, 1)}  # nobody ordered: one score, not spread over quintiles
    assert [r.r for r in rows] == [5, 4, 2, 1]  # percent ranks 1, 2/3, 1/3, 0


def test_customers_in_segment_pages(any_db: Database) -> None:
    ids = _five_customers(any_db)
    page = customers_in_segment(any_db, "champions", as_of=AS_OF)
    assert [r.id for r in page.rows] == [ids[4]] and page.rows[0].name == "Customer 5" and page.next_cursor is None
    extra = [add_customer(any_db, f"Old {n}") for n in range(3)]
    for customer in extra:
        add_call(any_db, AS_OF - timedelta(days=300), customer_id=customer)
    value_snapshot.refresh(any_db, AS_OF)  # the filter reads the snapshot: recomputed on a worker in the app
    first = customers_in_segment(any_db, "lost", limit=2, as_of=AS_OF)
    second = customers_in_segment(any_db, "lost", after=first.next_cursor, limit=2, as_of=AS_OF)
    assert [r.id for r in first.rows] == extra[:2] and [r.id for r in second.rows] == extra[2:]
    assert second.next_cursor is None


def test_abc_and_pareto_sentence(any_db: Database) -> None:
    values = [50, 30, 10, 5, 3, 2]
    ids = [add_customer(any_db, f"C{v}") for v in values]
    for customer, value in zip(ids, values, strict=True):
        add_order(any_db, customer, AS_OF - timedelta(days=3), value)
    add_order(any_db, ids[5], AS_OF - timedelta(days=500), 1000)  # outside the period
    rows = abc_table(any_db, AS_OF - timedelta(days=365), AS_OF)
    assert [r.customer_id for r in rows] == ids
    assert [r.abc for r in rows] == ["A", "A", "B", "B", "C", "C"]
    assert [round(r.cumulative_share, 2) for r in rows] == [0.5, 0.8, 0.9, 0.95, 0.98, 1.0]
    summary = pareto_summary(any_db, AS_OF - timedelta(days=365), AS_OF)
    assert (summary.customers, summary.total, summary.top_customers) == (6, Decimal(100), 2)  # ceil(20% of 6)
    assert summary.top_value_share == 0.8
    assert summary.classes == {"A": (2, Decimal(80)), "B": (2, Decimal(15)), "C": (2, Decimal(5))}


def test_churn_flags_customers_past_their_own_rhythm(any_db: Database) -> None:
    late, on_time, few = (add_customer(any_db, name) for name in ("Late", "On time", "Few"))
    for k in range(4):  # every 10 days; the last 20 days ago (> 1.5 x 10)
        add_order(any_db, late, AS_OF - timedelta(days=20 + 10 * k), 100)
        add_call(any_db, AS_OF - timedelta(days=12 + 10 * k), customer_id=on_time)  # last 12 days ago
    for k in range(2):
        add_order(any_db, few, AS_OF - timedelta(days=100 + k), 100)
    add_call(any_db, AS_OF - timedelta(days=500), "out", "no-answer", customer_id=on_time)  # not a contact
    risks = churn_risks(any_db, AS_OF)
    assert [r.customer_id for r in risks] == [late]
    assert risks[0].events == 4 and risks[0].average_interval_days == 10
    assert risks[0].days_since == 20 and risks[0].overdue_ratio == 2
