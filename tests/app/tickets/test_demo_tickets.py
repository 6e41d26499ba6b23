"""Demo tickets: same seed, same data; believable timelines with an event for every change."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database, open_database
from app.demo import DemoOptions, generate_demo
from app.tickets.demo import generate_tickets
from app.tickets.models import Article, Ticket, TicketEvent
from app.tickets.policies import load_calendar
from app.tickets.sla import business_seconds

OPTIONS = DemoOptions(customers=1500, days=60, seed=5, end=date(2026, 10, 31))


def _build(path: Path) -> Database:
    db = open_database(path, create=True)
    generate_demo(db, OPTIONS)
    generate_tickets(db, OPTIONS.seed)
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = _build(tmp_path_factory.mktemp("tickets") / "demo.db")
    yield db
    db.dispose()


def _dump(db: Database) -> list[tuple]:
    with db.engine.connect() as conn:
        tickets = [tuple(r) for r in conn.execute(select(Ticket.__table__).order_by(Ticket.id))]
        events = [tuple(r) for r in conn.execute(select(TicketEvent.__table__).order_by(TicketEvent.id))]
    return tickets + events


def test_same_seed_same_tickets(demo: Database, tmp_path: Path) -> None:
    again = _build(tmp_path / "again.db")
    try:
        assert _dump(again) == _dump(demo)
    finally:
        again.dispose()


def test_timelines_are_believable(demo: Database) -> None:
    with demo.sessions() as s:
        tickets = list(s.scalars(select(Ticket)))
        events = Counter((e.ticket_id, e.kind) for e in s.scalars(select(TicketEvent)))
        calendar = load_calendar(s)
        articles = s.scalar(select(func.count(Article.id)))
    assert len(tickets) > 100 and articles >= 24
    assert all(events[(t.id, "created")] == 1 for t in tickets)
    assert all(t.customer_id is not None and t.call_id is not None for t in tickets)
    resolved = [t for t in tickets if t.resolved_at is not None]
    quick = [t for t in resolved if business_seconds(t.created_at, t.resolved_at, calendar) <= 16 * 3600]
    assert len(quick) >= 0.6 * len(resolved)  # most within two business days
    breached = [t for t in tickets if t.breached_at is not None]
    assert 0 < len(breached) < 0.3 * len(tickets)
    assert all(events[(t.id, "breached")] == 1 for t in breached)
    assert sum(events[(t.id, "escalated")] for t in tickets) > 0.1 * len(tickets)
    assert any(t.type == "visit" and t.visit_start is not None and t.technician_id for t in tickets)
    closed = [t for t in tickets if t.status == "closed"]
    assert closed and all(t.satisfaction in (1, 2, 3, 4, 5) and events[(t.id, "informed")] for t in closed)
    assert any(events[(t.id, "reopened")] for t in tickets)
