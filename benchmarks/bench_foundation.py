"""Foundation benchmark: the pop's phone lookup, search, the customer list and a heavy card at scale.

    python benchmarks/bench_foundation.py --db /tmp/bench1m.db [--runs 300] [--seed 7] [--explain]

Works on a copy of --db (benchlib.working_copy). The lookup is the query the pop runs
(`incoming._customers_for` after `lookup_key`, as `incoming.ring` does), for known and unknown callers,
each number used once; its raw baseline is the same join and deleted-customer check in plain sqlite3.
Search fragments are drawn from the data: names in Persian, Arabic and Latin script, partial phones
in ASCII, Persian and Arabic-Indic digits, and mixes that match nothing (`0912 qz`).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import HEADER, line, timed, working_copy  # noqa: E402
from sqlalchemy import event, func, insert, select  # noqa: E402

from app.db import Database, open_database  # noqa: E402
from app.dto import CustomerDraft, PhoneDraft  # noqa: E402
from app.models import Call, Customer, Phone, User  # noqa: E402
from app.phones import display_phone_cached, lookup_key  # noqa: E402
from app.services.calls import customer_history  # noqa: E402
from app.services.customer_lists import list_customers, search_customers  # noqa: E402
from app.services.customers import create_customer, customer_card  # noqa: E402
from app.services.incoming import _customers_for  # noqa: E402

HEAVY_CALLS = 12_000
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_ONLY = set("پچژگکیی")
RAW_LOOKUP = ("SELECT customers.id, customers.name FROM customers JOIN phones ON phones.customer_id = customers.id "
              "WHERE phones.number = ? AND customers.deleted_at IS NULL GROUP BY customers.id, customers.name "
              "ORDER BY customers.id LIMIT 10")  # fmt: skip


def heavy_customer(db: Database, seed: int) -> int:
    """A customer with at least 10,000 calls; adds one to the working copy if there is none."""
    with db.sessions() as session:
        found = session.scalar(
            select(Call.customer_id).where(Call.customer_id.is_not(None)).group_by(Call.customer_id)
            .having(func.count() >= 10_000).limit(1)
        )  # fmt: skip
        last = session.scalar(select(func.max(Call.started_at))) or datetime.now()
        agents = list(session.scalars(select(User.id).where(User.role == "agent")))
    if found is not None:
        return found
    rng = random.Random(seed)
    number = next(n for n in (f"021 9{i:03d} 0000" for i in range(1000))
                  if _lookup(db, lookup_key(n)) is None)  # fmt: skip
    draft = CustomerDraft(name="Behnam Heavy", kind="company", company="شرکت حساب سنگین (heavy account)",
                          status="customer", tags="VIP, wholesale", phones=[PhoneDraft(number, "work")])  # fmt: skip
    customer_id = create_customer(db, draft, "bench")
    key = lookup_key(number)
    rows = []
    for _ in range(HEAVY_CALLS):
        started = last - timedelta(days=rng.randrange(365), seconds=rng.randrange(8 * 3600, 20 * 3600))
        rows.append({"direction": "in", "number": key, "customer_id": customer_id, "line": "1", "started_at": started,
                     "ring_seconds": 5, "talk_seconds": 100, "status": "answered",
                     "agent_id": rng.choice(agents) if agents else None, "outcome": "", "notes": "", "source": "demo",
                     "created_at": started, "created_by": "bench", "updated_at": started,
                     "updated_by": "bench"})  # fmt: skip
    with db.writer.begin() as conn:
        conn.execute(insert(Call.__table__), rows)
    return customer_id


def _lookup(db: Database, number: str) -> int | None:
    """The pop's lookup, as `incoming.ring` runs it (in the app it shares the ring's write transaction)."""
    with db.sessions() as session:
        found = _customers_for(session, number)  # every live customer on the number (the pop's chooser)
        return found[0][0] if found else None


def callers(db: Database, count: int, rng: random.Random) -> tuple[list[tuple[str, int]], list[str]]:
    """`count` known callers (as typed or sent: national, spaced, E.164, Persian digits) with their owner, and
    `count` unknown numbers; no number twice."""
    with db.sessions() as session:
        top = session.scalar(select(func.max(Phone.id))) or 0
        ids = rng.sample(range(1, top + 1), min(top, count * 2))
        rows = session.execute(
            select(Phone.number, Phone.customer_id).join(Customer, Customer.id == Phone.customer_id)
            .where(Phone.id.in_(ids), Customer.deleted_at.is_(None))
        ).all()  # fmt: skip
        known: list[tuple[str, int]] = []
        seen: set[str] = set()
        for number, owner in rows:
            if number in seen or not number.startswith("+98"):
                continue
            seen.add(number)
            national = "0" + number[3:]
            shapes = (national, f"{national[:4]} {national[4:7]} {national[7:]}", number,
                      national.translate(PERSIAN_DIGITS))  # fmt: skip
            known.append((rng.choice(shapes), owner))
        unknown: list[str] = []
        while len(unknown) < count:
            national = f"09{rng.choice((12, 13, 19, 35, 36, 38))}{rng.randrange(10**7):07d}"
            if session.scalar(select(Phone.id).where(Phone.number == "+98" + national[1:])) is None:
                unknown.append(national)
    return known[:count], unknown


def fragments(db: Database, count: int, rng: random.Random) -> dict[str, list[str]]:
    """Search fragments drawn from random customers, `count` per kind, as someone would type them."""
    names = ("Persian names", "Arabic names", "Latin names", "phones ASCII", "phones Persian digits",
             "phones Arabic digits", "no match")  # fmt: skip
    kinds: dict[str, list[str]] = {k: [] for k in names}
    with db.sessions() as session:
        top = session.scalar(select(func.max(Customer.id))) or 0
        while min(len(v) for k, v in kinds.items() if k != "no match") < count:
            row = session.execute(
                select(Customer.name, Phone.number).join(Phone, Phone.customer_id == Customer.id)
                .where(Customer.id >= rng.randint(1, top)).order_by(Customer.id).limit(1)
            ).first()  # fmt: skip
            if row is None:
                continue
            name, number = row
            word = rng.choice(name.split())
            if word.isascii():
                kind = "Latin names"
            else:
                kind = "Persian names" if set(word) & PERSIAN_ONLY else "Arabic names"
            if len(word) >= 3 and len(kinds[kind]) < count:
                start = rng.randrange(0, max(1, len(word) - 3))
                kinds[kind].append(word[start : start + rng.randint(3, len(word) - start)])
            digits = "0" + number[3:] if number.startswith("+98") else number
            start = rng.randrange(0, len(digits) - 5)
            piece = digits[start : start + rng.randint(4, 7)]
            for kind, table in (("phones ASCII", None), ("phones Persian digits", PERSIAN_DIGITS),
                                ("phones Arabic digits", ARABIC_DIGITS)):  # fmt: skip
                if len(kinds[kind]) < count and rng.random() < 0.5:
                    kinds[kind].append(piece.translate(table) if table else piece)
    letters = "qzxjvw"
    for _ in range(count):
        digits = f"09{rng.randrange(10, 99)}"
        mix = rng.choice((f"{digits} {rng.choice(letters)}{rng.choice(letters)}", f"{rng.choice(letters) * 2}{digits}",
                          f"زژ {digits}", f"{digits} ظظ"))  # fmt: skip
        kinds["no match"].append(mix)
    return kinds


def explain(path: Path, label: str, db: Database, operation: Callable[[], object]) -> None:
    statements: list[tuple[str, object]] = []

    def record(_c: object, _cur: object, statement: str, parameters: object, _ctx: object, _many: bool) -> None:
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        operation()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    raw = sqlite3.connect(path)
    for statement, parameters in statements:
        print(f"\n-- {label}\n{statement.strip()}")
        for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters or ()):
            print("   ", row[3])
    raw.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a demo database (main.py --db X demo --customers 1000000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=300, help="samples per figure (fresh numbers and fragments)")
    parser.add_argument("--explain", action="store_true", help="print SQLite's plan for each measured query")
    args = parser.parse_args()
    with working_copy(args.db) as path:
        db = open_database(path)
        ok = run(db, path, args)
        db.dispose()
    return 0 if ok else 1


def run(db: Database, path: Path, args: argparse.Namespace) -> bool:
    rng = random.Random(args.seed)
    heavy = heavy_customer(db, args.seed)
    known, unknown = callers(db, args.runs, rng)
    raw_conn = sqlite3.connect(path)
    with db.sessions() as session:
        counts = {m.__tablename__: session.scalar(select(func.count()).select_from(m)) for m in (Customer, Phone, Call)}
    print("\ndatabase: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    # Timed first, so phonenumbers' caches have not seen these numbers; checked for the right owner after.
    pop_known = timed(lambda i: _lookup(db, lookup_key(known[i][0])), len(known))
    pop_unknown = timed(lambda i: _lookup(db, lookup_key(unknown[i])), len(unknown))
    fresh_known, fresh_unknown = callers(db, args.runs, random.Random(args.seed + 1))
    raw_known = timed(lambda i: raw_conn.execute(RAW_LOOKUP, (lookup_key(fresh_known[i][0]),)).fetchall(),
                      len(fresh_known))  # fmt: skip
    raw_unknown = timed(lambda i: raw_conn.execute(RAW_LOOKUP, (lookup_key(fresh_unknown[i]),)).fetchall(),
                        len(fresh_unknown))  # fmt: skip
    wrong = sum(_lookup(db, lookup_key(raw)) != owner for raw, owner in known)
    wrong += sum(_lookup(db, lookup_key(number)) is not None for number in unknown)
    print(f"every sample is a different number or fragment; lookups with the wrong answer: {wrong}\n")
    print(HEADER)
    print("-" * len(HEADER))
    ok = wrong == 0
    for who, ours, raw in (("known", pop_known, raw_known), ("unknown", pop_unknown, raw_unknown)):
        ok &= line(f"(a) pop lookup, {who} callers", ours, "p95 <= 5 ms", 5.0)
        line(f"    raw sqlite3, same join + deleted check ({who})", raw)
    for kind, texts in fragments(db, args.runs, rng).items():
        samples = timed(lambda i, t=texts: (display_phone_cached.cache_clear(), search_customers(db, t[i])), len(texts))
        ok &= line(f"(b) search, first page: {kind}", samples, "p95 <= 150 ms", 150.0)
    pages = [list_customers(db).next_cursor]
    for _ in range(args.runs):
        pages.append(list_customers(db, pages[-1], limit=rng.randint(1, 50)).next_cursor)
    ok &= line("(c) customer list, first page", timed(lambda _i: list_customers(db), args.runs), "p95 <= 100 ms", 100.0)
    walk = timed(lambda i: (display_phone_cached.cache_clear(), list_customers(db, pages[i])), args.runs)
    ok &= line("    customer list, later pages (cold phone format)", walk, "p95 <= 100 ms", 100.0)
    card = timed(lambda _i: (customer_card(db, heavy), customer_history(db, heavy)), max(20, args.runs // 10))
    ok &= line(f"(d) card + history, {HEAVY_CALLS:,}+ calls", card, "p95 <= 100 ms", 100.0)
    if args.explain:
        explain(path, "pop lookup", db, lambda: _lookup(db, lookup_key(known[0][0])))
        for query in ("احمدی", "smith", "4567", "0912 qz"):
            explain(path, f"search {query!r}", db, lambda q=query: search_customers(db, q))
    raw_conn.close()
    return ok


if __name__ == "__main__":
    sys.exit(main())
