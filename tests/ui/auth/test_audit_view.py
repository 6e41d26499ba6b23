from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook

from PySide6.QtCore import QDate

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.services import customers, lookups
from ui.audit.audit_view import AuditView
from ui.formatting import Formatter


def _view(qtbot, db: Database, actor: str = "sam") -> AuditView:  # noqa: ANN001
    view = AuditView(db, actor, Formatter("gregorian", "en"))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.model.loading and view.user.count() > 1)
    return view


def _changes(db: Database) -> int:
    customer = customers.create_customer(db, CustomerDraft(name="Ali", phones=[PhoneDraft("09121110000")]), "ali")
    customers.update_customer(db, customer, CustomerDraft(name="Ali Rezaei", phones=[PhoneDraft("09121110000")]),
                              "ali")  # fmt: skip
    lookups.add_value(db, "call_reason", "Refund", "sam")
    return customer


def test_filters_show_the_matching_changes(qtbot, qtmodeltester, staffed: Database) -> None:  # noqa: ANN001
    customer = _changes(staffed)
    view = _view(qtbot, staffed)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 3 + 3  # three accounts created, then three changes
    view.user.setCurrentIndex(view.user.findData("ali"))
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 2)
    assert [view.model.index(r, 4).data() for r in range(2)] == ["Changed", "Created"]
    assert view.model.index(0, 5).data().startswith("name: Ali → Ali Rezaei; updated_at: 20")
    view.user.setCurrentIndex(0)
    view.table_name.setCurrentIndex(view.table_name.findData("lookup"))
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 1)
    view.table_name.setCurrentIndex(view.table_name.findData("customer"))
    view.record.setText(str(customer + 1000))
    view.refresh()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 0)
    view.record.setText(str(customer))
    view.refresh()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 2)
    tomorrow = QDate.currentDate().addDays(1)
    view.since.setDate(tomorrow)
    view.until.setDate(tomorrow)
    view.period.setChecked(True)
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 0)
    assert view.current_filter().since == datetime.combine(tomorrow.toPython(), datetime.min.time())
    assert view.current_filter().until == view.current_filter().since + timedelta(days=1)


def test_export_writes_what_the_filter_shows(qtbot, staffed: Database, tmp_path: Path) -> None:  # noqa: ANN001
    _changes(staffed)
    view = _view(qtbot, staffed)
    view.user.setCurrentIndex(view.user.findData("ali"))
    out = tmp_path / "audit.xlsx"
    view.export(str(out))
    qtbot.waitUntil(lambda: view.status.text() == "2 entries written.", timeout=10000)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [r[2] for r in rows[1:]] == ["ali", "ali"] and rows[1][5] == "update"


def test_agents_see_a_refusal_not_the_log(qtbot, staffed: Database) -> None:  # noqa: ANN001
    _changes(staffed)
    view = AuditView(staffed, "ali", Formatter("gregorian", "en"))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: "may not read the audit log" in view.status.text())
    assert view.model.rowCount() == 0
