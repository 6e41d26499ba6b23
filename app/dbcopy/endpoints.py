"""The two ends of a copy: a source opened read-only at the newest schema, and an empty target.

Every failure a user can cause becomes a `CopyError` whose message is one sentence saying what to do
next, with the database address shown without its password.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import StaticPool

from app.db import SQLITE_HEADER, Database, DatabaseOpenError, open_database, resolve_url
from app.migrate import current_revision, head_revision, upgrade_to_head
from app.models import Base

# Named first when a target is refused: what a person recognises as "this server already has data".
TELLING = ("customers", "calls", "orders", "tickets", "users")


class CopyError(Exception):
    """The copy cannot start or did not finish; `str(error)` is one line for the user."""


def shown(url: str) -> str:
    """The address to print: a file path as the user gave it, an URL with its password as ***."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or url
    return parsed.render_as_string(hide_password=True)


def scrub(message: str, url: str) -> str:
    """A driver message with the password cut out, should a driver ever echo it."""
    parsed = make_url(url)
    password = parsed.password
    if not password:
        return message
    message = message.replace(f":{password}@", ":***@")
    names = f"{parsed.username} {parsed.host} {parsed.database}"
    # A password that is also part of a name (tamas/tamas) is only cut where it stands as the password.
    return message if password in names else message.replace(password, "***")


def driver_message(error: BaseException, url: str) -> str:
    lines = str(getattr(error, "orig", error)).strip().splitlines() or [type(error).__name__]
    return scrub(lines[-1] if lines[0].startswith("connection failed:") and len(lines) > 1 else lines[0], url)


def open_source(path_or_url: str) -> Engine:
    """The source, read-only: a file that must exist (never created), at this Tamas's newest schema."""
    url = resolve_url(path_or_url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if not path.is_file():
            raise CopyError(f"{path} does not exist; give the Tamas database file to copy with --from.")
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise CopyError(f"{path} is not a Tamas database (not an SQLite file); choose another --from.")
        # mode=ro: SQLite itself refuses every write, so the source cannot change (no checkpoint either).
        engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    else:
        engine = create_engine(url)
    try:
        revision = current_revision(engine)
    except (OperationalError, DBAPIError) as error:
        engine.dispose()
        raise CopyError(f"Cannot read {shown(url)}: {driver_message(error, url)}") from error
    _check_revision(engine, revision, url)
    return engine


def _check_revision(engine: Engine, revision: str | None, url: str) -> None:
    """A source at an older schema is refused (not migrated behind the user's back): `db upgrade` first."""
    head = head_revision()
    if revision == head:
        return
    engine.dispose()
    where = shown(url)
    if revision is None:
        raise CopyError(f"{where} is not a Tamas database (it has no schema revision); choose another --from.")
    known = _known_revisions()
    if revision in known:
        raise CopyError(
            f"{where} is at schema {revision} and this Tamas writes {head}: run "
            f"`python main.py --db {where} db upgrade` on it first (the app also does it at start), then copy."
        )
    raise CopyError(f"{where} was made by a newer Tamas (schema {revision}); update Tamas on this computer first.")


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from app.migrate import alembic_config

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def seeded_tables() -> set[str]:
    """Tables the migrations themselves fill (default lists and the like): a fresh target has rows there."""
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        upgrade_to_head(engine)
        with engine.connect() as connection:
            return {
                t.name for t in Base.metadata.sorted_tables if connection.scalar(select(func.count()).select_from(t))
            }
    finally:
        engine.dispose()


def open_target(path_or_url: str) -> tuple[Database, bool]:
    """The target, created and migrated to the newest schema; (database, whether this call created the file)."""
    url = resolve_url(path_or_url)
    parsed = make_url(url)
    created = False
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        created = not path.exists() or (path.is_file() and os.path.getsize(path) == 0)
    try:
        database = open_database(url, create=True)  # the target: a new file is what `db copy --to` asks for
    except DatabaseOpenError as error:
        raise CopyError(scrub(str(error), url).replace(url, shown(url))) from error
    except (OperationalError, DBAPIError) as error:
        raise CopyError(f"Cannot open {shown(url)}: {driver_message(error, url)}") from error
    return database, created


def data_tables_with_rows(database: Database, seeded: set[str]) -> list[str]:
    """Tables of the target holding rows a fresh database would not have (its own data: copy refused)."""
    names = set(inspect(database.engine).get_table_names())
    busy = []
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in seeded or table.name not in names:
                continue
            if connection.execute(select(text("1")).select_from(table).limit(1)).first() is not None:
                busy.append(table.name)
    return sorted(busy, key=lambda name: (name not in TELLING, name))
