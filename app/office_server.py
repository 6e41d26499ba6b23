"""The office server (PostgreSQL) as a seat sees it: its address, and a connection test.

The address is kept without the password (the password lives in the OS keyring or in memory, see
`ui/database/`); `server_url` joins them only for the moment a connection is made. A failed test
says which part to fix: the host, the port, the user or password, or the database name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from app.migrate import head_revision

DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5  # a wrong host answers within this, instead of the driver's default of never


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int = DEFAULT_PORT
    database: str = "tamas"
    user: str = "tamas"

    def key(self) -> str:
        """The keyring's name for this address's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def server_url(address: ServerAddress, password: str) -> str:
    url = URL.create("postgresql+psycopg", address.user, password or None, address.host, address.port, address.database)
    return url.render_as_string(hide_password=False)


@dataclass(frozen=True)
class ServerInfo:
    version: str  # e.g. "PostgreSQL 15.8"
    revision: str | None  # the Tamas schema on it; None for an empty database (`db upgrade` creates it)
    newest: str  # the schema this Tamas writes


class ServerProblem(Exception):
    """`kind` says what to fix: host, port, login, database or other; `detail` is the driver's line."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind, self.detail = kind, detail


def classify(message: str) -> str:
    lowered = message.lower()
    if "password" in lowered or "authentication" in lowered or ("role" in lowered and "does not exist" in lowered):
        return "login"
    if "database" in lowered and "does not exist" in lowered:
        return "database"
    if "resolve" in lowered or "name or service" in lowered or "translate host" in lowered or "nodename" in lowered:
        return "host"
    if "refused" in lowered or "timeout" in lowered or "timed out" in lowered or "unreachable" in lowered:
        return "port"
    return "other"


def check_server(address: ServerAddress, password: str) -> ServerInfo:
    """Connect once (a few seconds at most) and read the server version and the Tamas schema on it."""
    url = server_url(address, password)
    engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as connection:
            version = str(connection.scalar(text("SHOW server_version")) or "")
            has_schema = connection.scalar(text("SELECT to_regclass('alembic_version') IS NOT NULL"))
            revision = connection.scalar(text("SELECT version_num FROM alembic_version")) if has_schema else None
    except (OperationalError, DBAPIError) as error:
        lines = str(getattr(error, "orig", error)).strip().splitlines() or [type(error).__name__]
        detail = lines[0].replace(password, "***") if password else lines[0]
        raise ServerProblem(classify(detail), detail) from error
    finally:
        engine.dispose()
    return ServerInfo(f"PostgreSQL {version.split()[0] if version else '?'}", revision, head_revision())
