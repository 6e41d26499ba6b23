"""Accounts: sign-in with lockout, and the owner's changes (add, role, password, disable, unlock).

Every change is audited under entity "user" — without the password hash (app/audit.py skips it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.auth.guard import is_open_install, require
from app.auth.passwords import dummy_check, hash_password, password_problem, verify_password
from app.auth.permissions import OWNER, ROLES
from app.db import Database
from app.models import User

MAX_FAILURES = 5  # wrong passwords in a row before the account locks
LOCK_MINUTES = 15


class SignInError(Exception):
    """Sign-in refused; `str(error)` is one sentence for the user (it never says which of name/password was wrong).

    `reason` is "wrong", "locked" (with `until`), "disabled" or "missing", for screens that word it themselves.
    """

    def __init__(self, message: str, reason: str = "wrong", until: datetime | None = None) -> None:
        super().__init__(message)
        self.reason, self.until = reason, until


class AccountError(ValueError):
    """A change to an account the rules refuse (weak password, taken name, the last owner...)."""


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    has_password: bool
    locked_until: datetime | None
    skip_sign_in: bool = False


def _account(user: User) -> Account:
    return Account(user.id, user.username, user.full_name, user.role, user.active, user.password_hash is not None,
                   user.locked_until, bool(user.skip_sign_in))  # fmt: skip


def list_accounts(db: Database) -> list[Account]:
    """Users with a password (accounts), by name; the password-less rows the OS-user era left are not accounts."""
    with db.sessions() as session:
        users = session.scalars(select(User).where(User.password_hash.is_not(None)).order_by(User.username))
        return [_account(u) for u in users]


def account_count(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(User).where(User.password_hash.is_not(None))) or 0


def has_accounts(db: Database) -> bool:
    with db.sessions() as session:
        return not is_open_install(session)


def find_account(db: Database, username: str) -> Account | None:
    with db.sessions() as session:
        user = session.scalar(select(User).where(User.username == username, User.password_hash.is_not(None)))
        return _account(user) if user is not None else None


def account_without_sign_in(db: Database) -> Account | None:
    """The account the app starts as without asking: the only one, when its owner chose so (else None)."""
    accounts = list_accounts(db)
    if len(accounts) == 1 and accounts[0].active and accounts[0].skip_sign_in:
        return accounts[0]
    return None


def set_skip_sign_in(db: Database, user_id: int, skip: bool, actor: str) -> None:
    """A single-user install may start without the sign-in dialog (ignored once a second account exists)."""
    _change(db, user_id, actor, lambda user: setattr(user, "skip_sign_in", skip), keeps_owner=True)


def sign_in(db: Database, username: str, password: str, now: Callable[[], datetime] = datetime.now) -> Account:
    """The account when name and password match; SignInError otherwise. Failures count toward a lockout."""
    at = now()
    with db.sessions.begin() as session:
        user = session.scalar(select(User).where(User.username == username.strip()))
        if user is None or user.password_hash is None:
            dummy_check(password)
            raise SignInError("Wrong user name or password. Try again.")
        if user.locked_until is not None and user.locked_until > at:
            raise SignInError(f"Too many wrong passwords: this account is locked until {user.locked_until:%H:%M}. "
                              "Wait, or ask the owner to unlock it.", "locked", user.locked_until)  # fmt: skip
        account: Account | None = None
        if verify_password(password, user.password_hash):
            user.failed_attempts, user.locked_until = 0, None
            if not user.active:
                raise SignInError("This account is disabled. Ask the owner to enable it.", "disabled")
            account = _account(user)
        else:
            _count_failure(session, user, at)  # committed: the count must survive the refusal below
        until = user.locked_until
    if account is not None:
        return account
    if until is not None and until > at:
        raise SignInError(f"Too many wrong passwords: this account is locked for {LOCK_MINUTES} minutes. "
                          "Wait, or ask the owner to unlock it.", "locked", until)  # fmt: skip
    raise SignInError("Wrong user name or password. Try again.")


def _count_failure(session: Session, user: User, at: datetime) -> None:
    user.failed_attempts = (user.failed_attempts or 0) + 1
    if user.failed_attempts >= MAX_FAILURES:
        user.failed_attempts, user.locked_until = 0, at + timedelta(minutes=LOCK_MINUTES)
        audit.record(session, user.username, "user", user.id, "lock", None,
                     {"locked_until": user.locked_until.isoformat()})  # fmt: skip


def create_account(db: Database, username: str, password: str, role: str, actor: str, full_name: str = "",
                   *, check_strength: bool = True) -> int:  # fmt: skip
    """A new account (or a password for a name the OS-user era created). `check_strength=False` only for demo data."""
    require(db, actor, "users.manage")
    username = username.strip()
    if not username:
        raise AccountError("Enter a user name.")
    _check_role(role)
    problem = password_problem(password, username) if check_strength else ""
    if problem:
        raise AccountError(problem)
    with db.sessions.begin() as session:
        if role != OWNER and is_open_install(session):
            raise AccountError("The first account must be the owner's.")
        user = session.scalar(select(User).where(User.username == username))
        if user is not None and user.password_hash is not None:
            raise AccountError(f"There is already a user “{username}”. Choose another name.")
        if user is None:
            user = User(username=username, full_name=full_name or username)
            session.add(user)
        user.role, user.password_hash, user.active = role, hash_password(password), True
        user.full_name = full_name or user.full_name or username
        session.flush()
        audit.record(session, actor, "user", user.id, "create", None, audit.snapshot(user))
        return user.id


def set_role(db: Database, user_id: int, role: str, actor: str) -> None:
    _check_role(role)
    _change(db, user_id, actor, lambda user: setattr(user, "role", role), keeps_owner=role == OWNER)


def set_active(db: Database, user_id: int, active: bool, actor: str) -> None:
    _change(db, user_id, actor, lambda user: setattr(user, "active", active), keeps_owner=active)


def unlock(db: Database, user_id: int, actor: str) -> None:
    def clear(user: User) -> None:
        user.failed_attempts, user.locked_until = 0, None

    _change(db, user_id, actor, clear, keeps_owner=True)


def reset_password(db: Database, user_id: int, password: str, actor: str) -> None:
    def change(user: User) -> None:
        problem = password_problem(password, user.username)
        if problem:
            raise AccountError(problem)
        user.password_hash, user.failed_attempts, user.locked_until = hash_password(password), 0, None

    _change(db, user_id, actor, change, keeps_owner=True)


def _change(db: Database, user_id: int, actor: str, apply: Callable[[User], None], *, keeps_owner: bool) -> None:
    require(db, actor, "users.manage")
    with db.sessions.begin() as session:
        user = session.get(User, user_id)
        if user is None:
            raise AccountError("That user no longer exists. Refresh the list.")
        before = audit.snapshot(user)
        apply(user)
        session.flush()
        if not keeps_owner and _active_owners(session) == 0:
            raise AccountError("Tamas needs at least one active owner: make another user owner first.")
        audit.record(session, actor, "user", user.id, "update", before, audit.snapshot(user))


def _active_owners(session: Session) -> int:
    query = (
        select(func.count())
        .select_from(User)
        .where(User.role == OWNER, User.active.is_(True), User.password_hash.is_not(None))
    )
    return session.scalar(query) or 0


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"Unknown role {role!r}: choose agent, supervisor or owner.")
