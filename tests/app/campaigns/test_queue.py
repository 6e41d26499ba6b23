"""Next call: callbacks come back to the promising agent at the promised time, retries stop at the limit,
nobody is offered outside calling hours, and an abandoned claim returns to the pool."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app import errors
from app.campaigns import queue
from app.campaigns.attempts import record_attempt
from app.campaigns.dto import AttemptDraft, TargetFilter
from app.campaigns.models import CampaignMember
from app.db import Database
from tests.app.campaigns.conftest import MONDAY_10, running_campaign


def test_callback_returns_to_that_agent_at_that_time(db: Database, five: list[int]) -> None:
    campaign_id = running_campaign(db, TargetFilter(customer_ids=five[:2]))
    call = queue.next_call(db, campaign_id, "sara", now=MONDAY_10)
    assert call is not None
    at = MONDAY_10 + timedelta(hours=3)
    record_attempt(db, AttemptDraft(call.member_id, "CALLBACK", callback_at=at), "sara", now=MONDAY_10)
    other = queue.next_call(db, campaign_id, "reza", now=MONDAY_10)
    assert other is not None and other.member_id != call.member_id
    record_attempt(db, AttemptDraft(other.member_id, "NOT_INTERESTED"), "reza", now=MONDAY_10)
    assert queue.next_call(db, campaign_id, "sara", now=at - timedelta(minutes=1)) is None
    assert queue.why_none(db, campaign_id, "sara", now=at - timedelta(minutes=1)) == "waiting"
    assert queue.next_call(db, campaign_id, "reza", now=at + timedelta(minutes=5)) is None  # not reza's
    back = queue.next_call(db, campaign_id, "sara", now=at)
    assert back is not None and back.member_id == call.member_id and back.callback_at == at
    record_attempt(db, AttemptDraft(back.member_id, "NOT_INTERESTED"), "sara", now=at + timedelta(minutes=2))
    assert queue.why_none(db, campaign_id, "sara", now=at + timedelta(minutes=3)) == "finished"


def test_callback_goes_before_the_pool_and_must_be_in_calling_hours(db: Database, five: list[int]) -> None:
    campaign_id = running_campaign(db, calling_start=9 * 60, calling_end=18 * 60)
    first = queue.next_call(db, campaign_id, "sara", now=MONDAY_10)
    assert first is not None
    evening = MONDAY_10.replace(hour=19)
    with pytest.raises(errors.ValidationError):
        record_attempt(db, AttemptDraft(first.member_id, "CALLBACK", callback_at=evening), "sara", now=MONDAY_10)
    soon = MONDAY_10 + timedelta(minutes=30)
    record_attempt(db, AttemptDraft(first.member_id, "CALLBACK", callback_at=soon), "sara", now=MONDAY_10)
    again = queue.next_call(db, campaign_id, "sara", now=soon)
    assert again is not None and again.member_id == first.member_id  # ahead of four untouched members


def test_no_answer_retries_after_the_delay_until_the_attempt_limit(db: Database, five: list[int]) -> None:
    campaign_id = running_campaign(db, TargetFilter(customer_ids=five[:1]), max_attempts=3,
                                   retry_minutes={"NO_ANSWER": 60})  # fmt: skip
    now = MONDAY_10
    for attempt in range(3):
        call = queue.next_call(db, campaign_id, "sara", now=now)
        assert call is not None and call.attempts == attempt
        record_attempt(db, AttemptDraft(call.member_id, "NO_ANSWER"), "sara", now=now)
        assert queue.next_call(db, campaign_id, "sara", now=now + timedelta(minutes=59)) is None
        now += timedelta(minutes=60)
    assert queue.next_call(db, campaign_id, "sara", now=now + timedelta(days=1)) is None
    with db.sessions() as s:
        member = s.scalars(select(CampaignMember).where(CampaignMember.campaign_id == campaign_id)).one()
    assert (member.status, member.reason, member.attempts, member.outcome) == ("done", "max_attempts", 3, "NO_ANSWER")


def test_never_outside_calling_hours_or_days(db: Database, five: list[int]) -> None:
    # Saturday to Wednesday (5, 6, 0, 1, 2), 9:00-17:00 on the office clock.
    campaign_id = running_campaign(db, calling_start=9 * 60, calling_end=17 * 60, calling_days="56012")
    assert queue.next_call(db, campaign_id, "sara", now=MONDAY_10.replace(hour=8, minute=59)) is None
    assert queue.why_none(db, campaign_id, "sara", now=MONDAY_10.replace(hour=17)) == queue.OUTSIDE_HOURS
    thursday = datetime(2026, 11, 26, 10, 0)
    assert queue.next_call(db, campaign_id, "sara", now=thursday) is None
    call = queue.next_call(db, campaign_id, "sara", now=MONDAY_10.replace(hour=16, minute=59))
    assert call is not None
    with pytest.raises(queue.NotNow) as refused:
        queue.dial(db, call.member_id, "sara", now=MONDAY_10.replace(hour=17, minute=1))
    assert refused.value.reason == queue.OUTSIDE_HOURS


def test_an_expired_claim_returns_to_the_pool(db: Database, five: list[int]) -> None:
    campaign_id = running_campaign(db, TargetFilter(customer_ids=five[:1]), lease_seconds=300)
    claimed = queue.next_call(db, campaign_id, "sara", now=MONDAY_10)
    assert claimed is not None and claimed.claim_until == MONDAY_10 + timedelta(seconds=300)
    assert queue.next_call(db, campaign_id, "reza", now=MONDAY_10 + timedelta(seconds=299)) is None
    with pytest.raises(queue.NotNow):
        queue.dial(db, claimed.member_id, "reza", now=MONDAY_10 + timedelta(seconds=200))
    again = queue.next_call(db, campaign_id, "sara", now=MONDAY_10 + timedelta(seconds=100))
    assert again is not None and again.member_id == claimed.member_id  # the holder gets their own back
    taken = queue.next_call(db, campaign_id, "reza", now=MONDAY_10 + timedelta(seconds=401))
    assert taken is not None and taken.member_id == claimed.member_id
    with pytest.raises(queue.NotNow):
        record_attempt(db, AttemptDraft(claimed.member_id, "SALE"), "sara", now=MONDAY_10 + timedelta(seconds=402))


def test_priority_first_and_only_assigned_agents(db: Database, five: list[int]) -> None:
    from app.campaigns.targets import build

    campaign_id = running_campaign(db, TargetFilter(customer_ids=five[:3]), agents=["sara"])
    build(db, campaign_id, TargetFilter(customer_ids=five[3:]), "admin", priority=-1, now=MONDAY_10)
    assert queue.next_call(db, campaign_id, "reza", now=MONDAY_10) is None
    assert queue.why_none(db, campaign_id, "reza", now=MONDAY_10) == queue.NOT_ASSIGNED
    first = queue.next_call(db, campaign_id, "sara", now=MONDAY_10)
    assert first is not None and first.customer_id == five[3]


def test_pausing_releases_claims_and_offers_nobody(db: Database, five: list[int]) -> None:
    from app.campaigns.campaigns import set_status

    campaign_id = running_campaign(db, TargetFilter(customer_ids=five[:1]))
    claimed = queue.next_call(db, campaign_id, "sara", now=MONDAY_10)
    assert claimed is not None
    set_status(db, campaign_id, "paused", "admin", now=MONDAY_10)
    assert queue.why_none(db, campaign_id, "reza", now=MONDAY_10) == queue.NOT_RUNNING
    with pytest.raises(queue.NotNow):
        queue.dial(db, claimed.member_id, "sara", now=MONDAY_10)
    set_status(db, campaign_id, "running", "admin", now=MONDAY_10)
    taken = queue.next_call(db, campaign_id, "reza", now=MONDAY_10)  # sara's claim did not survive the pause
    assert taken is not None and taken.member_id == claimed.member_id
