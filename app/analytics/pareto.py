"""Pareto / ABC: customers ranked by value with their cumulative share of the total.

Class A holds the customers who together make the first 80% of value (the one crossing the line
included), B up to 95%, C the rest; customers without orders in the period are not ranked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Float, Select, case, cast, func, select

from app.db import Database
from app.models import Customer, Order


@dataclass(frozen=True, slots=True)
class AbcRow:
    customer_id: int
    name: str
    value: Decimal
    rank: int
    cumulative_share: float  # of total value, including this customer
    abc: str


@dataclass(frozen=True, slots=True)
class ParetoSummary:
    customers: int  # customers with value in the period
    total: Decimal
    top_customer_share: float  # e.g. 0.2
    top_customers: int  # how many customers that share is
    top_value_share: float  # "20% of customers give X% of value": X as a fraction
    classes: dict[str, tuple[int, Decimal]]  # A/B/C -> (customers, value)


def _ranked(date_from: datetime, date_to: datetime, currency: str, a_cut: float, b_cut: float) -> Select:
    per_customer = (
        select(Order.customer_id.label("cid"), func.sum(Order.amount).label("value"))
        .join(Customer, Customer.id == Order.customer_id)
        .where(Order.ordered_at >= date_from, Order.ordered_at < date_to, Order.currency == currency)
        .where(Customer.deleted_at.is_(None))
        .group_by(Order.customer_id)
        .having(func.sum(Order.amount) > 0)
        .subquery()
    )
    order = (per_customer.c.value.desc(), per_customer.c.cid)
    running = func.sum(per_customer.c.value).over(order_by=order, rows=(None, 0))
    before = running - per_customer.c.value  # value of everyone ranked above
    total = func.sum(per_customer.c.value).over()
    return select(
        per_customer.c.cid, per_customer.c.value, func.row_number().over(order_by=order).label("rank"),
        (cast(running, Float) / cast(total, Float)).label("share"),
        case((before < total * a_cut, "A"), (before < total * b_cut, "B"), else_="C").label("abc"),
    )  # fmt: skip


def abc_table(
    db: Database, date_from: datetime, date_to: datetime, currency: str = "IRR",
    a_cut: float = 0.8, b_cut: float = 0.95, limit: int | None = None,
) -> list[AbcRow]:  # fmt: skip
    """Customers by value, highest first, with rank, cumulative share and class."""
    ranked = _ranked(date_from, date_to, currency, a_cut, b_cut).subquery()
    query = (
        select(ranked.c.cid, Customer.name, ranked.c.value, ranked.c.rank, ranked.c.share, ranked.c.abc)
        .join(Customer, Customer.id == ranked.c.cid)
        .order_by(ranked.c.rank)
    )
    if limit is not None:
        query = query.limit(limit)
    with db.sessions() as session:
        return [AbcRow(r[0], r[1], Decimal(r[2]), int(r[3]), float(r[4]), r[5]) for r in session.execute(query)]


def pareto_summary(
    db: Database, date_from: datetime, date_to: datetime, currency: str = "IRR",
    top_share: float = 0.2, a_cut: float = 0.8, b_cut: float = 0.95,
) -> ParetoSummary:  # fmt: skip
    """The numbers behind "20% of customers give X% of value" and the A/B/C class sizes."""
    ranked = _ranked(date_from, date_to, currency, a_cut, b_cut).subquery()
    classes: dict[str, tuple[int, Decimal]] = {"A": (0, Decimal(0)), "B": (0, Decimal(0)), "C": (0, Decimal(0))}
    with db.sessions() as session:
        for abc, n, value in session.execute(
            select(ranked.c.abc, func.count(), func.sum(ranked.c.value)).group_by(ranked.c.abc)
        ):
            classes[abc] = (int(n), Decimal(value))
        customers = sum(n for n, _v in classes.values())
        top = math.ceil(customers * top_share - 1e-9)
        top_value = session.scalar(select(func.sum(ranked.c.value)).where(ranked.c.rank <= top)) if top else 0
    total = sum((v for _n, v in classes.values()), Decimal(0))
    share = float(Decimal(top_value or 0) / total) if total else 0.0
    return ParetoSummary(customers, total, top_share, top, share, classes)
