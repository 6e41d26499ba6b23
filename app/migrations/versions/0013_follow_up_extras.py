"""follow up extras

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-23

Ticket and import follow-ups: the customer's language (en, fa, ar; empty means the office's own) chooses
the "tell the customer" template; merges made in one step from a group of three or more share a
`group_id` so one undo restores them all. Columns added in place (no rebuild of a million customers).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customers", sa.Column("language", sa.String(length=8), nullable=False, server_default=""))
    op.add_column("customer_merges", sa.Column("group_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_customer_merges_group_id"), "customer_merges", ["group_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_customer_merges_group_id"), table_name="customer_merges")
    op.drop_column("customer_merges", "group_id")
    op.drop_column("customers", "language")
