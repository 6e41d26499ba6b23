"""Creating, editing, deleting (softly, so it can be undone) and reading one customer."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.auth import require
from app.db import Database
from app.dto import CustomerCard, CustomerDraft, PhoneDraft, PhoneView
from app.errors import NotFound
from app.models import Call, Customer, Phone
from app.phones import NormalizedPhone, PhoneRules, display_phone
from app.services.customer_rules import clean, search_key, sort_key, validate

DRAFT_FIELDS = (
    "name", "kind", "company", "email", "address", "city", "status", "tags", "source",
    "do_not_call", "do_not_sms", "do_not_email", "notes", "language",
)  # fmt: skip
LANGUAGES = ("", "en", "fa", "ar")  # a customer's language for messages; "" follows the program's


def _cleaned(draft: CustomerDraft) -> CustomerDraft:
    """customer_rules.clean, keeping the language (one of LANGUAGES; anything else means the program's)."""
    return replace(clean(draft), language=draft.language if draft.language in LANGUAGES else "")


def _phones_snapshot(customer: Customer) -> list[dict[str, str]]:
    return [{"number": p.number, "raw": p.raw, "kind": p.kind} for p in customer.phones]


def _apply(customer: Customer, draft: CustomerDraft, phones: list[NormalizedPhone], rules: PhoneRules) -> None:
    for name in DRAFT_FIELDS:
        setattr(customer, name, getattr(draft, name))
    kinds = [p.kind for p in draft.phones]
    customer.phones = [
        Phone(number=p.number, raw=p.raw.strip(), kind=kind, position=i)
        for i, (p, kind) in enumerate(zip(phones, kinds, strict=True))
    ]
    customer.search_key = search_key(draft, [p.number for p in phones], rules)
    customer.sort_key = sort_key(draft.name)


def _live(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise NotFound(customer_id)
    return customer


def create_customer(db: Database, draft: CustomerDraft, actor: str, rules: PhoneRules | None = None) -> int:
    require(db, actor, "customer.edit")
    rules = rules or PhoneRules()
    draft = _cleaned(draft)
    phones = validate(draft, rules)
    now = datetime.now()
    with db.sessions.begin() as session:
        customer = Customer(created_at=now, created_by=actor, updated_at=now, updated_by=actor)
        _apply(customer, draft, phones, rules)
        session.add(customer)
        session.flush()
        audit.record(session, actor, "customer", customer.id, "create", None,
                     audit.snapshot(customer, {"phones": _phones_snapshot(customer)}))  # fmt: skip
        return customer.id


def update_customer(
    db: Database, customer_id: int, draft: CustomerDraft, actor: str, rules: PhoneRules | None = None
) -> None:
    require(db, actor, "customer.edit")
    rules = rules or PhoneRules()
    draft = _cleaned(draft)
    phones = validate(draft, rules)
    with db.sessions.begin() as session:
        customer = _live(session, customer_id)
        before = audit.snapshot(customer, {"phones": _phones_snapshot(customer)})
        _apply(customer, draft, phones, rules)
        customer.updated_at = datetime.now()
        customer.updated_by = actor
        session.flush()
        audit.record(session, actor, "customer", customer_id, "update", before,
                     audit.snapshot(customer, {"phones": _phones_snapshot(customer)}))  # fmt: skip


def delete_customer(db: Database, customer_id: int, actor: str) -> None:
    """Hide the customer (calls and phones stay) so that `restore_customer` can undo it."""
    require(db, actor, "customer.delete")
    with db.sessions.begin() as session:
        customer = _live(session, customer_id)
        before = audit.snapshot(customer)
        customer.deleted_at = datetime.now()
        customer.deleted_by = actor
        audit.record(session, actor, "customer", customer_id, "delete", before, None)


def restore_customer(db: Database, customer_id: int, actor: str) -> None:
    require(db, actor, "customer.delete")
    with db.sessions.begin() as session:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted_at is None:
            raise NotFound(customer_id)
        customer.deleted_at = None
        customer.deleted_by = ""
        customer.updated_at = datetime.now()
        customer.updated_by = actor
        session.flush()
        audit.record(session, actor, "customer", customer_id, "restore", None, audit.snapshot(customer))


def add_phone(db: Database, customer_id: int, raw: str, actor: str, rules: PhoneRules | None = None) -> None:
    """Add a number to a customer (e.g. when attaching an unknown caller), unless it is already theirs."""
    card = customer_card(db, customer_id, rules)
    draft = card.draft
    draft.phones = [PhoneDraft(p.raw, p.kind) for p in card.phones] + [PhoneDraft(raw)]
    update_customer(db, customer_id, draft, actor, rules)


def customer_card(db: Database, customer_id: int, rules: PhoneRules | None = None) -> CustomerCard:
    rules = rules or PhoneRules()
    with db.sessions() as session:
        customer = _live(session, customer_id)
        draft = CustomerDraft(**{name: getattr(customer, name) for name in DRAFT_FIELDS})
        draft.phones = [PhoneDraft(p.raw, p.kind) for p in customer.phones]
        phones = [PhoneView(p.id, p.number, p.raw, p.kind, display_phone(p.number, rules)) for p in customer.phones]
        count, last = session.execute(
            select(func.count(Call.id), func.max(Call.started_at)).where(Call.customer_id == customer_id)
        ).one()
        return CustomerCard(
            customer.id, draft, phones, count, last,
            customer.created_at, customer.created_by, customer.updated_at, customer.updated_by,
        )  # fmt: skip


def shared_phones(
    db: Database, draft: CustomerDraft, rules: PhoneRules | None = None, customer_id: int | None = None
) -> list[tuple[str, int, str]]:
    """(number as typed, customer id, name) for each of the draft's phones another live customer already has.

    Saving such a draft is allowed (an office's shared number) but never silently: the form asks first.
    """
    rules = rules or PhoneRules()
    typed = {p.number: p.raw for p in validate(clean(draft), rules)}
    if not typed:
        return []
    query = (
        select(Phone.number, Customer.id, Customer.name)
        .join(Customer, Customer.id == Phone.customer_id)
        .where(Phone.number.in_(list(typed)), Customer.deleted_at.is_(None))
        .order_by(Customer.id)
    )
    if customer_id is not None:
        query = query.where(Customer.id != customer_id)
    with db.sessions() as session:
        return [(typed[number], owner, name) for number, owner, name in session.execute(query)]
