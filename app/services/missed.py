"""Missed calls worked to zero: one row per caller with their tries, until they are reached or marked handled.

The rows live in `missed_callers` (migration 0005), kept current by triggers on `calls`: a missed or
abandoned inbound call adds a try, and an answered call with the number after the last try — the
call-back logged from the card, the call log, the Missed calls list or a pop — settles it. Reading a
page is an index range over that small table, however many calls are stored.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app import errors
from app.auth import require
from app.db import Database
from app.dto import MissedCaller, Page
from app.models import Customer, Phone
from app.models import MissedCaller as MissedRow
from app.phones import PhoneRules, display_phone_cached

PAGE_SIZE = 200
MissedCursor = tuple[datetime, int]
NOTE_LIMIT = 400


def _customers_for(session: Session, numbers: list[str]) -> dict[str, tuple[int, str]]:
    """The first live customer (lowest id) with each number: one indexed lookup for the whole page."""
    found: dict[str, tuple[int, str]] = {}
    if not numbers:
        return found
    rows = session.execute(
        select(Phone.number, Customer.id, Customer.name)
        .join(Customer, Customer.id == Phone.customer_id)
        .where(Phone.number.in_(numbers), Customer.deleted_at.is_(None))
        .order_by(Customer.id)
    )
    for number, customer_id, name in rows:
        found.setdefault(number, (customer_id, name))
    return found


def _rows(session: Session, query: Select, rules: PhoneRules) -> list[MissedCaller]:
    records = list(session.scalars(query))
    known = _customers_for(session, list({r.number for r in records}))
    return [
        MissedCaller(
            r.id,
            r.number,
            display_phone_cached(r.number, rules.region),
            known.get(r.number, (None, ""))[0],
            known.get(r.number, (None, ""))[1],
            r.tries,
            r.first_at,
            r.last_at,
            r.handled_at,
            r.handled_by,
            r.handled_note,
        )  # fmt: skip
        for r in records
    ]


def missed_calls(
    db: Database,
    after: MissedCursor | None = None,
    limit: int = PAGE_SIZE,
    rules: PhoneRules | None = None,
    include_handled: bool = False,
) -> Page[MissedCaller, MissedCursor]:
    """Callers to call back, the latest try first; `include_handled` lists the settled ones too."""
    query = select(MissedRow).order_by(MissedRow.last_at.desc(), MissedRow.id.desc()).limit(limit)
    if not include_handled:
        query = query.where(MissedRow.handled_at.is_(None))
    if after is not None:
        query = query.where(or_(MissedRow.last_at < after[0], and_(MissedRow.last_at == after[0],
                                                                     MissedRow.id < after[1])))  # fmt: skip
    with db.sessions() as session:
        rows = _rows(session, query, rules or PhoneRules())
    return Page(rows, (rows[-1].last_at, rows[-1].id) if len(rows) == limit else None)


def count_missed(db: Database, include_handled: bool = False, since: datetime | None = None) -> int:
    """How many callers the list holds (the real total, not a page); `since` counts recent tries only."""
    query = select(func.count(MissedRow.id))
    if not include_handled:
        query = query.where(MissedRow.handled_at.is_(None))
    if since is not None:
        query = query.where(MissedRow.last_at >= since)
    with db.sessions() as session:
        return session.scalar(query) or 0


def todays_missed(db: Database, now: datetime | None = None, limit: int = 5,
                  rules: PhoneRules | None = None) -> tuple[int, list[MissedCaller]]:  # fmt: skip
    """Today's unreturned callers for the tray: how many, and the latest `limit` of them."""
    midnight = (now or datetime.now()).replace(hour=0, minute=0, second=0, microsecond=0)
    query = (
        select(MissedRow)
        .where(MissedRow.handled_at.is_(None), MissedRow.last_at >= midnight)
        .order_by(MissedRow.last_at.desc(), MissedRow.id.desc())
        .limit(limit)
    )
    with db.sessions() as session:
        rows = _rows(session, query, rules or PhoneRules())
    return count_missed(db, since=midnight), rows


def mark_handled(db: Database, missed_id: int, actor: str, note: str = "", at: datetime | None = None) -> None:
    """The agent dealt with this caller another way (an email, a colleague called): off the open list."""
    require(db, actor, "call.log")
    with db.sessions.begin() as session:
        row = session.get(MissedRow, missed_id)
        if row is None:
            raise errors.NotFound(missed_id)
        if row.handled_at is None:
            row.handled_at, row.handled_by = at or datetime.now(), actor
            row.handled_note = note.strip()[:NOTE_LIMIT]


def open_for_number(db: Database, number: str) -> MissedCaller | None:
    """The number's open episode, if it has one (a pop of a caller who tried before shows it)."""
    query = select(MissedRow).where(MissedRow.number == number, MissedRow.handled_at.is_(None))
    with db.sessions() as session:
        rows = _rows(session, query, PhoneRules())
    return rows[0] if rows else None
