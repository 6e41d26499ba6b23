"""The dashboard's survey panel shows the period's satisfaction in the interface's digits."""

from __future__ import annotations

from app.campaigns.figures import CampaignSatisfaction, SurveyFigures
from app.db import Database
from ui.formatting import Formatter
from ui.reports.survey_figures import SurveyFiguresPanel


def test_survey_panel_in_english_and_persian(qtbot, db: Database) -> None:  # noqa: ANN001
    figures = SurveyFigures(4.25, 12, [CampaignSatisfaction(3, "After-sale survey", 4.25, 12)])
    panel = SurveyFiguresPanel(db, Formatter())
    qtbot.addWidget(panel)
    panel.show_figures(figures)
    assert (panel.average.text(), panel.answers.text()) == ("4.2 of 5", "from 12 answers")
    assert [panel.campaigns.item(0, c).text() for c in range(3)] == ["After-sale survey", "4.2", "12"]
    persian = SurveyFiguresPanel(db, Formatter(language="fa"))
    qtbot.addWidget(persian)
    persian.show_figures(figures)
    assert persian.campaigns.item(0, 2).text() == "۱۲" and "1" not in persian.answers.text()
    persian.show_figures(SurveyFigures(None, 0, []))
    assert persian.average.text() == "—" and persian.campaigns.rowCount() == 0


def test_dashboard_loads_the_survey_panel(qtbot, db: Database) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCalendar

    from ui.reports.dashboard import Dashboard

    dashboard = Dashboard(db, Formatter(), QCalendar())
    qtbot.addWidget(dashboard)
    generation = dashboard.survey_figures.generation
    dashboard.refresh()
    assert dashboard.survey_figures.generation > generation  # each refresh reloads it, for the chosen period
