"""customer value snapshot

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

Reserved for issue 15 (speed): RFM snapshot and stored segment per customer; a no-op until that change lands.
"""

from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
