"""Recording an attempt: the call, the disposition's rules (retry, callback, final, do-not-call), a sale's
order and the script's answers, all in one write transaction."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, errors
from app.auth import require
from app.campaigns import scripts
from app.campaigns.consent import mark_customer_dnc
from app.campaigns.dto import EXCLUDED_DNC, AttemptDraft
from app.campaigns.models import Campaign, CampaignAttempt, CampaignDisposition, CampaignMember, Disposition
from app.campaigns.queue import CLAIMED_ELSEWHERE, NotNow, within_hours
from app.db import Database
from app.identity import user_id
from app.models import Call, Order
from app.services.orders import OrderDraft, validate_order

CALLBACK_GRACE = timedelta(minutes=15)  # a callback made this long after the promised time still counts as kept


def _disposition(session: Session, campaign_id: int, code: str) -> tuple[Disposition, int]:
    row = session.execute(
        select(Disposition, CampaignDisposition.retry_minutes)
        .join(CampaignDisposition, CampaignDisposition.disposition_id == Disposition.id)
        .where(CampaignDisposition.campaign_id == campaign_id, Disposition.code == code)
    ).one_or_none()  # fmt: skip
    if row is None:
        raise errors.ValidationError({"disposition": errors.INVALID_CHOICE}, {"disposition": code})
    disposition, retry = row
    return disposition, disposition.retry_minutes if retry is None else retry


def _call(session: Session, member: CampaignMember, draft: AttemptDraft, d: Disposition, me: int, actor: str,
          now: datetime) -> Call:  # fmt: skip
    status = "answered" if d.contact_made else ("busy" if d.code == "BUSY" else "no-answer")
    talk = max(0, min(draft.talk_seconds, 24 * 3600)) if d.contact_made else 0
    started = now - timedelta(seconds=talk)
    call = Call(
        direction="out", number=member.phone, customer_id=member.customer_id, started_at=started,
        answered_at=started if d.contact_made else None, ended_at=now, talk_seconds=talk, status=status,
        agent_id=me, outcome=d.label or d.code, notes=draft.notes.strip(), source=draft.dialled,
        created_at=now, created_by=actor, updated_at=now, updated_by=actor,
    )  # fmt: skip
    session.add(call)
    session.flush()
    return call


def _order(session: Session, draft: AttemptDraft, member: CampaignMember, call: Call, actor: str,
           now: datetime) -> Order | None:  # fmt: skip
    if draft.sale is None:
        return None
    sale = draft.sale
    order_draft = OrderDraft(member.customer_id, now, sale.product, sale.amount, sale.quantity, sale.currency, call.id)
    amount = validate_order(order_draft)
    order = Order(customer_id=member.customer_id, ordered_at=now, product=sale.product.strip(),
                  quantity=sale.quantity, amount=amount, currency=sale.currency, call_id=call.id, created_at=now,
                  created_by=actor)  # fmt: skip
    session.add(order)
    session.flush()
    audit.record(session, actor, "order", order.id, "create", None, {**audit.snapshot(order), "amount": str(amount)})
    return order


def _check(session: Session, member: CampaignMember, campaign: Campaign, draft: AttemptDraft, d: Disposition,
           me: int, now: datetime) -> None:  # fmt: skip
    if member.claimed_by not in (None, me) and member.claim_until is not None and member.claim_until > now:
        raise NotNow(CLAIMED_ELSEWHERE)
    if d.callback and (draft.callback_at is None or draft.callback_at <= now or
                       not within_hours(campaign, draft.callback_at)):  # fmt: skip
        raise errors.ValidationError({"callback_at": errors.OUT_OF_RANGE})
    if d.success and draft.sale is None and campaign.purpose == "sales":
        raise errors.ValidationError({"sale": errors.EMPTY})


def record_attempt(db: Database, draft: AttemptDraft, agent: str, now: datetime | None = None) -> int:
    """Record how a call to a member ended and apply the disposition's rules; returns the attempt's id.

    A member taken out meanwhile (marked do-not-call elsewhere) keeps that status: the call that
    happened is recorded, but nothing brings the member back into the list. A do-not-call disposition marks
    the customer under the agent's own campaign.work: consent is honoured whoever takes the call.
    """
    require(db, agent, "campaign.work")
    now = now or datetime.now()
    with db.sessions.begin() as session:
        member = session.get(CampaignMember, draft.member_id)
        if member is None:
            raise errors.NotFound(draft.member_id)
        campaign = session.get(Campaign, member.campaign_id)
        assert campaign is not None
        me = user_id(session, agent)
        d, retry_minutes = _disposition(session, campaign.id, draft.disposition)
        _check(session, member, campaign, draft, d, me, now)
        call = _call(session, member, draft, d, me, agent, now)
        order = _order(session, draft, member, call, agent, now) if d.success else None
        kept = None if member.callback_at is None else now <= member.callback_at + CALLBACK_GRACE
        attempt = CampaignAttempt(
            campaign_id=campaign.id, member_id=member.id, agent_id=me, at=now, disposition_id=d.id,
            dialled=draft.dialled, call_id=call.id, order_id=order.id if order else None,
            amount=order.amount if order else None, callback_at=draft.callback_at if d.callback else None,
            kept_callback=kept, notes=draft.notes.strip(),
        )  # fmt: skip
        session.add(attempt)
        session.flush()
        if campaign.script_id is not None and draft.answers:
            script = scripts.load_script(session, campaign.script_id)
            measure = scripts.save_answers(session, script, member.id, attempt.id, draft.answers, now)
            call.satisfaction = int(measure) if measure is not None else None
        _apply_rules(session, member, campaign, d, retry_minutes, draft, me, agent, now)
        return attempt.id


def _apply_rules(session: Session, member: CampaignMember, campaign: Campaign, d: Disposition, retry_minutes: int,
                 draft: AttemptDraft, me: int, agent: str, now: datetime) -> None:  # fmt: skip
    member.attempts += 1
    member.last_attempt_at, member.outcome, member.agent_id = now, d.code, me
    member.claimed_by = member.claim_until = member.callback_agent_id = member.callback_at = None
    if member.status != "open":
        return
    if d.do_not_call:
        member.status, member.reason = "done", EXCLUDED_DNC
        session.flush()
        mark_customer_dnc(session, member.customer_id, agent, now, draft.notes.strip())
    elif d.final:
        member.status, member.reason = "done", "final"
    elif d.callback:
        assert draft.callback_at is not None
        member.due_at, member.callback_at, member.callback_agent_id = draft.callback_at, draft.callback_at, me
    elif member.attempts >= campaign.max_attempts:
        member.status, member.reason = "done", "max_attempts"
    else:
        member.due_at = now + timedelta(minutes=retry_minutes)
