"""The Campaigns tab through the main window: the list (model checked), the editor's live count and
exclusion preview on a worker, saving builds the list, results with charts, win-back from Customer value."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.campaigns.campaigns import list_campaigns
from app.campaigns.dto import TargetFilter
from app.campaigns.targets import preview
from app.db import Database
from tests.app.campaigns.conftest import add_customer, running_campaign
from ui.campaigns.editor import CampaignDialog
from ui.campaigns.results_view import ResultsDialog
from ui.formatting import Formatter
from ui.main_window import MainWindow
from ui.settings import Settings


def test_tab_editor_count_preview_and_save(qtbot, qtmodeltester, db: Database, settings: Settings) -> None:  # noqa: ANN001
    add_customer(db, "Ali", "09121110001", city="Tehran")
    add_customer(db, "Bita", "09121110002", city="Tehran", do_not_call=True)
    add_customer(db, "Cyrus", "09121110003", city="Shiraz")
    window = MainWindow(db, settings, "sara")
    qtbot.addWidget(window)
    panel = window.campaigns
    assert window.tabs.tabText(panel.index) == "Campaigns"
    qtbot.waitUntil(lambda: panel.view.empty.isVisibleTo(panel.view), timeout=5000)
    dialog = panel.edit(None)
    qtbot.waitUntil(lambda: dialog.count_label.text() == "2 customers will be called.", timeout=5000)
    dialog.filter.cities.setText("Tehran")
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("1 customer"), timeout=5000)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.preview_table.rowCount() == 1, timeout=5000)
    assert dialog.preview_table.item(0, 0).text() == "Bita" and dialog.preview_table.item(0, 1).text() == "Do not call"
    dialog.name.setText("Tehran first")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: panel.view.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(panel.view.model)
    row = list_campaigns(db)[0]
    assert (row.name, row.members, row.status) == ("Tehran first", 1, "draft")


def test_results_dialog_and_winback_from_customer_value(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    add_customer(db, "Ali", "09121110001")
    campaign_id = running_campaign(db)
    results = ResultsDialog(db, campaign_id, Formatter())
    qtbot.addWidget(results)
    qtbot.waitUntil(lambda: results.results is not None, timeout=5000)
    assert results.figures.rowCount() == 1 and results.title.text() == "Spring sale"
    window = MainWindow(db, settings, "sara")
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(window.value_index)  # built on first view, with the campaigns hook
    qtbot.waitUntil(lambda: window.value is not None, timeout=5000)
    assert window.value is not None
    window.value.campaign_requested.emit("")
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CampaignDialog) and w.isVisible())
    assert dialog.filter.churn.isChecked() and dialog.purpose.currentData() == "winback"
    assert dialog.name.text() == "Win-back: churn risk"
    assert preview(db, TargetFilter(churn_risk=True)).included == 0  # no snapshot yet: nobody at risk
    dialog.reject()
