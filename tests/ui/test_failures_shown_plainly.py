"""A database failure during a pop or a save shows one short line: never SQL, the caller's number or the notes."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.phones import PhoneRules
from app.services import customers, lookups
from hardware.events import CallerIdEvent
from ui.customers.customer_form import CustomerForm
from ui.main_window import MainWindow
from ui.messages import plain_error

NUMBER = "09123456789"
NOTES = "customer said the secret word"


def assert_plain(message: str) -> None:
    assert message and "\n" not in message and len(message) < 300
    for leak in ("[SQL", "INSERT", "SELECT", "UPDATE", "parameters", "Traceback", "912345", "9123456789", NOTES):
        assert leak not in message, message


def rename(db_path: Path, old: str, new: str) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute(f"ALTER TABLE {old} RENAME TO {new}")


def test_a_ring_whose_write_fails_shows_a_short_line(qtbot, db: Database, db_path: Path, settings) -> None:  # noqa: ANN001
    lookups.ensure_defaults(db)
    window = MainWindow(db, settings, "agent")
    qtbot.addWidget(window)
    rename(db_path, "calls", "calls_away")  # a real failure: the INSERT of the ringing call cannot run
    event = CallerIdEvent(NUMBER, "Caller", None, "1", datetime.now(), "simulator", f"NMBR = {NUMBER}")
    with qtbot.waitSignal(window.pops.failed, timeout=5000) as failed:
        window.bridge.inject(event)
    message = failed.args[0]
    assert_plain(message)
    assert "no such table: calls" in message
    assert window.statusBar().currentMessage() == message


def test_logging_a_pop_whose_save_fails_keeps_the_notes_out_of_the_message(qtbot, db: Database, db_path: Path,
                                                                            settings) -> None:  # noqa: ANN001  # fmt: skip
    lookups.ensure_defaults(db)
    window = MainWindow(db, settings, "agent")
    qtbot.addWidget(window)
    event = CallerIdEvent(NUMBER, "Caller", None, "1", datetime.now(), "simulator", f"NMBR = {NUMBER}")
    with qtbot.waitSignal(window.pops.popped, timeout=5000) as popped:
        window.bridge.inject(event)
    pop = popped.args[0].pop
    with sqlite3.connect(db_path) as connection:  # a real failure on the UPDATE that logs the call
        connection.execute(
            "CREATE TRIGGER no_logs BEFORE UPDATE ON calls BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
        )
    with qtbot.waitSignal(window.pops.failed, timeout=5000) as failed:
        window.pops._log(pop, None, "done", NOTES)
    assert_plain(failed.args[0])
    assert "disk says no" in failed.args[0]


def test_a_form_whose_save_fails_shows_the_database_words_only(qtbot, db: Database, db_path: Path) -> None:  # noqa: ANN001
    rename(db_path, "phones", "phones_away")
    form = CustomerForm(db, "agent", PhoneRules(), draft=CustomerDraft(name=NOTES, phones=[PhoneDraft(NUMBER)]))
    qtbot.addWidget(form)
    form.save()
    qtbot.waitUntil(lambda: form.general.isVisibleTo(form), timeout=5000)
    assert_plain(form.general.text())
    assert "Could not save" in form.general.text()


def test_plain_error_of_a_wrapped_database_error_drops_the_statement(db: Database, db_path: Path) -> None:
    rename(db_path, "customers", "customers_away")
    try:
        customers.create_customer(db, CustomerDraft(name=NOTES, phones=[PhoneDraft(NUMBER)]), "t")
    except Exception as error:  # noqa: BLE001 - the wrapped driver error is what the test is about
        assert "[SQL" in str(error)  # what the user used to see
        assert_plain(plain_error(error))
    else:
        raise AssertionError("the insert should have failed")
