"""Online backups: consistent while another connection writes, verified before older ones are pruned, named by time."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.backup.auto import back_up, back_up_if_due
from app.backup.copy import BackupFailed, copy_database
from app.backup.inspect import check
from app.backup.rotation import backup_name, backups, due, prune
from app.db import open_database
from app.dto import CustomerDraft, PhoneDraft
from app.progress import Cancelled
from app.services import customers
from tests.app.safety.conftest import count, damage, make_database

NOW = datetime(2026, 11, 23, 22, 45, 1)


def test_a_backup_taken_while_the_app_writes_is_one_consistent_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_database(tmp_path / "tamas.db", people=200)
    monkeypatch.setattr("app.backup.copy.PAGES_PER_STEP", 2)  # many steps, a write between each two
    db = open_database(path)
    steps: list[int] = []

    def write_between_steps(done: int, total: int, label: str) -> bool:
        if label == "copy":
            steps.append(done)
            draft = CustomerDraft(name=f"During backup {len(steps)}", phones=[PhoneDraft(f"0935{len(steps):07d}")])
            customers.create_customer(db, draft, "seat2")
        return True

    try:
        copy = copy_database(path, tmp_path / "copy.db", write_between_steps)
    finally:
        db.dispose()
    assert len(steps) > 10 and steps == sorted(steps)  # never restarted by the writes
    assert check(copy, "integrity_check") == "ok"
    assert count(copy) == 200  # the snapshot from the start of the copy
    assert count(path) == 200 + len(steps)  # and every write during it landed in the database
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no partial file left


def test_names_sort_by_time_and_a_daily_backup_is_due_after_a_day(tmp_path: Path) -> None:
    database = make_database(tmp_path / "tamas.db", people=3)
    folder = tmp_path / "usb"
    assert due(folder, database, NOW)
    first = back_up_if_due(database, folder, NOW, keep=3)
    assert first is not None and first.name == "tamas-20261123-224501.tamas-backup.db"
    assert back_up_if_due(database, folder, NOW + timedelta(hours=23), keep=3) is None
    assert back_up_if_due(database, folder, NOW + timedelta(days=1), keep=3) is not None
    names = [backup_name(database, NOW + timedelta(seconds=s)) for s in (5, 70, 3600 * 30)]
    assert sorted(names) == names


def test_keeping_n_prunes_the_oldest_after_the_new_one_verified(tmp_path: Path) -> None:
    database = make_database(tmp_path / "tamas.db", people=3)
    folder = tmp_path / "backups"
    for day in range(5):
        back_up(database, folder, NOW + timedelta(days=day), keep=3)
    kept = [b.taken for b in backups(folder, database)]
    assert kept == [NOW + timedelta(days=d) for d in (4, 3, 2)]
    newest = backups(folder, database)[0].path
    prune(folder, database, 0)
    assert [b.path for b in backups(folder, database)] == [newest]  # at least one is always kept


def test_a_backup_that_does_not_verify_keeps_every_older_one(tmp_path: Path) -> None:
    database = make_database(tmp_path / "tamas.db", people=30)
    folder = tmp_path / "backups"
    for day in range(2):
        back_up(database, folder, NOW + timedelta(days=day), keep=2)
    before = [b.path for b in backups(folder, database)]
    damage(database)
    with pytest.raises(BackupFailed, match="did not verify|damaged|malformed"):
        back_up(database, folder, NOW + timedelta(days=5), keep=2)
    assert [b.path for b in backups(folder, database)] == before
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_cancelling_a_backup_leaves_nothing(tmp_path: Path) -> None:
    database = make_database(tmp_path / "tamas.db", people=3)
    with pytest.raises(Cancelled):
        copy_database(database, tmp_path / "out.db", lambda *_: False)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("tamas.db")] == []
