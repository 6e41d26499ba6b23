"""calls by number

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Issue 7 (caller ID): calls indexed by number and start time, so the pop's "last calls" for an unknown
caller and the missed calls by caller are index ranges instead of a scan of every call.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain CREATE INDEX (no batch table copy): the calls table can hold millions of rows.
    op.create_index("ix_calls_number_started", "calls", ["number", "started_at", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_calls_number_started", table_name="calls")
