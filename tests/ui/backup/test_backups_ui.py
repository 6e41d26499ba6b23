"""Backups in the app: start-up questions (create? restore the latest backup?), the Backups… dialog, the daily
and at-exit backups, and one plain sentence for database failures."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import OperationalError

from PySide6.QtWidgets import QMessageBox

from app.backup.copy import copy_database
from app.backup.rotation import backups, default_folder
from app.db import Database, open_database
from tests.app.safety.conftest import count, damage, digest, make_database
from ui.backup.dialog import BackupsDialog
from ui.backup.errors import friendly
from ui.backup.keeper import BackupKeeper, back_up_at_exit
from ui.backup.restart import apply, restore_after_quit, take_pending
from ui.backup.startup import create_box, damaged_box, open_at_start
from ui.settings import Settings

NOW = datetime(2026, 11, 23, 23, 30, 0)


class Answers:
    """The user's answers to the start-up questions, and what the app told them."""

    def __init__(self, create: bool = False, restore: bool = False) -> None:
        self.create, self.restore = create, restore
        self.asked: list[str] = []
        self.told: list[str] = []

    def create_database(self, path: Path) -> bool:
        self.asked.append(f"create {path.name}")
        return self.create

    def restore_damaged(self, path: Path, problem: str, backup: Path | None) -> bool:
        self.asked.append(f"restore {backup.name if backup else None}")
        return self.restore

    def tell(self, message: str) -> None:
        self.told.append(message)


def test_a_missing_database_is_created_only_when_the_user_chooses_to(tmp_path: Path, settings: Settings) -> None:
    typo = tmp_path / "tamsa.db"
    no = Answers(create=False)
    assert open_at_start(str(typo), tmp_path / "default.db", settings, no) is None
    assert no.asked == ["create tamsa.db"] and "does not exist" in no.told[0] and not typo.exists()
    yes = Answers(create=True)
    db = open_at_start(str(typo), tmp_path / "default.db", settings, yes)
    assert isinstance(db, Database) and typo.exists() and yes.told == []
    db.dispose()
    fresh = open_at_start(None, tmp_path / "data" / "default.db", settings, Answers())  # the data folder: no question
    assert fresh is not None
    fresh.dispose()


def test_a_damaged_database_is_offered_its_latest_backup_and_kept_beside_it(tmp_path: Path, settings: Settings) -> None:
    path = make_database(tmp_path / "tamas.db", people=40)
    folder = default_folder(path)
    folder.mkdir()
    copy_database(path, folder / "tamas-20261120-090000.tamas-backup.db")
    damage(path)
    damaged = digest(path)
    refused = Answers(restore=False)
    assert open_at_start(str(path), tmp_path / "x.db", settings, refused) is None
    assert refused.asked == ["restore tamas-20261120-090000.tamas-backup.db"] and "damaged" in refused.told[0]
    assert digest(path) == damaged  # untouched when the user says no
    accepted = Answers(restore=True)
    db = open_at_start(str(path), tmp_path / "x.db", settings, accepted)
    assert db is not None and accepted.told == []
    db.dispose()
    assert count(path) == 40
    (aside,) = tmp_path.glob("tamas.damaged-*.db")
    assert digest(aside) == damaged  # the damaged file is kept, byte for byte


def test_a_newer_database_is_one_sentence_at_start(tmp_path: Path, settings: Settings) -> None:
    path = make_database(tmp_path / "tamas.db", people=1)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    answers = Answers()
    assert open_at_start(str(path), tmp_path / "x.db", settings, answers) is None
    assert len(answers.told) == 1 and "newer Tamas" in answers.told[0] and "update the app" in answers.told[0]


def test_the_start_dialogs_offer_the_choices(tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    create = create_box(tmp_path / "office.db")
    assert [b.text() for b in create.buttons()] == ["Create new database", "Quit"]
    assert "office.db" in create.text()
    damaged = damaged_box(tmp_path / "office.db", tmp_path / "office-20261120-090000.tamas-backup.db")
    roles = {damaged.buttonRole(b) for b in damaged.buttons()}
    assert roles == {QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.RejectRole}
    assert "office-20261120-090000" in damaged.text()
    no_backup = damaged_box(tmp_path / "office.db", None)
    assert [b.text() for b in no_backup.buttons()] == ["Quit"]


def test_back_up_now_runs_on_a_worker_with_progress_and_lists_the_result(
    tmp_path: Path, settings: Settings, qtbot
) -> None:  # noqa: ANN001
    path = make_database(tmp_path / "tamas.db", people=20)
    db = open_database(path)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = BackupsDialog(db, settings, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(usb))
    dialog.keep.setValue(3)
    task = dialog.back_up_now()
    assert task is not None and not dialog.back_up_button.isEnabled()
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert [b.path.name for b in backups(usb, path)] == ["tamas-20261123-233000.tamas-backup.db"]
    assert dialog.list.count() == 1 and dialog.back_up_button.isEnabled()
    assert "written and checked" in dialog.status.text()
    assert settings.value("backup_folder") == str(usb) and settings.value("backup_keep") == 3
    db.dispose()


def test_restore_from_the_dialog_checks_the_file_then_restores_after_quit(
    tmp_path: Path, settings: Settings, qtbot
) -> None:  # noqa: ANN001
    path = make_database(tmp_path / "tamas.db", people=7)
    good = copy_database(path, tmp_path / "good.db")
    make_database(path, people=3)
    bad = tmp_path / "notes.db"
    bad.write_text("not a backup")
    db = open_database(path)
    dialog = BackupsDialog(db, settings)
    qtbot.addWidget(dialog)
    confirmed: list[Path] = []
    dialog._confirm = confirmed.append  # type: ignore[method-assign]  # the user's "Restore and restart"
    with qtbot.waitSignal(dialog.check_and_restore(bad).finished, timeout=20000):
        pass
    assert "not a Tamas backup" in dialog.status.text() and confirmed == []
    with qtbot.waitSignal(dialog.check_and_restore(good).finished, timeout=20000):
        pass
    assert confirmed == [good]
    restore_after_quit(good)  # the app quits; ui.application swaps the file with no connection open
    db.dispose()
    assert take_pending() == good and take_pending() is None
    message = apply(path, good, default_folder(path))
    assert message.startswith("Restored good.db") and count(path) == 7
    assert count(backups(default_folder(path), path)[0].path) == 10  # the database it replaced was kept


def test_the_daily_backup_is_made_when_due_and_the_exit_one_only_after_changes(
    tmp_path: Path, settings: Settings, qtbot
) -> None:  # noqa: ANN001
    path = make_database(tmp_path / "tamas.db", people=2)
    db = open_database(path)
    clock = [NOW]
    keeper = BackupKeeper(db, settings, now=lambda: clock[0])
    with qtbot.waitSignal(keeper.made, timeout=20000):
        keeper.start()
    keeper.timer.stop()
    folder = default_folder(path)
    assert len(backups(folder, path)) == 1
    with qtbot.waitSignal(keeper.finished, timeout=20000):
        keeper.back_up_if_due()  # the same day: nothing to do
    assert len(backups(folder, path)) == 1
    clock[0] = NOW + timedelta(days=1)
    with qtbot.waitSignal(keeper.made, timeout=20000):
        keeper.back_up_if_due()
    assert len(backups(folder, path)) == 2
    assert back_up_at_exit(db, settings, NOW + timedelta(days=2)) is None  # nothing written since: skipped
    from app.dto import CustomerDraft, PhoneDraft
    from app.services import customers

    customers.create_customer(db, CustomerDraft(name="New", phones=[PhoneDraft("09120000999")]), "t")
    made = back_up_at_exit(db, settings, datetime.now() + timedelta(days=3))
    assert made is not None and made.name.endswith("-exit.tamas-backup.db") and count(made) == 3
    db.dispose()


def test_database_failures_read_as_one_sentence_without_sql() -> None:
    for raw, expected in (("database or disk is full", "disk is full"), ("database is locked", "busy"),
                          ("database disk image is malformed", "damaged")):  # fmt: skip
        error = OperationalError("INSERT INTO customers (name) VALUES ('Ali 0912')", {}, Exception(raw))
        text = friendly(error)
        assert expected in text and "INSERT" not in text and "0912" not in text
