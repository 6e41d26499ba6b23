"""Customer value and staffing screens show exactly what the analytics compute, and react to inputs."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.analytics import churn, pareto, rfm, staffing
from app.db import Database, open_database
from app.demo import DemoOptions, generate_demo
from app.demo_orders import generate_orders
from app.phones import PhoneRules
from ui.formatting import Formatter, segment_label
from ui.reports.staffing_view import StaffingView, next_week_start
from ui.reports.value_view import CustomerValueView


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = open_database(Path(tmp_path_factory.mktemp("shop")) / "tamas.db", create=True)
    generate_demo(db, DemoOptions(400, 120, 7, end=date.today()))
    generate_orders(db, 7)
    return db


def test_value_view_matches_rfm_pareto_and_churn(qtbot, qtmodeltester, shop: Database) -> None:  # noqa: ANN001
    view = CustomerValueView(shop, PhoneRules(), Formatter())
    qtbot.addWidget(view)
    view.refresh()  # no snapshot yet: the screen shows that, recomputes it on a worker, then shows it
    qtbot.waitUntil(lambda: view.data is not None and view.data.as_of is not None, timeout=30000)
    now = view.data.as_of
    assert view.status.text().startswith("Figures as of")
    counts = rfm.segment_counts(shop, now)
    shown = {view.segments.item(r, 0).text(): int(view.segments.item(r, 1).text().replace(",", ""))
             for r in range(view.segments.rowCount())}  # fmt: skip
    assert shown == {segment_label(name): count for name, count in counts.items()}
    summary = pareto.pareto_summary(shop, now - timedelta(days=365), now)
    assert f"give {summary.top_value_share:.0%}" in view.sentence.text()
    assert f"A: {summary.classes['A'][0]:,}" in view.sentence.text()
    risks = churn.churn_risks(shop, now)
    assert view.risks.rowCount() == len(risks)
    if risks:
        assert view.risks.item(0, 0).text() == risks[0].name
    champions = next(r for r in range(view.segments.rowCount()) if view.segments.item(r, 0).text() == "Champions")
    with qtbot.waitSignal(view.members.page_loaded, timeout=10000):
        view.segments.selectRow(champions)
    expected = rfm.customers_in_segment(shop, "champions", rules=PhoneRules()).rows
    assert [view.members.row(i).id for i in range(view.members.rowCount())] == [r.id for r in expected]
    qtmodeltester.check(view.members, force_py=True)


def test_staffing_grid_equals_the_plan_and_follows_inputs(qtbot, shop: Database) -> None:  # noqa: ANN001
    view = StaffingView(shop, Formatter())
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.status.text().startswith("Week from"), timeout=20000)
    week = next_week_start(date.today(), Formatter().week.first_day)  # the office week the view follows
    plan = {(r.day, r.hour): r for r in staffing.staffing_plan(shop, week)}
    busiest = max(plan.values(), key=lambda r: r.scheduled_agents)
    column, line = (busiest.day - week).days, busiest.hour - 7
    assert view.grid.item(line, column).text() == str(busiest.scheduled_agents)
    before = sum(r.scheduled_agents for r in plan.values())
    longer = sum(r.scheduled_agents for r in staffing.staffing_plan(shop, week, aht=1800))
    assert longer > before  # half-hour calls need more people than the measured handle time
    view.aht.setValue(1800)
    qtbot.waitUntil(lambda: f"{longer:,} agent-hours" in view.status.text(), timeout=20000)


def test_customer_list_filters_by_segment_and_search_resets_it(qtbot, shop: Database) -> None:  # noqa: ANN001
    from ui.customers.customers_view import CustomersView

    view = CustomersView(shop, PhoneRules, Formatter())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.model.page_loaded, timeout=10000):
        view.refresh()
    everyone = view.model.rowCount()
    with qtbot.waitSignal(view.model.page_loaded, timeout=20000):
        view.segment.setCurrentIndex(view.segment.findData("lost"))
    expected = rfm.customers_in_segment(shop, "lost", rules=PhoneRules()).rows
    assert [view.model.row(i).id for i in range(view.model.rowCount())] == [r.id for r in expected]
    assert view.model.rowCount() < everyone
    with qtbot.waitSignal(view.model.page_loaded, timeout=10000):
        view.search.setText("a")
    assert view.segment.currentIndex() == 0  # typing a search leaves the segment
