"""The dashboard's survey figure averages the 1-5 satisfaction answers given in the period, per campaign too."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.campaigns import queue
from app.campaigns.attempts import record_attempt
from app.campaigns.dto import AttemptDraft
from app.campaigns.figures import survey_figures
from app.campaigns.scripts import QuestionDraft, get_script, save_script
from app.db import Database
from tests.app.campaigns.conftest import MONDAY_10, running_campaign


def test_satisfaction_in_the_period_overall_and_per_campaign(db: Database, five: list[int]) -> None:
    script_id = save_script(db, "Survey", [QuestionDraft("How satisfied (1-5)?", "number", measure=True),
                                           QuestionDraft("Comments?", "text")], "admin")  # fmt: skip
    measure, comments = (q.id for q in get_script(db, script_id).questions)
    campaign_id = running_campaign(db, script_id=script_id, purpose="survey")

    def answer(score: str | None, when: timedelta = timedelta()) -> None:
        call = queue.next_call(db, campaign_id, "sara", now=MONDAY_10 + when)
        assert call is not None
        answers = {comments: "5"} | ({} if score is None else {measure: score})
        record_attempt(db, AttemptDraft(call.member_id, "NOT_INTERESTED", answers=answers), "sara",
                       now=MONDAY_10 + when)  # fmt: skip

    answer("5")
    answer("2")
    answer("4", timedelta(days=2))  # outside a one-day period
    answer(None)  # the question skipped: no score
    day = MONDAY_10.date()
    figures = survey_figures(db, day, day)
    assert figures.answers == 2 and figures.average == pytest.approx(3.5)  # the text answer "5" never counts
    assert [(c.campaign_id, c.answers) for c in figures.campaigns] == [(campaign_id, 2)]
    assert survey_figures(db, day, day + timedelta(days=2)).average == pytest.approx(11 / 3)
    empty = survey_figures(db, date(2020, 1, 1), date(2020, 1, 2))
    assert (empty.average, empty.answers, empty.campaigns) == (None, 0, [])
