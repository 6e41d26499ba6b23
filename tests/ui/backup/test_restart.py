"""Restore from inside the running app: it quits, swaps the file (its own connections all closed first),
keeps the database it replaced, and starts again on the restored one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.backup.copy import copy_database
from app.backup.rotation import backups, default_folder
from tests.app.safety.conftest import count, make_database
from tests.crash.conftest import child_env

CHILD = Path(__file__).with_name("restart_child.py")


def test_restore_and_restart_from_the_window(tmp_path: Path) -> None:
    path = make_database(tmp_path / "tamas.db", people=4)
    good = copy_database(path, tmp_path / "monday.db")
    make_database(path, people=3)  # a day's work after the backup
    result = subprocess.run([sys.executable, str(CHILD), str(path), str(good)], capture_output=True, text=True,
                            env=child_env(tmp_path / "home"), timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Restored monday.db" in result.stdout and "second start: 4 customers" in result.stdout, result.stdout
    assert "error:" not in result.stderr
    kept = [b.path for b in backups(default_folder(path), path) if "before-restore" in b.path.name]
    assert len(kept) == 1 and count(kept[0]) == 7
