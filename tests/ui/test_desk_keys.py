"""One key answers the newest pop from any Tamas window; Esc dismisses, Enter logs; the talk timer; Help → Shortcuts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.services import calls, customers, lookups
from hardware.events import CallerIdEvent
from ui.main_window import MainWindow


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def desk(qtbot, db: Database, settings) -> MainWindow:  # noqa: ANN001
    lookups.ensure_defaults(db)
    customers.create_customer(db, CustomerDraft(name="Behnaz Tehrani", phones=[PhoneDraft("0912 345 6789")]), "t")
    window = MainWindow(db, settings, "agent")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def ring(number: str, line: str = "1", ago: int = 0) -> CallerIdEvent:
    when = datetime.now().replace(microsecond=0) - timedelta(seconds=ago)
    return CallerIdEvent(number, None, None, line, when, "simulator", f"NMBR = {number}")


def test_f9_answers_the_newest_pop_from_anywhere_and_the_timer_is_logged(qtbot, desk: MainWindow, db) -> None:  # noqa: ANN001
    clock = Clock()
    desk.pops.clock = clock
    with qtbot.waitSignal(desk.pops.popped, timeout=5000) as older:
        desk.bridge.inject(ring("0935 000 0001", line="2"))
    with qtbot.waitSignal(desk.pops.popped, timeout=5000) as newest:
        desk.bridge.inject(ring("0912 345 6789", ago=12))
    pop = newest.args[0]
    desk.focus_search()  # the agent is typing a search in the main window
    QTest.keyClicks(desk.customers.search, "beh")
    with qtbot.waitSignal(desk.pops.settled, timeout=5000) as answered:
        QTest.keyClick(desk.customers.search, Qt.Key.Key_F9)
    assert answered.args == [pop.pop.call_id, "answered"]
    assert pop.is_answered() and not older.args[0].is_answered()
    assert QApplication.focusWidget() is pop.notes and pop.timer_label.text() == "00:00"
    clock.now += 65
    pop.tick()  # what the one-second timer does
    assert pop.timer_label.text() == "01:05" and pop.talk.value() == 65
    clock.now += 20
    pop.tick()
    assert pop.talk.value() == 85
    QTest.keyClicks(pop.notes, "wants a quote")
    with qtbot.waitSignal(desk.pops.settled, timeout=5000):
        QTest.keyClick(pop.notes, Qt.Key.Key_Return)  # Enter logs
    row = next(r for r in calls.list_calls(db).rows if r.id == pop.pop.call_id)
    expected_ring = int((pop.answered_at - newest.args[0].pop.started_at).total_seconds())
    assert (row.status, row.notes, row.talk_seconds, row.ring_seconds) == ("answered", "wants a quote", 85,
                                                                          expected_ring)  # fmt: skip
    assert expected_ring >= 12


def test_f9_from_a_customer_card_and_a_corrected_talk_time(qtbot, desk: MainWindow, db) -> None:  # noqa: ANN001
    clock = Clock()
    desk.pops.clock = clock
    card = desk.open_card(1)
    qtbot.waitExposed(card)
    with qtbot.waitSignal(desk.pops.popped, timeout=5000) as shown:
        desk.bridge.inject(ring("0935 000 0002"))
    pop = shown.args[0]
    with qtbot.waitSignal(desk.pops.settled, timeout=5000):
        QTest.keyClick(card, Qt.Key.Key_F9)
    clock.now += 30
    pop.tick()
    pop.talk.setValue(200)  # the agent corrects it: the timer no longer overwrites it
    clock.now += 30
    pop.tick()
    assert pop.talk.value() == 200 and pop.timer_label.text() == "01:00"
    with qtbot.waitSignal(desk.pops.settled, timeout=5000):
        pop.log_button.click()
    assert calls.list_calls(db).rows[0].talk_seconds == 200


def test_escape_is_not_now(qtbot, desk: MainWindow) -> None:  # noqa: ANN001
    with qtbot.waitSignal(desk.pops.popped, timeout=5000) as shown:
        desk.bridge.inject(ring("0935 000 0003"))
    pop = shown.args[0]
    pop.answer()
    with qtbot.waitSignal(pop.dismissed, timeout=5000):
        QTest.keyClick(pop.notes, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: desk.pops.windows == [])


def test_help_lists_every_shortcut(qtbot, desk: MainWindow) -> None:  # noqa: ANN001
    dialog = desk.show_shortcuts()
    keys = {keys for _text, keys in dialog.rows}
    assert {"F9", "F1", "Ctrl+N", "Ctrl+L", "Ctrl+D", "Ctrl+O", "Ctrl+Shift+I", "Ctrl+Shift+O", "Esc", "Return"} <= keys
    assert ("Answer the newest call", "F9") in dialog.rows
    assert dialog.table.rowCount() == len(dialog.rows)
    dialog.close()
