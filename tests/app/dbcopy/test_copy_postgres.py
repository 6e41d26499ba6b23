"""`db copy` SQLite → PostgreSQL → SQLite on a real server: the office moving up, and a backup on a laptop."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from app.db import open_database, resolve_url
from app.dbcopy.copy import copy_database
from app.dbcopy.endpoints import CopyError
from app.dto import CallDraft, CustomerDraft, PhoneDraft
from app.models import AuditLog, Call, Customer
from app.services.calls import log_call
from app.services.customers import create_customer
from main import main
from tests.app.dbcopy.conftest import PERSIAN_NAME, assert_same_content, assert_same_stored_values
from tests.app.dbcopy.test_copy_sqlite import search_names

pytestmark = pytest.mark.postgres


def test_round_trip_keeps_every_row(demo_file: Path, tmp_path: Path, postgres_url: str) -> None:
    up = copy_database(str(demo_file), postgres_url)
    assert up.ok and up.target.endswith("***@" + up.target.split("@")[1])
    back = copy_database(postgres_url, str(tmp_path / "laptop.db"))
    assert back.ok
    assert [(c.table, c.source) for c in up.tables] == [(c.table, c.target) for c in back.tables]
    assert_same_content(resolve_url(demo_file), postgres_url)
    assert_same_content(resolve_url(demo_file), resolve_url(tmp_path / "laptop.db"))
    assert_same_stored_values(demo_file, tmp_path / "laptop.db")


def test_search_works_on_the_server_and_back(demo_file: Path, tmp_path: Path, postgres_url: str) -> None:
    copy_database(str(demo_file), postgres_url)
    copy_database(postgres_url, str(tmp_path / "laptop.db"))
    assert PERSIAN_NAME in search_names(postgres_url, "رضایی")
    for query in ("رضایی", "1234567"):
        expected = sorted(search_names(str(demo_file), query))
        assert sorted(search_names(postgres_url, query)) == expected
        assert sorted(search_names(str(tmp_path / "laptop.db"), query)) == expected


def test_new_rows_after_the_copy_take_the_next_ids(demo_file: Path, postgres_url: str) -> None:
    copy_database(str(demo_file), postgres_url)
    db = open_database(postgres_url)
    try:
        with db.sessions() as session:
            last_customer, last_call, last_audit = (
                session.scalar(select(func.max(m.id))) for m in (Customer, Call, AuditLog)
            )
        customer = create_customer(db, CustomerDraft("Nima Karimi", phones=[PhoneDraft("09351112233")]), "sara")
        call = log_call(db, CallDraft("in", datetime(2026, 11, 2, 10, 0), "09351112233", customer), "sara")
        assert (customer, call) == (last_customer + 1, last_call + 1)
        with db.sessions() as session:
            assert session.scalar(select(func.max(AuditLog.id))) > last_audit
    finally:
        db.dispose()


def test_refuses_a_server_database_that_is_not_empty(demo_file: Path, postgres_url: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    copy_database(str(demo_file), postgres_url)
    assert main(["db", "copy", "--from", str(demo_file), "--to", postgres_url]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "is not empty (it has" in err[0]
    password = make_url(postgres_url).password
    assert password and f":{password}@" not in err[0] and ":***@" in err[0]
    db = open_database(postgres_url)
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 81  # still the first copy
    db.dispose()


def test_wrong_password_is_one_line_without_the_password(demo_file: Path, postgres_url: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    secret = "not-the-password-7f3k"
    wrong = make_url(postgres_url).set(password=secret).render_as_string(hide_password=False)
    assert main(["db", "copy", "--from", str(demo_file), "--to", wrong]) == 1
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "password authentication failed" in lines[0]
    assert secret not in out + err


def test_a_failed_copy_leaves_the_server_empty(demo_file: Path, postgres_url: str) -> None:
    calls_before = []

    def stop_in_calls(done: int, total: int, label: str) -> bool:
        calls_before.append(label)
        return label != "calls"

    from app.progress import Cancelled

    with pytest.raises(Cancelled):
        copy_database(str(demo_file), postgres_url, progress=stop_in_calls)
    assert "customers" in calls_before
    db = open_database(postgres_url)
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
    db.dispose()
    assert copy_database(str(demo_file), postgres_url).ok  # and it can be run again


def test_copying_from_a_missing_server_database_is_one_line(tmp_path: Path, postgres_url: str) -> None:
    missing = make_url(postgres_url).set(database="tamas_copy_does_not_exist").render_as_string(hide_password=False)
    with pytest.raises(CopyError, match="tamas_copy_does_not_exist") as caught:
        copy_database(missing, str(tmp_path / "b.db"))
    assert "\n" not in str(caught.value) and not (tmp_path / "b.db").exists()
