"""Who is doing what: each agent's state (available, on a call with whom since when, wrap-up, break)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app import errors
from app.auth import require
from app.db import Database
from app.seats import notify
from app.seats.models import STATES, AgentPresence

SIGNED_IN = ("signed_in", "available", "on_call", "wrap_up", "break")


@dataclass(frozen=True)
class Presence:
    agent: str
    seat: str
    state: str
    call_id: int | None
    with_whom: str
    since: datetime


def set_state(db: Database, agent: str, seat: str, state: str, *, call_id: int | None = None, with_whom: str = "",
              at: datetime | None = None) -> Presence:  # fmt: skip
    """Set an agent's state (on this seat) and tell every seat; the agent themself acts (their breaks, their calls)."""
    require(db, agent, "call.log")
    if state not in STATES:
        raise errors.ValidationError({"state": "unknown state"}, {"state": state})
    moment = at or datetime.now()
    with db.sessions.begin() as session:
        row = session.get(AgentPresence, agent)
        if row is None:
            row = AgentPresence(agent=agent)
            session.add(row)
        row.seat, row.state, row.call_id = seat[:120], state, call_id if state == "on_call" else None
        row.with_whom = with_whom[:200] if state == "on_call" else ""
        row.since = moment
        notify.notify_on(session.connection(), "presence", seat, call_id, agent=agent, state=state)
        return _dto(row)


def everyone(db: Database, signed_in_only: bool = True) -> list[Presence]:
    """Every agent's presence, by state then agent."""
    query = select(AgentPresence).order_by(AgentPresence.state, AgentPresence.agent)
    if signed_in_only:
        query = query.where(AgentPresence.state.in_(SIGNED_IN))
    with db.sessions() as session:
        return [_dto(row) for row in session.scalars(query)]


def of(db: Database, agent: str) -> Presence | None:
    with db.sessions() as session:
        row = session.get(AgentPresence, agent)
        return _dto(row) if row is not None else None


def _dto(row: AgentPresence) -> Presence:
    return Presence(row.agent, row.seat, row.state, row.call_id, row.with_whom, row.since)


def longest_call(people: list[Presence], now: datetime) -> tuple[Presence, timedelta] | None:
    on_call = [p for p in people if p.state == "on_call"]
    if not on_call:
        return None
    first = min(on_call, key=lambda p: p.since)
    return first, max(timedelta(0), now - first.since)
