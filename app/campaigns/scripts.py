"""Call scripts: ordered questions (choice, yes/no, number, text) with simple branching, and the answers.

Branching is "on this answer, skip to question N" (`branches` {answer: position}); without a branch
the script goes on to the next question. An answer is stored per member (the latest one wins).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import audit, errors
from app.auth import require
from app.campaigns.models import QUESTION_KINDS, CampaignScript, ScriptAnswer, ScriptQuestion
from app.db import Database
from app.text import normalize_digits

YES, NO = "yes", "no"


@dataclass(slots=True)
class QuestionDraft:
    text: str
    kind: str = "text"
    choices: list[str] = field(default_factory=list)
    branches: dict[str, int] = field(default_factory=dict)  # answer -> position (1-based) to skip to
    measure: bool = False  # a 1-5 satisfaction question


@dataclass(frozen=True, slots=True)
class QuestionView:
    id: int
    position: int  # 1-based
    text: str
    kind: str
    choices: list[str]
    branches: dict[str, int]
    measure: bool


@dataclass(frozen=True, slots=True)
class ScriptView:
    id: int
    name: str
    intro: str
    questions: list[QuestionView]

    def question_at(self, position: int) -> QuestionView | None:
        return next((q for q in self.questions if q.position == position), None)


def _validate(name: str, questions: list[QuestionDraft]) -> None:
    problems: dict[str, str] = {}
    if not name.strip():
        problems["name"] = errors.EMPTY
    for i, q in enumerate(questions, start=1):
        if not q.text.strip():
            problems[f"questions.{i}"] = errors.EMPTY
        elif q.kind not in QUESTION_KINDS or (q.kind == "choice" and not q.choices):
            problems[f"questions.{i}"] = errors.INVALID_CHOICE
        elif any(not i < target <= len(questions) + 1 for target in q.branches.values()):
            problems[f"questions.{i}"] = errors.OUT_OF_RANGE  # only forward: a script always ends
    if problems:
        raise errors.ValidationError(problems, {"name": name})


def save_script(db: Database, name: str, questions: list[QuestionDraft], actor: str, intro: str = "",
                script_id: int | None = None) -> int:  # fmt: skip
    """Create a script (or replace one's questions); returns its id."""
    require(db, actor, "campaign.manage")
    _validate(name, questions)
    with db.sessions.begin() as session:
        script = session.get(CampaignScript, script_id) if script_id else None
        if script is None:
            script = CampaignScript(name=name.strip(), intro=intro)
            session.add(script)
        script.name, script.intro = name.strip(), intro
        session.flush()
        session.execute(delete(ScriptQuestion).where(ScriptQuestion.script_id == script.id))
        for position, q in enumerate(questions, start=1):
            session.add(ScriptQuestion(
                script_id=script.id, position=position, text=q.text.strip(), kind=q.kind,
                choices="\n".join(c.strip() for c in q.choices if c.strip()),
                branches=json.dumps(q.branches, ensure_ascii=False), measure=q.measure,
            ))  # fmt: skip
        audit.record(
            session,
            actor,
            "campaign_script",
            script.id,
            "update",
            None,
            {"name": script.name, "questions": len(questions)},
        )
        return script.id


def _view(q: ScriptQuestion) -> QuestionView:
    branches = {str(k): int(v) for k, v in json.loads(q.branches or "{}").items()}
    return QuestionView(q.id, q.position, q.text, q.kind, [c for c in q.choices.split("\n") if c], branches, q.measure)


def load_script(session: Session, script_id: int) -> ScriptView:
    script = session.get(CampaignScript, script_id)
    if script is None:
        raise errors.NotFound(script_id)
    questions = session.scalars(
        select(ScriptQuestion).where(ScriptQuestion.script_id == script_id).order_by(ScriptQuestion.position)
    )
    return ScriptView(script.id, script.name, script.intro, [_view(q) for q in questions])


def get_script(db: Database, script_id: int) -> ScriptView:
    with db.sessions() as session:
        return load_script(session, script_id)


def list_scripts(db: Database) -> list[tuple[int, str]]:
    with db.sessions() as session:
        return [(i, n) for i, n in session.execute(select(CampaignScript.id, CampaignScript.name).order_by(
            CampaignScript.name))]  # fmt: skip


def clean_answer(question: QuestionView, answer: str) -> str:
    """The answer as stored; raises ValidationError when it does not fit the question."""
    value = answer.strip()
    if question.kind == "yesno":
        value = value.lower()
        if value not in (YES, NO):
            raise errors.ValidationError({f"answer.{question.id}": errors.INVALID_CHOICE}, {"answer": answer})
    elif question.kind == "choice" and value not in question.choices:
        raise errors.ValidationError({f"answer.{question.id}": errors.INVALID_CHOICE}, {"answer": answer})
    elif question.kind == "number":
        try:
            number = Decimal(normalize_digits(value).replace(",", "").replace("٫", "."))
        except InvalidOperation:
            raise errors.ValidationError({f"answer.{question.id}": errors.NOT_A_NUMBER}, {"answer": answer}) from None
        if not number.is_finite():
            raise errors.ValidationError({f"answer.{question.id}": errors.NOT_A_NUMBER}, {"answer": answer})
        value = format(number.normalize(), "f")
    return value


def next_position(question: QuestionView, answer: str) -> int:
    """Where the script goes after this answer: the branch's target, else the next question."""
    return question.branches.get(answer.strip().lower() if question.kind == "yesno" else answer.strip(),
                                 question.position + 1)  # fmt: skip


def save_answers(session: Session, script: ScriptView, member_id: int, attempt_id: int | None,
                 answers: dict[int, str], now: datetime) -> Decimal | None:  # fmt: skip
    """Store the member's answers (replacing earlier ones); returns a satisfaction answer (1-5) if any."""
    by_id = {q.id: q for q in script.questions}
    measure: Decimal | None = None
    for question_id, raw in answers.items():
        question = by_id.get(question_id)
        if question is None:
            raise errors.NotFound(question_id)
        value = clean_answer(question, raw)
        session.execute(delete(ScriptAnswer).where(ScriptAnswer.member_id == member_id,
                                                   ScriptAnswer.question_id == question_id))  # fmt: skip
        session.add(ScriptAnswer(member_id=member_id, question_id=question_id, attempt_id=attempt_id, answer=value,
                                 answered_at=now))  # fmt: skip
        if question.measure and question.kind == "number" and Decimal(value) in range(1, 6):
            measure = Decimal(value)
    return measure


def member_answers(db: Database, member_id: int) -> dict[int, str]:
    with db.sessions() as session:
        rows = session.execute(select(ScriptAnswer.question_id, ScriptAnswer.answer)
                               .where(ScriptAnswer.member_id == member_id))  # fmt: skip
        return {qid: answer for qid, answer in rows}
