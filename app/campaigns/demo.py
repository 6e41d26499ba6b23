"""Demo campaigns: two finished and one running, worked through the real services on a simulated clock
(Next call, dispositions, callbacks, script answers, sales), so every rule holds in the demo too.
Same seed, same data. Whoever runs the demo sets the campaigns up (campaign.manage); the simulated agents are
the agent accounts that may work a list (an open install: every agent user).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import exists, func, select

from app.auth import may, require
from app.campaigns import queue
from app.campaigns.attempts import record_attempt
from app.campaigns.campaigns import create_campaign, set_status
from app.campaigns.dto import AttemptDraft, CampaignDraft, Sale, TargetFilter
from app.campaigns.models import CampaignMember
from app.campaigns.scripts import QuestionDraft, get_script, save_script
from app.campaigns.targets import build
from app.db import Database
from app.models import Customer, Phone, User

ACTOR = "demo"
OUTCOMES = (("NO_ANSWER", 28), ("BUSY", 8), ("ANSWERING_MACHINE", 8), ("NOT_INTERESTED", 20), ("SALE", 14),
            ("CALLBACK", 10), ("WRONG_NUMBER", 3), ("DISCONNECTED", 2), ("DNC", 3))  # fmt: skip
PRODUCTS = (("Tea box", 450_000), ("Coffee beans", 780_000), ("Gift basket", 1_900_000), ("Saffron", 1_250_000))
SURVEY = [
    QuestionDraft("Did your last order arrive on time?", "yesno", branches={"yes": 3}),
    QuestionDraft("What went wrong?", "choice", choices=["Late", "Damaged", "Wrong item", "Other"]),
    QuestionDraft("How satisfied are you overall (1-5)?", "number", measure=True),
    QuestionDraft("Anything we should do better?", "text"),
]
REMARKS = ("Faster delivery", "Better packaging", "More choice", "Nothing, all good")


def _pool(db: Database, rng: random.Random, size: int) -> list[int]:
    query = (select(Customer.id).where(Customer.deleted_at.is_(None), Customer.do_not_call.is_(False),
                                       exists().where(Phone.customer_id == Customer.id))
             .order_by(Customer.id).limit(size * 20))  # fmt: skip
    with db.sessions() as session:
        ids = list(session.scalars(query))
    return sorted(rng.sample(ids, min(size, len(ids))))


def _answers(rng: random.Random, script_id: int, db: Database) -> dict[int, str]:
    q = get_script(db, script_id).questions
    on_time = rng.random() < 0.75
    answers = {q[0].id: "yes" if on_time else "no"}
    if not on_time:
        answers[q[1].id] = rng.choice(q[1].choices)
    answers[q[2].id] = str(rng.choices((1, 2, 3, 4, 5), (4, 6, 15, 40, 35))[0] if on_time else rng.randint(1, 4))
    answers[q[3].id] = rng.choice(REMARKS)
    return answers


def _work(db: Database, rng: random.Random, campaign_id: int, agents: list[str], start: datetime, until: datetime,
          script_id: int | None, survey: bool) -> int:  # fmt: skip
    """Agents work the list from `start` to `until` (office hours 9-19), a few minutes per call."""
    now, attempts = start, 0
    outcomes = [(c, w) for c, w in OUTCOMES if not (survey and c == "SALE")]
    while now < until:
        if not 9 <= now.hour < 19:
            now = datetime.combine(now.date() + timedelta(days=1 if now.hour >= 19 else 0), time(9, 0))
            continue
        busy = False
        for agent in agents:
            call = queue.next_call(db, campaign_id, agent, now=now)
            if call is None:
                continue
            busy = True
            code = rng.choices([c for c, _w in outcomes], [w for _c, w in outcomes])[0]
            draft = AttemptDraft(call.member_id, code, dialled=rng.choice(("modem", "manual")),
                                 talk_seconds=rng.randint(40, 420))  # fmt: skip
            if code == "CALLBACK":
                draft.callback_at = datetime.combine(now.date() + timedelta(days=1), time(rng.randint(10, 17), 0))
            if code == "SALE":
                product, price = rng.choice(PRODUCTS)
                quantity = rng.randint(1, 3)
                draft.sale = Sale(price * quantity, product, quantity)
            if script_id is not None and code in ("NOT_INTERESTED", "SALE", "CALLBACK"):
                draft.answers = _answers(rng, script_id, db)
            record_attempt(db, draft, agent, now=now)
            attempts += 1
        now += timedelta(minutes=rng.randint(3, 9))
        if not busy:  # everyone waits for a retry or a callback: skip to it rather than ask every few minutes
            with db.sessions() as session:
                due = session.scalar(select(func.min(CampaignMember.due_at)).where(
                    CampaignMember.campaign_id == campaign_id, CampaignMember.status == "open"))  # fmt: skip
            if due is None:
                break
            now = max(now, due)
    return attempts


def generate_campaigns(db: Database, seed: int, end: date | None = None, members: int = 40, actor: str = ACTOR) -> int:
    """Add the three demo campaigns ending at `end` (today), set up by `actor`; returns the attempts made."""
    require(db, actor, "campaign.manage")
    rng = random.Random(seed * 13 + 5)
    with db.sessions() as session:
        named = list(session.scalars(select(User.username).where(User.role == "agent").order_by(User.id)))
    agents = [name for name in named if may(db, name, "campaign.work")][:3]
    pool = _pool(db, rng, members * 3)
    if len(agents) < 1 or len(pool) < 3:
        return 0
    now = datetime.now() if end is None else datetime.combine(end, time(16, 30))
    today = now.date()
    script_id = save_script(db, "After-sale survey", SURVEY, actor, intro="Hello, this is a short survey.")
    plans = (
        ("Autumn renewals", "sales", None, 60, pool[0::3], "finished"),
        ("After-sale survey", "survey", script_id, 30, pool[1::3], "finished"),
        ("Win-back: customers at risk", "winback", None, 3, pool[2::3], "running"),
    )
    attempts = 0
    for name, purpose, script, days_ago, ids, final_status in plans:
        start_day = today - timedelta(days=days_ago)
        draft = CampaignDraft(name=name, purpose=purpose, script_id=script, starts_on=start_day,
                              ends_on=start_day + timedelta(days=6 if final_status == "finished" else 20),
                              calling_start=9 * 60, calling_end=19 * 60, agents=agents, max_attempts=3,
                              retry_minutes={"NO_ANSWER": 90, "BUSY": 20})  # fmt: skip
        start = datetime.combine(start_day, time(9, 0))
        campaign_id = create_campaign(db, draft, actor, now=start)
        build(db, campaign_id, TargetFilter(customer_ids=ids), actor, now=start)
        set_status(db, campaign_id, "running", actor, now=start)
        # The running one was started this morning... three days ago, and worked for an hour so far.
        until = min(now, start + timedelta(days=6)) if final_status == "finished" else start + timedelta(hours=1)
        attempts += _work(db, rng, campaign_id, agents, start, until, script, purpose == "survey")
        if final_status == "finished":
            set_status(db, campaign_id, "finished", actor, now=until)
    return attempts
