"""Deciding what each checked row does: create a customer, update one, merge into one, or skip.

Matches come from normalized phones and e-mails, against live customers and the rows above in the
same file, so a customer is never silently doubled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from app.importing.modes import MODES, ON_DUPLICATE
from app.importing.rows import CheckedRow
from app.models import Customer, Phone

__all__ = ["MODES", "ON_DUPLICATE", "Plan", "make_plan"]
CHUNK = 500  # values per IN (...): with thousands, SQLite (no ANALYZE stats) may scan customers instead


@dataclass(slots=True)
class NewCustomer:
    row: CheckedRow
    merged_rows: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Plan:
    creates: list[NewCustomer] = field(default_factory=list)
    updates: dict[int, list[tuple[CheckedRow, str]]] = field(default_factory=dict)  # id -> [(row, "update"|"merge")]
    skipped: list[tuple[int, int | None]] = field(default_factory=list)  # (row number, matching customer id)
    problems: list[CheckedRow] = field(default_factory=list)
    merged_in_file: int = 0


def _chunks(values: list, size: int = CHUNK) -> Iterable[list]:  # type: ignore[type-arg]
    for start in range(0, len(values), size):
        yield values[start : start + size]


def existing_phones(conn: Connection, numbers: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(numbers)):
        query = (
            select(Phone.number, Phone.customer_id)
            .join(Customer, Customer.id == Phone.customer_id)
            .where(Phone.number.in_(chunk), Customer.deleted_at.is_(None))
            .order_by(Phone.customer_id)
        )
        for number, customer_id in conn.execute(query):
            found.setdefault(number, customer_id)
    return found


def existing_emails(conn: Connection, emails: set[str]) -> dict[str, int]:
    """Live customers by e-mail (the file's e-mails are lower-cased; so are imported and typical stored ones)."""
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(emails)):
        query = (
            select(Customer.email, Customer.id)
            .where(Customer.email.in_(chunk), Customer.deleted_at.is_(None))
            .order_by(Customer.id)
        )
        for email, customer_id in conn.execute(query):
            found.setdefault(email, customer_id)
    return found


def existing_ids(conn: Connection, ids: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(sorted(ids)):
        found.update(conn.scalars(select(Customer.id).where(Customer.id.in_(chunk), Customer.deleted_at.is_(None))))
    return found


def make_plan(conn: Connection, rows: list[CheckedRow], mode: str, on_duplicate: str) -> Plan:
    plan = Plan()
    numbers = {p.number for r in rows for p in r.phones}
    emails = {r.draft.email for r in rows if r.draft.email}
    by_phone: dict[str, int | NewCustomer] = dict(existing_phones(conn, numbers))
    by_email: dict[str, int | NewCustomer] = dict(existing_emails(conn, emails))
    ids = existing_ids(conn, {r.customer_id for r in rows if r.customer_id is not None}) if mode != "create" else set()
    for row in rows:
        match = next((by_phone[p.number] for p in row.phones if p.number in by_phone), None)
        if match is None and row.draft.email:
            match = by_email.get(row.draft.email)
        if mode != "create" and row.customer_id is not None:
            if row.customer_id in ids:
                plan.updates.setdefault(row.customer_id, []).append((row, "update"))
                continue
            if mode == "update":
                row.problems.append(f"no customer has the id {row.customer_id}")
                plan.problems.append(row)
                continue
        if mode == "update" and match is None:
            row.problems.append("no customer has this id, phone or e-mail")
            plan.problems.append(row)
            continue
        if match is not None and (mode == "update" or on_duplicate == "merge"):
            if isinstance(match, NewCustomer):
                match.merged_rows.append(row.row_number)
                merge_rows(match.row, row)
                plan.merged_in_file += 1
            else:
                plan.updates.setdefault(match, []).append((row, "update" if mode == "update" else "merge"))
            continue
        if match is not None and on_duplicate == "skip":
            plan.skipped.append((row.row_number, match if isinstance(match, int) else None))
            continue
        new = NewCustomer(row)
        plan.creates.append(new)
        for phone in row.phones:
            by_phone.setdefault(phone.number, new)
        if row.draft.email:
            by_email.setdefault(row.draft.email, new)
    return plan


def merge_rows(target: CheckedRow, extra: CheckedRow) -> None:
    """A later row of the same file about the same customer: fill what is empty, add new phones."""
    for name in ("company", "email", "address", "city", "tags", "source"):
        if not getattr(target.draft, name) and getattr(extra.draft, name):
            setattr(target.draft, name, getattr(extra.draft, name))
    for name in ("do_not_call", "do_not_sms", "do_not_email"):
        setattr(target.draft, name, getattr(target.draft, name) or getattr(extra.draft, name))
    if extra.draft.notes and extra.draft.notes not in target.draft.notes:
        target.draft.notes = f"{target.draft.notes}\n{extra.draft.notes}".strip()
    known = {p.number for p in target.phones}
    for phone, kind in zip(extra.phones, extra.kinds, strict=True):
        if phone.number not in known:
            target.phones.append(phone)
            target.kinds.append(kind)
            known.add(phone.number)
