"""Search takes any text: FTS5 syntax, LIKE wildcards, quotes and SQL are only text; NUL and 1 MB answer."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db import Database
from app.dto import CallFilter, CustomerDraft, PhoneDraft
from app.search_text import MAX_QUERY, clean_query
from app.services import customers
from app.services.calls import count_calls, list_calls
from app.services.customer_lists import count_customers, search_customers
from app.tickets.knowledge import save_article, search_articles

HOSTILE_NAME = 'Ali "Boss" 100%_off NEAR(x) *star -minus ^caret OR \'; DROP TABLE customers; --'
CASES = [
    '"Boss"',
    "100%_off",
    "NEAR(x)",
    "*star",
    "-minus",
    "^caret",
    "caret OR",
    "'; DROP TABLE",
    "customers; --",
    'Boss" 100%',
    "_off",
]


@pytest.fixture
def hostile(any_db: Database) -> Database:
    customers.create_customer(any_db, CustomerDraft(name=HOSTILE_NAME, phones=[PhoneDraft("0912 123 4567")]), "t")
    customers.create_customer(any_db, CustomerDraft(name="Plain Person"), "t")
    return any_db


@pytest.mark.parametrize("query", CASES)
def test_syntax_is_text_and_finds_the_customer_holding_it(hostile: Database, query: str) -> None:
    found = search_customers(hostile, query).rows
    assert HOSTILE_NAME in [row.name for row in found]
    assert "Plain Person" not in [row.name for row in found]
    assert count_customers(hostile, query).value == len(found)


@pytest.mark.parametrize(
    "query", ["NEAR(", "%", "_", '"', "--", "a\x00b", "\x00", "Boss\x00", "\ud800Boss", "\uffff", "\x1b[31m"]
)
def test_broken_fts_and_control_characters_answer_without_an_error(hostile: Database, query: str) -> None:
    search_customers(hostile, query)
    count_customers(hostile, query)
    assert list_calls(hostile, CallFilter(text=query)).rows == []
    count_calls(hostile, CallFilter(text=query))
    assert search_articles(hostile, query) == []


def test_nul_inside_a_word_is_a_space_so_the_words_still_match(hostile: Database) -> None:
    assert [r.name for r in search_customers(hostile, "Boss\x00100%").rows] == [HOSTILE_NAME]


@pytest.mark.parametrize("size", [5_000, 1_000_000])
def test_a_huge_query_is_cut_and_answers_with_bounded_memory(hostile: Database, size: int) -> None:
    query = ("Boss " * size)[:size]
    tracemalloc.start()
    try:
        page = search_customers(hostile, query)
        count_customers(hostile, query)
        list_calls(hostile, CallFilter(text=query))
        search_articles(hostile, query)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [row.name for row in page.rows] == [HOSTILE_NAME]
    assert peak < 2_000_000 + size * 3  # the query's own copies; nothing grows with its terms
    assert len(clean_query(query)) <= MAX_QUERY


def test_knowledge_base_search_treats_wildcards_as_text(any_db: Database) -> None:
    save_article(any_db, "Refund 100%", "full_refund policy", None, "t")
    save_article(any_db, "Refund half", "partial", None, "t")
    assert [a.title for a in search_articles(any_db, "100%")] == ["Refund 100%"]
    assert [a.title for a in search_articles(any_db, "l_r")] == ["Refund 100%"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=300))
def test_fuzz_any_text_is_a_search(db: Database, query: str) -> None:
    page = search_customers(db, query)
    assert page.rows == [] and count_customers(db, query).value == 0
    list_calls(db, CallFilter(text=query))
