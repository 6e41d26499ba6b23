"""Consent, enforced: who may be called at all, the office's do-not-call numbers, and marking someone DNC.

Every path that lists, offers or dials a member goes through `callable_member` (a SQL condition) or
`check_dialable`, so the CLI and any future screen obey the same rule as the Next call view.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, delete, exists, select, update
from sqlalchemy.orm import Session

from app import audit, errors
from app.auth import require
from app.campaigns.dto import EXCLUDED_CAMPAIGN_DNC, EXCLUDED_DNC
from app.campaigns.models import Campaign, CampaignMember, DncNumber
from app.db import Database
from app.models import Customer
from app.phones import PhoneRules, lookup_key


class ConsentRefused(errors.ValidationError):
    """The member may not be called (do-not-call customer, campaign or number); nothing was dialled."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__({"consent": reason})


def number_listed(number: ColumnElement[str] | str) -> ColumnElement[bool]:
    return exists().where(DncNumber.number == number)


def callable_member() -> ColumnElement[bool]:
    """Members that may be offered and dialled: open, customer live and not do-not-call, number not listed.

    Needs `Customer` joined on the member's customer.
    """
    return and_(
        CampaignMember.status == "open",
        Customer.deleted_at.is_(None),
        Customer.do_not_call.is_(False),
        ~number_listed(CampaignMember.phone),
    )


def refusal(session: Session, member_id: int) -> str | None:
    """Why the member may not be dialled now (None: they may)."""
    row = session.execute(
        select(CampaignMember.status, CampaignMember.reason, CampaignMember.phone, Customer.do_not_call,
               Customer.deleted_at)
        .join(Customer, Customer.id == CampaignMember.customer_id)
        .where(CampaignMember.id == member_id)
    ).one_or_none()  # fmt: skip
    if row is None or row.deleted_at is not None:
        raise errors.NotFound(member_id)
    if row.do_not_call:
        return EXCLUDED_DNC
    if row.status == "excluded":
        return row.reason or EXCLUDED_CAMPAIGN_DNC
    if session.scalar(select(number_listed(row.phone))):
        return "dnc_number"
    if row.status != "open":
        return "member_done"
    return None


def check_dialable(session: Session, member_id: int) -> None:
    reason = refusal(session, member_id)
    if reason is not None:
        raise ConsentRefused(reason)


def mark_customer_dnc(session: Session, customer_id: int, actor: str, now: datetime, note: str = "") -> int:
    """Mark the customer do-not-call at once and take them out of every running or paused campaign.

    Returns how many campaign members were taken out.
    """
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise errors.NotFound(customer_id)
    if not customer.do_not_call:
        before = {"do_not_call": False, "consent_note": customer.consent_note}
        customer.do_not_call, customer.consent_changed_at = True, now
        customer.consent_note = (note or "Asked not to be called (campaign)")[:400]
        customer.updated_at, customer.updated_by = now, actor
        after = {"do_not_call": True, "consent_note": customer.consent_note}
        audit.record(session, actor, "customer", customer_id, "update", before, after)
    live = select(Campaign.id).where(Campaign.status.in_(("running", "paused", "draft")))
    result = session.execute(
        update(CampaignMember)
        .where(CampaignMember.customer_id == customer_id, CampaignMember.status == "open",
               CampaignMember.campaign_id.in_(live))
        .values(status="excluded", reason=EXCLUDED_DNC, claimed_by=None, claim_until=None)
    )  # fmt: skip
    return int(result.rowcount or 0)


def exclude_member(db: Database, member_id: int, actor: str, reason: str = EXCLUDED_CAMPAIGN_DNC) -> None:
    """Take one member out of their campaign (asked not to be called for it).

    The agent on the call may: the customer's word on consent is honoured by whoever hears it."""
    require(db, actor, "campaign.work")
    with db.sessions.begin() as session:
        member = session.get(CampaignMember, member_id)
        if member is None:
            raise errors.NotFound(member_id)
        member.status, member.reason, member.claimed_by, member.claim_until = "excluded", reason, None, None
        audit.record(
            session, actor, "campaign_member", member_id, "update", None, {"status": "excluded", "reason": reason}
        )


def set_customer_dnc(db: Database, customer_id: int, actor: str, now: datetime | None = None, note: str = "") -> int:
    require(db, actor, "campaign.work")  # whoever takes the call honours the customer's wish: agents too
    with db.sessions.begin() as session:
        return mark_customer_dnc(session, customer_id, actor, now or datetime.now(), note)


def add_dnc_number(db: Database, raw: str, actor: str, note: str = "", now: datetime | None = None,
                   rules: PhoneRules | None = None) -> str:  # fmt: skip
    """Put a number on the office's do-not-call list; returns it normalized."""
    require(db, actor, "campaign.manage")
    number = lookup_key(raw, rules or PhoneRules())
    if not number:
        raise errors.ValidationError({"number": errors.NOT_A_NUMBER}, {"number": raw})
    with db.sessions.begin() as session:
        if session.scalar(select(DncNumber.id).where(DncNumber.number == number)) is None:
            session.add(DncNumber(number=number, note=note[:400], added_at=now or datetime.now(), added_by=actor))
            audit.record(session, actor, "dnc_number", 0, "create", None, {"number": number, "note": note})
    return number


def remove_dnc_number(db: Database, raw: str, actor: str, rules: PhoneRules | None = None) -> bool:
    require(db, actor, "campaign.manage")
    number = lookup_key(raw, rules or PhoneRules()) or raw
    with db.sessions.begin() as session:
        gone = session.execute(delete(DncNumber).where(DncNumber.number == number)).rowcount
        if gone:
            audit.record(session, actor, "dnc_number", 0, "delete", {"number": number}, None)
    return bool(gone)


def dnc_numbers(db: Database) -> list[str]:
    with db.sessions() as session:
        return list(session.scalars(select(DncNumber.number).order_by(DncNumber.number)))
