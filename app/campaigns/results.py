"""What a campaign earned, overall and per agent, and how its script was answered (SQL GROUP BY only)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, case, distinct, func, select
from sqlalchemy.orm import Session

from app import errors
from app.campaigns.models import Campaign, CampaignAttempt, CampaignMember, Disposition, ScriptAnswer, ScriptQuestion
from app.db import Database
from app.models import Customer, User


@dataclass(frozen=True, slots=True)
class Results:
    """One campaign's figures, or one agent's share of them (`agent` set)."""

    agent: str
    members: int
    attempted: int
    contacted: int
    conversions: int
    revenue: Decimal
    attempts: int
    dnc_requests: int
    callbacks: int
    callbacks_kept: int

    @property
    def contact_rate(self) -> float:
        return self.contacted / self.attempted if self.attempted else 0.0

    @property
    def conversion_rate(self) -> float:
        return self.conversions / self.contacted if self.contacted else 0.0

    @property
    def attempts_per_contact(self) -> float:
        return self.attempts / self.contacted if self.contacted else 0.0


@dataclass(frozen=True, slots=True)
class CampaignResults:
    campaign_id: int
    name: str
    total: Results
    agents: list[Results]
    excluded: dict[str, int]  # reason -> members left out or taken out
    dispositions: dict[str, int]  # code -> attempts
    answers: list[tuple[int, str, str, int]]  # question position, question, answer, members
    satisfaction: float | None  # average of the 1-5 measure answers


def _measures() -> list:
    a, d = CampaignAttempt, Disposition
    contact = case((d.contact_made.is_(True), a.member_id))
    success = case((d.success.is_(True), a.member_id))
    return [
        func.count(distinct(a.member_id)), func.count(distinct(contact)), func.count(distinct(success)),
        func.coalesce(func.sum(a.amount), 0), func.count(a.id),
        func.coalesce(func.sum(case((d.do_not_call.is_(True), 1), else_=0)), 0),
        func.count(a.kept_callback), func.coalesce(func.sum(case((a.kept_callback.is_(True), 1), else_=0)), 0),
    ]  # fmt: skip


def _attempts(campaign_id: int, *extra: object) -> Select:
    return (
        select(*extra, *_measures())
        .select_from(CampaignAttempt)
        .outerjoin(Disposition, Disposition.id == CampaignAttempt.disposition_id)
        .where(CampaignAttempt.campaign_id == campaign_id)
    )


def _results(agent: str, members: int, row: tuple) -> Results:
    attempted, contacted, won, revenue, attempts, dnc, callbacks, kept = row
    return Results(agent, members, int(attempted), int(contacted), int(won), Decimal(revenue).quantize(Decimal("0.01")),
                   int(attempts), int(dnc), int(callbacks), int(kept))  # fmt: skip


def campaign_results(db: Database, campaign_id: int) -> CampaignResults:
    m = CampaignMember
    with db.sessions() as session:
        name = session.scalar(select(Campaign.name).where(Campaign.id == campaign_id))
        if name is None:
            raise errors.NotFound(campaign_id)
        statuses = dict(session.execute(
            select(m.status, func.count()).where(m.campaign_id == campaign_id).group_by(m.status)).all())  # fmt: skip
        excluded = {r: int(n) for r, n in session.execute(
            select(m.reason, func.count()).where(m.campaign_id == campaign_id, m.reason.in_(
                ("do_not_call", "campaign_dnc", "dnc_number", "no_phone"))).group_by(m.reason))}  # fmt: skip
        # Marked do-not-call on their card (not through a campaign) while still open here: never offered, and
        # counted with the refusals, not the members.
        marked = int(session.scalar(
            select(func.count()).select_from(m).join(Customer, Customer.id == m.customer_id)
            .where(m.campaign_id == campaign_id, m.status == "open", Customer.do_not_call.is_(True))) or 0)  # fmt: skip
        if marked:
            excluded["do_not_call"] = excluded.get("do_not_call", 0) + marked
        members = int(statuses.get("open", 0)) + int(statuses.get("done", 0)) - marked
        total = _results("", members, tuple(session.execute(_attempts(campaign_id)).one()))
        by_agent = session.execute(
            _attempts(campaign_id, func.coalesce(User.username, ""))
            .outerjoin(User, User.id == CampaignAttempt.agent_id)
            .group_by(User.username).order_by(User.username)
        ).all()  # fmt: skip
        agents = [_results(row[0], int(row[1]), tuple(row[1:])) for row in by_agent]
        dispositions = {code: int(n) for code, n in session.execute(
            select(Disposition.code, func.count())
            .join(CampaignAttempt, CampaignAttempt.disposition_id == Disposition.id)
            .where(CampaignAttempt.campaign_id == campaign_id).group_by(Disposition.code, Disposition.position)
            .order_by(Disposition.position))}  # fmt: skip
        answers, satisfaction = _answers(session, campaign_id)
    return CampaignResults(campaign_id, name, total, agents, excluded, dispositions, answers, satisfaction)


def _answers(session: Session, campaign_id: int) -> tuple[list[tuple[int, str, str, int]], float | None]:
    q, a, m = ScriptQuestion, ScriptAnswer, CampaignMember
    query = (
        select(q.position, q.text, a.answer, func.count())
        .join(a, a.question_id == q.id).join(m, m.id == a.member_id)
        .where(m.campaign_id == campaign_id)
        .group_by(q.position, q.text, a.answer).order_by(q.position, func.count().desc(), a.answer)
    )  # fmt: skip
    tallies = [(int(p), t, ans, int(n)) for p, t, ans, n in session.execute(query)]
    values = session.scalars(
        select(a.answer).join(q, q.id == a.question_id).join(m, m.id == a.member_id)
        .where(m.campaign_id == campaign_id, q.measure.is_(True))
    ).all()  # fmt: skip
    numbers = [float(v) for v in values if v.replace(".", "", 1).isdigit()]
    return tallies, (sum(numbers) / len(numbers) if numbers else None)


def satisfaction(db: Database, campaign_id: int) -> float | None:
    """The campaign's satisfaction measure (average 1-5 answer), for the dashboard."""
    with db.sessions() as session:
        return _answers(session, campaign_id)[1]
