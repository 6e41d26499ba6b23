"""PostgreSQL tests are counted: skipped with the reason when the server is missing, and fatal under CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# One any_db test (its PostgreSQL case) and one test marked `postgres`, both quick.
TARGETS = [
    "tests/app/test_migrations.py::test_search_index_branch_exists",
    "tests/app/dbcopy/test_copy_postgres.py::test_copying_from_a_missing_server_database_is_one_line",
]


def run_pytest(**env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("TAMAS_TEST_POSTGRES_URL", "CI")} | env
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TARGETS],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_without_a_server_the_postgres_cases_are_skipped_with_the_reason_and_counted() -> None:
    result = run_pytest()
    assert result.returncode == 0, result.stdout
    assert "1 passed, 2 skipped" in result.stdout
    assert "2 PostgreSQL tests skipped: PostgreSQL not available: set TAMAS_TEST_POSTGRES_URL" in result.stdout


def test_under_ci_a_skipped_postgres_test_fails_the_run() -> None:
    result = run_pytest(CI="true")
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout
    assert "(CI=true: this fails the run)" in result.stdout
