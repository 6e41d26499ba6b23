"""SQLAlchemy 2.x declarative models: the tables every other part of Tamas reads and writes.

Times are naive local wall-clock datetimes: a call center reasons in its own office hours
(busy mornings, quiet Fridays), and every seat of one office shares one clock.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Stamped:
    """Who created and last changed a row, and when."""

    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_by: Mapped[str] = mapped_column(String(64), default="")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="agent")  # agent, supervisor, owner
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    # Sign-in lockout (app/auth/accounts.py): failures in a row, and until when the account refuses sign-in.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    # A single-account install may start without the sign-in dialog, by the owner's choice (Users dialog).
    skip_sign_in: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Lookup(Base):
    """Editable lists (call reasons, call outcomes; later ticket categories, departments)."""

    __tablename__ = "lookups"
    __table_args__ = (UniqueConstraint("kind", "value", name="uq_lookups_kind_value"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # What Persian and Arabic users see; empty means "show the value as typed".
    label_fa: Mapped[str] = mapped_column(String(120), default="", server_default="")
    label_ar: Mapped[str] = mapped_column(String(120), default="", server_default="")


class Customer(Stamped, Base):
    __tablename__ = "customers"
    __table_args__ = (
        # The customer list pages by (sort_key, id) over live rows only.
        Index(
            "ix_customers_live_sort",
            "sort_key",
            "id",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="person")  # person, company
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200), default="")
    # Indexed (migration 0009): imports and the duplicate finder match customers by e-mail.
    email: Mapped[str] = mapped_column(String(200), default="", index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(16), default="customer")  # lead, prospect, customer, inactive
    tags: Mapped[str] = mapped_column(String(400), default="")  # comma separated
    source: Mapped[str] = mapped_column(String(64), default="")
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_email: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_changed_at: Mapped[datetime | None] = mapped_column(DateTime)
    consent_note: Mapped[str] = mapped_column(String(400), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    deleted_by: Mapped[str] = mapped_column(String(64), default="")
    # The import that created or last updated the row (migration 0009): "Undo this import" finds it.
    import_batch_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # en, fa or ar for messages to the customer; "" means the office's language (migration 0013).
    language: Mapped[str] = mapped_column(String(8), default="", server_default="")

    phones: Mapped[list[Phone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Phone.position"
    )


class Phone(Base):
    __tablename__ = "phones"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(32), index=True)  # E.164, or cleaned digits
    raw: Mapped[str] = mapped_column(String(64))  # as typed
    kind: Mapped[str] = mapped_column(String(16), default="mobile")  # mobile, landline, work, fax
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class Call(Stamped, Base):
    __tablename__ = "calls"
    __table_args__ = (
        Index("ix_calls_customer_started", "customer_id", "started_at", "id"),
        Index("ix_calls_started", "started_at", "id"),
        Index("ix_calls_agent_started", "agent_id", "started_at"),
        Index("ix_calls_status_started", "status", "started_at"),
        # "Last calls from this number" (the pop for unknown callers, missed calls by caller) is a range here.
        Index("ix_calls_number_started", "number", "started_at", "id"),
        Index(
            "ix_calls_unknown_number",
            "number",
            sqlite_where=text("customer_id IS NULL"),
            postgresql_where=text("customer_id IS NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(8))  # in, out
    number: Mapped[str] = mapped_column(String(32), default="")  # normalized like phones.number
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    line: Mapped[str] = mapped_column(String(32), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    ring_seconds: Mapped[int] = mapped_column(Integer, default=0)
    talk_seconds: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16))  # ringing, answered, missed, abandoned, busy, no-answer
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason_id: Mapped[int | None] = mapped_column(ForeignKey("lookups.id", ondelete="SET NULL"))
    outcome: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16), default="manual")  # manual, modem, ncid, simulator, demo


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_by", "by"),  # the audit screen filters by user and period (app/audit_read.py)
        Index("ix_audit_log_at", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    by: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))  # create, update, delete, restore
    before: Mapped[str | None] = mapped_column(Text)  # JSON
    after: Mapped[str | None] = mapped_column(Text)  # JSON


class Order(Base):
    """What a customer bought; feeds revenue per call, lifetime value, RFM and ABC."""

    __tablename__ = "orders"
    __table_args__ = (
        Index("ix_orders_customer_ordered", "customer_id", "ordered_at"),
        Index("ix_orders_ordered", "ordered_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    ordered_at: Mapped[datetime] = mapped_column(DateTime)
    product: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), default="IRR")  # ISO 4217
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    created_by: Mapped[str] = mapped_column(String(64), default="")


# Daily rollups (migration 0003, triggers renewed in 0006): closed days summarized once, so a year of
# dashboard costs a few hundred rows. `rollup_days` marks which days are current; triggers on `calls`
# delete the marks of the days a change touches (its own day, and the day of the same number's call
# before it when its first-contact resolution may change); a new call today only adds one repeat to
# that earlier day's `call_day_fcr` row, so past days stay built.


class RollupDay(Base):
    __tablename__ = "rollup_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    answer_within: Mapped[int] = mapped_column(Integer, primary_key=True)


class CallDayStat(Base):
    """KPI measures of one day for one agent (agent_key 0: calls without an agent)."""

    __tablename__ = "call_day_stats"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    answer_within: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    offered: Mapped[int] = mapped_column(Integer, default=0)
    answered: Mapped[int] = mapped_column(Integer, default=0)
    missed: Mapped[int] = mapped_column(Integer, default=0)
    abandoned: Mapped[int] = mapped_column(Integer, default=0)
    answered_within: Mapped[int] = mapped_column(Integer, default=0)
    ring_seconds: Mapped[int] = mapped_column(Integer, default=0)
    outbound: Mapped[int] = mapped_column(Integer, default=0)
    outbound_answered: Mapped[int] = mapped_column(Integer, default=0)
    talk_seconds: Mapped[int] = mapped_column(Integer, default=0)


class CallHourStat(Base):
    """Inbound calls of one day and hour (the heat map)."""

    __tablename__ = "call_hour_stats"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True)
    inbound: Mapped[int] = mapped_column(Integer, default=0)


class CallReasonStat(Base):
    __tablename__ = "call_reason_stats"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    calls: Mapped[int] = mapped_column(Integer, default=0)


class CallDayFcr(Base):
    """First-contact resolution of one day's answered inbound calls: how many, and how many repeated."""

    __tablename__ = "call_day_fcr"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    repeats: Mapped[int] = mapped_column(Integer, default=0)


class MissedCaller(Base):
    """One caller's unreturned tries (migration 0005): open until the number is reached or marked handled.

    Triggers on `calls` keep it current (a missed or abandoned inbound call adds a try; an answered
    call with the number after the last try settles it), so the Missed calls list never groups `calls`.
    """

    __tablename__ = "missed_callers"
    __table_args__ = (
        Index("ux_missed_callers_open_number", "number", unique=True,
              sqlite_where=text("handled_at IS NULL"), postgresql_where=text("handled_at IS NULL")),
        Index("ix_missed_callers_open_last", "last_at", "id",
              sqlite_where=text("handled_at IS NULL"), postgresql_where=text("handled_at IS NULL")),
        Index("ix_missed_callers_last", "last_at", "id"),
        Index("ix_missed_callers_number_handled", "number", "handled_at"),
    )  # fmt: skip
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32))
    tries: Mapped[int] = mapped_column(Integer, default=1)
    first_at: Mapped[datetime] = mapped_column(DateTime)
    last_at: Mapped[datetime] = mapped_column(DateTime)
    last_call_id: Mapped[int | None] = mapped_column(Integer)
    handled_at: Mapped[datetime | None] = mapped_column(DateTime)
    handled_by: Mapped[str] = mapped_column(String(64), default="")
    handled_note: Mapped[str] = mapped_column(String(400), default="")
    handled_call_id: Mapped[int | None] = mapped_column(Integer)


# Imports and merges (migration 0009): enough kept to undo either.


class ImportBatch(Base):
    """One run of "Import customers": what came in, with counts, and whether it was undone."""

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    by: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(String(400), default="")
    mode: Mapped[str] = mapped_column(String(16), default="create")  # create, update, upsert
    on_duplicate: Mapped[str] = mapped_column(String(16), default="merge")  # skip, merge, create
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImportChange(Base):
    """A customer an import updated or merged into, as it was before (JSON), to restore on undo."""

    __tablename__ = "import_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(Integer)
    before: Mapped[str] = mapped_column(Text)


class CustomerMerge(Base):
    """Two customers made one: the survivor's values before, and every related row that moved."""

    __tablename__ = "customer_merges"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    by: Mapped[str] = mapped_column(String(64), default="")
    survivor_id: Mapped[int] = mapped_column(Integer, index=True)
    merged_id: Mapped[int] = mapped_column(Integer, index=True)
    survivor_before: Mapped[str] = mapped_column(Text)  # JSON of the survivor's fields
    moved: Mapped[str] = mapped_column(Text)  # JSON {table: [row ids]}
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    group_id: Mapped[int | None] = mapped_column(Integer, index=True)  # the first merge of a one-step group (0013)


class OrderDayStat(Base):
    """Orders and revenue of one day in one currency, kept exact by triggers on `orders` (migration 0006)."""

    __tablename__ = "order_day_stats"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, default=0)
    revenue: Mapped[Decimal] = mapped_column(Numeric(16, 2), default=0)


class CustomerValue(Base):
    """One customer's RFM, ABC and churn figures as of the latest snapshot (migration 0006).

    Filled by `app.analytics.value_snapshot.refresh` on a worker; a customer deleted since is removed
    by a trigger. The stored segment makes the customer list's segment filter an index range.
    """

    __tablename__ = "customer_values"
    __table_args__ = (
        Index("ix_customer_values_segment", "segment", "customer_id"),
        Index("ix_customer_values_value_rank", "value_rank"),
        Index("ix_customer_values_churn_ratio", "churn_ratio"),
    )
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    last_contact: Mapped[datetime] = mapped_column(DateTime)
    frequency: Mapped[int] = mapped_column(Integer, default=0)
    monetary: Mapped[Decimal] = mapped_column(Numeric(16, 2), default=0)
    r: Mapped[int] = mapped_column(Integer)
    f: Mapped[int] = mapped_column(Integer)
    m: Mapped[int] = mapped_column(Integer)
    segment: Mapped[str] = mapped_column(String(24))  # a name of rfm.SEGMENTS, or "other"
    value_rank: Mapped[int | None] = mapped_column(Integer)  # 1 = most valuable in the last year
    value_share: Mapped[float | None] = mapped_column(Float)  # cumulative share of the year's value
    abc: Mapped[str | None] = mapped_column(String(1))
    events: Mapped[int] = mapped_column(Integer, default=0)  # orders and reaching calls, for churn
    last_event_at: Mapped[datetime | None] = mapped_column(DateTime)
    interval_days: Mapped[float | None] = mapped_column(Float)  # usual gap between those events
    churn_ratio: Mapped[float | None] = mapped_column(Float)  # days since the last one / usual gap


class CustomerValueRun(Base):
    """When the customer value snapshot was computed: `as_of` is the moment its figures describe."""

    __tablename__ = "customer_value_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    as_of: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime] = mapped_column(DateTime)
    customers: Mapped[int] = mapped_column(Integer, default=0)


from app.campaigns import models as _campaigns  # noqa: E402, F401 - campaign tables join Base.metadata
from app.seats import models as _seats  # noqa: E402, F401 - seat tables join Base.metadata
from app.tickets import models as _tickets  # noqa: E402, F401 - ticket tables join Base.metadata
