"""Deciding what each checked row does: create a customer, update one, merge into one, or skip.

Matches come from normalized phones and e-mails, against live customers and the rows above in the
same file, so a customer is never silently doubled.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Select, select

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
    """What one batch of rows does."""

    creates: list[NewCustomer] = field(default_factory=list)
    updates: dict[int, list[tuple[CheckedRow, str]]] = field(default_factory=dict)  # id -> [(row, "update"|"merge")]
    skipped: list[tuple[int, int | None]] = field(default_factory=list)  # (row number, matching customer id)
    problems: list[CheckedRow] = field(default_factory=list)
    merged_in_file: int = 0


class IdRanges:
    """A set of ids kept as sorted runs: the customers an import creates have consecutive ids, so a million
    of them take a few runs instead of ~60 MB as a set of ints."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []  # inclusive

    def add(self, ids: list[int]) -> None:
        for customer_id in sorted(ids):
            if self._ends and customer_id == self._ends[-1] + 1:
                self._ends[-1] = customer_id
            elif customer_id not in self:
                at = bisect_right(self._starts, customer_id)
                self._starts.insert(at, customer_id)
                self._ends.insert(at, customer_id)

    def __contains__(self, customer_id: object) -> bool:
        if not isinstance(customer_id, int):
            return False
        at = bisect_right(self._starts, customer_id) - 1
        return at >= 0 and customer_id <= self._ends[at]


@dataclass(slots=True)
class FileMatches:
    """What the batches already planned tell later ones: which customer each phone and e-mail of the file
    belongs to, which customers this import created, and which existing ones it already recorded for undo.

    Phones and e-mails are held only until what they point at is written (`forget`): from then on the
    database answers for them, so a million-row file does not keep two million keys alive."""

    by_phone: dict[str, int | NewCustomer] = field(default_factory=dict)
    by_email: dict[str, int | NewCustomer] = field(default_factory=dict)
    created: IdRanges = field(default_factory=IdRanges)
    recorded: set[int] = field(default_factory=set)

    def written(self, creates: list[NewCustomer], ids: list[int]) -> None:
        """The batch's new customers have ids now: later rows match the id, and the rows can go."""
        self.created.add(ids)
        for new, customer_id in zip(creates, ids, strict=True):
            for phone in new.row.phones:
                if self.by_phone.get(phone.number) is new:
                    self.by_phone[phone.number] = customer_id
            email = new.row.draft.email
            if email and self.by_email.get(email) is new:
                self.by_email[email] = customer_id

    def forget(self) -> None:
        """Everything planned so far is in the database (new customers and the changes to existing ones)."""
        self.by_phone.clear()
        self.by_email.clear()


def _chunks(values: list, size: int = CHUNK) -> Iterable[list]:  # type: ignore[type-arg]
    for start in range(0, len(values), size):
        yield values[start : start + size]


def existing_phones(conn: Connection, numbers: set[str]) -> dict[str, int]:
    """Live customers by phone number (the lowest id when several share one)."""
    found: dict[str, int] = {}
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(PHONES_SQLITE, (json.dumps(sorted(numbers)),))
    else:
        rows = (row for chunk in _chunks(sorted(numbers)) for row in conn.execute(_phones_query(chunk)))
    for number, customer_id in rows:
        found.setdefault(number, customer_id)
    return found


def existing_emails(conn: Connection, emails: set[str]) -> dict[str, int]:
    """Live customers by e-mail (the file's e-mails are lower-cased; so are imported and typical stored ones)."""
    found: dict[str, int] = {}
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(EMAILS_SQLITE, (json.dumps(sorted(emails)),))
    else:
        rows = (row for chunk in _chunks(sorted(emails)) for row in conn.execute(_emails_query(chunk)))
    for email, customer_id in rows:
        found.setdefault(email, customer_id)
    return found


# On SQLite a whole batch's keys go in as one JSON array: one statement instead of one per 500 keys, each
# compiled by SQLAlchemy (most of the time the lookups took). The IN over json_each walks the index.
PHONES_SQLITE = (
    "SELECT p.number, p.customer_id FROM phones AS p JOIN customers AS c ON c.id = p.customer_id "
    "WHERE p.number IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL ORDER BY p.customer_id"
)
EMAILS_SQLITE = (
    "SELECT email, id FROM customers WHERE email IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY id"
)


def _phones_query(chunk: list[str]) -> Select[tuple[str, int]]:
    return (
        select(Phone.number, Phone.customer_id)
        .join(Customer, Customer.id == Phone.customer_id)
        .where(Phone.number.in_(chunk), Customer.deleted_at.is_(None))
        .order_by(Phone.customer_id)
    )


def _emails_query(chunk: list[str]) -> Select[tuple[str | None, int]]:
    return (
        select(Customer.email, Customer.id)
        .where(Customer.email.in_(chunk), Customer.deleted_at.is_(None))
        .order_by(Customer.id)
    )


def existing_ids(conn: Connection, ids: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(sorted(ids)):
        found.update(conn.scalars(select(Customer.id).where(Customer.id.in_(chunk), Customer.deleted_at.is_(None))))
    return found


def make_plan(conn: Connection, rows: list[CheckedRow], mode: str, on_duplicate: str, seen: FileMatches) -> Plan:
    plan = Plan()
    by_phone, by_email = seen.by_phone, seen.by_email
    # Keys seen in earlier batches are settled; only new ones are looked up.
    by_phone.update(existing_phones(conn, {p.number for r in rows for p in r.phones} - by_phone.keys()))
    by_email.update(existing_emails(conn, {r.draft.email for r in rows if r.draft.email} - by_email.keys()))
    ids = existing_ids(conn, {r.customer_id for r in rows if r.customer_id is not None}) if mode != "create" else set()
    for row in rows:
        match = next((by_phone[p.number] for p in row.phones if p.number in by_phone), None)
        if match is None and row.draft.email:
            match = by_email.get(row.draft.email)
        if mode != "create" and row.customer_id is not None:
            if row.customer_id in ids:
                plan.updates.setdefault(row.customer_id, []).append((row, "update"))
                _register(seen, row, row.customer_id)
                continue
            if mode == "update":
                row.problems.append(f"no customer has the id {row.customer_id}")
                plan.problems.append(row)
                continue
        if mode == "update" and match is None:
            row.problems.append("no customer has this id, phone or e-mail")
            plan.problems.append(row)
            continue
        in_file = isinstance(match, NewCustomer) or match in seen.created
        if match is not None and (mode == "update" or on_duplicate == "merge"):
            if isinstance(match, NewCustomer):
                match.merged_rows.append(row.row_number)
                merge_rows(match.row, row)
            else:
                plan.updates.setdefault(match, []).append((row, "update" if mode == "update" else "merge"))
            plan.merged_in_file += in_file
            _register(seen, row, match)
            continue
        if match is not None and on_duplicate == "skip":
            plan.skipped.append((row.row_number, None if in_file else match))  # type: ignore[arg-type]
            continue
        new = NewCustomer(row)
        plan.creates.append(new)
        _register(seen, row, new)
    return plan


def _register(seen: FileMatches, row: CheckedRow, target: int | NewCustomer) -> None:
    """A later row with one of this row's phones or its e-mail is about the same customer (the first one wins)."""
    for phone in row.phones:
        seen.by_phone.setdefault(phone.number, target)
    if row.draft.email:
        seen.by_email.setdefault(row.draft.email, target)


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
