"""Accounts for permission tests: an owner, a supervisor and an agent with passwords (so no open install)."""

from __future__ import annotations

import pytest

from app.auth.accounts import create_account
from app.db import Database

PASSWORDS = {"olga": "owner-pass-1", "sam": "super-pass-1", "ali": "agent-pass-1"}
ROLE_USERS = {"owner": "olga", "supervisor": "sam", "agent": "ali"}


def add_staff(db: Database) -> None:
    create_account(db, "olga", PASSWORDS["olga"], "owner", "olga")
    create_account(db, "sam", PASSWORDS["sam"], "supervisor", "olga")
    create_account(db, "ali", PASSWORDS["ali"], "agent", "olga")


@pytest.fixture
def staffed(db: Database) -> Database:
    add_staff(db)
    return db
