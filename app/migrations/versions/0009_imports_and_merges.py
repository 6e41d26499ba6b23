"""imports and merges

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23

Reserved for issue 10 (import, duplicates and merge); a no-op until that change lands.
"""

from __future__ import annotations

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
