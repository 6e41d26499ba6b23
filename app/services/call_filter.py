"""The call log's text filter: a number (any prefix of it) or words of the customer's name, off an index.

Calls have no index of their own on the number or the name, so the filter starts from the indexes that
exist: matching customers come from the phone-number index (or the customer search index), their calls
from `ix_calls_customer_started`; unknown callers' calls from `ix_calls_unknown_number`. When a filter
matches many customers (a short prefix, a common name), walking the calls in time order and testing each
is faster than visiting every customer, so the filter becomes a plain condition instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from sqlalchemy import ColumnElement, and_, false, or_, select, text, union_all
from sqlalchemy.orm import Session

from app.models import Call, Phone
from app.phones import PhoneRules
from app.search_text import clean_query
from app.services.customer_lists import ids_matching, query_terms
from app.text import digits_only, looks_like_phone, normalize_digits


@dataclass(frozen=True)
class TextCondition:
    condition: ColumnElement[bool]
    # Found through indexes (few matches): the condition holds the whole filter (the outer query walks the ids
    # it names, instead of the period's index) and is cheap to count exactly.
    indexed: bool


# Up to this many matching customers, their calls are found customer by customer through the index.
FEW_CUSTOMERS = 2000
FEW_UNKNOWN_CALLS = 20_000


def number_prefixes(text: str, rules: PhoneRules) -> list[str]:
    """The stored forms a typed number fragment can start: E.164 from national or international input, or digits."""
    digits = digits_only(text)
    code = str(phonenumbers.country_code_for_region(rules.region) or "")
    if normalize_digits(text).strip().startswith("+") or digits.startswith("00"):
        return ["+" + digits.removeprefix("00")]
    if digits.startswith("0"):
        return [f"+{code}{digits[1:]}", digits]
    prefixes = [f"+{code}{digits}", digits]
    if code and digits.startswith(code):
        prefixes.append("+" + digits)
    if rules.local_area_code:
        prefixes.append(f"+{code}{rules.local_area_code.lstrip('0')}{digits}")
    return prefixes


def _starts(column: ColumnElement[str], prefixes: list[str], is_sqlite: bool) -> ColumnElement[bool]:
    if is_sqlite:  # dialect branch: a BINARY range walks a b-tree index; numbers are ASCII, "~" sorts after them
        return or_(*[and_(column >= p, column < p + "~") for p in prefixes])
    return or_(*[column.like(p + "%") for p in prefixes])


def _unknown_ids(session: Session, prefixes: list[str], is_sqlite: bool) -> list[int] | None:
    """Ids of unknown callers' calls from numbers with these prefixes (None: too many to list)."""
    found: list[int] = []
    for prefix in prefixes:
        if is_sqlite:  # without statistics SQLite prefers "customer_id IS NULL" on the wrong index: name the right one
            query = text(
                "SELECT id FROM calls INDEXED BY ix_calls_unknown_number "
                "WHERE customer_id IS NULL AND number >= :low AND number < :high LIMIT :cap"
            ).bindparams(low=prefix, high=prefix + "~", cap=FEW_UNKNOWN_CALLS + 1)
        else:
            query = select(Call.id).where(Call.customer_id.is_(None), Call.number.like(prefix + "%"))
            query = query.limit(FEW_UNKNOWN_CALLS + 1)
        found.extend(session.scalars(query))
        if len(found) > FEW_UNKNOWN_CALLS:
            return None
    return found


def text_condition(session: Session, text: str, rules: PhoneRules, base: ColumnElement[bool]) -> TextCondition:
    """A condition on `calls` for the text filter; `base` is the rest of the filter (date range, …)."""
    text = clean_query(text)  # any text is a filter: controls out, capped (app.search_text)
    is_sqlite = session.get_bind().dialect.name == "sqlite"
    if looks_like_phone(text):
        prefixes = number_prefixes(text, rules)
        number = _starts(Call.number, prefixes, is_sqlite)
        customers = select(Phone.customer_id).where(_starts(Phone.number, prefixes, is_sqlite)).distinct()
        ids = list(session.scalars(customers.limit(FEW_CUSTOMERS + 1)))
        if len(ids) > FEW_CUSTOMERS:
            return TextCondition(number, indexed=False)
        unknown = _unknown_ids(session, prefixes, is_sqlite)
        if unknown is None:
            return TextCondition(number, indexed=False)
        known = select(Call.id).where(base, Call.customer_id.in_(ids), number)
        unknown_calls = select(Call.id).where(base, Call.id.in_(unknown))
        found = union_all(known, unknown_calls) if ids else unknown_calls
        return TextCondition(Call.id.in_(found), indexed=True)
    if not query_terms(text):
        return TextCondition(false(), indexed=True)
    customers = ids_matching(is_sqlite, text)
    ids = list(session.scalars(customers.limit(FEW_CUSTOMERS + 1)))
    if len(ids) > FEW_CUSTOMERS:
        # `+ 0` keeps the planner off the customer index: walk calls by time and test each against the set.
        return TextCondition((Call.customer_id + 0).in_(customers.order_by(None)), indexed=False)
    return TextCondition(Call.id.in_(select(Call.id).where(base, Call.customer_id.in_(ids))), indexed=True)
