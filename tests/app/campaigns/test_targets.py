"""Target lists from a filter: every condition, the count, the preview's reasons and a build that adds once."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import insert

from app.campaigns.campaigns import CampaignDraft, create_campaign
from app.campaigns.dto import TargetFilter
from app.campaigns.targets import build, count, customers_for_numbers, preview, winback_filter
from app.db import Database
from app.dto import CallDraft
from app.models import CustomerValue
from app.services.calls import log_call
from app.services.orders import OrderDraft, add_order
from tests.app.campaigns.conftest import MONDAY_10, add_customer


def _value(db: Database, customer_id: int, segment: str, churn_ratio: float | None) -> None:
    with db.writer.begin() as conn:
        conn.execute(insert(CustomerValue).values(
            customer_id=customer_id, last_contact=MONDAY_10, frequency=1, monetary=Decimal(1), r=1, f=1, m=1,
            segment=segment, events=3, churn_ratio=churn_ratio))  # fmt: skip


def test_each_condition_of_the_filter(any_db: Database) -> None:
    db = any_db
    a = add_customer(db, "Ali", "09121110001", status="lead", city="Tehran", tags="vip, wholesale")
    b = add_customer(db, "Bita", "09121110002", status="customer", city="Shiraz", tags="wholesale")
    c = add_customer(db, "Cyrus", "09121110003", status="customer", city="Tehran", tags="retail")
    for who, number, days in ((a, "09121110001", 40), (b, "09121110002", 2)):
        started = MONDAY_10 - timedelta(days=days)
        log_call(db, CallDraft(direction="in", number=number, customer_id=who, started_at=started), "admin")
    add_order(db, OrderDraft(c, MONDAY_10 - timedelta(days=10), "Tea", "120000"), "admin")
    _value(db, a, "at_risk", 2.5)
    _value(db, b, "champions", 0.4)
    cases = [
        ((a,), TargetFilter(statuses=["lead"])),
        ((a, b), TargetFilter(tags=["wholesale"])),
        ((a, c), TargetFilter(cities=["Tehran"])),
        ((b,), TargetFilter(last_contact_after=MONDAY_10 - timedelta(days=7))),
        ((a, c), TargetFilter(last_contact_before=MONDAY_10 - timedelta(days=7))),
        ((c,), TargetFilter(never_called=True)),
        ((b,), TargetFilter(segments=["champions"])),
        ((a,), winback_filter()),
        ((c,), TargetFilter(ordered_from=MONDAY_10 - timedelta(days=30), ordered_to=MONDAY_10)),
        ((b, c), TargetFilter(customer_ids=customers_for_numbers(db, ["0912 111 0002", "+98 912 111 0003", "x"]))),
        ((c,), TargetFilter(cities=["Tehran"], never_called=True)),
    ]
    for expected, target in cases:
        shown = preview(db, target)
        assert [cid for cid, _name in shown.sample_in] == list(expected), target
        assert count(db, target) == len(expected)
    assert preview(db, winback_filter("at_risk")).included == 1


def test_build_adds_each_customer_once_and_keeps_the_refusals(any_db: Database) -> None:
    db = any_db
    ids = [add_customer(db, f"P{i}", f"0912222000{i}") for i in range(3)]
    add_customer(db, "No", "09122220009", do_not_call=True)
    campaign_id = create_campaign(db, CampaignDraft(name="Renewals", purpose="reminder"), "admin", now=MONDAY_10)
    assert build(db, campaign_id, TargetFilter(), "admin", now=MONDAY_10) == {"added": 3, "do_not_call": 1}
    later = MONDAY_10 + timedelta(minutes=1)
    ids.append(add_customer(db, "New", "09122220008"))
    assert build(db, campaign_id, TargetFilter(), "admin", now=later) == {"added": 1}
    assert preview(db, TargetFilter(), campaign_id).excluded == {"already_member": 4, "do_not_call": 1}
