"""How a database is named to the user: the file's name, or server/database; never a URL with its password."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url


def database_label(url: str) -> str:
    """`tamas.db` for a SQLite file, `server/tamas` for a server database ('' for an in-memory one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return Path(parsed.database or "").name
    host = parsed.host or "localhost"
    return f"{host}/{parsed.database}" if parsed.database else host


def safe_url(url: str) -> str:
    """The URL to print: a server URL's password shown as ***; a SQLite URL as is."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy can read: never echo it, it may hold a password
        return "(the database address given)"
