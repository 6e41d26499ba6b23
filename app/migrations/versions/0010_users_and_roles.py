"""users and roles

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23

Sign-in accounts, roles and lockout: failed attempts in a row and until when an account is locked.
The audit log gets indexes for its screen's filters (user, period).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("skip_sign_in", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index("ix_audit_log_by", "audit_log", ["by"])
    op.create_index("ix_audit_log_at", "audit_log", ["at"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    op.drop_index("ix_audit_log_by", table_name="audit_log")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("skip_sign_in")
        batch.drop_column("locked_until")
        batch.drop_column("failed_attempts")
