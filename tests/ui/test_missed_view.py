"""Missed calls: one row per caller, the real total, "call back" settles the row, "mark handled" with a note."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert

from app.db import Database
from app.models import Call
from app.services import incoming
from ui.main_window import MainWindow


def test_missed_callers_list_and_call_back(qtbot, qtmodeltester, filled_db: Database, settings) -> None:  # noqa: ANN001
    start = datetime.now() - timedelta(hours=2)
    for minutes, number in ((0, "09350001111"), (5, "09120000003"), (9, "09350001111")):
        pop = incoming.ring(filled_db, number, when=start + timedelta(minutes=minutes))
        incoming.ring_ended(filled_db, pop.call_id)
    window = MainWindow(filled_db, settings, "agent")
    qtbot.addWidget(window)
    view = window.missed
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.total == 2, timeout=10000)
    qtmodeltester.check(view.model, force_py=True)
    assert view.model.row(0).tries == 2 and view.model.row(0).customer_name == ""
    assert view.model.row(1).customer_name == "Customer 03"
    assert view.summary.text() == "2 callers to call back"
    view.table.selectRow(1)
    dialog = window.dial(view.current().display_number, view.current().customer_id)  # no modem: log it by hand
    assert dialog.direction.currentData() == "out" and dialog.number.currentText() == "0912 000 0003"
    dialog.set_started(datetime.now())
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.total == 1, timeout=10000)  # reached: off the list
    assert "No modem" in window.statusBar().currentMessage()
    stranger = view.model.row(0)
    with qtbot.waitSignal(view.changed, timeout=5000):
        view.mark_handled(stranger, "sent an SMS")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and view.total == 0, timeout=10000)
    view.show_handled.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.total == 2, timeout=10000)
    handled = {view.model.data(view.model.index(r, 5)) for r in range(2)}
    assert any("sent an SMS" in text and "agent" in text for text in handled)
    qtmodeltester.check(view.model, force_py=True)


def test_the_count_is_the_real_total_not_the_page(qtbot, db: Database, settings) -> None:  # noqa: ANN001
    start = datetime.now() - timedelta(days=1)
    rows = [
        {"direction": "in", "number": f"+98935{i:07d}", "line": "1", "started_at": start + timedelta(seconds=i),
         "status": "missed" if i % 2 else "abandoned", "ring_seconds": 20, "talk_seconds": 0, "outcome": "",
         "notes": "", "source": "test", "created_by": "t", "updated_by": "t"}
        for i in range(450)
    ]  # fmt: skip
    with db.engine.begin() as connection:
        connection.execute(insert(Call), rows)
    window = MainWindow(db, settings, "agent")
    qtbot.addWidget(window)
    view = window.missed
    qtbot.waitUntil(lambda: view.model.rowCount() == 200 and view.total == 450, timeout=10000)
    assert view.summary.text() == "450 callers to call back"
