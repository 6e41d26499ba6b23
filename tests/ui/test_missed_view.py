"""Missed calls: the list passes the model tester, and "call back" opens an outbound call prefilled."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.db import Database
from app.services import incoming
from ui.main_window import MainWindow


def test_missed_calls_list_and_call_back(qtbot, qtmodeltester, filled_db: Database, settings) -> None:  # noqa: ANN001
    start = datetime.now() - timedelta(hours=2)
    for minutes, number in ((0, "09350001111"), (5, "09120000003"), (9, "09350001111")):
        pop = incoming.ring(filled_db, number, when=start + timedelta(minutes=minutes))
        incoming.ring_ended(filled_db, pop.call_id)
    window = MainWindow(filled_db, settings, "agent")
    qtbot.addWidget(window)
    view = window.missed
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10000)
    qtmodeltester.check(view.model, force_py=True)
    assert view.model.row(0).attempts == 2 and view.model.row(1).customer_name == "Customer 03"
    assert "3" in view.summary.text()
    view.table.selectRow(1)
    dialog = window.dial(view.current().display_number, view.current().customer_id)  # no modem: log it by hand
    assert dialog.direction.currentData() == "out" and dialog.number.currentText() == "0912 000 0003"
    dialog.set_started(datetime.now())
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)  # reached: off the list
    assert "No modem" in window.statusBar().currentMessage()
