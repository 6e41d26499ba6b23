"""Working the list: "Next call" hands each agent one member at a time, under a claim that expires.

The claim is taken inside one write transaction: on SQLite that is `BEGIN IMMEDIATE` (one writer at a
time, so two windows or two processes can never pick the same row); on PostgreSQL the candidate row is
read with `FOR UPDATE SKIP LOCKED`, so seats claiming at once each lock a different member. A claim
whose lease has run out (the agent's window crashed) is free again for anyone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, text
from sqlalchemy.orm import Session

from app import errors
from app.auth import require
from app.campaigns.consent import check_dialable, number_listed
from app.campaigns.dto import NextCall
from app.campaigns.models import Campaign, CampaignAgent, CampaignMember
from app.db import Database
from app.identity import user_id
from app.models import Call, Customer, Order, User

# Literal SQL, so SQLite proves the query implies the partial index ix_campaign_members_next.
OPEN_MEMBER = text("campaign_members.status = 'open'")
OUTSIDE_HOURS = "outside_hours"
NOT_RUNNING = "not_running"
NOT_ASSIGNED = "not_assigned"
CLAIMED_ELSEWHERE = "claimed_elsewhere"


class NotNow(errors.ValidationError):
    """The member cannot be called now (outside calling hours, campaign not running, another agent's)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__({"campaign": reason})


def within_hours(campaign: Campaign, now: datetime) -> bool:
    """Whether `now` (office clock) is inside the campaign's calling hours, days and dates."""
    minute = now.hour * 60 + now.minute
    if str(now.weekday()) not in campaign.calling_days or not campaign.calling_start <= minute < campaign.calling_end:
        return False
    if campaign.starts_on is not None and now.date() < campaign.starts_on:
        return False
    return campaign.ends_on is None or now.date() <= campaign.ends_on


def blocker(session: Session, campaign: Campaign, me: int, now: datetime) -> str | None:
    """Why the agent may not call from this campaign now (None: they may)."""
    if campaign.status != "running":
        return NOT_RUNNING
    if not within_hours(campaign, now):
        return OUTSIDE_HOURS
    agents = set(session.scalars(select(CampaignAgent.user_id).where(CampaignAgent.campaign_id == campaign.id)))
    return NOT_ASSIGNED if agents and me not in agents else None


def _callable() -> ColumnElement[bool]:
    return and_(OPEN_MEMBER, Customer.deleted_at.is_(None), Customer.do_not_call.is_(False),
                ~number_listed(CampaignMember.phone))  # fmt: skip


def _free(now: datetime) -> ColumnElement[bool]:
    return or_(CampaignMember.claimed_by.is_(None), CampaignMember.claim_until <= now)


def _candidates(campaign_id: int) -> Select:
    return (
        select(CampaignMember)
        .join(Customer, Customer.id == CampaignMember.customer_id)
        .where(CampaignMember.campaign_id == campaign_id, _callable())
        .limit(1)
        .with_for_update(skip_locked=True, of=CampaignMember)
    )


def _pick(session: Session, campaign_id: int, me: int, now: datetime) -> CampaignMember | None:
    mine = _candidates(campaign_id).where(CampaignMember.claimed_by == me, CampaignMember.claim_until > now)
    member = session.scalar(mine)
    if member is None:  # a callback I promised, now due
        callbacks = _candidates(campaign_id).where(
            CampaignMember.callback_agent_id == me, CampaignMember.due_at <= now, _free(now)
        )
        member = session.scalar(callbacks.order_by(CampaignMember.due_at, CampaignMember.id))
    if member is None:  # the pool: most urgent priority first, then whoever has waited longest
        pool = _candidates(campaign_id).where(
            CampaignMember.due_at <= now, CampaignMember.callback_agent_id.is_(None), _free(now)
        )
        member = session.scalar(pool.order_by(CampaignMember.priority, CampaignMember.due_at, CampaignMember.id))
    return member


def next_call(db: Database, campaign_id: int, agent: str, now: datetime | None = None) -> NextCall | None:
    """Claim the agent's next member (their live claim, a due callback of theirs, or the pool's first).

    None when there is nobody to call now; `why_none` says why.
    """
    require(db, agent, "campaign.work")
    now = now or datetime.now()
    with db.sessions.begin() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise errors.NotFound(campaign_id)
        me = user_id(session, agent)
        if blocker(session, campaign, me, now) is not None:
            return None
        member = _pick(session, campaign_id, me, now)
        if member is None:
            return None
        member.claimed_by, member.claim_until = me, now + timedelta(seconds=campaign.lease_seconds)
    with db.sessions() as session:  # the card's figures are read after the commit: the write lock is held briefly
        return _summary(session, member)


def why_none(db: Database, campaign_id: int, agent: str, now: datetime | None = None) -> str:
    """Why Next call has nobody: a blocker code, "waiting" (members due later) or "finished"."""
    now = now or datetime.now()
    with db.sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise errors.NotFound(campaign_id)
        me = session.scalar(select(User.id).where(User.username == agent)) or -1
        reason = blocker(session, campaign, me, now)
        if reason is not None:
            return reason
        waiting = session.scalar(
            select(func.count()).select_from(CampaignMember).join(Customer, Customer.id == CampaignMember.customer_id)
            .where(CampaignMember.campaign_id == campaign_id, _callable())
        )  # fmt: skip
        return "waiting" if waiting else "finished"


def _summary(session: Session, member: CampaignMember) -> NextCall:
    customer = session.get(Customer, member.customer_id)
    assert customer is not None
    orders, revenue = session.execute(
        select(func.count(Order.id), func.coalesce(func.sum(Order.amount), 0)).where(Order.customer_id == customer.id)
    ).one()
    last_call = session.scalar(select(func.max(Call.started_at)).where(Call.customer_id == customer.id))
    assert member.claim_until is not None
    return NextCall(
        member.id, member.campaign_id, customer.id, customer.name, customer.company, customer.city, customer.tags,
        customer.status, member.phone, member.attempts, member.outcome, member.callback_at, member.claim_until,
        int(orders), revenue, last_call,
    )  # fmt: skip


def release(db: Database, member_id: int, agent: str) -> None:
    """Give a claimed member back to the pool (the agent skipped it or closed the view)."""
    require(db, agent, "campaign.work")
    with db.sessions.begin() as session:
        member = session.get(CampaignMember, member_id)
        if member is not None and member.claimed_by == user_id(session, agent):
            member.claimed_by, member.claim_until = None, None


def hold(session: Session, member_id: int, agent: str, now: datetime) -> tuple[CampaignMember, Campaign, int]:
    """The member, their campaign and the agent's id, checked: consent, calling hours, not another's claim."""
    member = session.get(CampaignMember, member_id)
    if member is None:
        raise errors.NotFound(member_id)
    check_dialable(session, member_id)
    campaign = session.get(Campaign, member.campaign_id)
    assert campaign is not None
    me = user_id(session, agent)
    reason = blocker(session, campaign, me, now)
    if reason is not None:
        raise NotNow(reason)
    if member.claimed_by not in (None, me) and member.claim_until is not None and member.claim_until > now:
        raise NotNow(CLAIMED_ELSEWHERE)
    return member, campaign, me


def dial(db: Database, member_id: int, agent: str, now: datetime | None = None) -> str:
    """The number to dial for a member (normalized); refuses do-not-call and out-of-hours, renews the claim."""
    require(db, agent, "campaign.work")
    now = now or datetime.now()
    with db.sessions.begin() as session:
        member, campaign, me = hold(session, member_id, agent, now)
        member.claimed_by, member.claim_until = me, now + timedelta(seconds=campaign.lease_seconds)
        return member.phone
