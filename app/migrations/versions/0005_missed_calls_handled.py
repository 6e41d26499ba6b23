"""missed calls handled

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

Reserved for issue 8 (agent desk): missed calls marked handled; a no-op until that change lands.
"""

from __future__ import annotations

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
