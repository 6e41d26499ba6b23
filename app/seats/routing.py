"""Call routing per line, stored in the database so every seat pops the same way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app import errors
from app.auth import require
from app.db import Database
from app.seats import notify
from app.seats.models import ROUTE_MODES, CallRoute


@dataclass(frozen=True)
class Route:
    line: str
    mode: str = "all"  # "all", "seats" or "agent"
    seats: tuple[str, ...] = ()
    agent: str = ""


def routes(db: Database) -> dict[str, Route]:
    """Every line's route; a line missing here rings on all seats."""
    with db.sessions() as session:
        rows = session.scalars(select(CallRoute).order_by(CallRoute.line)).all()
    return {row.line: _route(row) for row in rows}


def _route(row: CallRoute) -> Route:
    if row.mode == "seats":
        return Route(row.line, "seats", tuple(s for s in row.target.splitlines() if s.strip()))
    if row.mode == "agent":
        return Route(row.line, "agent", agent=row.target.strip())
    return Route(row.line)


def set_route(db: Database, route: Route, actor: str, seat: str = "") -> None:
    """Store one line's route (mode "all" removes the row: the default) and tell every seat."""
    require(db, actor, "routing.edit")
    if route.mode not in ROUTE_MODES:
        raise errors.ValidationError({"mode": "unknown routing"}, {"mode": route.mode})
    with db.sessions.begin() as session:
        row = session.get(CallRoute, route.line)
        if route.mode == "all":
            if row is not None:
                session.delete(row)
        else:
            if row is None:
                row = CallRoute(line=route.line)
                session.add(row)
            row.mode = route.mode
            row.target = "\n".join(route.seats) if route.mode == "seats" else route.agent
            row.updated_at, row.updated_by = datetime.now(), actor
        notify.notify_on(session.connection(), "routes", seat)


def pops_here(table: dict[str, Route], line: str, seat: str, agent: str) -> bool:
    """Does a call on `line` pop on this seat, where `agent` is signed in?"""
    route = table.get(line)
    if route is None or route.mode == "all":
        return True
    if route.mode == "seats":
        return seat in route.seats
    return agent == route.agent
