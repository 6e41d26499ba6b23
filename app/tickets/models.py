"""Ticket tables: tickets and their event history, SLA policies and the business calendar,
follow-up tasks, supervisor notifications and knowledge-base articles (migration 0007).

Due times are stored on the ticket (computed by app.tickets.sla) so lists filter and sort on them in SQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models import Base

TYPES = ("complaint", "request", "question", "return", "visit")
PRIORITIES = ("low", "normal", "high", "urgent")
STATUSES = ("new", "open", "escalated", "waiting", "resolved", "closed")
OPEN_STATUSES = ("new", "open", "escalated", "waiting")
# The SLA clock runs in these (not while waiting on the customer). Literal SQL, so SQLite can prove a
# query's WHERE implies the partial indexes' WHERE (bound parameters would hide that).
RUNNING_SQL = "status IN ('new', 'open', 'escalated')"
OPEN_SQL = "status IN ('new', 'open', 'escalated', 'waiting')"
# The same, qualified, for queries that join other tables with a status column (customers, calls).
RUNNING_Q = "tickets." + RUNNING_SQL
OPEN_Q = "tickets." + OPEN_SQL


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_status_id", "status", "id"),
        Index("ix_tickets_assignee_status_id", "assignee_id", "status", "id"),
        Index("ix_tickets_department_status_id", "department_id", "status", "id"),
        Index("ix_tickets_category_id", "category_id", "id"),
        Index("ix_tickets_type_id", "type", "id"),
        Index("ix_tickets_created", "created_at"),
        Index("ix_tickets_running_due", "resolution_due", "id",
              sqlite_where=text(RUNNING_SQL), postgresql_where=text(RUNNING_SQL)),
        Index("ix_tickets_customer_open", "customer_id", "id",
              sqlite_where=text(OPEN_SQL), postgresql_where=text(OPEN_SQL)),
        Index("ix_tickets_open_informed", "last_informed_at", "id",
              sqlite_where=text(OPEN_SQL), postgresql_where=text(OPEN_SQL)),
        Index("ix_tickets_visits", "technician_id", "visit_start",
              sqlite_where=text("visit_start IS NOT NULL"), postgresql_where=text("visit_start IS NOT NULL")),
    )  # fmt: skip
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(16), default="complaint")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("lookups.id", ondelete="SET NULL"))
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    status: Mapped[str] = mapped_column(String(16), default="new")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("lookups.id", ondelete="SET NULL"))
    tier_id: Mapped[int | None] = mapped_column(ForeignKey("lookups.id", ondelete="SET NULL"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # SLA: targets in business time, stored; pushed later by the business time spent waiting on the customer.
    first_response_due: Mapped[datetime | None] = mapped_column(DateTime)
    resolution_due: Mapped[datetime | None] = mapped_column(DateTime)
    first_response_at: Mapped[datetime | None] = mapped_column(DateTime)
    paused_at: Mapped[datetime | None] = mapped_column(DateTime)  # waiting on the customer since
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)  # business time spent waiting, before now
    breached_at: Mapped[datetime | None] = mapped_column(DateTime)  # resolution target missed (flag)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_informed_at: Mapped[datetime | None] = mapped_column(DateTime)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    resolution: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    # Field visits (type "visit"): when, who, where, and how it went.
    visit_start: Mapped[datetime | None] = mapped_column(DateTime)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    visit_address: Mapped[str] = mapped_column(Text, default="")
    visit_outcome: Mapped[str] = mapped_column(Text, default="")


class TicketEvent(Base):
    """One change to a ticket: kind (created, status, assign, tier, department, priority, note, informed,
    escalated, reopened, breached, category, visit), the values before and after, a note, who and when."""

    __tablename__ = "ticket_events"
    __table_args__ = (Index("ix_ticket_events_ticket", "ticket_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    before: Mapped[str] = mapped_column(String(200), default="")
    after: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))


class SlaPolicy(Base):
    """Targets in business minutes for a priority; a row with a category overrides the priority's own."""

    __tablename__ = "sla_policies"
    __table_args__ = (UniqueConstraint("priority", "category_id", name="uq_sla_policies_priority_category"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    priority: Mapped[str] = mapped_column(String(8))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("lookups.id", ondelete="CASCADE"))
    first_response_minutes: Mapped[int] = mapped_column(Integer)
    resolution_minutes: Mapped[int] = mapped_column(Integer)


class BusinessDay(Base):
    """The office's week: opening and closing minute of each weekday (0 = Monday); a missing row is a day off."""

    __tablename__ = "business_days"
    weekday: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    opens: Mapped[int] = mapped_column(Integer)
    closes: Mapped[int] = mapped_column(Integer)


class Holiday(Base):
    __tablename__ = "holidays"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")


class TicketTask(Base):
    """A follow-up ("call the customer back") with a due time; logging the call links it."""

    __tablename__ = "ticket_tasks"
    __table_args__ = (
        Index("ix_ticket_tasks_pending", "assignee_id", "due_at",
              sqlite_where=text("done_at IS NULL"), postgresql_where=text("done_at IS NULL")),
        Index("ix_ticket_tasks_ticket", "ticket_id"),
    )  # fmt: skip
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    due_at: Mapped[datetime] = mapped_column(DateTime)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    notified_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class Notification(Base):
    """Something a person should look at: a breached ticket for supervisors, a due follow-up for its agent.
    `user_id` NULL means every supervisor."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_unread", "user_id", "id", sqlite_where=text("read_at IS NULL"),
                            postgresql_where=text("read_at IS NULL")),)  # fmt: skip
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # breach, task_due
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_tasks.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(String(400), default="")
    read_at: Mapped[datetime | None] = mapped_column(DateTime)


class Article(Base):
    """A knowledge-base answer for agents; `search_key` is the normalized title and body."""

    __tablename__ = "kb_articles"
    __table_args__ = (Index("ix_kb_articles_category", "category_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("lookups.id", ondelete="SET NULL"))
    search_key: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
