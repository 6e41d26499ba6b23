"""Demo campaigns: two finished and one running, with attempts, callbacks, answers and sales."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.campaigns.demo import generate_campaigns
from app.campaigns.models import Campaign, CampaignAttempt, CampaignMember, ScriptAnswer
from app.campaigns.results import campaign_results
from app.db import Database
from app.demo import DemoOptions, generate_demo
from app.models import Customer, Order

END = date(2025, 6, 30)


def test_demo_adds_two_finished_campaigns_and_one_running(db: Database) -> None:
    generate_demo(db, DemoOptions(customers=400, days=30, seed=3, end=END))
    attempts = generate_campaigns(db, 3, END)
    with db.sessions() as s:
        statuses = sorted(s.scalars(select(Campaign.status)))
        assert statuses == ["finished", "finished", "running"]
        assert s.scalar(select(func.count()).select_from(CampaignAttempt)) == attempts > 60
        assert s.scalar(select(func.count()).select_from(ScriptAnswer)) > 0
        assert s.scalar(select(func.count()).where(CampaignAttempt.callback_at.is_not(None))) > 0
        assert s.scalar(select(func.count()).where(Order.call_id.is_not(None))) > 0
        running = s.scalar(select(Campaign.id).where(Campaign.status == "running"))
        assert s.scalar(select(func.count()).where(CampaignMember.campaign_id == running,
                                                   CampaignMember.status == "open")) > 0  # fmt: skip
        # Nobody marked do-not-call was dialled afterwards.
        late = (select(func.count()).select_from(CampaignAttempt)
                .join(CampaignMember, CampaignMember.id == CampaignAttempt.member_id)
                .join(Customer, Customer.id == CampaignMember.customer_id)
                .where(Customer.do_not_call.is_(True), CampaignAttempt.at > Customer.consent_changed_at))  # fmt: skip
        assert s.scalar(late) == 0
        campaign_ids = list(s.scalars(select(Campaign.id)))
    revenue = sum(campaign_results(db, cid).total.revenue for cid in campaign_ids)
    assert revenue > 0


def test_demo_with_accounts_is_set_up_by_a_supervisor_and_worked_by_agent_accounts(db: Database) -> None:
    from app.auth import PermissionDenied
    from app.models import User
    from tests.app.auth.conftest import add_staff

    generate_demo(db, DemoOptions(customers=200, days=10, seed=4, end=END))  # its staff have no password
    add_staff(db)  # olga (owner), sam (supervisor), ali (agent): sign-in is on
    with pytest.raises(PermissionDenied, match="^ali \\(agent\\) may not set up campaigns"):
        generate_campaigns(db, 4, END, actor="ali")
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Campaign)) == 0  # refused before anything was written
    assert generate_campaigns(db, 4, END, actor="sam") > 0
    with db.sessions() as s:
        assert set(s.scalars(select(Campaign.created_by))) == {"sam"}
        workers = select(User.username).join(CampaignAttempt, CampaignAttempt.agent_id == User.id).distinct()
        assert list(s.scalars(workers)) == ["ali"]  # the only agent who may work a list
