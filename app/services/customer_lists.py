"""Reading many customers: the lazy list, substring search, and the screen-pop phone lookup.

Every query here pages by keyset and hits an index, so the first page of a million customers
costs the same as the first page of a hundred.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, literal_column, select, table, text, tuple_
from sqlalchemy.orm import Session

from app.db import Database
from app.dto import CustomerRow, Page
from app.models import Customer, Phone
from app.phones import PhoneRules, display_phone_cached
from app.text import digits_only, looks_like_phone, normalize_text

PAGE_SIZE = 200
MIN_TRIGRAM = 3

ListCursor = tuple[str, int]


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
        CustomerRow(
            r[0], r[1], r[2], display_phone_cached(r[3] or "", rules.region), r[4], r[5], r[6], bool(r[7]), r[8]
        )
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


def _name_prefix_page(
    db: Database, prefix: str, after: ListCursor | None, limit: int, rules: PhoneRules
) -> Page[CustomerRow, ListCursor]:
    """One or two typed characters: names that start with them, in name order, straight off the sort index."""
    if db.is_sqlite:  # dialect branch: a BINARY-collated range walks ix_customers_live_sort
        starts = and_(Customer.sort_key >= prefix, Customer.sort_key < prefix + "\U0010ffff")
    else:
        starts = Customer.sort_key.like(_like(prefix)[1:], escape="\\")
    query = (
        _row_select().where(Customer.deleted_at.is_(None), starts).order_by(Customer.sort_key, Customer.id).limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(Customer.sort_key, Customer.id) > tuple_(*after))
    with db.sessions() as session:
        rows = _rows(session, query, rules)
    return Page(rows, (rows[-1].sort_key, rows[-1].id) if len(rows) == limit else None)


def search_customers(
    db: Database, query: str, after: Any = None, limit: int = PAGE_SIZE, rules: PhoneRules | None = None
) -> Page[CustomerRow, Any]:
    """Customers whose name, company, email or any phone contains every term of `query`.

    Terms shorter than three characters cannot use the trigram index; a query made only of such
    terms matches the start of the name instead (what someone who has typed two letters means).
    """
    terms = query_terms(query)
    if not terms:
        return Page([], None)
    if all(len(term) < MIN_TRIGRAM for term in terms):
        return _name_prefix_page(db, " ".join(terms), after, limit, rules or PhoneRules())
    with db.sessions() as session:
        ids = _matching_ids(session, terms, after or 0, limit)
        if not ids:
            return Page([], None)
        rows = _rows(session, _row_select().where(Customer.id.in_(ids)).order_by(Customer.id), rules or PhoneRules())
    return Page(rows, ids[-1] if len(ids) == limit else None)
