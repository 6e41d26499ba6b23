"""tickets

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

Issue 9: tickets and their events, SLA policies and the business calendar, follow-up tasks,
notifications and knowledge-base articles.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "business_days",
        sa.Column("weekday", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("opens", sa.Integer(), nullable=False),
        sa.Column("closes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("weekday", name=op.f("pk_business_days")),
    )
    op.create_table(
        "holidays",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holidays")),
    )
    op.create_table(
        "kb_articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["lookups.id"], name=op.f("fk_kb_articles_category_id_lookups"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kb_articles")),
    )
    op.create_index("ix_kb_articles_category", "kb_articles", ["category_id", "id"], unique=False)
    op.create_table(
        "sla_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("first_response_minutes", sa.Integer(), nullable=False),
        sa.Column("resolution_minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["lookups.id"], name=op.f("fk_sla_policies_category_id_lookups"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sla_policies")),
        sa.UniqueConstraint("priority", "category_id", name="uq_sla_policies_priority_category"),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("tier_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("first_response_due", sa.DateTime(), nullable=True),
        sa.Column("resolution_due", sa.DateTime(), nullable=True),
        sa.Column("first_response_at", sa.DateTime(), nullable=True),
        sa.Column("paused_at", sa.DateTime(), nullable=True),
        sa.Column("paused_seconds", sa.Integer(), nullable=False),
        sa.Column("breached_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("last_informed_at", sa.DateTime(), nullable=True),
        sa.Column("reopen_count", sa.Integer(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("visit_start", sa.DateTime(), nullable=True),
        sa.Column("technician_id", sa.Integer(), nullable=True),
        sa.Column("visit_address", sa.Text(), nullable=False),
        sa.Column("visit_outcome", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_tickets_assignee_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_tickets_call_id_calls"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["category_id"], ["lookups.id"], name=op.f("fk_tickets_category_id_lookups"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_tickets_customer_id_customers"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["lookups.id"], name=op.f("fk_tickets_department_id_lookups"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["technician_id"], ["users.id"], name=op.f("fk_tickets_technician_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["tier_id"], ["lookups.id"], name=op.f("fk_tickets_tier_id_lookups"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
    )
    op.create_index("ix_tickets_assignee_status_id", "tickets", ["assignee_id", "status", "id"], unique=False)
    op.create_index("ix_tickets_category_id", "tickets", ["category_id", "id"], unique=False)
    op.create_index("ix_tickets_created", "tickets", ["created_at"], unique=False)
    op.create_index(
        "ix_tickets_customer_open",
        "tickets",
        ["customer_id", "id"],
        unique=False,
        sqlite_where=sa.text("status IN ('new', 'open', 'escalated', 'waiting')"),
        postgresql_where=sa.text("status IN ('new', 'open', 'escalated', 'waiting')"),
    )
    op.create_index("ix_tickets_department_status_id", "tickets", ["department_id", "status", "id"], unique=False)
    op.create_index(
        "ix_tickets_open_informed",
        "tickets",
        ["last_informed_at", "id"],
        unique=False,
        sqlite_where=sa.text("status IN ('new', 'open', 'escalated', 'waiting')"),
        postgresql_where=sa.text("status IN ('new', 'open', 'escalated', 'waiting')"),
    )
    op.create_index(
        "ix_tickets_running_due",
        "tickets",
        ["resolution_due", "id"],
        unique=False,
        sqlite_where=sa.text("status IN ('new', 'open', 'escalated')"),
        postgresql_where=sa.text("status IN ('new', 'open', 'escalated')"),
    )
    op.create_index("ix_tickets_status_id", "tickets", ["status", "id"], unique=False)
    op.create_index("ix_tickets_type_id", "tickets", ["type", "id"], unique=False)
    op.create_index(
        "ix_tickets_visits",
        "tickets",
        ["technician_id", "visit_start"],
        unique=False,
        sqlite_where=sa.text("visit_start IS NOT NULL"),
        postgresql_where=sa.text("visit_start IS NOT NULL"),
    )
    op.create_table(
        "ticket_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("before", sa.String(length=200), nullable=False),
        sa.Column("after", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_ticket_events_call_id_calls"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_events_ticket_id_tickets"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_events")),
    )
    op.create_index("ix_ticket_events_ticket", "ticket_events", ["ticket_id", "id"], unique=False)
    op.create_table(
        "ticket_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("notified_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_ticket_tasks_assignee_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_ticket_tasks_call_id_calls"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_tasks_ticket_id_tickets"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_tasks")),
    )
    op.create_index(
        "ix_ticket_tasks_pending",
        "ticket_tasks",
        ["assignee_id", "due_at"],
        unique=False,
        sqlite_where=sa.text("done_at IS NULL"),
        postgresql_where=sa.text("done_at IS NULL"),
    )
    op.create_index("ix_ticket_tasks_ticket", "ticket_tasks", ["ticket_id"], unique=False)
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(length=400), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["task_id"], ["ticket_tasks.id"], name=op.f("fk_notifications_task_id_ticket_tasks"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_notifications_ticket_id_tickets"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_notifications_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
    )
    op.create_index(
        "ix_notifications_unread",
        "notifications",
        ["user_id", "id"],
        unique=False,
        sqlite_where=sa.text("read_at IS NULL"),
        postgresql_where=sa.text("read_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index(
        "ix_notifications_unread",
        table_name="notifications",
        sqlite_where=sa.text("read_at IS NULL"),
        postgresql_where=sa.text("read_at IS NULL"),
    )
    op.drop_table("notifications")
    op.drop_index("ix_ticket_tasks_ticket", table_name="ticket_tasks")
    op.drop_index(
        "ix_ticket_tasks_pending",
        table_name="ticket_tasks",
        sqlite_where=sa.text("done_at IS NULL"),
        postgresql_where=sa.text("done_at IS NULL"),
    )
    op.drop_table("ticket_tasks")
    op.drop_index("ix_ticket_events_ticket", table_name="ticket_events")
    op.drop_table("ticket_events")
    op.drop_index(
        "ix_tickets_visits",
        table_name="tickets",
        sqlite_where=sa.text("visit_start IS NOT NULL"),
        postgresql_where=sa.text("visit_start IS NOT NULL"),
    )
    op.drop_index("ix_tickets_type_id", table_name="tickets")
    op.drop_index("ix_tickets_status_id", table_name="tickets")
    op.drop_index(
        "ix_tickets_running_due",
        table_name="tickets",
        sqlite_where=sa.text("status IN ('new', 'open', 'escalated')"),
        postgresql_where=sa.text("status IN ('new', 'open', 'escalated')"),
    )
    op.drop_index(
        "ix_tickets_open_informed",
        table_name="tickets",
        sqlite_where=sa.text("status IN ('new', 'open', 'escalated', 'waiting')"),
        postgresql_where=sa.text("status IN ('new', 'open', 'escalated', 'waiting')"),
    )
    op.drop_index("ix_tickets_department_status_id", table_name="tickets")
    op.drop_index(
        "ix_tickets_customer_open",
        table_name="tickets",
        sqlite_where=sa.text("status IN ('new', 'open', 'escalated', 'waiting')"),
        postgresql_where=sa.text("status IN ('new', 'open', 'escalated', 'waiting')"),
    )
    op.drop_index("ix_tickets_created", table_name="tickets")
    op.drop_index("ix_tickets_category_id", table_name="tickets")
    op.drop_index("ix_tickets_assignee_status_id", table_name="tickets")
    op.drop_table("tickets")
    op.drop_table("sla_policies")
    op.drop_index("ix_kb_articles_category", table_name="kb_articles")
    op.drop_table("kb_articles")
    op.drop_table("holidays")
    op.drop_table("business_days")
