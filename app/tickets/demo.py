"""Demo tickets with believable timelines, and knowledge-base articles. Same seed, same data.

Tickets come from the demo's complaint, support, delivery and billing calls (customer and call linked),
or, with `count=`, from random moments of the last year (benchmarks, the 100,000-ticket tests). Each
ticket's life is simulated in business hours: assigned, first response, sometimes escalated to the
second tier or waiting on the customer, resolved (most within one or two business days, some after
the target: breached), the customer told, closed with a satisfaction score; some are reopened. Steps
after `now` do not happen yet, so recent tickets are still open. Rows go in with Core bulk inserts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, DateTime, func, insert, select

from app.db import Database
from app.identity import user_id
from app.models import Call, Customer, Lookup, User
from app.progress import Cancelled, Progress, no_progress
from app.services import lookups
from app.text import normalize_text
from app.tickets.demo_texts import ARTICLES, INFORM_MESSAGES, SUBJECTS
from app.tickets.lists import TICKET_CATEGORY, TICKET_DEFAULTS, TICKET_DEPARTMENT, TICKET_TIER
from app.tickets.models import Article, SlaPolicy, Ticket, TicketEvent
from app.tickets.policies import DEFAULT_TARGETS, due_times, load_calendar
from app.tickets.sla import WeekCalendar, add_business

CHUNK = 10_000
HOUR = 3600
TICKET_REASONS = {"Complaint": 0.6, "Support": 0.45, "Delivery": 0.3, "Billing": 0.3}  # share of calls -> ticket
PRIORITIES = (("low", 15), ("normal", 55), ("high", 22), ("urgent", 8))
TYPES = (("complaint", 40), ("request", 25), ("question", 17), ("return", 8), ("visit", 10))


@dataclass(frozen=True)
class TicketDemoStats:
    tickets: int
    events: int
    articles: int


def bulk_insert(conn: Connection, model: Any, rows: list[dict[str, Any]]) -> None:
    """Core bulk insert; on SQLite, plain tuples with datetimes as SQLAlchemy's text (much faster at scale)."""
    if not rows:
        return
    table = model.__table__
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    columns = list(rows[0])
    stamps = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, DateTime)]
    values = [list(v) for v in map(itemgetter(*columns), rows)]
    for value in values:
        for i in stamps:
            if value[i] is not None:
                value[i] = value[i].isoformat(" ", "microseconds")
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.exec_driver_sql(sql, list(map(tuple, values)))


class _Life:
    """One ticket's simulated life: steps in time order; only those before `now` are kept."""

    def __init__(self, row: dict[str, Any], now: datetime) -> None:
        self.row, self.now, self.events, self.status = row, now, [], "new"
        self.alive = True

    def step(self, at: datetime, by: str, kind: str, before: str = "", after: str = "", note: str = "",
             **changes: Any) -> bool:  # fmt: skip
        if not self.alive or at > self.now:
            self.alive = False
            return False
        self.events.append({"ticket_id": self.row["id"], "at": at, "by": by, "kind": kind, "before": before,
                            "after": after, "note": note, "call_id": None})  # fmt: skip
        self.row.update(changes)
        self.row["updated_at"] = at
        if kind in ("status", "note", "informed", "escalated") and self.row["first_response_at"] is None:
            self.row["first_response_at"] = at
        return True

    def move(self, at: datetime, by: str, after: str, kind: str = "status", note: str = "", **changes: Any) -> bool:
        before = self.status
        if self.step(at, by, kind, before, after, note, status=after, **changes):
            self.status = after
            return True
        return False


class _Office:
    def __init__(self, conn: Connection, rng: random.Random, calendar: WeekCalendar) -> None:
        self.rng, self.calendar = rng, calendar
        users = conn.execute(select(User.id, User.username, User.role).order_by(User.id)).all()
        self.agents = [(i, u) for i, u, role in users if role in ("agent", "supervisor")] or [
            (i, u) for i, u, _ in users
        ]
        self.ids = {kind: [i for i, _v in _values(conn, kind)] for kind in TICKET_DEFAULTS}
        self.names = {i: v for kind in TICKET_DEFAULTS for i, v in _values(conn, kind)}
        self.targets = dict(DEFAULT_TARGETS)
        for priority, first, resolution in conn.execute(
            select(SlaPolicy.priority, SlaPolicy.first_response_minutes, SlaPolicy.resolution_minutes).where(
                SlaPolicy.category_id.is_(None)
            )
        ):
            self.targets[priority] = (first, resolution)

    def later(self, start: datetime, hours: float) -> datetime:
        return add_business(start, int(hours * HOUR), self.calendar)


def _values(conn: Connection, kind: str) -> list[tuple[int, str]]:
    query = select(Lookup.id, Lookup.value).where(Lookup.kind == kind).order_by(Lookup.position, Lookup.id)
    return [(i, v) for i, v in conn.execute(query)]


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _w in weighted], [w for _v, w in weighted])[0]


def _ticket(office: _Office, ticket_id: int, created: datetime, customer: tuple[int, str] | None,
            call: tuple[int, int | None] | None, now: datetime) -> _Life:  # fmt: skip
    rng = office.rng
    kind, priority = _pick(rng, TYPES), _pick(rng, PRIORITIES)
    categories = office.ids[TICKET_CATEGORY]
    # Technician visits are about installations and faults; the rest can be about anything.
    category = categories[rng.choice((2, 3))] if kind == "visit" and len(categories) > 3 else rng.choice(categories)
    creator = next((u for i, u in office.agents if call and i == call[1]), None) or rng.choice(office.agents)[1]
    first_due, resolution_due = due_times(office.calendar, office.targets[priority], created)
    subject = rng.choice(SUBJECTS[office.names[category]])
    row: dict[str, Any] = {
        "id": ticket_id, "type": kind, "category_id": category, "priority": priority, "status": "new",
        "department_id": office.ids[TICKET_DEPARTMENT][0], "tier_id": office.ids[TICKET_TIER][0],
        "assignee_id": None, "customer_id": customer[0] if customer else None, "call_id": call[0] if call else None,
        "subject": subject, "description": "", "created_at": created, "created_by": creator, "updated_at": created,
        "first_response_due": first_due, "resolution_due": resolution_due, "first_response_at": None,
        "paused_at": None, "paused_seconds": 0, "breached_at": None, "resolved_at": None, "closed_at": None,
        "last_informed_at": None, "reopen_count": 0, "resolution": "", "satisfaction": None,
        "visit_start": None, "technician_id": None, "visit_address": "", "visit_outcome": "",
    }  # fmt: skip
    life = _Life(row, now)
    life.step(created, creator, "created", after="new")
    assignee_id, assignee = rng.choice(office.agents)
    t = created + timedelta(minutes=rng.randint(1, 12))
    life.step(t, creator, "assign", "", assignee, assignee_id=assignee_id)
    first_target = office.targets[priority][0] / 60
    t = office.later(t, rng.uniform(0.05, 1.1) * first_target)
    life.move(t, assignee, "open")
    if kind == "visit":
        technician_id, technician = rng.choice(office.agents)
        start = office.later(t, rng.uniform(2, 14)).replace(minute=0, second=0, microsecond=0)
        life.step(t, assignee, "visit", "", start.strftime("%Y-%m-%d %H:%M"), "", visit_start=start,
                  technician_id=technician_id, visit_address=customer[1] if customer else "")  # fmt: skip
    if rng.random() < 0.2:  # escalated to the second tier
        t = office.later(t, rng.uniform(0.5, 5))
        second = office.ids[TICKET_TIER][2 if kind == "visit" else 1]
        life.step(t, assignee, "tier", office.names[row["tier_id"]], office.names[second], tier_id=second)
        department = office.ids[TICKET_DEPARTMENT][1 if kind in ("visit", "complaint") else rng.choice((2, 3))]
        life.step(t, assignee, "department", office.names[row["department_id"]], office.names[department],
                  department_id=department)  # fmt: skip
        life.move(t, assignee, "escalated", "escalated", "Needs the second line: first-line checks did not help.")
    paused = 0
    if rng.random() < 0.15:  # waiting on the customer for a while
        t = office.later(t, rng.uniform(0.5, 4))
        life.move(t, assignee, "waiting", paused_at=t)
        wait = rng.uniform(2, 20)
        resume = office.later(t, wait)
        paused = int(wait * HOUR)
        first_due, resolution_due = due_times(office.calendar, office.targets[priority], created, paused)
        life.move(resume, assignee, "open", paused_at=None, paused_seconds=paused, first_response_due=first_due,
                  resolution_due=resolution_due)  # fmt: skip
        t = resume
    # Most are solved within one or two business days; the slow tail breaches its target.
    work = min(90.0, rng.lognormvariate(1.6, 0.9) * (0.5 if priority in ("high", "urgent") else 1.0))
    solved = office.later(created, work + paused / HOUR)
    solved = max(solved, t + timedelta(minutes=5))
    if solved > row["resolution_due"] and row["resolution_due"] <= now:
        life.step(row["resolution_due"], "system", "breached", "", row["resolution_due"].strftime("%Y-%m-%d %H:%M"),
                  breached_at=row["resolution_due"])  # fmt: skip
    outcome = "Done; the customer signed the visit sheet." if kind == "visit" else ""
    if not life.move(solved, assignee, "resolved", resolution="Solved and explained to the customer.",
                     resolved_at=solved, visit_outcome=outcome):  # fmt: skip
        return life
    channel = rng.choices(("call", "sms", "in_person"), (60, 35, 5))[0]
    life.step(solved + timedelta(minutes=2), assignee, "informed", "", channel, INFORM_MESSAGES["resolved"],
              last_informed_at=solved + timedelta(minutes=2))  # fmt: skip
    if rng.random() < 0.05:  # the fault came back
        t = office.later(solved, rng.uniform(1, 12))
        if not life.move(t, assignee, "open", "reopened", "The customer called: the problem is back.",
                         resolved_at=None, reopen_count=1):  # fmt: skip
            return life
        solved = office.later(t, rng.uniform(1, 8))
        if not life.move(solved, assignee, "resolved", resolved_at=solved):
            return life
    closed = office.later(solved, 8)
    late = row["breached_at"] is not None
    score = rng.choices((1, 2, 3, 4, 5), (15, 20, 30, 20, 15) if late else (2, 4, 12, 37, 45))[0]
    life.move(closed, assignee, "closed", closed_at=closed, satisfaction=score)
    return life


def _sources(conn: Connection, rng: random.Random, count: int | None, now: datetime) -> list[tuple[Any, ...]]:
    """(created, (customer id, address) or None, (call id, agent id) or None), oldest first."""
    if count is None:
        reasons = {i: v for i, v in _values(conn, lookups.CALL_REASON) if v in TICKET_REASONS}
        query = (
            select(Call.id, Call.started_at, Call.agent_id, Call.reason_id, Customer.id, Customer.address)
            .join(Customer, Customer.id == Call.customer_id)
            .where(Call.direction == "in", Call.status == "answered", Call.reason_id.in_(list(reasons)))
            .order_by(Call.id)
        )
        return [
            (_stamp(r[1]) + timedelta(minutes=3), (r[4], r[5]), (r[0], r[2]))
            for r in conn.execute(query)
            if rng.random() < TICKET_REASONS[reasons[r[3]]]
        ]
    first, last = conn.execute(select(func.min(Customer.id), func.max(Customer.id))).one()
    year = 365 * 24 * HOUR
    out = []
    for _ in range(count):
        customer = (rng.randint(first, last), "") if first is not None else None
        out.append((now - timedelta(seconds=rng.randrange(year)), customer, None))
    return sorted(out, key=itemgetter(0))


def _stamp(value: Any) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def generate_tickets(
    db: Database, seed: int, *, count: int | None = None, now: datetime | None = None,
    progress: Progress = no_progress,
) -> TicketDemoStats:  # fmt: skip
    """Add demo tickets (from the calls, or `count` random ones) and the knowledge base, in one transaction."""
    lookups.ensure_defaults(db, TICKET_DEFAULTS)
    lookups.ensure_defaults(db)
    rng = random.Random(seed)
    with db.sessions.begin() as session:
        calendar = load_calendar(session)
        if session.scalar(select(func.count(User.id))) == 0:
            for name in ("sara", "reza", "maryam", "ali"):
                user_id(session, name)
    with db.writer.begin() as conn:
        newest = conn.scalar(select(func.max(Call.started_at)))
        now = now or (_stamp(newest) if newest is not None else datetime.now()).replace(microsecond=0)
        office = _Office(conn, rng, calendar)
        sources = [s for s in _sources(conn, rng, count, now) if s[0] <= now]
        next_id = (conn.scalar(select(func.max(Ticket.id))) or 0) + 1
        tickets: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        total_events = 0
        for n, (created, customer, call) in enumerate(sources):
            life = _ticket(office, next_id + n, created, customer, call, now)
            tickets.append(life.row)
            events += sorted(life.events, key=itemgetter("at"))
            if len(tickets) == CHUNK:
                total_events += _flush(conn, tickets, events)
                tickets, events = [], []
                if progress(n + 1, len(sources), "tickets") is False:
                    raise Cancelled("tickets")
        total_events += _flush(conn, tickets, events)
        articles = _articles(conn, office, now)
    progress(len(sources), len(sources), "tickets")
    return TicketDemoStats(len(sources), total_events, articles)


def _flush(conn: Connection, tickets: list[dict[str, Any]], events: list[dict[str, Any]]) -> int:
    bulk_insert(conn, Ticket, tickets)
    bulk_insert(conn, TicketEvent, events)
    return len(events)


def _articles(conn: Connection, office: _Office, now: datetime) -> int:
    if conn.scalar(select(func.count(Article.id))):
        return 0
    by_name = {v: i for i, v in office.names.items()}
    rows = [
        {"title": title, "body": body, "category_id": by_name.get(category), "updated_at": now, "updated_by": "demo",
         "active": True, "search_key": normalize_text(f"{title} {body}")}
        for category, title, body in ARTICLES
    ]  # fmt: skip
    bulk_insert(conn, Article, rows)
    return len(rows)
