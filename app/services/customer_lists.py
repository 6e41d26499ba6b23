"""Reading many customers: the lazy list, substring search, and the screen-pop phone lookup.

Every query here pages by keyset and hits an index, so the first page of a million customers
costs the same as the first page of a hundred.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, select, table, text, tuple_
from sqlalchemy.orm import Session

from app.db import Database
from app.dto import CustomerRow, Page
from app.models import Customer, Phone
from app.phones import PhoneRules, display_phone_cached
from app.search_text import clean_query
from app.services.list_counts import RowCount, capped_count, extrapolate
from app.text import digits_only, looks_like_phone, normalize_text

PAGE_SIZE = 200
MIN_TRIGRAM = 3
SEARCH_COUNT_CAP = 20_000  # search matches counted one by one; beyond, the index's own figure

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


def _by_name(query: Select, after: ListCursor | None, descending: bool) -> Select:
    """Name order (either way) over the (sort_key, id) index, continued after the keyset cursor."""
    key = tuple_(Customer.sort_key, Customer.id)
    if descending:
        query = query.order_by(Customer.sort_key.desc(), Customer.id.desc())
        return query if after is None else query.where(key < tuple_(*after))
    query = query.order_by(Customer.sort_key, Customer.id)
    return query if after is None else query.where(key > tuple_(*after))


def list_customers(
    db: Database,
    after: ListCursor | None = None,
    limit: int = PAGE_SIZE,
    rules: PhoneRules | None = None,
    descending: bool = False,
) -> Page[CustomerRow, ListCursor]:
    """Live customers by name (A→Z, or Z→A when `descending`), `limit` at a time after `after`."""
    query = _by_name(_row_select().where(Customer.deleted_at.is_(None)), after, descending).limit(limit)
    with db.sessions() as session:
        rows = _rows(session, query, rules or PhoneRules())
    cursor = (rows[-1].sort_key, rows[-1].id) if len(rows) == limit else None
    return Page(rows, cursor)


def query_terms(query: str) -> list[str]:
    """The search terms of `query`: one digit string for a phone fragment, else normalized words.

    Any text is a valid query: it is cleaned and capped first (app.search_text), and the terms are
    escaped where the SQL is built, so quotes, `*`, `%`, `NEAR(` or NUL are only text.
    """
    query = clean_query(query)
    if looks_like_phone(query):
        digits = digits_only(query)
        return [digits[2:] if digits.startswith("00") else digits]
    return normalize_text(query).split()


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _fts_match(terms: list[str]) -> str:
    """An FTS5 query matching every term as a substring (quoted: no FTS syntax from the user)."""
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def matching_ids(is_sqlite: bool, terms: list[str], after: int = 0) -> Select:
    """Ids of live customers whose search key holds every term, in id order (unlimited: page or count it).

    Also the customer half of the call log's text filter.
    """
    long_terms = [t for t in terms if len(t) >= MIN_TRIGRAM]
    short_filter = and_(*[Customer.search_key.like(_like(t), escape="\\") for t in terms])
    if is_sqlite and long_terms:
        # Dialect branch: FTS5 trigram MATCH, walked in rowid order from the cursor.
        match = _fts_match(long_terms)
        return (
            select(Customer.id)
            .select_from(table("customers_fts"))
            .join(Customer, Customer.id == literal_column("customers_fts.rowid"))
            .where(
                text("customers_fts MATCH :match").bindparams(match=match),
                literal_column("customers_fts.rowid") > after,
                Customer.deleted_at.is_(None),
                short_filter,
            )
            .order_by(literal_column("customers_fts.rowid"))
        )
    # PostgreSQL (trigram GIN index on search_key) and very short SQLite queries use LIKE.
    return (
        select(Customer.id)
        .where(Customer.id > after, Customer.deleted_at.is_(None), short_filter)
        .order_by(Customer.id)
    )


def _name_starts(is_sqlite: bool, prefix: str) -> ColumnElement[bool]:
    if is_sqlite:  # dialect branch: a BINARY-collated range walks ix_customers_live_sort
        before_next = Customer.sort_key < prefix + "\U0010ffff"
        return and_(Customer.deleted_at.is_(None), Customer.sort_key >= prefix, before_next)
    return and_(Customer.deleted_at.is_(None), Customer.sort_key.like(_like(prefix)[1:], escape="\\"))


def _name_prefix_page(
    db: Database, prefix: str, after: ListCursor | None, limit: int, rules: PhoneRules, descending: bool
) -> Page[CustomerRow, ListCursor]:
    """One or two typed characters: names that start with them, in name order, straight off the sort index."""
    query = _by_name(_row_select().where(_name_starts(db.is_sqlite, prefix)), after, descending).limit(limit)
    with db.sessions() as session:
        rows = _rows(session, query, rules)
    return Page(rows, (rows[-1].sort_key, rows[-1].id) if len(rows) == limit else None)


def search_customers(
    db: Database,
    query: str,
    after: Any = None,
    limit: int = PAGE_SIZE,
    rules: PhoneRules | None = None,
    descending: bool = False,
) -> Page[CustomerRow, Any]:
    """Customers whose name, company, email or any phone contains every term of `query`.

    Terms shorter than three characters cannot use the trigram index; a query made only of such
    terms matches the start of the name instead (what someone who has typed two letters means),
    in name order either way. Longer terms come back in the index's own (id) order.
    """
    terms = query_terms(query)
    if not terms:
        return Page([], None)
    if all(len(term) < MIN_TRIGRAM for term in terms):
        return _name_prefix_page(db, " ".join(terms), after, limit, rules or PhoneRules(), descending)
    with db.sessions() as session:
        ids = list(session.scalars(matching_ids(db.is_sqlite, terms, after or 0).limit(limit)))
        if not ids:
            return Page([], None)
        rows = _rows(session, _row_select().where(Customer.id.in_(ids)).order_by(Customer.id), rules or PhoneRules())
    return Page(rows, ids[-1] if len(ids) == limit else None)


def ids_matching(is_sqlite: bool, query: str) -> Select:
    """Ids of the customers `search_customers(query)` finds, as one unlimited query (the call log's name filter).

    Deleted customers count here: their calls stay in the log. When every term can use the trigram index,
    SQLite answers from the index alone, without reading a customer row.
    """
    terms = query_terms(query)
    if terms and all(len(term) < MIN_TRIGRAM for term in terms):
        return select(Customer.id).where(_name_starts(is_sqlite, " ".join(terms)))
    if is_sqlite and all(len(term) >= MIN_TRIGRAM for term in terms):
        rowid = literal_column("customers_fts.rowid")
        match = text("customers_fts MATCH :match").bindparams(match=_fts_match(terms))
        return select(rowid).select_from(table("customers_fts")).where(match)
    return matching_ids(is_sqlite, terms)


def search_sorts_by_name(query: str) -> bool:
    """Whether `search_customers(query)` can follow the name order (only the short-prefix path can)."""
    terms = query_terms(query)
    return not terms or all(len(term) < MIN_TRIGRAM for term in terms)


def has_customers(db: Database) -> bool:
    """Whether the database holds any customer (deleted ones count: the office has been used)."""
    with db.sessions() as session:
        return session.scalar(select(Customer.id).limit(1)) is not None


def count_customers(db: Database, query: str = "", cap: int = SEARCH_COUNT_CAP) -> RowCount:
    """How many customers the list shows for `query` ('' is every live customer).

    The whole list and a name prefix are counted exactly off the sort index (an index-only scan).
    A substring search is counted exactly up to `cap` matches (each one read); beyond that SQLite's
    trigram index gives the figure on its own (deleted customers included: "about"), and other
    databases extrapolate by how far into the ids the first `cap` matches reached.
    """
    terms = query_terms(query)
    with db.sessions() as session:
        if not terms or all(len(term) < MIN_TRIGRAM for term in terms):
            starts = _name_starts(db.is_sqlite, " ".join(terms)) if terms else Customer.deleted_at.is_(None)
            return RowCount(int(session.scalar(select(func.count()).select_from(Customer).where(starts)) or 0))
        ids = matching_ids(db.is_sqlite, terms)
        if db.is_sqlite:
            # Dialect branch: the trigram index counts its matches without reading a customer row.
            fts_count = text("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH :match")
            match = _fts_match([t for t in terms if len(t) >= MIN_TRIGRAM])
            indexed = int(session.scalar(fts_count, {"match": match}) or 0)
            return RowCount(capped_count(session, ids, cap)) if indexed <= cap else RowCount(indexed, exact=False)
        counted = capped_count(session, ids, cap)
        if counted <= cap:
            return RowCount(counted)
        reached = session.scalar(select(ids.offset(cap - 1).limit(1).subquery().c[0]))
        lowest, highest = session.execute(select(func.min(Customer.id), func.max(Customer.id))).one()
        return extrapolate(cap, float(reached - lowest + 1), float(highest - lowest + 1))


def customers_where(
    db: Database, where: ColumnElement[bool], after: int | None = None, limit: int = PAGE_SIZE,
    rules: PhoneRules | None = None,
) -> Page[CustomerRow, int]:  # fmt: skip
    """Live customers that satisfy `where` (a data-quality check's condition, say), in id order, keyset by id."""
    query = _row_select().where(Customer.deleted_at.is_(None), where)
    if after is not None:
        query = query.where(Customer.id > after)
    with db.sessions() as session:
        rows = _rows(session, query.order_by(Customer.id).limit(limit), rules or PhoneRules())
    return Page(rows, rows[-1].id if len(rows) == limit else None)


def count_where(db: Database, where: ColumnElement[bool]) -> RowCount:
    with db.sessions() as session:
        return RowCount(int(session.scalar(select(func.count(Customer.id)).where(Customer.deleted_at.is_(None), where))
                            or 0))  # fmt: skip
