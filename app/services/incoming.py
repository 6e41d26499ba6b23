"""The caller-ID path inside the database: a ringing call becomes a row, and the pop gets its summary.

`ring` is the screen-pop query: one indexed lookup by normalized number, one insert, and the
customer's last three calls. The agent's actions (`answer`, `log_answer`) and the end of the ring
cycle (`ring_ended`, `call_ended`) settle the row as answered or missed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, errors
from app.auth import require
from app.db import Database
from app.dto import RecentCall, ScreenPop
from app.field_text import clean_block, clean_line, require_lengths
from app.identity import user_id
from app.models import Call, Customer, Lookup, Order, Phone
from app.phones import PhoneRules, display_phone, lookup_key
from app.text import printable_text
from app.tickets.queries import open_ticket_summary

BLOCKED_NUMBER = "blocked_number"
RECENT = 3
CANDIDATES = 10  # customers sharing one number offered on the pop
NUMBER_LENGTH = 32  # calls.number / calls.line


def _customers_for(session: Session, number: str) -> list[tuple[int, str]]:
    """(id, name) of the live customers with this phone, oldest first (at most CANDIDATES)."""
    if not number:
        return []
    rows = session.execute(
        select(Customer.id, Customer.name)
        .join(Phone, Phone.customer_id == Customer.id)
        .where(Phone.number == number, Customer.deleted_at.is_(None))
        .group_by(Customer.id, Customer.name)
        .order_by(Customer.id)
        .limit(CANDIDATES)
    )
    return [(r[0], r[1]) for r in rows]


def customer_for_number(session: Session, number: str) -> int | None:
    """The customer a call from `number` belongs to (the oldest live one with that phone)."""
    found = _customers_for(session, number)
    return found[0][0] if found else None


def _recent(session: Session, customer_id: int | None, number: str, ringing_id: int) -> list[RecentCall]:
    """The caller's last calls before this one: an index range by customer, or by number for strangers.

    Calls still ringing are left out: the one ringing now is not history, nor is a repeat of it that
    the ring cycle has not settled yet.
    """
    if customer_id is None and not number:
        return []
    who = Call.customer_id == customer_id if customer_id is not None else Call.number == number
    rows = session.execute(
        select(Call.started_at, Call.direction, Call.status, Lookup.value)
        .outerjoin(Lookup, Lookup.id == Call.reason_id)
        .where(who, Call.id != ringing_id, Call.status != "ringing")
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


def stored_number(raw_number: str | None, rules: PhoneRules) -> str:
    """The number as calls store it: normalized when it is one, else what was sent (cleaned), never dropped."""
    text = printable_text(raw_number)
    if not text:
        return ""
    return lookup_key(text, rules) or text[:NUMBER_LENGTH]


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
    announce: Callable[[Session, int, str], None] | None = None,
) -> ScreenPop:
    """Record a ringing inbound call and return what the pop-up shows.

    `announce(session, call_id, line)` runs inside the same transaction (several seats: a NOTIFY that other
    seats receive once the row is committed, without a second round trip).
    """
    rules = rules or PhoneRules()
    number = stored_number(raw_number, rules)
    line = printable_text(line)[:NUMBER_LENGTH]
    started = when or datetime.now()
    with db.sessions.begin() as session:
        candidates = _customers_for(session, number)
        customer = session.get(Customer, candidates[0][0]) if candidates else None
        blocked = bool(number) and session.scalar(
            select(Lookup.id).where(Lookup.kind == BLOCKED_NUMBER, Lookup.value == number, Lookup.active.is_(True))
        ) is not None  # fmt: skip
        call = Call(
            direction="in", number=number, customer_id=customer.id if customer else None, line=line,
            started_at=started, status="ringing", source=source, outcome="", notes="",
            created_at=datetime.now(), created_by=source, updated_at=datetime.now(), updated_by=source,
        )  # fmt: skip
        session.add(call)
        session.flush()
        if announce is not None:
            announce(session, call.id, line)
        return ScreenPop(
            call_id=call.id, number=number, display_number=display_phone(number, rules) if number else "",
            absent=absent, caller_name=printable_text(caller_name), line=line, started_at=started,
            customer_id=customer.id if customer else None, name=customer.name if customer else "",
            company=customer.company if customer else "", tags=customer.tags if customer else "",
            do_not_call=bool(customer and customer.do_not_call), blocked=blocked,
            recent=_recent(session, customer.id if customer else None, number, call.id),
            lifetime_value=_lifetime_value(session, customer.id) if customer else None,
            candidates=candidates if len(candidates) > 1 else [],
            **_tickets(session, customer.id if customer else None),
        )  # fmt: skip


def _tickets(session: Session, customer_id: int | None) -> dict[str, Any]:
    """The caller's open tickets for the pop (one query on the customer's open-ticket index)."""
    if customer_id is None:
        return {}
    summary = open_ticket_summary(session, customer_id)
    return {"open_tickets": summary.count, "open_ticket_list": summary.newest}


def _call(session: Session, call_id: int) -> Call:
    call = session.get(Call, call_id)
    if call is None:
        raise errors.NotFound(call_id)
    return call


def answer(db: Database, call_id: int, agent: str, at: datetime | None = None) -> None:
    """The agent took the call (opened the card or started logging it)."""
    require(db, agent, "call.log")
    with db.sessions.begin() as session:
        call = _call(session, call_id)
        if call.status in ("ringing", "missed"):
            moment = at or datetime.now()
            call.agent_id = user_id(session, agent)  # first: its query flushes, and the status change must not
            before = {"status": call.status}
            call.status, call.answered_at = "answered", moment
            call.ring_seconds = max(0, int((moment - call.started_at).total_seconds()))
            call.updated_at, call.updated_by = datetime.now(), agent
            audit.record(session, agent, "call", call.id, "answer", before,
                         {"status": call.status, "answered_at": moment.isoformat(), "agent": agent})  # fmt: skip


def log_answer(db: Database, call_id: int, agent: str, *, reason_id: int | None, outcome: str, notes: str,
               talk_seconds: int | None = None, answered_at: datetime | None = None) -> None:  # fmt: skip
    """Log the call in one step from the pop-up: answered, with reason, outcome and notes.

    `talk_seconds` is what the pop's timer measured (the agent may have corrected it); the ring time
    runs from the call's start to `answered_at` (when the agent answered, not when they logged).
    """
    require_lengths({"notes": (notes, Call.notes), "outcome": (outcome, Call.outcome)})  # before anything is written
    answer(db, call_id, agent, answered_at)
    with db.sessions.begin() as session:
        call = _call(session, call_id)
        before = _logged(call)
        call.reason_id, call.outcome, call.notes = reason_id, clean_line(outcome), clean_block(notes)
        if talk_seconds is not None and call.answered_at is not None:
            call.talk_seconds = max(0, min(int(talk_seconds), 24 * 3600))
            call.ended_at = call.answered_at + timedelta(seconds=call.talk_seconds)
        call.updated_at, call.updated_by = datetime.now(), agent
        audit.record(session, agent, "call", call.id, "update", before, _logged(call))


def _logged(call: Call) -> dict[str, object]:
    """What logging a call from the pop changes, for the audit log."""
    return {"reason_id": call.reason_id, "outcome": call.outcome, "notes": call.notes,
            "talk_seconds": call.talk_seconds}  # fmt: skip


def _settle(call: Call, moment: datetime) -> None:
    """End a ringing call's cycle by what happened to it: answered if an agent took it, else missed."""
    if call.status != "ringing":
        return
    call.status = "answered" if call.answered_at is not None or call.agent_id is not None else "missed"
    call.ended_at = max(moment, call.started_at)
    if call.answered_at is None:
        call.ring_seconds = max(0, int((call.ended_at - call.started_at).total_seconds()))


def ring_ended(db: Database, call_id: int, at: datetime | None = None) -> str:
    """The ring cycle is over (timeout, ringing stopped, the line rang again): returns the call's status.

    It runs on the one write path after any answer or log the agent asked for first, so a call an agent
    took is never counted missed because the cycle ended.
    """
    with db.sessions.begin() as session:
        call = _call(session, call_id)
        _settle(call, at or datetime.now())
        return call.status


def call_ended(db: Database, call_id: int, duration: int | None, at: datetime | None = None) -> str:
    """The device reported the end of the call; `duration` is the talk time in seconds, when it knows it.

    Talk time means someone picked up, even if nobody clicked in Tamas: such a call is answered.
    """
    with db.sessions.begin() as session:
        call = _call(session, call_id)
        moment = at or datetime.now()
        talked = duration is not None and duration > 0
        if talked and call.status in ("ringing", "missed"):
            call.status = "answered"
            call.answered_at = call.answered_at or max(call.started_at, moment - timedelta(seconds=duration or 0))
            call.ring_seconds = max(0, int((call.answered_at - call.started_at).total_seconds()))
        _settle(call, moment)
        call.ended_at = max(moment, call.started_at)
        if call.status == "answered" and duration is not None:
            call.talk_seconds = max(0, duration)
        return call.status


def settle_calls(db: Database, call_ids: Collection[int], at: datetime | None = None) -> dict[int, str]:
    """End the ring cycle of these calls at once (quitting settles its own ringing calls); id -> status."""
    moment = at or datetime.now()
    with db.sessions.begin() as session:
        found = session.scalars(select(Call).where(Call.id.in_(list(call_ids)))).all() if call_ids else []
        for call in found:
            _settle(call, moment)
        return {call.id: call.status for call in found}


def settle_stale(
    db: Database, older_than: timedelta, *, now: datetime | None = None, keep: Collection[int] = ()
) -> list[int]:
    """Settle calls left ringing longer than `older_than` (a crash, a quit, a lost end record).

    They become missed unless an agent answered them, so they reach Missed calls and the KPIs. Their
    cycle is taken to have ended `older_than` after the ring. `keep`: calls this seat still rings.
    Returns the ids settled.
    """
    limit = (now or datetime.now()) - older_than
    with db.sessions.begin() as session:
        stale = session.scalars(
            select(Call).where(Call.status == "ringing", Call.started_at < limit).order_by(Call.started_at)
        ).all()
        settled = [call for call in stale if call.id not in keep]
        for call in settled:
            _settle(call, call.started_at + older_than)
        return [call.id for call in settled]


def set_blocked(db: Database, raw_number: str, blocked: bool, rules: PhoneRules | None = None,
                actor: str = "") -> str:  # fmt: skip
    """Add a number to (or take it off) the block list; returns the stored number."""
    require(db, actor, "blocklist.edit")
    number = lookup_key(raw_number, rules)
    if number is None:
        raise errors.ValidationError({"number": errors.NOT_A_NUMBER}, {"number": raw_number})
    with db.sessions.begin() as session:
        item = session.scalar(select(Lookup).where(Lookup.kind == BLOCKED_NUMBER, Lookup.value == number))
        before = None if item is None else audit.snapshot(item)
        if item is None and blocked:
            item = Lookup(kind=BLOCKED_NUMBER, value=number, position=0, active=True)
            session.add(item)
        elif item is not None:
            item.active = blocked
        if item is not None:
            session.flush()
            audit.record(session, actor, "lookup", item.id, "update" if before else "create", before,
                         audit.snapshot(item))  # fmt: skip
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
        call = _call(session, pop.call_id)
        if call.customer_id != customer_id:
            call.customer_id, call.updated_at = customer_id, datetime.now()
        return replace(
            pop, customer_id=customer.id, name=customer.name, company=customer.company, tags=customer.tags,
            do_not_call=bool(customer.do_not_call), recent=_recent(session, customer.id, pop.number, pop.call_id),
            lifetime_value=_lifetime_value(session, customer.id), **_tickets(session, customer.id),
        )  # fmt: skip
