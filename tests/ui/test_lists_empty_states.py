"""Every empty screen says what it will show and how to fill it; the window fits a 1366×768 laptop."""

from __future__ import annotations

from app.db import Database
from app.db_label import database_label
from ui.main_window import MainWindow
from ui.settings import Settings


def test_empty_screens_say_what_they_will_show(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    window = MainWindow(db, settings, "agent")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "No customers yet" in window.customers.overlay.text(), timeout=5000)
    assert "Ctrl+N" in window.customers.overlay.text()
    qtbot.waitUntil(lambda: "No calls in these dates" in window.calls.overlay.text(), timeout=5000)
    window.tabs.setCurrentIndex(window.dashboard_index)
    qtbot.waitUntil(lambda: window.dashboard is not None and window.dashboard.empty.isVisible(), timeout=10000)
    assert "No calls in this period yet" in window.dashboard.empty.text() and not window.dashboard.charts.isVisible()
    window.tabs.setCurrentIndex(window.value_index)
    qtbot.waitUntil(lambda: window.value is not None and window.value.empty.isVisible(), timeout=10000)
    assert "orders" in window.value.empty.text()
    qtbot.waitUntil(lambda: "Choose a segment" in window.value.members_empty.text(), timeout=10000)
    window.tabs.setCurrentIndex(window.staffing_index)
    qtbot.waitUntil(lambda: window.staffing is not None and window.staffing.empty.isVisible(), timeout=10000)
    assert "agents to schedule" in window.staffing.empty.text()
    window.close()


def test_window_fits_a_small_laptop_and_names_the_database_plainly(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    window = MainWindow(db, settings, "agent")
    qtbot.addWidget(window)
    assert window.width() <= 1366 and window.height() <= 700
    window.show()
    qtbot.waitUntil(lambda: window.customers.overlay.text() != "", timeout=5000)
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 700
    label = window.statusBar().findChildren(type(window.sources_label))
    texts = [widget.text() for widget in label]
    assert "Database: tamas.db" in texts and not any("sqlite" in text for text in texts)
    assert database_label("postgresql+psycopg://tamas:secret@db.office.lan:5432/crm") == "db.office.lan/crm"
    assert database_label("sqlite:////home/a/Tamas/office.db") == "office.db"
    window.close()
