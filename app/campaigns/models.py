"""Campaign tables (migration 0012): campaigns and their agents, members, attempts, the editable list of
dispositions, scripts with their questions and answers, and the office's do-not-call numbers.

A member's `due_at` is when it may next be offered (its creation for a fresh one, the retry or callback
time after an attempt), so "Next call" is one ordered walk of `ix_campaign_members_next`.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models import Base

PURPOSES = ("sales", "survey", "reminder", "collection", "winback")
STATUSES = ("draft", "running", "paused", "finished")
MEMBER_STATUSES = ("open", "done", "excluded")
QUESTION_KINDS = ("choice", "yesno", "number", "text")
OPEN_SQL = "status = 'open'"


class Campaign(Base):
    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(String(16), default="sales")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    script_id: Mapped[int | None] = mapped_column(ForeignKey("campaign_scripts.id", ondelete="SET NULL"))
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    # Calling hours on the office clock (every stored time is office wall-clock time): minutes after midnight,
    # and the weekdays allowed as digits (0 = Monday).
    calling_start: Mapped[int] = mapped_column(Integer, default=9 * 60)
    calling_end: Mapped[int] = mapped_column(Integer, default=20 * 60)
    calling_days: Mapped[str] = mapped_column(String(7), default="0123456")
    lease_seconds: Mapped[int] = mapped_column(Integer, default=600)
    target_filter: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the TargetFilter last applied
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64), default="")


class CampaignAgent(Base):
    """An agent assigned to a campaign; a campaign without any is open to every agent."""

    __tablename__ = "campaign_agents"
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)


class Disposition(Base):
    """How an attempt ended: the editable list, with the flags the rules read."""

    __tablename__ = "dispositions"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    label: Mapped[str] = mapped_column(String(120), default="")
    label_fa: Mapped[str] = mapped_column(String(120), default="")
    label_ar: Mapped[str] = mapped_column(String(120), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    contact_made: Mapped[bool] = mapped_column(Boolean, default=False)
    success: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    callback: Mapped[bool] = mapped_column(Boolean, default=False)
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    retry_minutes: Mapped[int] = mapped_column(Integer, default=0)  # when not final: the default delay
    shortcut: Mapped[str] = mapped_column(String(16), default="")


class CampaignDisposition(Base):
    """A disposition a campaign uses, with the campaign's own retry delay (NULL: the disposition's)."""

    __tablename__ = "campaign_dispositions"
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True)
    disposition_id: Mapped[int] = mapped_column(ForeignKey("dispositions.id", ondelete="CASCADE"), primary_key=True)
    retry_minutes: Mapped[int | None] = mapped_column(Integer)


class CampaignMember(Base):
    __tablename__ = "campaign_members"
    __table_args__ = (
        Index("ix_campaign_members_next", "campaign_id", "priority", "due_at", "id",
              sqlite_where=text(OPEN_SQL), postgresql_where=text(OPEN_SQL)),
        Index("ix_campaign_members_callbacks", "callback_agent_id", "due_at",
              sqlite_where=text("callback_agent_id IS NOT NULL"),
              postgresql_where=text("callback_agent_id IS NOT NULL")),
        Index("ix_campaign_members_claims", "claimed_by", "claim_until",
              sqlite_where=text("claimed_by IS NOT NULL"), postgresql_where=text("claimed_by IS NOT NULL")),
        # Not unique: a merge of two customers may bring both into one campaign (see duplicates.moves).
        Index("ix_campaign_members_customer", "customer_id", "campaign_id"),
        Index("ix_campaign_members_campaign_status", "campaign_id", "status"),
    )  # fmt: skip
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    phone: Mapped[str] = mapped_column(String(32), default="")  # the number to dial, normalized
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, done, excluded
    reason: Mapped[str] = mapped_column(String(32), default="")  # why done or excluded
    priority: Mapped[int] = mapped_column(Integer, default=0)  # lower first (0 = most urgent)
    due_at: Mapped[datetime] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str] = mapped_column(String(32), default="")  # the last disposition's code
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))  # who worked it last
    callback_agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    callback_at: Mapped[datetime | None] = mapped_column(DateTime)
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    claim_until: Mapped[datetime | None] = mapped_column(DateTime)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class CampaignAttempt(Base):
    __tablename__ = "campaign_attempts"
    __table_args__ = (
        Index("ix_campaign_attempts_campaign", "campaign_id", "at"),
        Index("ix_campaign_attempts_member", "member_id", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("campaign_members.id", ondelete="CASCADE"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime)
    disposition_id: Mapped[int | None] = mapped_column(ForeignKey("dispositions.id", ondelete="SET NULL"))
    dialled: Mapped[str] = mapped_column(String(8), default="manual")  # modem, manual
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))  # the sale's amount, kept if the order goes
    callback_at: Mapped[datetime | None] = mapped_column(DateTime)  # promised time (CALLBACK)
    kept_callback: Mapped[bool | None] = mapped_column(Boolean)  # this attempt was a callback: on time?
    notes: Mapped[str] = mapped_column(Text, default="")


class CampaignScript(Base):
    __tablename__ = "campaign_scripts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    intro: Mapped[str] = mapped_column(Text, default="")


class ScriptQuestion(Base):
    """One question; `branches` is JSON {answer: position to skip to}, and `measure` marks a 1-5
    satisfaction question whose average the dashboard can show."""

    __tablename__ = "script_questions"
    __table_args__ = (Index("ix_script_questions_script", "script_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("campaign_scripts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(8), default="text")
    choices: Mapped[str] = mapped_column(Text, default="")  # one per line (choice questions)
    branches: Mapped[str] = mapped_column(Text, default="{}")
    measure: Mapped[bool] = mapped_column(Boolean, default=False)


class ScriptAnswer(Base):
    """A member's answer to one question (the latest wins)."""

    __tablename__ = "script_answers"
    __table_args__ = (Index("ix_script_answers_member", "member_id", "question_id"),
                      Index("ix_script_answers_question", "question_id"))  # fmt: skip
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("campaign_members.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("script_questions.id", ondelete="CASCADE"))
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("campaign_attempts.id", ondelete="SET NULL"))
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(DateTime)


class DncNumber(Base):
    """The office's do-not-call list: numbers (normalized like phones.number) no campaign may dial."""

    __tablename__ = "dnc_numbers"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    note: Mapped[str] = mapped_column(String(400), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(64), default="")
