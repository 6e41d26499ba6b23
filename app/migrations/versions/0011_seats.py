"""seats

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23

Several seats: call routing per line, agent presence and the caller-ID hosts' heartbeat.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "call_routes",
        sa.Column("line", sa.String(length=32), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("target", sa.String(length=800), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("line", name=op.f("pk_call_routes")),
    )
    op.create_table(
        "agent_presence",
        sa.Column("agent", sa.String(length=64), nullable=False),
        sa.Column("seat", sa.String(length=120), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("with_whom", sa.String(length=200), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("agent", name=op.f("pk_agent_presence")),
    )
    op.create_table(
        "callerid_hosts",
        sa.Column("seat", sa.String(length=120), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seat", name=op.f("pk_callerid_hosts")),
    )


def downgrade() -> None:
    op.drop_table("callerid_hosts")
    op.drop_table("agent_presence")
    op.drop_table("call_routes")
