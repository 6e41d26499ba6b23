"""Reading a call another seat recorded: its pop, and who answered it."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from app.db import Database
from app.dto import ScreenPop
from app.models import Call, Customer, User
from app.phones import PhoneRules, display_phone
from app.services.incoming import _customers_for, _lifetime_value, _recent, _tickets


def pop_for_call(db: Database, call_id: int, rules: PhoneRules | None = None) -> ScreenPop | None:
    """The pop for a call already recorded (read only), or None when it is gone."""
    rules = rules or PhoneRules()
    with db.sessions() as session:
        call = session.get(Call, call_id)
        if call is None:
            return None
        customer = session.get(Customer, call.customer_id) if call.customer_id is not None else None
        candidates = _customers_for(session, call.number) if customer is not None else []
        return ScreenPop(
            call_id=call.id, number=call.number,
            display_number=display_phone(call.number, rules) if call.number else "",
            absent=None if call.number else "unavailable", caller_name="", line=call.line or "",
            started_at=call.started_at, customer_id=customer.id if customer else None,
            name=customer.name if customer else "", company=customer.company if customer else "",
            tags=customer.tags if customer else "", do_not_call=bool(customer and customer.do_not_call), blocked=False,
            recent=_recent(session, customer.id if customer else None, call.number, call.id),
            lifetime_value=_lifetime_value(session, customer.id) if customer else None,
            candidates=candidates if len(candidates) > 1 else [],
            **_tickets(session, customer.id if customer else None),
        )  # fmt: skip


def answered_by(db: Database, call_id: int) -> str:
    """The full name of the agent who took the call (their username when no full name), or ""."""
    with db.sessions() as session:
        row = session.execute(
            select(User.full_name, User.username).join(Call, Call.agent_id == User.id).where(Call.id == call_id)
        ).first()
    if row is None:
        return ""
    return (row[0] or "").strip() or row[1]


def ringing_now(db: Database, within: timedelta, now: datetime | None = None) -> list[int]:
    """Calls still ringing that started in the last `within` (a seat that reconnects pops them)."""
    since = (now or datetime.now()) - within
    with db.sessions() as session:
        return list(session.scalars(select(Call.id).where(Call.status == "ringing", Call.started_at >= since)
                                    .order_by(Call.id)))  # fmt: skip
