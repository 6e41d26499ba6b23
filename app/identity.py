"""Who is acting: until logins arrive, the operating-system user is the agent."""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User


def os_username() -> str:
    try:
        return getpass.getuser() or "agent"
    except (OSError, KeyError):  # no login name in some service or container environments
        return "agent"


def user_id(session: Session, username: str, full_name: str = "") -> int:
    """The id of `username`, creating the user on first use."""
    found = session.scalar(select(User.id).where(User.username == username))
    if found is not None:
        return found
    user = User(username=username, full_name=full_name or username)
    session.add(user)
    session.flush()
    return user.id
