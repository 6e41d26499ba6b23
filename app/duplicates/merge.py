"""Merging two or more customers into one, keeping enough to undo it.

The survivor takes the values picked field by field; every related row (see `moves.RELATED`) of
the merged customer moves to the survivor, except phones the survivor already has. The merged
customer is kept, soft-deleted, so `undo_merge` can move everything back.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, column, insert, inspect, select, table, update

from app import audit
from app.auth import require
from app.db import Database
from app.dto import CustomerDraft
from app.duplicates.moves import RELATED
from app.errors import NotFound
from app.importing.keys import import_search_key, import_sort_key
from app.models import Customer, CustomerMerge, Phone
from app.phones import PhoneRules

MERGE_FIELDS = ("name", "kind", "company", "email", "address", "city", "status", "tags", "source", "notes",
                "do_not_call", "do_not_sms", "do_not_email")  # fmt: skip


def _fields(conn: Connection, customer_id: int) -> dict[str, Any]:
    cols = Customer.__table__.c
    row = conn.execute(
        select(*[cols[f] for f in MERGE_FIELDS], cols.deleted_at).where(cols.id == customer_id)
    ).mappings().one_or_none()  # fmt: skip
    if row is None or row["deleted_at"] is not None:
        raise NotFound(customer_id)
    return {f: row[f] for f in MERGE_FIELDS}


def _existing_tables(conn: Connection) -> list[tuple[str, str]]:
    names = set(inspect(conn).get_table_names())
    return [(t, c) for t, c in RELATED if t in names]


def _rekey(conn: Connection, customer_id: int, rules: PhoneRules, now: datetime, actor: str) -> None:
    """Search and sort keys from the customer's fields and phones as they are now."""
    values = _fields(conn, customer_id)
    numbers = list(conn.scalars(select(Phone.number).where(Phone.customer_id == customer_id).order_by(Phone.position)))
    draft = CustomerDraft(**{f: values[f] for f in MERGE_FIELDS})
    conn.execute(update(Customer.__table__).where(Customer.id == customer_id).values(
        search_key=import_search_key(draft, numbers, rules), sort_key=import_sort_key(draft.name),
        updated_at=now, updated_by=actor))  # fmt: skip


def _move_into(conn: Connection, survivor_id: int, merged_id: int) -> dict[str, list[int]]:
    """Every related row of `merged_id` to the survivor (phones it already has stay); the ids moved, by table."""
    moved: dict[str, list[int]] = {}
    survivor_numbers = set(conn.scalars(select(Phone.number).where(Phone.customer_id == survivor_id)))
    position = len(survivor_numbers)
    for name, key in _existing_tables(conn):
        t = table(name, column("id"), column(key))
        ids = list(conn.scalars(select(t.c.id).where(t.c[key] == merged_id)))
        if name == "phones":  # the survivor's own numbers stay single
            rows = conn.execute(select(Phone.id, Phone.number).where(Phone.customer_id == merged_id)).all()
            ids = [r.id for r in rows if r.number not in survivor_numbers]
            for offset, phone_id in enumerate(ids):
                conn.execute(update(Phone.__table__).where(Phone.id == phone_id).values(position=position + offset))
        if ids:
            conn.execute(update(t).where(t.c.id.in_(ids)).values({key: survivor_id}))
        moved[name] = ids
    return moved


def merge_customers(
    db: Database, survivor_id: int, merged_id: int, chosen: dict[str, Any], actor: str,
    rules: PhoneRules | None = None,
) -> int:  # fmt: skip
    """Merge `merged_id` into `survivor_id` with the `chosen` field values; return the merge's id."""
    return merge_group(db, survivor_id, [merged_id], chosen, actor, rules)[0]


def merge_group(
    db: Database, survivor_id: int, merged_ids: list[int], chosen: dict[str, Any], actor: str,
    rules: PhoneRules | None = None,
) -> list[int]:  # fmt: skip
    """Merge every customer of `merged_ids` into `survivor_id` in one transaction, with the `chosen`
    field values (picked across all of them); return the merges' ids. Undoing any of them undoes all."""
    require(db, actor, "merge")
    if survivor_id in merged_ids or not merged_ids:
        raise ValueError("Choose two different customers to merge.")
    if len(set(merged_ids)) != len(merged_ids):
        raise ValueError("Each customer can be merged only once: remove the repeated one.")
    rules, now = rules or PhoneRules(), datetime.now()
    with db.writer.begin() as conn:
        before = _fields(conn, survivor_id)
        merge_ids: list[int] = []
        for merged_id in merged_ids:
            merged_before = _fields(conn, merged_id)
            moved = _move_into(conn, survivor_id, merged_id)
            conn.execute(
                update(Customer.__table__).where(Customer.id == merged_id).values(deleted_at=now, deleted_by=actor)
            )
            # Every merge of the group keeps the survivor's values from before the group: undo restores those.
            merge_id = int(conn.execute(insert(CustomerMerge.__table__).values(
                at=now, by=actor, survivor_id=survivor_id, merged_id=merged_id,
                survivor_before=json.dumps(before, ensure_ascii=False), moved=json.dumps(moved),
                group_id=merge_ids[0] if merge_ids else None,
            ).returning(CustomerMerge.id)).scalar_one())  # fmt: skip
            merge_ids.append(merge_id)
            _audit(conn, actor, merged_id, "delete", merged_before, {"merged_into": survivor_id})
        if len(merge_ids) > 1:
            conn.execute(update(CustomerMerge.__table__).where(CustomerMerge.id == merge_ids[0])
                         .values(group_id=merge_ids[0]))  # fmt: skip
        values = {f: chosen.get(f, before[f]) for f in MERGE_FIELDS}
        _set(conn, survivor_id, **values)
        _rekey(conn, survivor_id, rules, now, actor)
        _audit(conn, actor, survivor_id, "merge", before, {**values, "merged_from": merged_ids})
        return merge_ids


def undo_merge(db: Database, merge_id: int, actor: str, rules: PhoneRules | None = None) -> None:
    """Undo a merge; a merge made as part of a group undoes the whole group (newest first)."""
    require(db, actor, "merge")
    rules, now = rules or PhoneRules(), datetime.now()
    with db.writer.begin() as conn:
        merge = conn.execute(select(CustomerMerge).where(CustomerMerge.id == merge_id)).one_or_none()
        if merge is None or merge.undone_at is not None:
            raise NotFound(merge_id)
        merges = [merge]
        if merge.group_id is not None:
            merges = list(conn.execute(select(CustomerMerge).where(
                CustomerMerge.group_id == merge.group_id, CustomerMerge.undone_at.is_(None)
            ).order_by(CustomerMerge.id.desc())).all())  # fmt: skip
        for one in merges:
            _undo_one(conn, one, actor, rules, now)


def _undo_one(conn: Connection, merge: Any, actor: str, rules: PhoneRules, now: datetime) -> None:
    moved: dict[str, list[int]] = json.loads(merge.moved)
    for name, key in _existing_tables(conn):
        ids = moved.get(name, [])
        if ids:
            t = table(name, column("id"), column(key))
            conn.execute(update(t).where(t.c.id.in_(ids)).values({key: merge.merged_id}))
    before = json.loads(merge.survivor_before)
    _set(conn, merge.survivor_id, **before)
    _set(conn, merge.merged_id, deleted_at=None, deleted_by="")
    _rekey(conn, merge.survivor_id, rules, now, actor)
    _rekey(conn, merge.merged_id, rules, now, actor)
    conn.execute(update(CustomerMerge.__table__).where(CustomerMerge.id == merge.id).values(undone_at=now))
    _audit(conn, actor, merge.survivor_id, "unmerge", None, before)
    _audit(conn, actor, merge.merged_id, "restore", None, {"unmerged_from": merge.survivor_id})


def _set(conn: Connection, customer_id: int, **values: Any) -> None:
    conn.execute(update(Customer.__table__).where(Customer.id == customer_id).values(**values))


def _audit(conn: Connection, actor: str, customer_id: int, action: str, before: Any, after: Any) -> None:
    from app.importing.service import _audit_row

    conn.execute(insert(audit.AuditLog.__table__).values(_audit_row(actor, "customer", customer_id, action, before,
                                                                    after)))  # fmt: skip
