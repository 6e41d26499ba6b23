"""The seat screens on a single SQLite seat: presence in the status bar (automatic and by hand), the wallboard
updating from local pops, F11 full screen, and the call routing dialog."""

from __future__ import annotations

import socket
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.seats import presence, routing
from app.services import customers, lookups
from hardware.events import CallerIdEvent
from ui.main_window import MainWindow


def office(db: Database) -> Database:
    lookups.ensure_defaults(db)
    customers.create_customer(db, CustomerDraft(name="Behnaz Tehrani", phones=[PhoneDraft("09123456789")]), "t")
    return db


def ring(number: str) -> CallerIdEvent:
    return CallerIdEvent(number, None, None, "1", datetime.now(), "simulator", f"NMBR = {number}")


def test_presence_follows_the_agents_answer_log_and_break(qtbot, db: Database, settings) -> None:  # noqa: ANN001
    window = MainWindow(office(db), settings, "sara")
    qtbot.addWidget(window)
    seats = window.seats.seats
    qtbot.waitUntil(lambda: getattr(presence.of(db, "sara"), "state", "") == "available", timeout=5000)
    with qtbot.waitSignal(window.pops.popped, timeout=5000) as popped:
        window.bridge.inject(ring("09123456789"))
    pop = popped.args[0]
    with qtbot.waitSignal(seats.presence_changed, timeout=5000):
        pop.answer()
    now = presence.of(db, "sara")
    assert now is not None and (now.state, now.call_id, now.with_whom) == ("on_call", pop.pop.call_id, "Behnaz Tehrani")
    with qtbot.waitSignal(seats.presence_changed, timeout=5000):
        pop.log_button.click()
    assert presence.of(db, "sara").state == "wrap_up"
    menu = window.seats.status.presence.menu()
    brk = next(a for a in menu.actions() if a.text() == "Break")
    with qtbot.waitSignal(seats.presence_changed, timeout=5000):
        brk.trigger()
    assert presence.of(db, "sara").state == "break"
    assert window.seats.status.presence.text() == "Status: Break"


def test_the_wallboard_updates_from_a_local_pop_and_goes_full_screen(qtbot, db: Database, settings) -> None:  # noqa: ANN001
    window = MainWindow(office(db), settings, "sara")
    qtbot.addWidget(window)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    next(a for a in view.actions() if a.text() == "&Wallboard").trigger()
    board = window.seats.wallboard
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.shown is not None, timeout=5000)
    assert board.ringing.value.text() == "0"
    board.activateWindow()
    qtbot.waitActive(board)
    qtbot.keySequence(board, QKeySequence("F11"))
    assert board.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keySequence(board, QKeySequence("F11"))
    assert not board.windowState() & Qt.WindowState.WindowFullScreen
    window.bridge.inject(ring("09123456789"))
    qtbot.waitUntil(lambda: board.ringing.value.text() == "1", timeout=5000)
    assert "Available: 1" in board.agents.value.text()


def test_call_routing_dialog_stores_a_route_for_every_seat(qtbot, db: Database, settings) -> None:  # noqa: ANN001
    window = MainWindow(office(db), settings, "owner")
    qtbot.addWidget(window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Settings")
    assert any(a.text() == "Call &routing…" for a in menu.actions())
    dialog = window.seats.routing()
    assert f"This seat: {window.seats.seat}" in [label.text() for label in dialog.findChildren(QLabel)]
    assert window.seats.seat.startswith(socket.gethostname() + "-")
    dialog.line.setText("2")
    dialog.mode.setCurrentIndex(dialog.mode.findData("seats"))
    dialog.target.setText(f"{window.seats.seat}, front-2")
    dialog.save.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert routing.routes(db)["2"] == routing.Route("2", "seats", (window.seats.seat, "front-2"))
    assert dialog.table.item(0, 2).text() == f"{window.seats.seat}, front-2"


def test_the_wallboard_says_days_for_a_missed_call_days_old(qtbot, db: Database) -> None:  # noqa: ANN001
    from datetime import timedelta

    from app.seats.wallboard import Figures
    from ui.formatting import Formatter
    from ui.seats.wallboard import WallboardWindow

    now = datetime(2026, 11, 23, 10, 0)
    board = WallboardWindow(db, Formatter(), now=lambda: now)
    qtbot.addWidget(board)
    board.show_figures(Figures(0, {}, oldest_missed=now - timedelta(days=26, hours=12)))
    assert board.oldest.value.text() == "26 days"
    board.show_figures(Figures(0, {}, oldest_missed=now - timedelta(minutes=5, seconds=3)))
    assert board.oldest.value.text() == "5:03"
