"""Text fields take any Unicode, lose control characters, and refuse values longer than their column (services)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app import errors
from app.db import Database
from app.dto import CallDraft, CustomerDraft, PhoneDraft
from app.field_text import TEXT_LIMIT, clean_block, clean_line, column_limit, has_control_characters
from app.importing.service import ImportOptions, run_import
from app.importing.table import Cell, SourceTable
from app.models import Call, Customer, Order
from app.services import customers, incoming, lookups
from app.services.calls import log_call
from app.services.orders import OrderDraft, add_order
from app.tickets import service as tickets
from app.tickets.dto import TicketDraft
from app.tickets.knowledge import save_article
from app.tickets.models import Article, Ticket

WORLD = "Zoë 👩‍💼 \u200fعلی\u200e رضایی \u202bשלום\u202c 山田 ﷺ"  # emoji (ZWJ), bidi marks, scripts
MEGABYTE = "x" * 1_000_000


def rows(db: Database, model: type) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_any_unicode_is_kept_exactly(any_db: Database) -> None:
    cid = customers.create_customer(any_db, CustomerDraft(name=WORLD, company=WORLD, notes=WORLD + "\n\t" + WORLD), "t")
    draft = customers.customer_card(any_db, cid).draft
    assert draft.name == WORLD and draft.company == WORLD and draft.notes == WORLD + "\n\t" + WORLD


def test_control_characters_are_removed_and_line_breaks_become_spaces(any_db: Database) -> None:
    draft = CustomerDraft(name="Ali\x00 Re\x1b[0mza\x7f\uffff", city="Te\nhran", notes="line 1\r\nline\x00 2\x07",
                          phones=[PhoneDraft("0912\x00 123 4567")])  # fmt: skip
    cid = customers.create_customer(any_db, draft, "t")
    stored = customers.customer_card(any_db, cid)
    assert stored.draft.name == "Ali Re[0mza" and stored.draft.city == "Te hran"
    assert stored.draft.notes == "line 1\nline 2"
    assert stored.phones[0].display == "0912 123 4567"


@pytest.mark.parametrize("field", ["name", "company", "email", "city", "tags", "source", "address", "notes"])
def test_a_customer_field_longer_than_its_column_is_refused_with_the_limit(any_db: Database, field: str) -> None:
    limit = column_limit(getattr(Customer, field))

    def text(size: int) -> str:
        return "a" * (size - 6) + "@x.com" if field == "email" else "a" * size

    values = {"name": "Someone", field: text(limit + 1)}
    with pytest.raises(errors.ValidationError) as refused:
        customers.create_customer(any_db, CustomerDraft(**values), "t")
    assert refused.value.errors == {field: errors.TOO_LONG} and refused.value.values[field] == str(limit)
    assert rows(any_db, Customer) == 0
    customers.create_customer(any_db, CustomerDraft(**{**values, field: text(limit)}), "t")  # exactly fits


def test_a_megabyte_name_is_refused_quickly_and_an_edit_too(any_db: Database) -> None:
    with pytest.raises(errors.ValidationError) as refused:
        customers.create_customer(any_db, CustomerDraft(name=MEGABYTE, email="a@" + "b." * 500_000), "t")
    assert refused.value.errors == {"name": errors.TOO_LONG, "email": errors.TOO_LONG}
    cid = customers.create_customer(any_db, CustomerDraft(name="Short"), "t")
    with pytest.raises(errors.ValidationError):
        customers.update_customer(any_db, cid, CustomerDraft(name="Short", notes="n" * (TEXT_LIMIT + 1)), "t")
    assert customers.customer_card(any_db, cid).draft.notes == ""


def test_limits_come_from_the_models() -> None:
    assert column_limit(Customer.name) == Customer.__table__.c.name.type.length == 200
    assert column_limit(Call.outcome) == 64 and column_limit(Call.notes) == TEXT_LIMIT


def test_calls_tickets_orders_and_articles_refuse_overlong_text(any_db: Database) -> None:
    lookups.ensure_defaults(any_db)
    cid = customers.create_customer(any_db, CustomerDraft(name="C", phones=[PhoneDraft("09121234567")]), "t")
    now = datetime(2026, 11, 2, 10, 0)
    for draft in (CallDraft("in", now, "09121234567", notes=MEGABYTE), CallDraft("in", now, "0912", outcome="o" * 65)):
        with pytest.raises(errors.ValidationError) as refused:
            log_call(any_db, draft, "t")
        assert set(refused.value.errors.values()) == {errors.TOO_LONG}
    assert rows(any_db, Call) == 0
    call_id = log_call(any_db, CallDraft("in", now, "09121234567", notes="ok\x00 \U0001f600"), "t")
    pop = incoming.ring(any_db, "09121234567")
    with pytest.raises(errors.ValidationError):
        incoming.log_answer(any_db, pop.call_id, "t", reason_id=None, outcome="", notes=MEGABYTE)
    with any_db.sessions() as session:
        assert session.get(Call, pop.call_id).status == "ringing"  # nothing was written
        assert session.get(Call, call_id).notes == "ok \U0001f600"
    for ticket in (TicketDraft(subject="s" * 201), TicketDraft(subject="s", description=MEGABYTE)):
        with pytest.raises(errors.ValidationError) as refused:
            tickets.create_ticket(any_db, ticket, "t")
        assert set(refused.value.errors.values()) == {errors.TOO_LONG}
    assert rows(any_db, Ticket) == 0
    ticket_id = tickets.create_ticket(any_db, TicketDraft(subject="\x07Leak\x00", description=WORLD), "t")
    with pytest.raises(errors.ValidationError):
        tickets.add_note(any_db, ticket_id, "t", MEGABYTE)
    with any_db.sessions() as session:
        assert session.get(Ticket, ticket_id).subject == "Leak"
    with pytest.raises(errors.ValidationError) as refused:
        add_order(any_db, OrderDraft(cid, now, "p" * 201, Decimal(10)), "t")
    assert refused.value.errors == {"product": errors.TOO_LONG} and rows(any_db, Order) == 0
    with pytest.raises(errors.ValidationError):
        save_article(any_db, "t" * 201, "", None, "t")
    assert rows(any_db, Article) == 0


def test_an_import_rejects_an_overlong_row_and_cleans_the_rest(db: Database) -> None:
    rows: list[list[Cell]] = [["N" * 201, "09121234567", ""], ["Sara\x00 Amini", "", "a\x1bb"]]
    table = SourceTable.of_rows(["Name", "Phone", "Notes"], rows, [2, 3])
    result = run_import(db, table, ["name", "phone", "notes"], ImportOptions(actor="t"))
    assert result.created == 1 and [p.row_number for p in result.problems] == [2]
    assert "longer than 200" in result.problems[0].reason
    with db.sessions() as session:
        assert session.execute(select(Customer.name, Customer.notes)).one() == ("Sara Amini", "ab")


@settings(max_examples=400, deadline=None)
@given(text=st.text())
def test_fuzz_cleaning_keeps_text_and_removes_only_controls(text: str) -> None:
    line, block = clean_line(text), clean_block(text)
    assert not has_control_characters(line) and not has_control_characters(block)
    assert "\n" not in line and "\t" not in line and len(line) <= len(text) and len(block) <= len(text)
    keep = [ch for ch in text if ch.isprintable() and not ch.isspace()]  # strip() trims the ends
    assert all(ch in block for ch in keep)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=1, max_size=260), notes=st.text(max_size=50))
def test_fuzz_a_customer_is_saved_as_cleaned_or_refused_with_codes(db: Database, name: str, notes: str) -> None:
    try:
        cid = customers.create_customer(db, CustomerDraft(name=name, notes=notes), "t")
    except errors.ValidationError as refused:
        assert set(refused.errors) <= {"name"} and set(refused.errors.values()) <= {
            errors.EMPTY, errors.TOO_LONG}  # fmt: skip
        return
    stored = customers.customer_card(db, cid).draft
    assert stored.name == clean_line(name) and stored.notes == clean_block(notes)
