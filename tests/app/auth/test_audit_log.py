from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.audit.export import export_audit
from app.audit.read import AuditFilter, audit_choices, audit_page, changes, readable
from app.auth import PermissionDenied
from app.db import Database
from app.dto import CallDraft, CustomerDraft, PhoneDraft
from app.models import AuditLog
from app.services import calls, customers, incoming, lookups


def _customer(db: Database, name: str, actor: str = "olga") -> int:
    return customers.create_customer(db, CustomerDraft(name=name, phones=[PhoneDraft("09121110000")]), actor)


def test_filters_by_user_table_record_and_period(staffed: Database) -> None:
    first = _customer(staffed, "Ali")
    customers.update_customer(staffed, first, CustomerDraft(name="Ali Rezaei", city="Tabriz",
                                                            phones=[PhoneDraft("09121110000")]), "ali")  # fmt: skip
    lookups.add_value(staffed, "call_reason", "Refund", "sam")
    mine = audit_page(staffed, "sam", AuditFilter(user="ali"))
    assert [(e.entity, e.entity_id, e.action) for e in mine] == [("customer", first, "update")]
    assert {"name: Ali → Ali Rezaei", "city: (empty) → Tabriz"} <= set(mine[0].summary().split("; "))
    assert [e.action for e in audit_page(staffed, "sam", AuditFilter(entity="customer", entity_id=first))] == [
        "update", "create"]  # fmt: skip
    assert [e.entity for e in audit_page(staffed, "olga", AuditFilter(entity="lookup"))] == ["lookup"]
    later = datetime.now() + timedelta(hours=1)
    assert audit_page(staffed, "olga", AuditFilter(since=later)) == []
    assert len(audit_page(staffed, "olga", AuditFilter(user="ali", until=later))) == 1
    users, tables = audit_choices(staffed, "olga")
    assert {"ali", "olga", "sam"} <= set(users) and {"customer", "lookup", "user"} <= set(tables)


def test_keyset_pages_cover_everything_once(staffed: Database) -> None:
    for i in range(7):
        _customer(staffed, f"C{i}")
    f = AuditFilter(entity="customer")
    seen: list[int] = []
    before: int | None = None
    while page := audit_page(staffed, "sam", f, before, limit=3):
        seen += [e.id for e in page]
        before = page[-1].id
    assert len(seen) == 7 and seen == sorted(seen, reverse=True)


def test_agents_cannot_read_it(staffed: Database) -> None:
    with pytest.raises(PermissionDenied, match="read the audit log"):
        audit_page(staffed, "ali", AuditFilter())


def test_export_writes_the_filtered_log_readably(staffed: Database, tmp_path: Path) -> None:
    customer_id = _customer(staffed, "=cmd|' /C calc'!A0")
    out = tmp_path / "audit.xlsx"
    assert export_audit(staffed, "sam", AuditFilter(entity="customer"), out, lang="fa") == 1
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "شناسه" and ws.sheet_view.rightToLeft
    assert rows[1][4] == customer_id and rows[1][5] == "create"
    assert "name: (empty) → =cmd" in rows[1][6] and ws.cell(2, 7).data_type == "s"


def test_answering_and_logging_a_ringing_call_is_audited(staffed: Database) -> None:
    call_id = calls.log_call(staffed, CallDraft("in", datetime(2026, 11, 20, 9), "09121112222", status="missed"),
                             "olga")  # fmt: skip
    incoming.answer(staffed, call_id, "ali")
    incoming.log_answer(staffed, call_id, "ali", reason_id=None, outcome="sold", notes="wants a kettle")
    entries = audit_page(staffed, "olga", AuditFilter(entity="call", entity_id=call_id))
    assert [e.action for e in entries] == ["update", "answer", "create"]
    assert {c.field: c.after for c in entries[0].changes} == {"outcome": "sold", "notes": "wants a kettle"}
    assert entries[1].by == "ali"


def test_lookups_and_the_block_list_are_audited(staffed: Database) -> None:
    item = lookups.add_value(staffed, "call_reason", "Refund", "sam")
    lookups.rename_value(staffed, item, "Refunds", "sam")
    lookups.set_active(staffed, item, False, "sam")
    incoming.set_blocked(staffed, "09129998888", True, actor="sam")
    with staffed.sessions() as session:
        rows = session.execute(select(AuditLog.by, AuditLog.action, AuditLog.after).where(AuditLog.entity == "lookup")
                               .order_by(AuditLog.id)).all()  # fmt: skip
    assert [r.action for r in rows] == ["create", "update", "update", "create"]
    assert all(r.by == "sam" for r in rows) and "Refunds" in rows[1].after and "blocked" in rows[3].after


def test_timestamps_read_as_people_write_them() -> None:
    assert readable("2026-11-23T22:59:03.515401") == "2026-11-23 22:59:03"
    assert readable([{"number": "+989121110000"}]) == "+989121110000" and readable(False) == "no"


def test_changes_show_only_what_differs() -> None:
    found = changes({"a": 1, "b": True}, {"a": 1, "b": False})
    assert [(c.field, c.before, c.after) for c in found] == [("b", "yes", "no")]
