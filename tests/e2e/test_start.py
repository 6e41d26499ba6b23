"""Start main.py the way a user does (a subprocess, offscreen) and check what it leaves on disk."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.migrate import head_revision
from tests.conftest import REPO


def run_main(*args: str, home: Path, timeout: int = 90) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               QT_QPA_PLATFORM="offscreen")  # fmt: skip
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=home)  # fmt: skip


def test_first_start_creates_and_migrates_the_database_in_the_data_folder(tmp_path: Path) -> None:
    result = run_main("--exit-after", "1500", home=tmp_path)
    assert result.returncode == 0, result.stderr
    database = tmp_path / "data" / "Tamas" / "Tamas" / "tamas.db"  # AppDataLocation: <data>/<org>/<app>
    assert database.exists(), list(tmp_path.rglob("*.db"))
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("SELECT count(*) FROM lookups").fetchone()[0] > 0
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_db_option_and_persian_start(tmp_path: Path) -> None:
    mistyped = run_main("--db", str(tmp_path / "ofice.db"), "--exit-after", "1500", home=tmp_path)
    assert mistyped.returncode == 1 and mistyped.stderr.startswith("error:") and "does not exist" in mistyped.stderr
    assert not (tmp_path / "ofice.db").exists()  # a mistyped --db never becomes a new empty database
    assert run_main("--db", str(tmp_path / "office.db"), "db", "upgrade", home=tmp_path).returncode == 0
    result = run_main("--db", str(tmp_path / "office.db"), "--lang", "fa", "--exit-after", "1500", home=tmp_path)
    assert result.returncode == 0, result.stderr


def test_a_bad_database_file_gives_one_clear_line_and_is_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "customers.xlsx.db"
    bad.write_bytes(b"PK\x03\x04 not a database" * 10)
    before = bad.read_bytes()
    for args in (["--db", str(bad), "--exit-after", "500"], ["--db", str(bad), "db", "upgrade"]):
        result = run_main(*args, home=tmp_path)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error:") and "not a Tamas database" in lines[0]
    assert bad.read_bytes() == before


def test_db_upgrade_and_help(tmp_path: Path) -> None:
    result = run_main("--db", str(tmp_path / "x.db"), "db", "upgrade", home=tmp_path)
    assert result.returncode == 0 and head_revision() in result.stdout
    help_text = run_main("--help", home=tmp_path).stdout
    for command in ("demo", "db", "decode-cid", "--db"):
        assert command in help_text
    assert "--customers" in run_main("demo", "--help", home=tmp_path).stdout
    wrong = run_main("no-such-command", home=tmp_path)
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr
