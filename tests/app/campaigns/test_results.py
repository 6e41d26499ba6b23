"""Dispositions end in the right figures: a SALE's order linked to the call, script answers with branching,
and the campaign's results overall and per agent."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app import errors
from app.campaigns import queue
from app.campaigns.attempts import record_attempt
from app.campaigns.dto import AttemptDraft, Sale
from app.campaigns.results import campaign_results
from app.campaigns.scripts import QuestionDraft, get_script, member_answers, next_position, save_script
from app.db import Database
from app.models import Call, Order
from tests.app.campaigns.conftest import MONDAY_10, running_campaign

QUESTIONS = [
    QuestionDraft("Did you receive your last order?", "yesno", branches={"no": 3}),
    QuestionDraft("How satisfied are you (1-5)?", "number", measure=True),
    QuestionDraft("Which product next?", "choice", choices=["Tea", "Coffee"]),
    QuestionDraft("Anything else?", "text"),
]


def test_script_branches_and_checks_answers(db: Database) -> None:
    script = get_script(db, save_script(db, "Survey", QUESTIONS, "admin"))
    first = script.questions[0]
    assert next_position(first, "No") == 3 and next_position(first, "yes") == 2
    assert next_position(script.questions[2], "Tea") == 4
    with pytest.raises(errors.ValidationError):
        save_script(db, "Loop", [QuestionDraft("Q", "yesno", branches={"yes": 1})], "admin")


def test_sale_records_an_order_and_results_add_up(db: Database, five: list[int]) -> None:
    script_id = save_script(db, "Survey", QUESTIONS, "admin")
    questions = get_script(db, script_id).questions
    campaign_id = running_campaign(db, script_id=script_id)
    now = MONDAY_10

    def work(agent: str, code: str, **extra: object) -> int:
        call = queue.next_call(db, campaign_id, agent, now=now)
        assert call is not None
        record_attempt(db, AttemptDraft(call.member_id, code, **extra), agent, now=now)  # type: ignore[arg-type]
        return call.member_id

    answers = {questions[0].id: "Yes", questions[1].id: "4", questions[2].id: "Tea"}
    sold = work("sara", "SALE", sale=Sale("250000", "Tea box", 2), answers=answers, talk_seconds=90)
    with pytest.raises(errors.ValidationError):  # a sales campaign's SALE needs the sale
        record_attempt(db, AttemptDraft(sold, "SALE"), "sara", now=now)
    work("sara", "NO_ANSWER")
    callback = work("reza", "CALLBACK", callback_at=now + timedelta(hours=1),
                    answers={questions[0].id: "no", questions[2].id: "Coffee"})  # fmt: skip
    work("reza", "DNC")
    work("reza", "NOT_INTERESTED", answers={questions[1].id: "2"})
    now += timedelta(hours=1, minutes=5)
    assert work("reza", "NOT_INTERESTED") == callback  # the callback, kept within the grace
    with db.sessions() as s:
        order = s.scalars(select(Order)).one()
        call = s.get(Call, order.call_id)
    assert (order.amount, order.quantity, order.product) == (Decimal("250000.00"), 2, "Tea box")
    assert call is not None and call.direction == "out" and call.talk_seconds == 90 and call.satisfaction == 4
    assert member_answers(db, sold) == {questions[0].id: "yes", questions[1].id: "4", questions[2].id: "Tea"}
    results = campaign_results(db, campaign_id)
    t = results.total
    assert (t.members, t.attempted, t.contacted, t.conversions, t.attempts) == (5, 5, 4, 1, 6)
    assert (t.revenue, t.dnc_requests, t.callbacks, t.callbacks_kept) == (Decimal("250000.00"), 1, 1, 1)
    assert t.contact_rate == pytest.approx(0.8) and t.conversion_rate == pytest.approx(0.25)
    assert t.attempts_per_contact == pytest.approx(1.5)
    by_agent = {r.agent: r for r in results.agents}
    assert (by_agent["sara"].attempted, by_agent["sara"].conversions, by_agent["sara"].revenue) == (
        2, 1, Decimal("250000.00"))  # fmt: skip
    assert (by_agent["reza"].attempted, by_agent["reza"].contacted, by_agent["reza"].attempts) == (3, 3, 4)
    assert results.dispositions == {"SALE": 1, "NOT_INTERESTED": 2, "CALLBACK": 1, "NO_ANSWER": 1, "DNC": 1}
    assert (1, QUESTIONS[0].text, "yes", 1) in results.answers and (
        3,
        QUESTIONS[2].text,
        "Coffee",
        1,
    ) in results.answers
    assert results.satisfaction == pytest.approx(3.0)
