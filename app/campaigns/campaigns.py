"""Creating, editing and listing campaigns, and the editable list of dispositions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import Session

from app import audit, errors
from app.auth import require
from app.campaigns.dto import CampaignDraft, CampaignRow, DispositionView
from app.campaigns.models import (
    PURPOSES,
    STATUSES,
    Campaign,
    CampaignAgent,
    CampaignDisposition,
    CampaignMember,
    Disposition,
)
from app.db import Database
from app.identity import user_id
from app.models import User

DAY_MINUTES = 24 * 60


def validate_campaign(draft: CampaignDraft) -> None:
    problems: dict[str, str] = {}
    if not draft.name.strip():
        problems["name"] = errors.EMPTY
    if draft.purpose not in PURPOSES:
        problems["purpose"] = errors.INVALID_CHOICE
    if not 1 <= draft.max_attempts <= 50:
        problems["max_attempts"] = errors.OUT_OF_RANGE
    if not 0 <= draft.calling_start < draft.calling_end <= DAY_MINUTES:
        problems["calling_hours"] = errors.OUT_OF_RANGE
    if not draft.calling_days or any(d not in "0123456" for d in draft.calling_days):
        problems["calling_days"] = errors.INVALID_CHOICE
    if draft.starts_on and draft.ends_on and draft.ends_on < draft.starts_on:
        problems["ends_on"] = errors.OUT_OF_RANGE
    if not 30 <= draft.lease_seconds <= 24 * 3600:
        problems["lease_seconds"] = errors.OUT_OF_RANGE
    if any(m < 0 or m > 60 * DAY_MINUTES for m in draft.retry_minutes.values()):
        problems["retry_minutes"] = errors.OUT_OF_RANGE
    if problems:
        raise errors.ValidationError(problems, {"name": draft.name})


def _apply(session: Session, campaign: Campaign, draft: CampaignDraft) -> None:
    for name in ("purpose", "starts_on", "ends_on", "script_id", "max_attempts", "calling_start", "calling_end",
                 "lease_seconds", "notes"):  # fmt: skip
        setattr(campaign, name, getattr(draft, name))
    campaign.name, campaign.calling_days = draft.name.strip(), "".join(sorted(set(draft.calling_days)))
    session.flush()
    session.execute(delete(CampaignAgent).where(CampaignAgent.campaign_id == campaign.id))
    for username in dict.fromkeys(a.strip() for a in draft.agents if a.strip()):
        session.add(CampaignAgent(campaign_id=campaign.id, user_id=user_id(session, username)))
    session.execute(delete(CampaignDisposition).where(CampaignDisposition.campaign_id == campaign.id))
    chosen = select(Disposition).where(Disposition.active.is_(True)).order_by(Disposition.position)
    if draft.dispositions:
        chosen = chosen.where(Disposition.code.in_(draft.dispositions))
    for disposition in session.scalars(chosen):
        session.add(CampaignDisposition(campaign_id=campaign.id, disposition_id=disposition.id,
                                        retry_minutes=draft.retry_minutes.get(disposition.code)))  # fmt: skip


def create_campaign(db: Database, draft: CampaignDraft, actor: str, now: datetime | None = None) -> int:
    require(db, actor, "campaign.manage")
    validate_campaign(draft)
    now = now or datetime.now()
    with db.sessions.begin() as session:
        campaign = Campaign(name=draft.name.strip(), status="draft", created_at=now, created_by=actor, updated_at=now,
                            updated_by=actor)  # fmt: skip
        session.add(campaign)
        _apply(session, campaign, draft)
        audit.record(session, actor, "campaign", campaign.id, "create", None, audit.snapshot(campaign))
        return campaign.id


def update_campaign(db: Database, campaign_id: int, draft: CampaignDraft, actor: str,
                    now: datetime | None = None) -> None:  # fmt: skip
    require(db, actor, "campaign.manage")
    validate_campaign(draft)
    with db.sessions.begin() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise errors.NotFound(campaign_id)
        before = audit.snapshot(campaign)
        _apply(session, campaign, draft)
        campaign.updated_at, campaign.updated_by = now or datetime.now(), actor
        audit.record(session, actor, "campaign", campaign_id, "update", before, audit.snapshot(campaign))


def set_status(db: Database, campaign_id: int, status: str, actor: str, now: datetime | None = None) -> None:
    """Start, pause or finish a campaign; pausing or finishing releases every claim."""
    require(db, actor, "campaign.manage")
    if status not in STATUSES:
        raise errors.ValidationError({"status": errors.INVALID_CHOICE})
    with db.sessions.begin() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise errors.NotFound(campaign_id)
        before = campaign.status
        campaign.status, campaign.updated_at, campaign.updated_by = status, now or datetime.now(), actor
        if status != "running":  # nobody keeps a member of a stopped campaign
            session.execute(update(CampaignMember).where(CampaignMember.campaign_id == campaign_id,
                                                         CampaignMember.claimed_by.is_not(None))
                            .values(claimed_by=None, claim_until=None))  # fmt: skip
        audit.record(session, actor, "campaign", campaign_id, "update", {"status": before}, {"status": status})


def get_draft(db: Database, campaign_id: int) -> CampaignDraft:
    with db.sessions() as session:
        c = session.get(Campaign, campaign_id)
        if c is None:
            raise errors.NotFound(campaign_id)
        agents = list(
            session.scalars(
                select(User.username)
                .join(CampaignAgent, CampaignAgent.user_id == User.id)
                .where(CampaignAgent.campaign_id == campaign_id)
                .order_by(User.username)
            )
        )
        links = session.execute(select(Disposition.code, CampaignDisposition.retry_minutes)
                                .join(CampaignDisposition, CampaignDisposition.disposition_id == Disposition.id)
                                .where(CampaignDisposition.campaign_id == campaign_id)
                                .order_by(Disposition.position)).all()  # fmt: skip
        return CampaignDraft(
            name=c.name, purpose=c.purpose, starts_on=c.starts_on, ends_on=c.ends_on, script_id=c.script_id,
            max_attempts=c.max_attempts, calling_start=c.calling_start, calling_end=c.calling_end,
            calling_days=c.calling_days, lease_seconds=c.lease_seconds, agents=agents,
            dispositions=[code for code, _m in links],
            retry_minutes={code: m for code, m in links if m is not None}, notes=c.notes,
        )  # fmt: skip


def campaign_status(db: Database, campaign_id: int) -> str:
    with db.sessions() as session:
        status = session.scalar(select(Campaign.status).where(Campaign.id == campaign_id))
    if status is None:
        raise errors.NotFound(campaign_id)
    return status


def list_campaigns(db: Database, statuses: tuple[str, ...] = STATUSES) -> list[CampaignRow]:
    """Campaigns, newest first, with their member counts (a campaign list is tens of rows, not thousands)."""
    counts = (
        select(CampaignMember.campaign_id, func.count().label("n"),
               func.sum(case((CampaignMember.status == "open", 1), else_=0)).label("open"))
        .where(CampaignMember.status != "excluded")
        .group_by(CampaignMember.campaign_id).subquery()
    )  # fmt: skip
    query = (
        select(Campaign.id, Campaign.name, Campaign.purpose, Campaign.status, Campaign.starts_on, Campaign.ends_on,
               func.coalesce(counts.c.n, 0), func.coalesce(counts.c.open, 0))
        .outerjoin(counts, counts.c.campaign_id == Campaign.id)
        .where(Campaign.status.in_(statuses)).order_by(Campaign.id.desc())
    )  # fmt: skip
    with db.sessions() as session:
        return [CampaignRow(*row[:6], int(row[6]), int(row[7])) for row in session.execute(query)]


def _view(d: Disposition, retry: int | None = None) -> DispositionView:
    return DispositionView(d.id, d.code, d.label, d.label_fa, d.label_ar, d.contact_made, d.success, d.do_not_call,
                           d.callback, d.final, d.retry_minutes if retry is None else retry, d.shortcut)  # fmt: skip


def list_dispositions(db: Database, campaign_id: int | None = None) -> list[DispositionView]:
    """Every active disposition, or those a campaign uses with its own retry delays."""
    with db.sessions() as session:
        if campaign_id is None:
            query = select(Disposition).where(Disposition.active.is_(True)).order_by(Disposition.position)
            return [_view(d) for d in session.scalars(query)]
        linked = (select(Disposition, CampaignDisposition.retry_minutes)
                  .join(CampaignDisposition, CampaignDisposition.disposition_id == Disposition.id)
                  .where(CampaignDisposition.campaign_id == campaign_id).order_by(Disposition.position))  # fmt: skip
        return [_view(d, retry) for d, retry in session.execute(linked)]


def save_disposition(db: Database, view: DispositionView, actor: str) -> int:
    """Add (id 0) or change a disposition of the editable list."""
    require(db, actor, "campaign.manage")
    if not view.code.strip():
        raise errors.ValidationError({"code": errors.EMPTY})
    with db.sessions.begin() as session:
        row = session.get(Disposition, view.id) if view.id else None
        if row is None:
            position = (session.scalar(select(func.max(Disposition.position))) or 0) + 1
            row = Disposition(position=position)
            session.add(row)
        for name in ("label", "label_fa", "label_ar", "contact_made", "success", "do_not_call", "callback", "final",
                     "retry_minutes", "shortcut"):  # fmt: skip
            setattr(row, name, getattr(view, name))
        row.code = view.code.strip().upper().replace(" ", "_")
        session.flush()
        audit.record(session, actor, "disposition", row.id, "update", None, audit.snapshot(row))
        return row.id
