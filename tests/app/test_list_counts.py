"""List counts (exact, or estimated and labelled so), name sort both ways, and the call log's text filter."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert

from app.db import Database
from app.dto import CallDraft, CallFilter, CustomerDraft, PhoneDraft
from app.models import Call
from app.services import calls, customer_lists, customers
from app.services.list_counts import RowCount

START = datetime(2025, 3, 1, 9)


def fill(db: Database, people: int = 40, calls_each: int = 5) -> list[int]:
    ids = [
        customers.create_customer(
            db,
            CustomerDraft(name=f"{'Zahra' if i % 4 == 0 else 'Reza'} {i:03d}", phones=[PhoneDraft(f"0912{i:07d}")]),
            "t",
        )
        for i in range(people)
    ]
    rows = [
        {"direction": "in" if n % 2 else "out", "number": f"+98912{i:07d}", "customer_id": cid, "line": "1",
         "started_at": START + timedelta(hours=i * calls_each + n), "status": "answered", "ring_seconds": 3,
         "talk_seconds": 30, "outcome": "", "notes": "", "source": "test", "created_by": "t", "updated_by": "t"}
        for i, cid in enumerate(ids)
        for n in range(calls_each)
    ]  # fmt: skip
    if rows:
        with db.writer.begin() as connection:
            connection.execute(insert(Call), rows)
    return ids


def test_customer_counts_are_exact_and_a_big_search_is_estimated(db: Database) -> None:
    fill(db)
    assert customer_lists.count_customers(db) == RowCount(40, exact=True)
    assert customer_lists.count_customers(db, "zahra") == RowCount(10, exact=True)
    assert customer_lists.count_customers(db, "re").value == 30  # short prefix: exact off the name index
    estimate = customer_lists.count_customers(db, "reza", cap=5)
    assert not estimate.exact and estimate.value > 5  # labelled as an estimate, never below what was counted
    assert abs(estimate.value - 30) <= 15


def test_name_sort_runs_both_ways_through_the_keyset(db: Database) -> None:
    fill(db, people=12, calls_each=0)
    forward = [r.name for r in customer_lists.list_customers(db, limit=100).rows]
    pages, cursor = [], None
    while True:
        page = customer_lists.list_customers(db, cursor, limit=5, descending=True)
        pages += [r.name for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert pages == forward[::-1] and forward == sorted(forward)
    prefix = [r.name for r in customer_lists.search_customers(db, "re", limit=100, descending=True).rows]
    assert prefix == sorted((n for n in forward if n.startswith("Reza")), reverse=True)


def test_call_counts_exact_for_indexed_filters_estimated_for_the_rest(db: Database) -> None:
    fill(db)
    period = CallFilter(date_from=START, date_to=START + timedelta(days=30))
    assert calls.count_calls(db, period) == RowCount(200, exact=True)
    outbound = CallFilter(date_from=period.date_from, date_to=period.date_to, direction="out")
    assert calls.count_calls(db, outbound) == RowCount(120, exact=True)  # the period fits the sample
    estimate = calls.count_calls(db, outbound, sample=50)
    assert not estimate.exact and 80 <= estimate.value <= 160  # about 3 in 5 of the newest 50, scaled to 200


def test_oldest_first_pages_the_other_way(db: Database) -> None:
    fill(db, people=3, calls_each=4)
    newest = [r.id for r in calls.list_calls(db, limit=100).rows]
    oldest, cursor = [], None
    while True:
        page = calls.list_calls(db, None, cursor, limit=5, oldest_first=True)
        oldest += [r.id for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert oldest == newest[::-1]


def test_text_filter_finds_numbers_by_any_prefix_and_customers_by_name(db: Database) -> None:
    ids = fill(db, people=8, calls_each=2)
    calls.log_call(db, CallDraft("in", START, number="0935 111 2222", status="missed"), "t")  # an unknown caller

    def numbers(text: str) -> set[str]:
        return {r.number for r in calls.list_calls(db, CallFilter(text=text), limit=1000).rows}

    assert numbers("09120000003") == {"+989120000003"}
    assert numbers("+98 912 000 0003") == {"+989120000003"}
    assert numbers("912000000") == {f"+98912{i:07d}" for i in range(8)}
    assert numbers("0935111") == {"+989351112222"}  # unknown callers are found by number too
    assert numbers("zahra") == {"+989120000000", "+989120000004"}
    assert numbers("nobody") == set()
    both = CallFilter(text="zahra", direction="out")
    listed = calls.list_calls(db, both, limit=1000).rows
    assert {r.customer_id for r in listed} == {ids[0], ids[4]} and {r.direction for r in listed} == {"out"}
    assert calls.count_calls(db, CallFilter(text="zahra")) == RowCount(4, exact=True)
    assert calls.count_calls(db, CallFilter(text="0935111")) == RowCount(1, exact=True)


def test_text_filter_with_many_matching_customers_walks_calls_by_time(db: Database, monkeypatch) -> None:  # noqa: ANN001
    from app.services import call_filter

    fill(db, people=10, calls_each=2)
    monkeypatch.setattr(call_filter, "FEW_CUSTOMERS", 2)  # every query here is "broad"
    for text, expected in (("reza", 14), ("0912", 20)):
        page = calls.list_calls(db, CallFilter(text=text), limit=1000)
        assert len(page.rows) == expected
        count = calls.count_calls(db, CallFilter(text=text))
        assert count.value == expected
