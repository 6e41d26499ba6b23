"""A campaign's target list from a filter over customers: count, preview (who is left out and why), build.

One SQL statement does each, so a million customers never pass through Python. A customer left out
is still written (status "excluded" with the reason) so the campaign's exclusion report counts them;
the number to dial is the customer's first phone that is not on the office's do-not-call list.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, insert, literal, or_, select, text

from app import errors
from app.analytics.churn import OVERDUE_FACTOR
from app.auth import require
from app.campaigns.dto import (
    EXCLUDED_ALREADY,
    EXCLUDED_CAMPAIGN_DNC,
    EXCLUDED_DNC,
    EXCLUDED_DNC_NUMBER,
    EXCLUDED_NO_PHONE,
    ExcludedRow,
    TargetFilter,
    TargetPreview,
)
from app.campaigns.models import Campaign, CampaignMember, DncNumber
from app.db import Database
from app.models import Call, Customer, CustomerValue, Order, Phone
from app.phones import PhoneRules, lookup_key

SAMPLE = 50


def _tag_condition(tag: str) -> ColumnElement[bool]:
    padded = "," + func.replace(func.replace(Customer.tags, ", ", ","), " ,", ",") + ","
    escaped = tag.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return padded.like(f"%,{escaped},%", escape="\\")


def _live(is_sqlite: bool) -> ColumnElement[bool]:
    if is_sqlite:
        # Dialect branch: unary + keeps SQLite off the partial name index (whose WHERE this matches), which would
        # walk a million customers in name order, each a random read; a plain scan in rowid order is ten times faster.
        return text("+customers.deleted_at IS NULL")
    return Customer.deleted_at.is_(None)


def conditions(target: TargetFilter, is_sqlite: bool = False) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions over `customers` (live customers only)."""
    where: list[ColumnElement[bool]] = [_live(is_sqlite)]
    if target.statuses:
        where.append(Customer.status.in_(target.statuses))
    if target.tags:
        where.append(or_(*[_tag_condition(t) for t in target.tags if t.strip()]))
    if target.cities:
        where.append(Customer.city.in_(target.cities))
    calls_since = lambda moment: exists().where(Call.customer_id == Customer.id, Call.started_at >= moment)  # noqa: E731
    if target.last_contact_after is not None:
        where.append(calls_since(target.last_contact_after))
    if target.last_contact_before is not None:
        where.append(~calls_since(target.last_contact_before))
    if target.never_called:
        where.append(~exists().where(Call.customer_id == Customer.id))
    value = CustomerValue
    if target.segments:
        where.append(exists().where(value.customer_id == Customer.id, value.segment.in_(target.segments)))
    if target.churn_risk:
        where.append(exists().where(value.customer_id == Customer.id, value.churn_ratio > OVERDUE_FACTOR))
    if target.ordered_from is not None or target.ordered_to is not None:
        period = [Order.customer_id == Customer.id]
        if target.ordered_from is not None:
            period.append(Order.ordered_at >= target.ordered_from)
        if target.ordered_to is not None:
            period.append(Order.ordered_at < target.ordered_to)
        where.append(exists().where(*period))
    if target.customer_ids:
        where.append(Customer.id.in_(sorted(set(target.customer_ids))))
    return where


def dial_phone() -> ColumnElement[str]:
    """The customer's first number that is not on the do-not-call list (NULL: none)."""
    return (
        select(Phone.number)
        .where(Phone.customer_id == Customer.id, ~exists().where(DncNumber.number == Phone.number))
        .order_by(Phone.position, Phone.id)
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )


def _reason(campaign_id: int | None) -> ColumnElement[str | None]:
    """Why a customer stays out (consent first, so the exclusion report counts every refusal); NULL: in."""
    whens: list[tuple[ColumnElement[bool], str]] = [(Customer.do_not_call.is_(True), EXCLUDED_DNC)]
    member = and_(CampaignMember.campaign_id == campaign_id, CampaignMember.customer_id == Customer.id)
    if campaign_id is not None:
        asked = exists().where(member, CampaignMember.reason.in_((EXCLUDED_CAMPAIGN_DNC, EXCLUDED_DNC)))
        whens.append((asked, EXCLUDED_CAMPAIGN_DNC))
    whens += [
        (~exists().where(Phone.customer_id == Customer.id), EXCLUDED_NO_PHONE),
        (dial_phone().is_(None), EXCLUDED_DNC_NUMBER),
    ]
    if campaign_id is not None:
        whens.append((exists().where(member), EXCLUDED_ALREADY))
    return case(*whens, else_=None)


def _classified(db: Database, target: TargetFilter, campaign_id: int | None) -> Select:
    return select(Customer.id.label("cid"), _reason(campaign_id).label("reason")).where(
        *conditions(target, db.is_sqlite)
    )


def preview(db: Database, target: TargetFilter, campaign_id: int | None = None, sample: int = SAMPLE) -> TargetPreview:
    """How many the filter brings in, how many it leaves out by reason, and a few names of each."""
    classified = _classified(db, target, campaign_id).subquery()
    counts = select(classified.c.reason, func.count()).group_by(classified.c.reason)
    with db.sessions() as session:
        tally = {reason: int(n) for reason, n in session.execute(counts)}
        included = tally.pop(None, 0)
        sample_in = session.execute(
            select(Customer.id, Customer.name).join(classified, classified.c.cid == Customer.id)
            .where(classified.c.reason.is_(None)).order_by(Customer.id).limit(sample)
        ).all()  # fmt: skip
        sample_out = session.execute(
            select(Customer.id, Customer.name, classified.c.reason).join(classified, classified.c.cid == Customer.id)
            .where(classified.c.reason.is_not(None)).order_by(Customer.id).limit(sample)
        ).all()  # fmt: skip
    return TargetPreview(included, tally, [(r[0], r[1]) for r in sample_in], [ExcludedRow(*r) for r in sample_out])


def count(db: Database, target: TargetFilter, campaign_id: int | None = None) -> int:
    """How many customers the filter would add (consent and phones checked): the live count of the editor.

    The same rule as `_reason` IS NULL, written as plain conditions so the database stops at the first that fails.
    """
    where = [
        *conditions(target, db.is_sqlite),
        Customer.do_not_call.is_(False),
        exists().where(Phone.customer_id == Customer.id, ~exists().where(DncNumber.number == Phone.number)),
    ]
    if campaign_id is not None:
        where.append(
            ~exists().where(CampaignMember.campaign_id == campaign_id, CampaignMember.customer_id == Customer.id)
        )
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Customer).where(*where)) or 0)


def build(db: Database, campaign_id: int, target: TargetFilter, actor: str, priority: int = 0,
          now: datetime | None = None) -> dict[str, int]:  # fmt: skip
    """Add the filter's customers to the campaign (those left out recorded with their reason).

    Returns counts by outcome: "added" and each exclusion reason. Customers already in the campaign
    are not added twice.
    """
    require(db, actor, "campaign.manage")
    now = now or datetime.now()
    reason = _reason(campaign_id)
    rows = select(
        literal(campaign_id), Customer.id, func.coalesce(dial_phone(), ""),
        case((reason.is_(None), "open"), else_="excluded"), func.coalesce(reason, ""),
        literal(priority), literal(now), literal(0), literal(""), literal(now),
    ).where(*conditions(target, db.is_sqlite))  # fmt: skip
    with db.sessions.begin() as session:
        campaign = session.get(Campaign, campaign_id)
        if campaign is None:
            raise errors.NotFound(campaign_id)
        tally: dict[str, int] = {}
        fresh = rows.where(~exists().where(CampaignMember.campaign_id == campaign_id,
                                           CampaignMember.customer_id == Customer.id))  # fmt: skip
        columns = ("campaign_id", "customer_id", "phone", "status", "reason", "priority", "due_at", "attempts",
                   "outcome", "added_at")  # fmt: skip
        session.execute(insert(CampaignMember).from_select(columns, fresh))
        added = session.execute(
            select(CampaignMember.status, CampaignMember.reason, func.count())
            .where(CampaignMember.campaign_id == campaign_id, CampaignMember.added_at == now)
            .group_by(CampaignMember.status, CampaignMember.reason)
        ).all()  # fmt: skip
        for status, why, n in added:
            key = "added" if status == "open" else why
            tally[key] = tally.get(key, 0) + int(n)
        campaign.target_filter, campaign.updated_at, campaign.updated_by = target.to_json(), now, actor
    return tally


def customers_for_numbers(db: Database, raws: Iterable[str], rules: PhoneRules | None = None) -> list[int]:
    """Customer ids for an imported list of phone numbers (numbers matching no customer are dropped)."""
    rules = rules or PhoneRules()
    numbers = sorted({key for raw in raws if (key := lookup_key(raw, rules))})
    found: set[int] = set()
    with db.sessions() as session:
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            found.update(session.scalars(
                select(Phone.customer_id).join(Customer, Customer.id == Phone.customer_id)
                .where(Phone.number.in_(chunk), Customer.deleted_at.is_(None))
            ))  # fmt: skip
    return sorted(found)


def winback_filter(segment: str | None = None) -> TargetFilter:
    """The filter behind "Start a win-back campaign": the churn list, or one RFM segment."""
    return TargetFilter(segments=[segment]) if segment else TargetFilter(churn_risk=True)
