"""Groups of customers that are probably one: same phone, same e-mail, or near names in one block.

Never all pairs: exact matches are SQL GROUP BYs over indexes; names are compared only with their
neighbours in (city, first letters) order (sorted neighbourhood), and among customers whose phones
share the last seven digits. One streamed pass; memory stays small at a million customers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, Connection, String, func, select
from sqlalchemy.ext.compiler import compiles

from app.db import Database
from app.models import Customer, Phone
from app.progress import Cancelled, Progress, no_progress

NAME_SIMILARITY = 90  # rapidfuzz ratio (0-100) of normalized names
WINDOW = 4  # neighbours compared in sorted order
COMMON = 20  # a name, phone or e-mail shared by more people than this is not one person entered twice
SUFFIX = 7
Pair = tuple[tuple[int, int], float]


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    customer_ids: tuple[int, ...]
    confidence: float  # 0..1
    reason: str  # "phone", "email", "name+phone-suffix", "name+city"


def _check(progress: Progress, done: int, total: int, label: str) -> None:
    if not progress(done, total, label):
        raise Cancelled()


class _ids(ColumnElement[str]):
    """Comma-separated ids of a group: group_concat on SQLite, string_agg on PostgreSQL."""

    inherit_cache = True
    type = String()

    def __init__(self, column: ColumnElement[int]) -> None:
        self.column = column


@compiles(_ids)
def _ids_sqlite(element: _ids, compiler: Any, **kw: Any) -> str:
    return f"group_concat({compiler.process(element.column, **kw)})"


@compiles(_ids, "postgresql")
def _ids_postgresql(element: _ids, compiler: Any, **kw: Any) -> str:
    return f"string_agg(CAST({compiler.process(element.column, **kw)} AS TEXT), ',')"


def _groups_of(rows: Iterable[tuple[str, str]]) -> Iterable[tuple[int, ...]]:
    """ "1,5,9" strings from group_concat as sorted id tuples (common keys dropped)."""
    for _key, ids in rows:
        unique = tuple(sorted({int(i) for i in ids.split(",")}))
        if 1 < len(unique) <= COMMON:
            yield unique


def _live(conn: Connection, ids: set[int]) -> set[int]:
    live: set[int] = set()
    ordered = sorted(ids)
    for start in range(0, len(ordered), 900):
        chunk = ordered[start : start + 900]
        live.update(conn.scalars(select(Customer.id).where(Customer.id.in_(chunk), Customer.deleted_at.is_(None))))
    return live


def _keep_live(conn: Connection, groups: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """Drop soft-deleted customers from candidate groups (looked up only for the candidates, by id)."""
    live = _live(conn, {i for g in groups for i in g})
    kept = [tuple(i for i in g if i in live) for g in groups]
    return [g for g in kept if len(g) > 1]


def _by_phone(db: Database) -> list[tuple[int, ...]]:
    # Phones only (no join per row): the join to customers for deleted_at is done for the candidates.
    query = (
        select(Phone.number, _ids(Phone.customer_id))
        .group_by(Phone.number)
        .having(func.count(func.distinct(Phone.customer_id)) > 1)
    )
    with db.engine.connect() as conn:
        return _keep_live(conn, list(_groups_of(conn.execute(query))))  # type: ignore[arg-type]


def _by_email(db: Database) -> list[tuple[int, ...]]:
    # Shared e-mails from the e-mail index alone, then their customers by index lookups.
    shared = select(Customer.email).where(Customer.email != "").group_by(Customer.email).having(func.count() > 1)
    groups: list[tuple[int, ...]] = []
    with db.engine.connect() as conn:
        emails = list(conn.scalars(shared))
        for start in range(0, len(emails), 500):
            query = (
                select(Customer.email, _ids(Customer.id))
                .where(Customer.email.in_(emails[start : start + 500]), Customer.deleted_at.is_(None))
                .group_by(Customer.email)
            )
            groups += _groups_of(conn.execute(query))  # type: ignore[arg-type]
    return groups


def _near(a: str, b: str) -> float:
    return fuzz.ratio(a, b) if a and b else 0.0


def _by_name_in_city(db: Database, total: int, progress: Progress) -> tuple[list[tuple[int, ...]], list[Pair]]:
    """Sorted neighbourhood over (city, name): runs of one name become groups, near names become pairs."""
    query = (
        select(Customer.id, Customer.sort_key, Customer.city)
        .where(Customer.deleted_at.is_(None), Customer.sort_key != "")
        .order_by(Customer.city, Customer.sort_key)
    )
    runs: list[tuple[int, ...]] = []
    pairs: list[Pair] = []
    window: list[tuple[int, str, str]] = []
    run_key: tuple[str, str] = ("", "")
    run_ids: list[int] = []
    with db.engine.connect() as conn:
        for done, (cid, name, city) in enumerate(conn.execution_options(yield_per=20000).execute(query)):
            if done % 50000 == 0:
                _check(progress, done, total, "comparing names")
            if (city, name) != run_key:
                if 1 < len(run_ids) <= COMMON:  # one name shared by many is a common name, not a duplicate
                    runs.append(tuple(sorted(run_ids)))
                run_key, run_ids = (city, name), []
            run_ids.append(cid)
            for other_id, other_name, other_city in window:
                if other_city == city and other_name != name and other_name[:2] == name[:2]:
                    score = _near(name, other_name)
                    if score >= NAME_SIMILARITY:
                        pairs.append(((min(other_id, cid), max(other_id, cid)), score))
            window.append((cid, name, city))
            if len(window) > WINDOW:
                window.pop(0)
    if 1 < len(run_ids) <= COMMON:
        runs.append(tuple(sorted(run_ids)))
    return runs, pairs


def _by_name_and_suffix(db: Database) -> list[Pair]:
    """Customers whose numbers end alike (a typo in the area code) and whose names are near."""
    # substr(x, -n) counts from the end on SQLite only; PostgreSQL returns the whole string. A start from
    # the length is the same on both.
    suffix = func.substr(Phone.number, func.length(Phone.number) - (SUFFIX - 1))
    query = (
        select(suffix, _ids(Phone.customer_id))
        .where(func.length(Phone.number) >= SUFFIX)
        .group_by(suffix)
        .having(func.count(func.distinct(Phone.number)) > 1, func.count() <= COMMON)
    )
    pairs: list[Pair] = []
    with db.engine.connect() as conn:
        groups = list(_groups_of(conn.execute(query)))  # type: ignore[arg-type]
        wanted = sorted({i for g in groups for i in g})
        names: dict[int, str] = {}
        for start in range(0, len(wanted), 900):
            chunk = wanted[start : start + 900]
            rows = conn.execute(select(Customer.id, Customer.sort_key).where(Customer.id.in_(chunk),
                                                                            Customer.deleted_at.is_(None)))  # fmt: skip
            names.update((i, n) for i, n in rows)
    for group in groups:
        people = [(i, names[i]) for i in group if i in names]
        for index, (a, name_a) in enumerate(people):
            for b, name_b in people[index + 1 :]:
                if (score := _near(name_a, name_b)) >= NAME_SIMILARITY:
                    pairs.append(((min(a, b), max(a, b)), score))
    return pairs


def find_duplicates(db: Database, progress: Progress = no_progress) -> list[DuplicateGroup]:
    with db.sessions() as s:
        total = s.scalar(select(func.count(Customer.id)).where(Customer.deleted_at.is_(None))) or 0
    found: dict[tuple[int, ...], DuplicateGroup] = {}

    def add(ids: tuple[int, ...], confidence: float, reason: str) -> None:
        known = found.get(ids)
        if known is None or known.confidence < confidence:
            found[ids] = DuplicateGroup(ids, confidence, reason if known is None else f"{reason}, {known.reason}")

    _check(progress, 0, total, "same phone")
    for ids in _by_phone(db):
        add(ids, 0.95, "phone")
    _check(progress, 0, total, "same e-mail")
    for ids in _by_email(db):
        add(ids, 0.9, "email")
    _check(progress, 0, total, "near names")
    for (a, b), score in _by_name_and_suffix(db):
        add((min(a, b), max(a, b)), round(0.6 + 0.3 * score / 100, 2), "name+phone-suffix")
    runs, pairs = _by_name_in_city(db, total, progress)
    for ids in runs:
        add(ids, 0.6, "name+city")
    for ids, score in pairs:
        add(ids, round(0.2 + 0.4 * score / 100, 2), "name+city")
    _check(progress, total, total, "done")
    return sorted(found.values(), key=lambda g: (-g.confidence, g.customer_ids))
