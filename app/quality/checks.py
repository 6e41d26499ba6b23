"""Each data-quality check is one WHERE clause over live customers: counted here, listed by the screens.

Counts are SQL aggregates (no Python loops over rows). "Duplicate groups" counts exact groups (same
phone or same e-mail); the Find duplicates screen adds the near-name groups.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select

from app.db import Database
from app.models import Call, Customer, Phone

CHECKS = ("no_phone", "invalid_email", "invalid_phone", "duplicates", "no_consent", "never_contacted")


@dataclass(frozen=True, slots=True)
class QualityCount:
    check: str
    customers: int


def condition(check: str) -> ColumnElement[bool]:
    """The customers a check finds (live ones only)."""
    has_phone = exists().where(Phone.customer_id == Customer.id)
    if check == "no_phone":
        where = not_(has_phone)
    elif check == "invalid_email":
        # What customer_rules.EMAIL accepts, in LIKE terms: something@something.xx, no spaces.
        where = and_(Customer.email != "", or_(not_(Customer.email.like("%_@_%._%")), Customer.email.like("% %"),
                                               Customer.email.like("%@%@%")))  # fmt: skip
    elif check == "invalid_phone":
        # normalize_phone stores E.164 ("+...") for numbers valid in their region, bare digits otherwise.
        where = exists().where(Phone.customer_id == Customer.id, not_(Phone.number.like("+%")))
    elif check == "duplicates":
        other_phone = Phone.__table__.alias("other_phone")
        same_phone = (
            select(1).select_from(Phone.__table__.join(other_phone, other_phone.c.number == Phone.number))
            .where(Phone.customer_id == Customer.id, other_phone.c.customer_id != Customer.id)
            .exists()
        )  # fmt: skip
        other = Customer.__table__.alias("other")
        same_email = (
            select(1).where(other.c.email == Customer.email, other.c.id != Customer.id, other.c.deleted_at.is_(None))
            .exists()
        )  # fmt: skip
        where = or_(same_phone, and_(Customer.email != "", same_email))
    elif check == "no_consent":
        where = Customer.consent_changed_at.is_(None)
    elif check == "never_contacted":
        where = not_(exists().where(Call.customer_id == Customer.id))
    else:
        raise ValueError(f"unknown check {check!r}; choose one of {', '.join(CHECKS)}")
    return and_(Customer.deleted_at.is_(None), where)


def quality_counts(db: Database) -> list[QualityCount]:
    with db.sessions() as session:
        return [
            QualityCount(check, session.scalar(select(func.count(Customer.id)).where(condition(check))) or 0)
            for check in CHECKS
        ]


def customers_of(db: Database, check: str, after_id: int = 0, limit: int = 200) -> list[tuple[int, str, str]]:
    """One page (keyset by id) of the customers a check finds: id, name, first phone."""
    first_phone = (
        select(Phone.number).where(Phone.customer_id == Customer.id).order_by(Phone.position).limit(1)
    ).scalar_subquery()
    query = (
        select(Customer.id, Customer.name, first_phone)
        .where(condition(check), Customer.id > after_id)
        .order_by(Customer.id)
        .limit(limit)
    )
    with db.sessions() as session:
        return [(i, n, p or "") for i, n, p in session.execute(query)]
