"""`require(db, actor, permission)`: the check inside services (see app/auth/permissions.py for the rules)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.permissions import OWNER, PermissionDenied, allowed, denied, refusal
from app.db import Database
from app.models import User


def is_open_install(session: Session) -> bool:
    """No account has a password yet: whoever runs Tamas acts as the owner."""
    return session.scalar(select(User.id).where(User.password_hash.is_not(None)).limit(1)) is None


def acting_role(db: Database, actor: str) -> str:
    """The role `actor` acts with; PermissionDenied when the name cannot act (unknown, no password, disabled)."""
    with db.sessions() as session:
        if is_open_install(session):
            return OWNER
        row = session.execute(select(User.role, User.active, User.password_hash).where(User.username == actor)).first()
    if not actor:
        raise denied("sign_in")
    if row is None or row.password_hash is None:
        raise denied("not_account", actor)
    if not row.active:
        raise denied("disabled", actor)
    return row.role


def require(db: Database, actor: str, permission: str) -> None:
    """Raise PermissionDenied unless `actor` may use `permission` (a name from PERMISSIONS)."""
    role = acting_role(db, actor)
    if not allowed(role, permission):
        raise refusal(actor, role, permission)


def may(db: Database, actor: str, permission: str) -> bool:
    """`require` as a yes/no, for screens that grey out what the user cannot do."""
    try:
        require(db, actor, permission)
    except PermissionDenied:
        return False
    return True
