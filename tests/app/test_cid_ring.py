"""What the pop's query returns (issue 7 items 13/14, issue 8): last calls, shared numbers, clean text, the index."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
from sqlalchemy import event, insert, text

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.models import Call
from app.services import customers, incoming
from app.text import printable_text

T0 = datetime(2026, 5, 2, 10, 0)


def test_last_calls_never_list_the_ringing_call(any_db: Database) -> None:
    earlier = incoming.ring(any_db, "09350001122", when=T0)
    incoming.ring_ended(any_db, earlier.call_id, at=T0 + timedelta(seconds=20))
    # Same minute stamp as the earlier call (modems send minutes), and the same caller rings twice quickly.
    first = incoming.ring(any_db, "09350001122", when=T0)
    second = incoming.ring(any_db, "09350001122", when=T0)
    assert [(r.started_at, r.status) for r in first.recent] == [(T0, "missed")]
    assert [(r.started_at, r.status) for r in second.recent] == [(T0, "missed")]  # not `first`, still ringing
    incoming.ring_ended(any_db, first.call_id)
    assert len(incoming.ring(any_db, "09350001122", when=T0).recent) == 2


def test_a_number_shared_by_several_customers_offers_them_all(any_db: Database) -> None:
    ids = [
        customers.create_customer(any_db, CustomerDraft(name=f"Office {i}", phones=[PhoneDraft("021 8888 0000")]), "t")
        for i in range(12)
    ]
    customers.delete_customer(any_db, ids[1], "t")
    pop = incoming.ring(any_db, "02188880000", when=T0)
    assert pop.customer_id == ids[0] and pop.name == "Office 0"
    live = [i for i in ids if i != ids[1]]
    assert pop.candidates == [(i, f"Office {n}") for n, i in enumerate(ids) if i != ids[1]][:10]
    assert [c[0] for c in pop.candidates] == live[:10]
    alone = customers.create_customer(any_db, CustomerDraft(name="Alone", phones=[PhoneDraft("0912 777 6655")]), "t")
    single = incoming.ring(any_db, "09127776655", when=T0)
    assert single.customer_id == alone and single.candidates == []


def test_device_noise_never_reaches_the_database_and_exports(db: Database, tmp_path: Path) -> None:
    noisy_name = "NOURI\x00\x07 \ufffe\uffffSAR\ud800A\x9b\U0010ffff\ufdd0"
    pop = incoming.ring(db, "0912\x00123\uffff4567", caller_name=noisy_name, line="1\x1b", when=T0)
    assert pop.number == "+989121234567" and pop.caller_name == "NOURI SARA" and pop.line == "1"
    junk = incoming.ring(db, "\x01ABC\ufffe-\ud83d", when=T0)  # not a number, but kept as sent (cleaned)
    assert junk.number == "ABC-"
    with db.sessions() as session:
        stored = session.execute(text("SELECT number, line FROM calls ORDER BY id")).all()
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("calls")
    for number, line in stored:
        sheet.append([number, line, pop.caller_name])
    book.save(tmp_path / "calls.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "calls.xlsx").active.iter_rows(values_only=True))
    assert rows == [("+989121234567", "1", "NOURI SARA"), ("ABC-", None, "NOURI SARA")]


def test_printable_text_keeps_every_real_character() -> None:
    kept = "علی رضایی · Zoë ☎ 𝒜 ‌ نیم‌فاصله"
    assert printable_text(kept) == kept
    assert printable_text("a\tb\r\nc") == "a b c" and printable_text(None) == ""


def _plan(db: Database, statement: str, parameters: tuple) -> str:
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return " | ".join(str(r[-1]) for r in rows)


def test_last_calls_are_index_ranges_for_known_and_unknown_callers(db: Database) -> None:
    known = customers.create_customer(db, CustomerDraft(name="K", phones=[PhoneDraft("0912 123 4567")]), "t")
    rows = [{"direction": "in", "number": f"+98935{i % 500:07d}", "customer_id": known if i % 7 == 0 else None,
             "line": "1", "started_at": T0 - timedelta(minutes=i), "status": "missed", "source": "t",
             "created_by": "t", "updated_by": "t", "outcome": "", "notes": ""} for i in range(3000)]  # fmt: skip
    with db.writer.begin() as connection:
        connection.execute(insert(Call), rows)
        connection.exec_driver_sql("ANALYZE")
    statements: list[tuple[str, tuple]] = []

    def remember(_conn, _cursor, statement: str, parameters: tuple, _context, _many) -> None:  # noqa: ANN001
        if "FROM calls" in statement and "ORDER BY calls.started_at DESC" in statement:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        stranger = incoming.ring(db, "09350000042", when=T0)
        regular = incoming.ring(db, "09121234567", when=T0)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    assert len(stranger.recent) == 3 and len(regular.recent) == 3
    assert len(statements) == 2
    plans = [_plan(db, *captured) for captured in statements]
    for plan in plans:
        assert "SCAN calls" not in plan and "TEMP B-TREE" not in plan, plan
    assert "ix_calls_number_started" in plans[0] and "ix_calls_customer_started" in plans[1], plans
