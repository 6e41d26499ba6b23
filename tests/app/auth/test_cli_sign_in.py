"""`main.py --user NAME ...`: the password from TAMAS_PASSWORD or a prompt; mistakes are one `error:` line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.auth.accounts import MAX_FAILURES
from app.db import Database, open_database
from app.models import ImportBatch
from main import main
from tests.app.auth.conftest import PASSWORDS, add_staff
from tests.conftest import REPO


@pytest.fixture
def staffed_file(db_path: Path) -> Path:
    database = open_database(db_path, create=True)
    add_staff(database)
    database.dispose()
    return db_path


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text("name,phone\nReza,09121234567\n", encoding="utf-8")
    return path


def test_a_database_with_accounts_needs_a_user(staffed_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(staffed_file), "db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "--user" in err and err.count("\n") == 1


def test_password_from_the_environment(staffed_file: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS["sam"])
    assert main(["--db", str(staffed_file), "--user", "sam", "db", "upgrade"]) == 0
    monkeypatch.setenv("TAMAS_PASSWORD", "wrong")
    assert main(["--db", str(staffed_file), "--user", "sam", "db", "upgrade"]) == 1
    assert capsys.readouterr().err == "error: Wrong user name or password. Try again.\n"


def test_password_from_the_prompt(staffed_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TAMAS_PASSWORD", raising=False)
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSWORDS["sam"])
    assert main(["--db", str(staffed_file), "--user", "sam", "import", "customers", str(_csv(tmp_path))]) == 0
    assert asked == ["Password for sam: "]
    database = open_database(staffed_file)
    with database.sessions() as session:
        assert session.scalar(select(ImportBatch.by)) == "sam"
    database.dispose()


def test_the_os_user_name_does_not_sign_in(staffed_file: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    for variable in ("USER", "USERNAME", "LOGNAME"):
        monkeypatch.setenv(variable, "olga")
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS["olga"])
    assert main(["--db", str(staffed_file), "db", "upgrade"]) == 1
    assert "--user" in capsys.readouterr().err


def test_role_refusals_and_lockout_are_one_line(staffed_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS["ali"])
    out = tmp_path / "calls.xlsx"
    assert main(["--db", str(staffed_file), "--user", "ali", "export", "calls", "--out", str(out)]) == 1
    assert capsys.readouterr().err == "error: ali (agent) may not export data: ask a supervisor or the owner.\n"
    assert not out.exists()
    assert main(["--db", str(staffed_file), "--user", "ali", "import", "customers", str(_csv(tmp_path))]) == 1
    assert "may not import" in capsys.readouterr().err
    monkeypatch.setenv("TAMAS_PASSWORD", "bad")
    for _ in range(MAX_FAILURES):
        main(["--db", str(staffed_file), "--user", "ali", "db", "upgrade"])
    capsys.readouterr()
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS["ali"])
    assert main(["--db", str(staffed_file), "--user", "ali", "db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Too many wrong passwords") and err.count("\n") == 1


def test_supervisor_exports(staffed_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS["sam"])
    out = tmp_path / "tickets.xlsx"
    assert main(["--db", str(staffed_file), "--user", "sam", "export", "tickets", "--out", str(out)]) == 0
    assert out.exists()


def test_open_install_needs_no_sign_in(db: Database, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "calls.xlsx"
    assert main(["--db", str(db_path), "export", "calls", "--out", str(out)]) == 0 and out.exists()


def test_demo_prints_its_accounts_and_a_real_install_has_none(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(path), "demo", "--customers", "20",
                           "--days", "3"], capture_output=True, text=True, cwd=tmp_path, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "demo sign-in: owner / owner (owner)" in done.stdout
    assert "demo sign-in: sara.ahmadi / sara (agent)" in done.stdout
    env_run = subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(path), "--user", "sara.ahmadi",
                              "db", "upgrade"], capture_output=True, text=True, cwd=tmp_path, timeout=120,
                             env={"PATH": "/usr/bin:/bin", "TAMAS_PASSWORD": "sara"})  # fmt: skip
    assert env_run.returncode == 0, env_run.stderr
    fresh = tmp_path / "real.db"
    assert main(["--db", str(fresh), "db", "upgrade"]) == 0
    database = open_database(fresh)
    from app.auth.accounts import account_count

    assert account_count(database) == 0
    database.dispose()


def test_database_passwords_are_never_printed(capsys: pytest.CaptureFixture[str]) -> None:
    from app.db_label import database_label, safe_url

    url = "postgresql+psycopg://tamas:s3cr3t-pw@db.office.lan:5432/tamas"
    assert "s3cr3t" not in safe_url(url) and "***" in safe_url(url)
    assert database_label(url) == "db.office.lan/tamas"
    assert main(["--db", "postgresql+nosuchdriver://tamas:s3cr3t-pw@127.0.0.1/x", "db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "s3cr3t" not in err


def test_db_upgrade_names_the_database_without_its_password(any_db: Database,
                                                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    from sqlalchemy.engine import make_url

    password = make_url(any_db.url).password  # the server's (PostgreSQL in CI); none for a SQLite file
    assert main(["--db", any_db.url, "db", "upgrade"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("database ") and "revision" in out
    assert password is None or (f":{password}@" not in out and "***" in out)


def test_demo_into_a_database_with_accounts_needs_a_supervisor(
    staffed_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS["ali"])
    assert main(["--db", str(staffed_file), "--user", "ali", "demo", "--customers", "5", "--days", "2"]) == 1
    assert (
        capsys.readouterr().err
        == "error: ali (agent) may not import customers or undo an import: ask a supervisor or the owner.\n"
    )


@pytest.mark.parametrize(
    ("user", "may_back_up", "may_restore"), [("ali", False, False), ("sam", True, False), ("olga", True, True)]
)
def test_backup_and_restore_follow_the_role(staffed_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str], user: str, may_back_up: bool,
                                            may_restore: bool) -> None:  # fmt: skip
    """Backups copy every customer (supervisors and owners); a restore replaces the database (owners only)."""
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS[user])
    out = tmp_path / f"{user}.tamas-backup.db"
    code = main(["--db", str(staffed_file), "--user", user, "backup", "--out", str(out)])
    err = capsys.readouterr().err
    assert (code == 0) == may_back_up and out.exists() == may_back_up
    if not may_back_up:
        assert err.startswith("error: ") and "may not make backups" in err and err.count("\n") == 1
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS["olga"])
    main(["--db", str(staffed_file), "--user", "olga", "backup", "--out", str(tmp_path / "good.db")])
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS[user])
    capsys.readouterr()
    code = main(["--db", str(staffed_file), "--user", user, "restore", str(tmp_path / "good.db"), "--yes"])
    err = capsys.readouterr().err
    assert (code == 0) == may_restore
    if not may_restore:
        assert err.startswith("error: ") and "may not restore a backup" in err


def test_db_copy_is_a_backup_by_role(staffed_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS["ali"])
    refused = tmp_path / "agent-copy.db"
    assert main(["--user", "ali", "db", "copy", "--from", str(staffed_file), "--to", str(refused)]) == 1
    assert "may not make backups" in capsys.readouterr().err and not refused.exists()
    monkeypatch.setenv("TAMAS_PASSWORD", PASSWORDS["sam"])
    allowed = tmp_path / "supervisor-copy.db"
    assert main(["--user", "sam", "db", "copy", "--from", str(staffed_file), "--to", str(allowed)]) == 0
    assert allowed.exists()
