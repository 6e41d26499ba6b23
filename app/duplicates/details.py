"""What the duplicates and merge screens show about the customers of a group."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.db import Database
from app.duplicates.merge import MERGE_FIELDS
from app.models import Customer, Phone


@dataclass(frozen=True, slots=True)
class MergeCandidate:
    id: int
    values: dict[str, Any]  # MERGE_FIELDS
    phones: list[str]


def candidates(db: Database, ids: list[int]) -> list[MergeCandidate]:
    cols = Customer.__table__.c
    with db.sessions() as session:
        rows = session.execute(select(cols.id, *[cols[f] for f in MERGE_FIELDS]).where(cols.id.in_(ids))).mappings()
        found = {r["id"]: {f: r[f] for f in MERGE_FIELDS} for r in rows}
        phones: dict[int, list[str]] = {i: [] for i in found}
        query = select(Phone.customer_id, Phone.number).where(Phone.customer_id.in_(ids)).order_by(Phone.position)
        for customer_id, number in session.execute(query):
            phones[customer_id].append(number)
    return [MergeCandidate(i, found[i], phones[i]) for i in ids if i in found]


def group_names(db: Database, ids: list[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    with db.sessions() as session:
        for start in range(0, len(ids), 500):
            query = select(Customer.id, Customer.name).where(Customer.id.in_(ids[start : start + 500]))
            names.update((i, n) for i, n in session.execute(query))
    return names
