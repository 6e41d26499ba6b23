"""calls by number

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Reserved for issue 7 (caller ID): calls indexed by number and start time; a no-op until that change lands.
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
