"""Shared fixtures: Qt runs offscreen, and every test gets real database files in a temp folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pytest  # noqa: E402

from app.db import Database, open_database  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tamas.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A freshly created and migrated SQLite file."""
    database = open_database(db_path, create=True)
    yield database
    database.dispose()


POSTGRES_URL = os.environ.get("TAMAS_TEST_POSTGRES_URL", "")
# .ci/run always starts PostgreSQL and sets the URL; on a machine without it these cases are not generated.
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


def reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The same test on a real SQLite file and, in CI, on a real PostgreSQL server."""
    if request.param == "postgresql":
        reset_postgres(POSTGRES_URL)
        database = open_database(POSTGRES_URL)
    else:
        database = open_database(tmp_path / "tamas.db", create=True)
    yield database
    database.dispose()
