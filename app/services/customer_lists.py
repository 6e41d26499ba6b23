"""Reading many customers: the lazy list, substring search, and the screen-pop phone lookup.

Every query here pages by keyset and hits an index, so the first page of a million customers
costs the same as the first page of a hundred.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Select, and_, literal_column, select, table, text, tuple_
from sqlalchemy.orm import Session

from app.db import Database
from app.dto import CustomerRow, Page
from app.models import Customer, Phone
from app.phones import PhoneRules, display_phone, lookup_key
from app.text import digits_only, looks_like_phone, normalize_text

PAGE_SIZE = 200
MIN_TRIGRAM = 3

ListCursor = tuple[str, int]


@lru_cache(maxsize=65536)
def _shown(number: str | None, region: str) -> str:
    return display_phone(number, PhoneRules(region)) if number else ""


def _row_select() -> Select:
    first_phone = (
        select(Phone.number)
        .where(Phone.customer_id == Customer.id)
        .order_by(Phone.position)
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )
    return select(
        Customer.id, Customer.name, Customer.company, first_phone, Customer.city,
        Customer.status, Customer.tags, Customer.do_not_call, Customer.sort_key,
    )  # fmt: skip


def _rows(session: Session, query: Select, rules: PhoneRules) -> list[CustomerRow]:
    return [
        CustomerRow(r[0], r[1], r[2], _shown(r[3], rules.region), r[4], r[5], r[6], bool(r[7]), r[8])
        for r in session.execute(query)
    ]


def list_customers(
    db: Database, after: ListCursor | None = None, limit: int = PAGE_SIZE, rules: PhoneRules | None = None
) -> Page[CustomerRow, ListCursor]:
    """Live customers by name, `limit` at a time after `after`."""
    query = _row_select().where(Customer.deleted_at.is_(None)).order_by(Customer.sort_key, Customer.id).limit(limit)
    if after is not None:
        query = query.where(tuple_(Customer.sort_key, Customer.id) > tuple_(*after))
    with db.sessions() as session:
        rows = _rows(session, query, rules or PhoneRules())
    cursor = (rows[-1].sort_key, rows[-1].id) if len(rows) == limit else None
    return Page(rows, cursor)


def query_terms(query: str) -> list[str]:
    """The search terms of `query`: one digit string for a phone fragment, else normalized words."""
    if looks_like_phone(query):
        digits = digits_only(query)
        return [digits[2:] if digits.startswith("00") else digits]
    return normalize_text(query).split()


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _matching_ids(session: Session, terms: list[str], after: int, limit: int) -> list[int]:
    long_terms = [t for t in terms if len(t) >= MIN_TRIGRAM]
    short_filter = and_(*[Customer.search_key.like(_like(t), escape="\\") for t in terms])
    if session.get_bind().dialect.name == "sqlite" and long_terms:
        # Dialect branch: FTS5 trigram MATCH, walked in rowid order from the cursor.
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        query = (
            select(Customer.id)
            .select_from(table("customers_fts"))
            .join(Customer, Customer.id == literal_column("customers_fts.rowid"))
            .where(
                text("customers_fts MATCH :match"),
                literal_column("customers_fts.rowid") > after,
                Customer.deleted_at.is_(None),
                short_filter,
            )
            .order_by(literal_column("customers_fts.rowid"))
            .limit(limit)
        )
        return list(session.scalars(query, {"match": match, "after": after}))
    # PostgreSQL (trigram GIN index on search_key) and very short SQLite queries use LIKE.
    query = (
        select(Customer.id)
        .where(Customer.id > after, Customer.deleted_at.is_(None), short_filter)
        .order_by(Customer.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def search_customers(
    db: Database, query: str, after: int | None = None, limit: int = PAGE_SIZE, rules: PhoneRules | None = None
) -> Page[CustomerRow, int]:
    """Customers whose name, company, email or any phone contains every term of `query`."""
    terms = query_terms(query)
    if not terms:
        return Page([], None)
    with db.sessions() as session:
        ids = _matching_ids(session, terms, after or 0, limit)
        if not ids:
            return Page([], None)
        rows = _rows(session, _row_select().where(Customer.id.in_(ids)).order_by(Customer.id), rules or PhoneRules())
    return Page(rows, ids[-1] if len(ids) == limit else None)


def find_customer_by_number(db: Database, raw: str, rules: PhoneRules | None = None) -> int | None:
    """The live customer who owns this number (the screen-pop query), or None."""
    key = lookup_key(raw, rules)
    if key is None:
        return None
    with db.sessions() as session:
        return session.scalar(
            select(Phone.customer_id)
            .join(Customer, Customer.id == Phone.customer_id)
            .where(Phone.number == key, Customer.deleted_at.is_(None))
            .order_by(Phone.customer_id)
            .limit(1)
        )
