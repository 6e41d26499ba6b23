"""Sign-in accounts for demo data: a known owner/owner and a few staff, printed by `main.py demo`.

Only a database without accounts gets them: a real install never has a default password.
"""

from __future__ import annotations

from app.auth.accounts import create_account, has_accounts
from app.db import Database

DEMO_ACCOUNTS = (  # user name, password, role
    ("owner", "owner", "owner"),
    ("elham.moradi", "elham", "supervisor"),
    ("sara.ahmadi", "sara", "agent"),
    ("reza.karimi", "reza", "agent"),
)


def create_demo_accounts(db: Database) -> list[tuple[str, str, str]]:
    """The accounts created (name, password, role); none when the database already has accounts."""
    if has_accounts(db):
        return []
    for username, password, role in DEMO_ACCOUNTS:
        # The owner first: it ends the open install, and then acts for the others.
        create_account(db, username, password, role, "owner", check_strength=False)
    return list(DEMO_ACCOUNTS)
