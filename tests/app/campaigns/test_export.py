"""`main.py export campaign`: results, per agent, attempts and script answers, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.campaigns import queue
from app.campaigns.attempts import record_attempt
from app.campaigns.dto import AttemptDraft, Sale
from app.campaigns.export_cli import export_campaign_main
from app.campaigns.scripts import QuestionDraft, get_script, save_script
from app.db import Database
from tests.app.campaigns.conftest import MONDAY_10, running_campaign


def _worked(db: Database) -> tuple[int, list[int]]:
    script_id = save_script(db, "Survey", [QuestionDraft("Happy with us?", "yesno"),
                                           QuestionDraft("Score 1-5", "number", measure=True)], "admin")  # fmt: skip
    questions = [q.id for q in get_script(db, script_id).questions]
    campaign_id = running_campaign(db, script_id=script_id)
    call = queue.next_call(db, campaign_id, "sara", now=MONDAY_10)
    assert call is not None
    answers = {questions[0]: "yes", questions[1]: "5"}
    record_attempt(db, AttemptDraft(call.member_id, "SALE", sale=Sale("1500", "Tea"), answers=answers), "sara",
                   now=MONDAY_10)  # fmt: skip
    call = queue.next_call(db, campaign_id, "reza", now=MONDAY_10)
    assert call is not None
    record_attempt(db, AttemptDraft(call.member_id, "NOT_INTERESTED", answers={questions[0]: "NO"}), "reza",
                   now=MONDAY_10)  # fmt: skip
    return campaign_id, questions


def test_export_round_trips_results_and_answers(db: Database, five: list[int], tmp_path: Path) -> None:
    campaign_id, _questions = _worked(db)
    out = tmp_path / "campaign.xlsx"
    assert export_campaign_main(["campaign", "--campaign", str(campaign_id), "--out", str(out)], db) == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "Per agent", "Attempts by disposition", "Attempts", "Answer tallies",
                             "Script answers"]  # fmt: skip
    summary = {row[0]: row[1] for row in wb["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Campaign"] == "Spring sale" and summary["Members"] == 5 and summary["Conversions"] == 1
    assert summary["Revenue"] == 1500 and summary["Contact rate"] == 1.0 and summary["Satisfaction (1-5)"] == 5
    agents = {row[0]: row for row in wb["Per agent"].iter_rows(min_row=2, values_only=True)}
    assert agents["sara"][4] == 1 and agents["reza"][4] == 0
    tallies = set(wb["Answer tallies"].iter_rows(min_row=2, values_only=True))
    assert tallies == {(1, "Happy with us?", "yes", 1), (1, "Happy with us?", "no", 1), (2, "Score 1-5", "5", 1)}
    answers = list(wb["Script answers"].iter_rows(min_row=2, values_only=True))
    assert [(row[1], row[3]) for row in answers] == [(1, "yes"), (2, "5"), (1, "no")]
    attempts = list(wb["Attempts"].iter_rows(min_row=2, values_only=True))
    assert [row[5] for row in attempts] == ["SALE", "NOT_INTERESTED"] and attempts[0][4] == "sara"


def test_export_in_persian_and_a_missing_campaign(db: Database, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    out = tmp_path / "fa.xlsx"
    assert export_campaign_main(["campaign", "--campaign", "99", "--out", str(out)], db) == 2
    assert "no campaign 99" in capsys.readouterr().err and not out.exists()
    campaign_id = running_campaign(db)
    assert export_campaign_main(["campaign", "--campaign", str(campaign_id), "--out", str(out), "--lang", "fa"],
                                db) == 0  # fmt: skip
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "خلاصه" and wb["خلاصه"].sheet_view.rightToLeft
