"""Orders: recording what a customer bought, listing them, and a customer's lifetime value.

The DTOs live here until `app/dto.py` takes them over (it is owned by another change).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import and_, func, or_, select

from app import audit, errors
from app.auth import require
from app.db import Database
from app.dto import Page
from app.field_text import check_lengths, clean_line
from app.models import Call, Customer, Order

PAGE_SIZE = 200
MAX_AMOUNT = Decimal("999999999999.99")  # what Numeric(14, 2) can hold
OrderCursor = tuple[datetime, int]


@dataclass(slots=True)
class OrderDraft:
    customer_id: int
    ordered_at: datetime
    product: str
    amount: Decimal | int | str
    quantity: int = 1
    currency: str = "IRR"
    call_id: int | None = None


@dataclass(frozen=True, slots=True)
class OrderRow:
    id: int
    customer_id: int
    ordered_at: datetime
    product: str
    quantity: int
    amount: Decimal
    currency: str
    call_id: int | None


def _amount(value: Decimal | int | str) -> Decimal | None:
    try:
        amount = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return amount.quantize(Decimal("0.01")) if amount.is_finite() else None


def validate_order(draft: OrderDraft) -> Decimal:
    """Raise ValidationError for a bad draft; return the amount rounded to cents."""
    problems: dict[str, str] = {}
    amount = _amount(draft.amount)
    if amount is None:
        problems["amount"] = errors.NOT_AN_AMOUNT
    elif amount < 0 or amount > MAX_AMOUNT:
        problems["amount"] = errors.OUT_OF_RANGE
    if not clean_line(draft.product):
        problems["product"] = errors.EMPTY
    values = {"amount": str(draft.amount)}
    check_lengths({"product": (draft.product, Order.product)}, problems, values)
    if not 1 <= draft.quantity <= 1_000_000:
        problems["quantity"] = errors.OUT_OF_RANGE
    if len(draft.currency) != 3 or not draft.currency.isalpha() or not draft.currency.isupper():
        problems["currency"] = errors.INVALID_CHOICE
    if problems:
        raise errors.ValidationError(problems, values)
    assert amount is not None
    return amount


def add_order(db: Database, draft: OrderDraft, actor: str) -> int:
    require(db, actor, "order.edit")
    amount = validate_order(draft)
    with db.sessions.begin() as session:
        customer = session.get(Customer, draft.customer_id)
        if customer is None or customer.deleted_at is not None:
            raise errors.NotFound(draft.customer_id)
        if draft.call_id is not None and session.get(Call, draft.call_id) is None:
            raise errors.NotFound(draft.call_id)
        order = Order(
            customer_id=draft.customer_id, ordered_at=draft.ordered_at, product=clean_line(draft.product),
            quantity=draft.quantity, amount=amount, currency=draft.currency, call_id=draft.call_id,
            created_at=datetime.now(), created_by=actor,
        )  # fmt: skip
        session.add(order)
        session.flush()
        after = audit.snapshot(order)
        after["amount"] = str(amount)  # JSON has no Decimal
        audit.record(session, actor, "order", order.id, "create", None, after)
        return order.id


def list_orders(
    db: Database, customer_id: int, after: OrderCursor | None = None, limit: int = PAGE_SIZE
) -> Page[OrderRow, OrderCursor]:
    """A customer's orders, newest first, `limit` at a time (keyset on ordered_at, id)."""
    query = (
        select(
            Order.id,
            Order.customer_id,
            Order.ordered_at,
            Order.product,
            Order.quantity,
            Order.amount,
            Order.currency,
            Order.call_id,
        )  # fmt: skip
        .where(Order.customer_id == customer_id)
        .order_by(Order.ordered_at.desc(), Order.id.desc())
        .limit(limit)
    )
    if after is not None:
        query = query.where(or_(Order.ordered_at < after[0], and_(Order.ordered_at == after[0], Order.id < after[1])))
    with db.sessions() as session:
        rows = [OrderRow(*r) for r in session.execute(query)]
    return Page(rows, (rows[-1].ordered_at, rows[-1].id) if len(rows) == limit else None)


def lifetime_value(db: Database, customer_id: int, currency: str = "IRR") -> Decimal:
    """Everything the customer ever paid in `currency` (0 when nothing)."""
    with db.sessions() as session:
        total = session.scalar(
            select(func.sum(Order.amount)).where(Order.customer_id == customer_id, Order.currency == currency)
        )
    return Decimal(total or 0).quantize(Decimal("0.01"))
