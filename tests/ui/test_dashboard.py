"""The dashboard shows the period's numbers from SQL, mirrors for RTL, and saves charts as PNG."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCalendar, QDate
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.analytics.dashboard import load_dashboard
from app.db import Database
from app.dto import CallDraft
from app.services import calls
from ui.formatting import Formatter
from ui.reports.dashboard import Dashboard

TODAY = date.today()


def add(db: Database, hours_ago: int, status: str, ring: int = 5, talk: int = 100, direction: str = "in") -> None:
    started = datetime.combine(TODAY, datetime.min.time()) + timedelta(hours=9) - timedelta(hours=hours_ago)
    calls.log_call(db, CallDraft(direction, started, number="0912 111 2233", status=status, ring_seconds=ring,
                                 talk_seconds=talk, agent="sara"), "t")  # fmt: skip


def make(qtbot, db: Database) -> Dashboard:  # noqa: ANN001
    dashboard = Dashboard(db, Formatter(), QCalendar())
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.status.text().startswith("Updated"), timeout=10000)
    return dashboard


def test_tiles_and_charts_follow_the_period(qtbot, db: Database) -> None:  # noqa: ANN001
    add(db, 0, "answered", ring=10, talk=120)
    add(db, 0, "answered", ring=30, talk=60)
    add(db, 0, "missed", talk=0)
    add(db, 0, "answered", direction="out", talk=300)
    add(db, 24 * 40, "answered")  # forty days ago: outside "today"
    dashboard = make(qtbot, db)
    dashboard.period.setCurrentIndex(dashboard.period.findData("today"))
    qtbot.waitUntil(lambda: dashboard.tiles["offered"].value.text() == "3", timeout=10000)
    assert dashboard.tiles["answered"].value.text() == "2"
    assert dashboard.tiles["lost"].value.text() == "1"
    assert dashboard.tiles["abandon"].value.text() == "33.3%"
    assert dashboard.tiles["sl"].value.text() == "33.3%"  # one of three offered answered within 20 s
    assert dashboard.tiles["asa"].value.text() == "0:20"
    assert dashboard.tiles["aht"].value.text() == "2:40"  # (120 + 60 + 300) / 3
    assert "20 seconds" in dashboard.tiles["sl"].toolTip()
    hourly = [item for item in dashboard.hourly.getPlotItem().items if hasattr(item, "opts")]
    assert sum(item.opts["height"][9] for item in hourly) == 4  # 3 inbound + 1 outbound at 9:00
    assert dashboard.agents.rowCount() == 1 and dashboard.agents.item(0, 1).text() == "4"
    dashboard.period.setCurrentIndex(dashboard.period.findData("year"))
    first = QDate(TODAY.year, 1, 1)
    qtbot.waitUntil(
        lambda: dashboard.first.date() == first and dashboard.status.text().startswith("Updated"), timeout=10000
    )
    expected = "4" if (TODAY - timedelta(days=40)).year == TODAY.year else "3"
    qtbot.waitUntil(lambda: dashboard.tiles["offered"].value.text() == expected, timeout=10000)


def test_a_slow_earlier_load_never_overwrites_a_newer_one(qtbot, db: Database) -> None:  # noqa: ANN001
    add(db, 0, "answered")
    dashboard = make(qtbot, db)
    stale = dashboard.generation
    dashboard.refresh()
    newest = dashboard.generation
    assert newest == stale + 1
    qtbot.waitUntil(lambda: dashboard.status.text().startswith("Updated"), timeout=10000)
    before = dashboard.tiles["offered"].value.text()
    empty = load_dashboard(db, date(2000, 1, 1), date(2000, 1, 2), TODAY)
    dashboard.show_data(stale, empty)  # an old load arriving late is ignored
    assert dashboard.tiles["offered"].value.text() == before == "1"


def test_empty_period_shows_dashes_and_saves_png(qtbot, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    dashboard = make(qtbot, db)
    assert dashboard.tiles["offered"].value.text() == "0"
    assert dashboard.tiles["abandon"].value.text() == "—" and dashboard.tiles["aht"].value.text() == "—"
    dashboard.resize(1000, 800)
    dashboard.show()
    target = tmp_path / "daily.png"
    assert dashboard.daily.grab().save(str(target))
    image = QImage(str(target))
    assert image.width() > 100 and image.height() > 100


def test_right_to_left_mirrors_the_time_axis(qtbot, db: Database, qapp: QApplication) -> None:  # noqa: ANN001
    qapp.setLayoutDirection(qapp.layoutDirection().RightToLeft)
    try:
        dashboard = make(qtbot, db)
        assert dashboard.daily.getViewBox().state["xInverted"]
        assert dashboard.heat.getViewBox().state["xInverted"]
    finally:
        qapp.setLayoutDirection(qapp.layoutDirection().LeftToRight)


def test_a_hidden_dashboard_reloads_when_shown_not_on_every_pop(qtbot, db: Database) -> None:  # noqa: ANN001
    dashboard = make(qtbot, db)
    dashboard.period.setCurrentIndex(dashboard.period.findData("today"))
    qtbot.waitUntil(lambda: dashboard.status.text().startswith("Updated"), timeout=10000)
    loads = dashboard.generation
    add(db, 0, "answered")
    for _ in range(5):  # five pops while the screen is not on view
        dashboard.refresh_soon()
    assert dashboard.generation == loads and dashboard.stale and not dashboard._timer.isActive()
    dashboard.show()
    qtbot.waitUntil(lambda: dashboard.tiles["offered"].value.text() == "1", timeout=10000)
    assert dashboard.generation == loads + 1 and not dashboard.stale  # one reload, when shown
