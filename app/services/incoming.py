"""The caller-ID path inside the database: a ringing call becomes a row, and the pop gets its summary.

`ring` is the screen-pop query: one indexed lookup by normalized number, one insert, and the
customer's last three calls. The agent's actions (`answer`, `log_answer`) and the end of the ring
cycle (`ring_ended`, `call_ended`) settle the row as answered or missed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import errors
from app.db import Database
from app.dto import RecentCall, ScreenPop
from app.identity import user_id
from app.models import Call, Customer, Lookup, Order, Phone
from app.phones import PhoneRules, display_phone, lookup_key

BLOCKED_NUMBER = "blocked_number"
RECENT = 3


def _customer_for(session: Session, number: str) -> Customer | None:
    if not number:
        return None
    return session.scalar(
        select(Customer)
        .join(Phone, Phone.customer_id == Customer.id)
        .where(Phone.number == number, Customer.deleted_at.is_(None))
        .order_by(Customer.id)
        .limit(1)
    )


def _recent(session: Session, customer_id: int | None, number: str, before_id: int) -> list[RecentCall]:
    if customer_id is None and not number:
        return []
    who = Call.customer_id == customer_id if customer_id is not None else Call.number == number
    rows = session.execute(
        select(Call.started_at, Call.direction, Call.status, Lookup.value)
        .outerjoin(Lookup, Lookup.id == Call.reason_id)
        .where(who, Call.id != before_id)
        .order_by(Call.started_at.desc(), Call.id.desc())
        .limit(RECENT)
    )
    return [RecentCall(r[0], r[1], r[2], r[3] or "") for r in rows]


def _lifetime_value(session: Session, customer_id: int, currency: str = "IRR") -> float | None:
    """What the caller has bought, for the pop; None when they never ordered (one indexed aggregate)."""
    count, total = session.execute(
        select(func.count(Order.id), func.sum(Order.amount)).where(
            Order.customer_id == customer_id, Order.currency == currency
        )
    ).one()
    return float(total) if count else None


def ring(
    db: Database,
    raw_number: str | None,
    *,
    caller_name: str = "",
    absent: str | None = None,
    line: str = "",
    when: datetime | None = None,
    source: str = "modem",
    rules: PhoneRules | None = None,
) -> ScreenPop:
    """Record a ringing inbound call and return what the pop-up shows."""
    rules = rules or PhoneRules()
    number = (lookup_key(raw_number, rules) or "") if raw_number else ""
    started = when or datetime.now()
    with db.sessions.begin() as session:
        customer = _customer_for(session, number)
        blocked = bool(number) and session.scalar(
            select(Lookup.id).where(Lookup.kind == BLOCKED_NUMBER, Lookup.value == number, Lookup.active.is_(True))
        ) is not None  # fmt: skip
        call = Call(
            direction="in", number=number, customer_id=customer.id if customer else None, line=line or "",
            started_at=started, status="ringing", source=source, outcome="", notes="",
            created_at=datetime.now(), created_by=source, updated_at=datetime.now(), updated_by=source,
        )  # fmt: skip
        session.add(call)
        session.flush()
        return ScreenPop(
            call_id=call.id, number=number, display_number=display_phone(number, rules) if number else "",
            absent=absent, caller_name=caller_name or "", line=line or "", started_at=started,
            customer_id=customer.id if customer else None, name=customer.name if customer else "",
            company=customer.company if customer else "", tags=customer.tags if customer else "",
            do_not_call=bool(customer and customer.do_not_call), blocked=blocked,
            recent=_recent(session, customer.id if customer else None, number, call.id),
            lifetime_value=_lifetime_value(session, customer.id) if customer else None,
        )  # fmt: skip


def _ringing(session: Session, call_id: int) -> Call:
    call = session.get(Call, call_id)
    if call is None:
        raise errors.NotFound(call_id)
    return call


def answer(db: Database, call_id: int, agent: str, at: datetime | None = None) -> None:
    """The agent took the call (opened the card or started logging it)."""
    with db.sessions.begin() as session:
        call = _ringing(session, call_id)
        if call.status in ("ringing", "missed"):
            moment = at or datetime.now()
            call.agent_id = user_id(session, agent)  # first: its query flushes, and the status change must not
            call.status, call.answered_at = "answered", moment
            call.ring_seconds = max(0, int((moment - call.started_at).total_seconds()))
            call.updated_at, call.updated_by = datetime.now(), agent


def log_answer(db: Database, call_id: int, agent: str, *, reason_id: int | None, outcome: str, notes: str,
               talk_seconds: int | None = None, answered_at: datetime | None = None) -> None:  # fmt: skip
    """Log the call in one step from the pop-up: answered, with reason, outcome and notes.

    `talk_seconds` is what the pop's timer measured (the agent may have corrected it); the ring time
    runs from the call's start to `answered_at` (when the agent answered, not when they logged).
    """
    answer(db, call_id, agent, answered_at)
    with db.sessions.begin() as session:
        call = _ringing(session, call_id)
        call.reason_id, call.outcome, call.notes = reason_id, outcome.strip(), notes.strip()
        if talk_seconds is not None and call.answered_at is not None:
            call.talk_seconds = max(0, min(int(talk_seconds), 24 * 3600))
            call.ended_at = call.answered_at + timedelta(seconds=call.talk_seconds)
        call.updated_at, call.updated_by = datetime.now(), agent


def ring_ended(db: Database, call_id: int, at: datetime | None = None) -> str:
    """The ring cycle is over: a call nobody took is missed. Returns the call's status."""
    with db.sessions.begin() as session:
        call = _ringing(session, call_id)
        if call.status == "ringing":
            moment = at or datetime.now()
            call.status, call.ended_at = "missed", moment
            call.ring_seconds = max(0, int((moment - call.started_at).total_seconds()))
        return call.status


def call_ended(db: Database, call_id: int, duration: int | None, at: datetime | None = None) -> str:
    """The device reported the end of the call (hook or an end record with its duration)."""
    with db.sessions.begin() as session:
        call = _ringing(session, call_id)
        moment = at or datetime.now()
        call.ended_at = moment
        if call.status == "ringing":
            call.status = "missed"
            call.ring_seconds = max(0, int((moment - call.started_at).total_seconds()))
        elif call.status == "answered" and duration is not None:
            call.talk_seconds = max(0, duration - call.ring_seconds)
        return call.status


def set_blocked(db: Database, raw_number: str, blocked: bool, rules: PhoneRules | None = None) -> str:
    """Add a number to (or take it off) the block list; returns the stored number."""
    number = lookup_key(raw_number, rules)
    if number is None:
        raise errors.ValidationError({"number": errors.NOT_A_NUMBER}, {"number": raw_number})
    with db.sessions.begin() as session:
        item = session.scalar(select(Lookup).where(Lookup.kind == BLOCKED_NUMBER, Lookup.value == number))
        if item is None and blocked:
            session.add(Lookup(kind=BLOCKED_NUMBER, value=number, position=0, active=True))
        elif item is not None:
            item.active = blocked
    return number


def sample_caller(db: Database, known: bool, pick: int) -> str | None:
    """A number to simulate a call from: a customer's (the `pick`-th phone, wrapping) or None for a stranger."""
    if not known:
        return None
    with db.sessions() as session:
        count = session.scalar(select(func.count(Phone.id))) or 0
        if count == 0:
            return None
        return session.scalar(select(Phone.number).order_by(Phone.id).offset(pick % count).limit(1))


def pop_for_customer(db: Database, pop: ScreenPop, customer_id: int, rules: PhoneRules | None = None) -> ScreenPop:
    """The pop again after the caller turned out to be `customer_id` (saved from the pop, or chosen among
    several customers sharing the number): the ringing call is theirs, and the pop shows their summary."""
    rules = rules or PhoneRules()
    with db.sessions.begin() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted_at is not None:
            raise errors.NotFound(customer_id)
        call = _ringing(session, pop.call_id)
        if call.customer_id != customer_id:
            call.customer_id, call.updated_at = customer_id, datetime.now()
        return replace(
            pop, customer_id=customer.id, name=customer.name, company=customer.company, tags=customer.tags,
            do_not_call=bool(customer.do_not_call), recent=_recent(session, customer.id, pop.number, pop.call_id),
            lifetime_value=_lifetime_value(session, customer.id),
        )  # fmt: skip
