"""tickets

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

Reserved for issue 9 (tickets): tickets, events, SLA, knowledge base; a no-op until that change lands.
"""

from __future__ import annotations

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
