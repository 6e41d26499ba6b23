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
POSTGRES_MISSING = "PostgreSQL not available: set TAMAS_TEST_POSTGRES_URL"
# The PostgreSQL case is always generated: without the URL it is reported as skipped (with the reason and
# counted in the summary), never silently dropped; under CI=true a skipped one fails the run.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The same test on a real SQLite file and on a real PostgreSQL server (skipped, and counted, without one)."""
    if request.param == "postgresql":
        reset_postgres(POSTGRES_URL)
        database = open_database(POSTGRES_URL)
    else:
        database = open_database(tmp_path / "tamas.db", create=True)
    yield database
    database.dispose()


@pytest.fixture
def postgres_url() -> str:
    """An empty PostgreSQL database (schema dropped), for tests marked `postgres`."""
    reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("postgres") is not None and not POSTGRES_URL:
        pytest.skip(POSTGRES_MISSING)


_postgres_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "postgres" in report.keywords:
        _postgres_skipped.append(report.nodeid)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _postgres_skipped:
        fails = " (CI=true: this fails the run)" if _in_ci() else ""
        terminalreporter.write_line(f"{len(_postgres_skipped)} PostgreSQL tests skipped: {POSTGRES_MISSING}{fails}")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI every PostgreSQL test must have run: a skipped one fails the session."""
    if _postgres_skipped and _in_ci() and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
