"""The dashboard's survey figure: the average 1-5 answer to satisfaction questions (questions marked
`measure`) answered in a period, overall and per campaign."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.campaigns.models import Campaign, CampaignMember, ScriptAnswer, ScriptQuestion
from app.db import Database


@dataclass(frozen=True)
class CampaignSatisfaction:
    campaign_id: int
    name: str
    average: float
    answers: int


@dataclass(frozen=True)
class SurveyFigures:
    average: float | None  # None when nobody answered a satisfaction question in the period
    answers: int
    campaigns: list[CampaignSatisfaction]


def _score(text: str) -> float | None:
    """A 1-5 answer as a number; anything else (a skipped or free answer) does not count."""
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if 1 <= value <= 5 else None


def survey_figures(db: Database, first: date, last: date) -> SurveyFigures:
    start, end = datetime.combine(first, time.min), datetime.combine(last + timedelta(days=1), time.min)
    query = (
        select(Campaign.id, Campaign.name, ScriptAnswer.answer)
        .join(ScriptQuestion, ScriptQuestion.id == ScriptAnswer.question_id)
        .join(CampaignMember, CampaignMember.id == ScriptAnswer.member_id)
        .join(Campaign, Campaign.id == CampaignMember.campaign_id)
        .where(ScriptQuestion.measure.is_(True), ScriptAnswer.answered_at >= start, ScriptAnswer.answered_at < end)
    )
    scores: dict[tuple[int, str], list[float]] = {}
    with db.sessions() as session:
        for campaign_id, name, answer in session.execute(query):
            score = _score(answer or "")
            if score is not None:
                scores.setdefault((int(campaign_id), str(name)), []).append(score)
    every = [score for values in scores.values() for score in values]
    campaigns = [
        CampaignSatisfaction(campaign_id, name, sum(values) / len(values), len(values))
        for (campaign_id, name), values in sorted(scores.items(), key=lambda item: (-len(item[1]), item[0][1]))
    ]
    return SurveyFigures(sum(every) / len(every) if every else None, len(every), campaigns)
