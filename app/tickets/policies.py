"""SLA policies (per priority, optionally per category) and the office calendar, as stored in the database."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.auth import require
from app.db import Database
from app.tickets.models import PRIORITIES, BusinessDay, Holiday, SlaPolicy
from app.tickets.sla import NoWorkingTime, WeekCalendar, add_business, iranian_week

# Business minutes (first response, resolution) used until a supervisor sets the policy.
DEFAULT_TARGETS = {
    "urgent": (30, 4 * 60),
    "high": (60, 8 * 60),
    "normal": (4 * 60, 16 * 60),
    "low": (8 * 60, 40 * 60),
}


def load_calendar(session: Session) -> WeekCalendar:
    """The stored week (Iranian default while none is stored) and every holiday."""
    rows = session.execute(select(BusinessDay.weekday, BusinessDay.opens, BusinessDay.closes)).all()
    hours = {r[0]: (r[1], r[2]) for r in rows} if rows else iranian_week()
    holidays = frozenset(session.scalars(select(Holiday.day)))
    return WeekCalendar(hours, holidays)


def save_week(db: Database, hours: dict[int, tuple[int, int]], actor: str = "") -> None:
    """Replace the office week; refuses a week without any working hours."""
    require(db, actor, "sla.edit")
    if not any(0 <= o < c <= 24 * 60 for o, c in hours.values()):
        raise NoWorkingTime("Give at least one day with opening hours.")
    with db.sessions.begin() as session:
        session.execute(delete(BusinessDay))
        session.add_all(BusinessDay(weekday=d, opens=o, closes=c) for d, (o, c) in hours.items() if o < c)


def add_holiday(db: Database, day: date, name: str = "", actor: str = "") -> None:
    require(db, actor, "sla.edit")
    with db.sessions.begin() as session:
        session.merge(Holiday(day=day, name=name))


def targets_for(session: Session, priority: str, category_id: int | None) -> tuple[int, int]:
    """(first response, resolution) business minutes: the category's policy, else the priority's, else defaults."""
    query = select(SlaPolicy).where(SlaPolicy.priority == priority)
    for policy in session.scalars(query):
        if category_id is not None and policy.category_id == category_id:
            return policy.first_response_minutes, policy.resolution_minutes
    for policy in session.scalars(query.where(SlaPolicy.category_id.is_(None))):
        return policy.first_response_minutes, policy.resolution_minutes
    return DEFAULT_TARGETS.get(priority, DEFAULT_TARGETS["normal"])


def set_policy(
    db: Database,
    priority: str,
    first_response_minutes: int,
    resolution_minutes: int,
    category_id: int | None = None,
    actor: str = "",
) -> None:
    require(db, actor, "sla.edit")
    if priority not in PRIORITIES or first_response_minutes <= 0 or resolution_minutes <= 0:
        raise ValueError("Give a known priority and targets of at least one minute.")
    with db.sessions.begin() as session:
        found = session.scalar(
            select(SlaPolicy).where(
                SlaPolicy.priority == priority,
                SlaPolicy.category_id.is_(None) if category_id is None else SlaPolicy.category_id == category_id,
            )
        )
        if found is None:
            found = SlaPolicy(priority=priority, category_id=category_id)
            session.add(found)
        found.first_response_minutes, found.resolution_minutes = first_response_minutes, resolution_minutes


def due_times(
    calendar: WeekCalendar, targets: tuple[int, int], created_at: datetime, paused_seconds: int = 0
) -> tuple[datetime, datetime]:
    """First-response and resolution due times; business time spent waiting on the customer moves them later."""
    first, resolution = targets
    return (
        add_business(created_at, first * 60 + paused_seconds, calendar),
        add_business(created_at, resolution * 60 + paused_seconds, calendar),
    )


def policy_table(db: Database) -> dict[str, tuple[int, int]]:
    """Each priority's (first response, resolution) business minutes as used today (stored, else defaults)."""
    with db.sessions() as session:
        return {priority: targets_for(session, priority, None) for priority in PRIORITIES}


def office_calendar(db: Database) -> WeekCalendar:
    with db.sessions() as session:
        return load_calendar(session)


def remove_holiday(db: Database, day: date, actor: str = "") -> None:
    require(db, actor, "sla.edit")
    with db.sessions.begin() as session:
        session.execute(delete(Holiday).where(Holiday.day == day))


def category_policies(db: Database) -> list[tuple[int, str, str, int, int]]:
    """Targets set for a category: (category id, its name, priority, first response, resolution minutes)."""
    from app.models import Lookup

    query = (
        select(SlaPolicy.category_id, Lookup.value, SlaPolicy.priority, SlaPolicy.first_response_minutes,
               SlaPolicy.resolution_minutes)
        .join(Lookup, Lookup.id == SlaPolicy.category_id)
        .order_by(Lookup.value, SlaPolicy.priority)
    )  # fmt: skip
    with db.sessions() as session:
        return [(int(c), str(n), str(p), int(f), int(r)) for c, n, p, f, r in session.execute(query)]


def remove_policy(db: Database, priority: str, category_id: int, actor: str = "") -> None:
    """Drop a category's target: its tickets of that priority follow the priority's target again."""
    require(db, actor, "sla.edit")
    with db.sessions.begin() as session:
        session.execute(delete(SlaPolicy).where(SlaPolicy.priority == priority, SlaPolicy.category_id == category_id))
