"""lookup labels

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

Editable lists keep one label per language: the stored value stays what calls refer to, and
Persian and Arabic users see their own words. Default values get their labels here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.lookup_defaults import DEFAULT_LABELS

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("lookups") as batch:
        batch.add_column(sa.Column("label_fa", sa.String(length=120), nullable=False, server_default=""))
        batch.add_column(sa.Column("label_ar", sa.String(length=120), nullable=False, server_default=""))
    lookups = sa.table(
        "lookups", sa.column("kind", sa.String), sa.column("value", sa.String),
        sa.column("label_fa", sa.String), sa.column("label_ar", sa.String),
    )  # fmt: skip
    for kind, labels in DEFAULT_LABELS.items():
        for value, (persian, arabic) in labels.items():
            op.execute(
                lookups.update()
                .where(lookups.c.kind == kind, lookups.c.value == value, lookups.c.label_fa == "")
                .values(label_fa=persian, label_ar=arabic)
            )


def downgrade() -> None:
    with op.batch_alter_table("lookups") as batch:
        batch.drop_column("label_ar")
        batch.drop_column("label_fa")
