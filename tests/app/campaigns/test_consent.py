"""Consent is enforced in the service: do-not-call customers, campaign DNC and office DNC numbers never
enter a list, are never offered and cannot be dialled; a DNC disposition takes effect at once everywhere."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.campaigns import queue
from app.campaigns.attempts import record_attempt
from app.campaigns.consent import ConsentRefused, add_dnc_number, exclude_member, set_customer_dnc
from app.campaigns.dto import AttemptDraft, TargetFilter
from app.campaigns.models import CampaignMember
from app.campaigns.targets import preview
from app.db import Database
from app.models import Customer
from tests.app.campaigns.conftest import MONDAY_10, add_customer, running_campaign


def _offered(db: Database, campaign_id: int, agent: str = "sara") -> list[int]:
    """Every customer Next call hands out, calling through the whole list."""
    seen: list[int] = []
    now = MONDAY_10
    while (call := queue.next_call(db, campaign_id, agent, now=now)) is not None:
        seen.append(call.customer_id)
        record_attempt(db, AttemptDraft(call.member_id, "NOT_INTERESTED"), agent, now=now)
        now += timedelta(minutes=1)
    return seen


def test_dnc_customer_and_listed_number_never_enter_a_list(db: Database, five: list[int]) -> None:
    dnc = add_customer(db, "Says no", "09129999999", do_not_call=True)
    listed = add_customer(db, "Listed number", "09128888888")
    nophone = add_customer(db, "No phone", None)
    add_dnc_number(db, "0912 888 8888", "admin")
    shown = preview(db, TargetFilter())
    assert shown.included == 5
    assert shown.excluded == {"do_not_call": 1, "dnc_number": 1, "no_phone": 1}
    assert {row.customer_id: row.reason for row in shown.sample_out} == {
        dnc: "do_not_call", listed: "dnc_number", nophone: "no_phone"}  # fmt: skip
    campaign_id = running_campaign(db)
    assert sorted(_offered(db, campaign_id)) == five


def test_marked_dnc_while_the_list_is_worked_is_never_offered_or_dialled(db: Database, five: list[int]) -> None:
    first = running_campaign(db)
    second = running_campaign(db)
    call = queue.next_call(db, first, "sara", now=MONDAY_10)
    assert call is not None
    # Another agent, in the other campaign, reaches the same customer, who asks not to be called.
    other = queue.next_call(db, second, "reza", now=MONDAY_10)
    assert other is not None
    with db.sessions() as s:
        other_member = s.scalar(select(CampaignMember.id).where(
            CampaignMember.campaign_id == second, CampaignMember.customer_id == call.customer_id))  # fmt: skip
    assert other_member is not None
    record_attempt(db, AttemptDraft(other.member_id, "BUSY"), "reza", now=MONDAY_10)
    set_customer_dnc(db, call.customer_id, "reza", now=MONDAY_10)
    with pytest.raises(ConsentRefused):  # sara holds the claim, but the dial path refuses
        queue.dial(db, call.member_id, "sara", now=MONDAY_10)
    with pytest.raises(ConsentRefused):
        queue.dial(db, other_member, "reza", now=MONDAY_10)
    assert call.customer_id not in _offered(db, first, "sara")
    assert call.customer_id not in _offered(db, second, "reza")
    with db.sessions() as s:
        statuses = set(s.scalars(select(CampaignMember.status).where(CampaignMember.customer_id == call.customer_id)))
    assert statuses == {"excluded"}


def test_dnc_disposition_marks_the_customer_and_empties_every_running_campaign(db: Database, five: list[int]) -> None:
    first, second = running_campaign(db), running_campaign(db)
    call = queue.next_call(db, first, "sara", now=MONDAY_10)
    assert call is not None
    record_attempt(db, AttemptDraft(call.member_id, "DNC", notes="never again"), "sara", now=MONDAY_10)
    with db.sessions() as s:
        customer = s.get(Customer, call.customer_id)
        assert customer is not None and customer.do_not_call and customer.consent_note == "never again"
        reasons = dict(s.execute(select(CampaignMember.campaign_id, CampaignMember.reason)
                                 .where(CampaignMember.customer_id == call.customer_id)).all())  # fmt: skip
    assert reasons == {first: "do_not_call", second: "do_not_call"}
    assert call.customer_id not in _offered(db, second)
    assert preview(db, TargetFilter()).excluded == {"do_not_call": 1}


def test_campaign_dnc_and_a_number_listed_later_block_the_dial(db: Database, five: list[int]) -> None:
    campaign_id = running_campaign(db)
    with db.sessions() as s:
        members = list(s.scalars(select(CampaignMember.id).where(CampaignMember.campaign_id == campaign_id)
                                 .order_by(CampaignMember.id)))  # fmt: skip
    exclude_member(db, members[0], "admin")
    add_dnc_number(db, "09120000001", "admin")
    for member_id in members[:2]:
        with pytest.raises(ConsentRefused):
            queue.dial(db, member_id, "sara", now=MONDAY_10)
    assert queue.dial(db, members[2], "sara", now=MONDAY_10) == "+989120000002"
    assert sorted(_offered(db, campaign_id)) == five[2:]
    again = preview(db, TargetFilter(), campaign_id=campaign_id)
    assert again.excluded == {"campaign_dnc": 1, "already_member": 3, "dnc_number": 1}


def test_marked_on_the_card_is_counted_as_left_out(db: Database, five: list[int]) -> None:
    from app.campaigns.results import campaign_results
    from app.dto import CustomerDraft, PhoneDraft
    from app.services.customers import update_customer

    campaign_id = running_campaign(db)
    draft = CustomerDraft(name="Customer 0", phones=[PhoneDraft("09120000000")], do_not_call=True)
    update_customer(db, five[0], draft, "admin")  # the customer form, not a campaign
    results = campaign_results(db, campaign_id)
    assert results.total.members == 4 and results.excluded == {"do_not_call": 1}
    assert five[0] not in _offered(db, campaign_id)
