from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.auth import PermissionDenied, acting_role, require
from app.auth.accounts import (
    LOCK_MINUTES,
    MAX_FAILURES,
    AccountError,
    SignInError,
    account_count,
    account_without_sign_in,
    create_account,
    find_account,
    list_accounts,
    reset_password,
    set_active,
    set_role,
    set_skip_sign_in,
    sign_in,
    unlock,
)
from app.db import Database
from app.identity import user_id
from app.models import AuditLog, User
from tests.app.auth.conftest import PASSWORDS


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 10, 0)

    def __call__(self) -> datetime:
        return self.now


def test_open_install_acts_as_owner_until_the_first_account(db: Database) -> None:
    with db.sessions.begin() as session:
        user_id(session, "osuser")  # the OS-user era left a row without a password
    assert acting_role(db, "osuser") == "owner" and acting_role(db, "anyone") == "owner"
    with pytest.raises(AccountError, match="owner"):
        create_account(db, "first", "a-good-pass", "agent", "osuser")
    create_account(db, "osuser", "a-good-pass", "owner", "osuser")  # the existing row gets the password
    assert account_count(db) == 1
    assert acting_role(db, "osuser") == "owner"
    with pytest.raises(PermissionDenied, match="not a Tamas account"):
        acting_role(db, "anyone")
    with pytest.raises(PermissionDenied, match="Sign in first"):
        require(db, "", "call.log")


def test_sign_in_accepts_the_password_and_refuses_others(staffed: Database) -> None:
    assert sign_in(staffed, "ali", PASSWORDS["ali"]).role == "agent"
    with pytest.raises(SignInError, match="Wrong user name or password"):
        sign_in(staffed, "ali", "nope")
    with pytest.raises(SignInError, match="Wrong user name or password"):  # same words for an unknown name
        sign_in(staffed, "nobody", "nope")


def test_repeated_failures_lock_the_account_for_a_while(staffed: Database) -> None:
    clock = Clock()
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(SignInError, match="Wrong"):
            sign_in(staffed, "ali", "bad", now=clock)
    with pytest.raises(SignInError, match="locked for"):
        sign_in(staffed, "ali", "bad", now=clock)
    clock.now += timedelta(minutes=LOCK_MINUTES - 1)
    with pytest.raises(SignInError, match="locked until"):  # even the right password waits
        sign_in(staffed, "ali", PASSWORDS["ali"], now=clock)
    clock.now += timedelta(minutes=2)
    assert sign_in(staffed, "ali", PASSWORDS["ali"], now=clock).username == "ali"
    with staffed.sessions() as session:
        assert session.scalar(select(AuditLog.action).where(AuditLog.entity == "user", AuditLog.by == "ali")) == "lock"


def test_a_success_resets_the_count(staffed: Database) -> None:
    clock = Clock()
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(SignInError):
            sign_in(staffed, "ali", "bad", now=clock)
    sign_in(staffed, "ali", PASSWORDS["ali"], now=clock)
    with pytest.raises(SignInError, match="Wrong"):  # counting starts again: not locked by one more
        sign_in(staffed, "ali", "bad", now=clock)


def test_owner_unlocks_disables_resets_and_changes_roles(staffed: Database) -> None:
    clock = Clock()
    for _ in range(MAX_FAILURES):
        with pytest.raises(SignInError):
            sign_in(staffed, "ali", "bad", now=clock)
    ali = find_account(staffed, "ali")
    assert ali is not None and ali.locked_until is not None
    unlock(staffed, ali.id, "olga")
    assert sign_in(staffed, "ali", PASSWORDS["ali"], now=clock)
    set_active(staffed, ali.id, False, "olga")
    with pytest.raises(SignInError, match="disabled"):
        sign_in(staffed, "ali", PASSWORDS["ali"])
    with pytest.raises(PermissionDenied, match="disabled"):
        require(staffed, "ali", "call.log")
    set_active(staffed, ali.id, True, "olga")
    reset_password(staffed, ali.id, "new-agent-pass", "olga")
    with pytest.raises(SignInError):
        sign_in(staffed, "ali", PASSWORDS["ali"])
    assert sign_in(staffed, "ali", "new-agent-pass")
    with pytest.raises(AccountError, match="8 characters"):
        reset_password(staffed, ali.id, "short", "olga")
    set_role(staffed, ali.id, "supervisor", "olga")
    assert acting_role(staffed, "ali") == "supervisor"


def test_only_owners_manage_users_and_one_owner_always_remains(staffed: Database) -> None:
    olga = find_account(staffed, "olga")
    assert olga is not None
    with pytest.raises(PermissionDenied, match="manage users"):
        create_account(staffed, "eve", "a-good-pass", "owner", "sam")
    with pytest.raises(AccountError, match="active owner"):
        set_role(staffed, olga.id, "agent", "olga")
    with pytest.raises(AccountError, match="active owner"):
        set_active(staffed, olga.id, False, "olga")
    with pytest.raises(AccountError, match="already"):
        create_account(staffed, "ali", "a-good-pass", "agent", "olga")
    assert [a.username for a in list_accounts(staffed)] == ["ali", "olga", "sam"]


def test_no_password_or_hash_in_the_audit_log(staffed: Database) -> None:
    sam = find_account(staffed, "sam")
    assert sam is not None
    reset_password(staffed, sam.id, "another-pass-9", "olga")
    with staffed.sessions() as session:
        logged = " ".join(f"{r.before} {r.after}" for r in session.scalars(select(AuditLog)))
        hashes = list(session.scalars(select(User.password_hash).where(User.password_hash.is_not(None))))
    assert "another-pass-9" not in logged and PASSWORDS["sam"] not in logged
    assert "scrypt$" not in logged and "password" not in logged
    assert all(h.startswith("scrypt$") and "another-pass-9" not in h for h in hashes)


def test_a_single_account_may_start_without_sign_in_by_the_owners_choice(db: Database) -> None:
    owner = create_account(db, "olga", "a-good-pass", "owner", "olga")
    assert account_without_sign_in(db) is None
    set_skip_sign_in(db, owner, True, "olga")
    started = account_without_sign_in(db)
    assert started is not None and started.username == "olga"
    create_account(db, "ali", "agent-pass-1", "agent", "olga")
    assert account_without_sign_in(db) is None  # a second account: everyone signs in
