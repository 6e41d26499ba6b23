"""Demo data: deterministic, consistent with the real normalization rules, believable, cancellable."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.db import Database, open_database
from app.demo import DemoOptions, DemoStats, generate_demo
from app.dto import CustomerDraft
from app.models import Call, Customer, Lookup, Phone, User
from app.phones import PhoneRules, normalize_phone
from app.progress import Cancelled
from app.services.calls import customer_history
from app.services.customer_lists import search_customers
from app.services.customer_rules import search_key, sort_key
from app.services.phone_lookup import find_customer_by_number

END = date(2025, 6, 30)
SAMPLE = DemoOptions(customers=3000, days=90, seed=11, end=END)
TRIGGERS = ["customers_fts_ad", "customers_fts_ai", "customers_fts_au"]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoStats]]:
    """One generated database shared by the read-only checks (3,000 customers, 90 days)."""
    database = open_database(tmp_path_factory.mktemp("demo") / "sample.db", create=True)
    stats = generate_demo(database, SAMPLE)
    yield database, stats
    database.dispose()


def rows(db: Database, model: type) -> list[tuple]:
    table = model.__table__
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(table).order_by(table.c.id))]


def count(db: Database, model: type) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def calls_of(db: Database) -> list[Call]:
    with db.sessions() as session:
        return list(session.scalars(select(Call).order_by(Call.id)))


def test_same_seed_same_rows_and_other_seed_other_rows(tmp_path: Path) -> None:
    dbs = [open_database(tmp_path / f"{name}.db", create=True) for name in ("a", "b", "c")]
    try:
        options = DemoOptions(customers=300, days=60, seed=5, end=END)
        generate_demo(dbs[0], options)
        generate_demo(dbs[1], options)
        generate_demo(dbs[2], DemoOptions(customers=300, days=60, seed=6, end=END))
        for model in (User, Customer, Phone, Call):
            assert rows(dbs[0], model) == rows(dbs[1], model), model.__tablename__
        assert rows(dbs[0], Customer) != rows(dbs[2], Customer)
        assert rows(dbs[0], Phone) != rows(dbs[2], Phone)
        assert rows(dbs[0], Call) != rows(dbs[2], Call)
    finally:
        for db in dbs:
            db.dispose()


def test_counts_match_the_stats(sample: tuple[Database, DemoStats]) -> None:
    db, stats = sample
    assert stats.customers == count(db, Customer) == 3000
    assert stats.phones == count(db, Phone)
    assert 3000 * 1.2 < stats.phones < 3000 * 1.5  # some customers have two or three phones
    assert stats.calls == count(db, Call) == round(3000 * 5 * 90 / 365)
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 12
        assert session.scalar(select(func.count()).select_from(Lookup)) > 0
        assert session.scalar(select(func.count()).where(Customer.created_by != "demo")) == 0
        assert session.scalar(select(func.count()).where(Call.source != "demo")) == 0


def test_stored_keys_equal_the_real_rules(sample: tuple[Database, DemoStats]) -> None:
    db, _ = sample
    rules = PhoneRules()
    with db.sessions() as session:
        customers = session.scalars(select(Customer).order_by(Customer.id)).all()
        for customer in customers:
            for phone in customer.phones:
                assert normalize_phone(phone.raw, rules).number == phone.number, phone.raw
            draft = CustomerDraft(name=customer.name, company=customer.company, email=customer.email)
            numbers = [p.number for p in customer.phones]
            assert customer.search_key == search_key(draft, numbers, rules)
            assert customer.sort_key == sort_key(customer.name)
    raws = [p.raw for c in customers for p in c.phones]
    assert any(re.search("[۰-۹]", raw) for raw in raws) and any(raw.startswith("+98") for raw in raws)
    assert any(" " in raw for raw in raws) and any(raw.isdigit() for raw in raws)


def test_every_phone_is_unique_and_unknown_callers_are_nobodys(sample: tuple[Database, DemoStats]) -> None:
    db, _ = sample
    with db.sessions() as session:
        numbers = list(session.scalars(select(Phone.number)))
        unknown = session.execute(select(Call.number, Call.direction).where(Call.customer_id.is_(None))).all()
        inbound = session.scalar(select(func.count()).where(Call.direction == "in")) or 0
    assert len(numbers) == len(set(numbers))
    assert all(re.fullmatch(r"\+989\d{9}|\+98[1-8]\d[2-8]\d{7}", n) for n in numbers)
    assert 0.025 < len(unknown) / inbound < 0.06
    assert {d for _, d in unknown} == {"in"}
    assert not {n for n, _ in unknown} & set(numbers)


def test_status_and_direction_mix(sample: tuple[Database, DemoStats]) -> None:
    calls = calls_of(sample[0])
    inbound = Counter(c.status for c in calls if c.direction == "in")
    outbound = Counter(c.status for c in calls if c.direction == "out")
    n_in, n_out = sum(inbound.values()), sum(outbound.values())
    assert abs(n_in / len(calls) - 0.70) < 0.04
    assert set(inbound) == {"answered", "missed", "abandoned"}
    assert set(outbound) == {"answered", "no-answer", "busy"}
    for share, expected, tolerance in (
        (inbound["answered"] / n_in, 0.80, 0.04), (inbound["missed"] / n_in, 0.12, 0.03),
        (inbound["abandoned"] / n_in, 0.08, 0.03), (outbound["answered"] / n_out, 0.65, 0.06),
        (outbound["no-answer"] / n_out, 0.25, 0.05), (outbound["busy"] / n_out, 0.10, 0.04),
    ):  # fmt: skip
        assert abs(share - expected) < tolerance, (share, expected)


def test_calls_are_internally_consistent(sample: tuple[Database, DemoStats]) -> None:
    db, _ = sample
    calls = calls_of(db)
    first_day = datetime(2025, 6, 30) - timedelta(days=89)
    for c in calls:
        assert first_day <= c.started_at < datetime(2025, 7, 1)
        assert c.ended_at == c.started_at + timedelta(seconds=c.ring_seconds + c.talk_seconds)
        assert c.line in {"1", "2", "3", "4"} and c.created_by == "demo" and c.created_at == c.ended_at
        if c.status == "answered":
            assert c.answered_at == c.started_at + timedelta(seconds=c.ring_seconds)
            assert c.talk_seconds > 0 and c.agent_id is not None and c.reason_id is not None and c.outcome
        else:
            assert c.answered_at is None and c.talk_seconds == 0 and c.outcome == "" and c.reason_id is None
        assert (c.agent_id is not None) == (c.status == "answered" or c.direction == "out")
    talk = sorted(c.talk_seconds for c in calls if c.status == "answered" and c.direction == "in")
    assert 120 < talk[len(talk) // 2] < 260  # median about three minutes
    assert any(c.notes for c in calls) and any(c.satisfaction for c in calls)
    with db.sessions() as session:
        dnc = set(session.scalars(select(Customer.id).where(Customer.do_not_call.is_(True))))
    assert dnc and not any(c.customer_id in dnc for c in calls if c.direction == "out")


def test_rhythm_of_the_iranian_week_and_day(sample: tuple[Database, DemoStats]) -> None:
    calls = calls_of(sample[0])
    per_day = Counter(c.started_at.date() for c in calls)
    days = [date(2025, 6, 30) - timedelta(days=d) for d in range(90)]
    busy = [per_day[d] for d in days if d.weekday() in (5, 6, 0, 1, 2)]  # Saturday-Wednesday
    fridays = [per_day[d] for d in days if d.weekday() == 4]
    thursdays = [per_day[d] for d in days if d.weekday() == 3]
    busy_mean = sum(busy) / len(busy)
    assert sum(fridays) / len(fridays) < 0.30 * busy_mean
    assert sum(fridays) / len(fridays) < sum(thursdays) / len(thursdays) < busy_mean
    hours = Counter(c.started_at.hour for c in calls)
    assert hours[10] + hours[11] > 2 * (hours[18] + hours[19])
    assert hours[13] < hours[11] and hours[13] < hours[15]  # lunch dip, then an afternoon peak
    assert sum(hours[h] for h in range(8, 20)) > 0.95 * len(calls)


def test_search_and_screen_pop_find_generated_customers(sample: tuple[Database, DemoStats]) -> None:
    db, _ = sample
    with db.sessions() as session:
        customers = session.scalars(select(Customer).order_by(Customer.id).limit(400)).all()
        targets = [c for c in customers[::40]]
        phones = [(p.raw, p.number, c.id) for c in customers for p in c.phones]
    for customer in targets:
        found = search_customers(db, customer.name, limit=1000).rows
        assert customer.id in [r.id for r in found]
        fragment = customer.phones[0].number[-7:]
        assert customer.id in [r.id for r in search_customers(db, fragment, limit=1000).rows]
    arabic = next(c for c in customers if "ي" in c.name)
    persian_keyboard = arabic.name.replace("ي", "ی").replace("ك", "ک")
    assert arabic.id in [r.id for r in search_customers(db, persian_keyboard, limit=1000).rows]
    for raw, number, cid in phones:
        assert find_customer_by_number(db, raw) == cid
        assert find_customer_by_number(db, "0" + number[3:]) == cid


def test_history_pages_through_generated_calls(sample: tuple[Database, DemoStats]) -> None:
    db, _ = sample
    with db.sessions() as session:
        busiest, total = session.execute(
            select(Call.customer_id, func.count())
            .where(Call.customer_id.is_not(None))
            .group_by(Call.customer_id)
            .order_by(func.count().desc(), Call.customer_id)
            .limit(1)
        ).one()
    assert total >= 10  # Pareto: someone calls a lot
    seen, after = [], None
    while True:
        page = customer_history(db, busiest, after, limit=3)
        seen += [r.id for r in page.rows]
        if page.next_cursor is None:
            break
        after = page.next_cursor
    assert len(seen) == len(set(seen)) == total
    raw = sqlite3.connect(make_path(db))
    try:
        stamp = raw.execute("SELECT started_at FROM calls LIMIT 1").fetchone()[0]
    finally:
        raw.close()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", stamp)  # SQLAlchemy's own DateTime text


def make_path(db: Database) -> str:
    return str(db.engine.url.database)


def test_append_continues_ids_and_keeps_numbers_unique(db: Database) -> None:
    generate_demo(db, DemoOptions(customers=40, days=30, seed=3, end=END))
    generate_demo(db, DemoOptions(customers=40, days=30, seed=3, end=END))
    with db.sessions() as session:
        ids = list(session.scalars(select(Customer.id).order_by(Customer.id)))
        numbers = list(session.scalars(select(Phone.number)))
        users = session.scalar(select(func.count()).select_from(User))
    assert ids == list(range(1, 81))
    assert len(numbers) == len(set(numbers))
    assert users == 12


def test_zero_and_tiny_sizes(db: Database, tmp_path: Path) -> None:
    assert generate_demo(db, DemoOptions(customers=0, days=10, seed=1)) == DemoStats(0, 0, 0)
    assert count(db, User) == 12 and count(db, Lookup) > 0 and count(db, Customer) == 0
    tiny = open_database(tmp_path / "tiny.db", create=True)
    try:
        stats = generate_demo(tiny, DemoOptions(customers=10, days=1, seed=1))
        assert stats.customers == count(tiny, Customer) == 10 and stats.calls == count(tiny, Call)
    finally:
        tiny.dispose()


@pytest.mark.parametrize("stage", ["customers", "phones", "calls", "search index"])
def test_cancel_rolls_everything_back(db: Database, stage: str) -> None:
    generate_demo(db, DemoOptions(customers=30, days=20, seed=1, end=END))
    before = [count(db, m) for m in (Customer, Phone, Call)]
    labels: list[str] = []

    def progress(done: int, total: int, label: str) -> bool:
        labels.append(label)
        return not (label == stage and done > 0)

    with pytest.raises(Cancelled):
        generate_demo(db, DemoOptions(customers=25_000, days=30, seed=2, end=END), progress)
    assert stage in labels
    assert [count(db, m) for m in (Customer, Phone, Call)] == before
    with db.engine.begin() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
        assert [t for (t,) in triggers if t.startswith("customers_fts")] == TRIGGERS
        conn.exec_driver_sql("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')")
    name = rows(db, Customer)[0][2]
    assert search_customers(db, name).rows  # the search index still serves the earlier customers


def test_search_index_is_complete_after_the_load(sample: tuple[Database, DemoStats]) -> None:
    db, _ = sample
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')")
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
        assert [t for (t,) in triggers if t.startswith("customers_fts")] == TRIGGERS
