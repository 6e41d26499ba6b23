"""campaigns

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23

Outbound campaigns, members, attempts, dispositions and scripts (reserved: filled by the campaigns change).
"""

from __future__ import annotations

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
