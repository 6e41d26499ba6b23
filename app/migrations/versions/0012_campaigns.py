"""campaigns

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23

Issue 13: outbound campaigns, their agents, members and attempts, the editable list of dispositions
(seeded with the defaults), scripts with questions and answers, and the office's do-not-call numbers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.campaigns.disposition_defaults import default_rows

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign_scripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_scripts")),
    )
    op.create_table(
        "dispositions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("label_fa", sa.String(length=120), nullable=False),
        sa.Column("label_ar", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("contact_made", sa.Boolean(), nullable=False),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("do_not_call", sa.Boolean(), nullable=False),
        sa.Column("callback", sa.Boolean(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("retry_minutes", sa.Integer(), nullable=False),
        sa.Column("shortcut", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispositions")),
        sa.UniqueConstraint("code", name=op.f("uq_dispositions_code")),
    )
    op.create_table(
        "dnc_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dnc_numbers")),
        sa.UniqueConstraint("number", name=op.f("uq_dnc_numbers_number")),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("script_id", sa.Integer(), nullable=True),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("calling_start", sa.Integer(), nullable=False),
        sa.Column("calling_end", sa.Integer(), nullable=False),
        sa.Column("calling_days", sa.String(length=7), nullable=False),
        sa.Column("lease_seconds", sa.Integer(), nullable=False),
        sa.Column("target_filter", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["campaign_scripts.id"],
            name=op.f("fk_campaigns_script_id_campaign_scripts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_table(
        "script_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("choices", sa.Text(), nullable=False),
        sa.Column("branches", sa.Text(), nullable=False),
        sa.Column("measure", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["campaign_scripts.id"],
            name=op.f("fk_script_questions_script_id_campaign_scripts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_questions")),
    )
    op.create_index("ix_script_questions_script", "script_questions", ["script_id", "position"], unique=False)

    op.create_table(
        "campaign_agents",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_agents_campaign_id_campaigns"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_campaign_agents_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("campaign_id", "user_id", name=op.f("pk_campaign_agents")),
    )
    op.create_table(
        "campaign_dispositions",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("disposition_id", sa.Integer(), nullable=False),
        sa.Column("retry_minutes", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_dispositions_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["disposition_id"],
            ["dispositions.id"],
            name=op.f("fk_campaign_dispositions_disposition_id_dispositions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("campaign_id", "disposition_id", name=op.f("pk_campaign_dispositions")),
    )
    op.create_table(
        "campaign_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("callback_agent_id", sa.Integer(), nullable=True),
        sa.Column("callback_at", sa.DateTime(), nullable=True),
        sa.Column("claimed_by", sa.Integer(), nullable=True),
        sa.Column("claim_until", sa.DateTime(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["users.id"], name=op.f("fk_campaign_members_agent_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["callback_agent_id"],
            ["users.id"],
            name=op.f("fk_campaign_members_callback_agent_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_members_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["claimed_by"], ["users.id"], name=op.f("fk_campaign_members_claimed_by_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_campaign_members_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_members")),
    )
    op.create_index(
        "ix_campaign_members_callbacks",
        "campaign_members",
        ["callback_agent_id", "due_at"],
        unique=False,
        sqlite_where=sa.text("callback_agent_id IS NOT NULL"),
        postgresql_where=sa.text("callback_agent_id IS NOT NULL"),
    )
    op.create_index("ix_campaign_members_campaign_status", "campaign_members", ["campaign_id", "status"], unique=False)
    op.create_index(
        "ix_campaign_members_claims",
        "campaign_members",
        ["claimed_by", "claim_until"],
        unique=False,
        sqlite_where=sa.text("claimed_by IS NOT NULL"),
        postgresql_where=sa.text("claimed_by IS NOT NULL"),
    )
    op.create_index("ix_campaign_members_customer", "campaign_members", ["customer_id", "campaign_id"], unique=False)
    op.create_index(
        "ix_campaign_members_next",
        "campaign_members",
        ["campaign_id", "priority", "due_at", "id"],
        unique=False,
        sqlite_where=sa.text("status = 'open'"),
        postgresql_where=sa.text("status = 'open'"),
    )

    op.create_table(
        "campaign_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("disposition_id", sa.Integer(), nullable=True),
        sa.Column("dialled", sa.String(length=8), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("callback_at", sa.DateTime(), nullable=True),
        sa.Column("kept_callback", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["users.id"], name=op.f("fk_campaign_attempts_agent_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_campaign_attempts_call_id_calls"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_attempts_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["disposition_id"],
            ["dispositions.id"],
            name=op.f("fk_campaign_attempts_disposition_id_dispositions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["campaign_members.id"],
            name=op.f("fk_campaign_attempts_member_id_campaign_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_campaign_attempts_order_id_orders"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_attempts")),
    )
    op.create_index("ix_campaign_attempts_campaign", "campaign_attempts", ["campaign_id", "at"], unique=False)
    op.create_index("ix_campaign_attempts_member", "campaign_attempts", ["member_id", "at"], unique=False)

    op.create_table(
        "script_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["campaign_attempts.id"],
            name=op.f("fk_script_answers_attempt_id_campaign_attempts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["campaign_members.id"],
            name=op.f("fk_script_answers_member_id_campaign_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["script_questions.id"],
            name=op.f("fk_script_answers_question_id_script_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_answers")),
    )
    op.create_index("ix_script_answers_member", "script_answers", ["member_id", "question_id"], unique=False)
    op.create_index("ix_script_answers_question", "script_answers", ["question_id"], unique=False)
    dispositions = sa.table("dispositions", *[sa.column(name) for name in (*default_rows()[0],)])
    op.bulk_insert(dispositions, default_rows())


def downgrade() -> None:
    op.drop_index("ix_script_answers_question", table_name="script_answers")
    op.drop_index("ix_script_answers_member", table_name="script_answers")

    op.drop_table("script_answers")
    op.drop_index("ix_campaign_attempts_member", table_name="campaign_attempts")
    op.drop_index("ix_campaign_attempts_campaign", table_name="campaign_attempts")

    op.drop_table("campaign_attempts")
    op.drop_index(
        "ix_campaign_members_next",
        table_name="campaign_members",
        sqlite_where=sa.text("status = 'open'"),
        postgresql_where=sa.text("status = 'open'"),
    )
    op.drop_index("ix_campaign_members_customer", table_name="campaign_members")
    op.drop_index(
        "ix_campaign_members_claims",
        table_name="campaign_members",
        sqlite_where=sa.text("claimed_by IS NOT NULL"),
        postgresql_where=sa.text("claimed_by IS NOT NULL"),
    )
    op.drop_index("ix_campaign_members_campaign_status", table_name="campaign_members")
    op.drop_index(
        "ix_campaign_members_callbacks",
        table_name="campaign_members",
        sqlite_where=sa.text("callback_agent_id IS NOT NULL"),
        postgresql_where=sa.text("callback_agent_id IS NOT NULL"),
    )

    op.drop_table("campaign_members")
    op.drop_table("campaign_dispositions")
    op.drop_table("campaign_agents")
    op.drop_index("ix_script_questions_script", table_name="script_questions")

    op.drop_table("script_questions")
    op.drop_table("campaigns")
    op.drop_table("dnc_numbers")
    op.drop_table("dispositions")
    op.drop_table("campaign_scripts")
