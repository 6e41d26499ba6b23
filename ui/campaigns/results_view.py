"""A campaign's results: the figures overall and per agent, attempts by disposition and conversions per
agent as charts, and the script's answer tallies."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.results import CampaignResults, Results, campaign_results
from app.db import Database
from ui.formatting import Formatter, fill
from ui.reports.charts import Chart
from ui.tasks import run_task

BAR = "#3b7dd8"


class ResultsDialog(QDialog):
    def __init__(self, db: Database, campaign_id: int, fmt: Formatter, language: str = "en",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.fmt, self.language = fmt, language
        self.setWindowTitle(self.tr("Campaign results"))
        self.resize(900, 640)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.figures = QTableWidget(0, 0)
        self.dispositions = Chart(self.tr("Attempts by disposition"), digits=fmt.digits)
        self.agents_chart = Chart(self.tr("Conversions per agent"), digits=fmt.digits)
        self.answers = QTableWidget(0, 3)
        self.answers.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer"), self.tr("Customers")])
        charts = QWidget()
        row = QHBoxLayout(charts)
        row.addWidget(self.dispositions)
        row.addWidget(self.agents_chart)
        tabs = QTabWidget()
        tabs.addTab(self.figures, self.tr("Figures"))
        tabs.addTab(charts, self.tr("Charts"))
        tabs.addTab(self.answers, self.tr("Script answers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(tabs, 1)
        self.results: CampaignResults | None = None
        run_task(self, lambda: campaign_results(db, campaign_id), self.show_results, kind="slow")

    def _columns(self) -> list[str]:
        return [
            self.tr("Agent"), self.tr("Members"), self.tr("Attempted"), self.tr("Contacted"), self.tr("Contact rate"),
            self.tr("Conversions"), self.tr("Conversion rate"), self.tr("Revenue"), self.tr("Attempts per contact"),
            self.tr("Do-not-call requests"), self.tr("Callbacks kept on time"),
        ]  # fmt: skip

    def _row(self, r: Results, name: str) -> list[str]:
        f = self.fmt
        return [name, f.number(r.members), f.number(r.attempted), f.number(r.contacted), f.percent(r.contact_rate),
                f.number(r.conversions), f.percent(r.conversion_rate), f.money(float(r.revenue)),
                f.decimal(r.attempts_per_contact), f.number(r.dnc_requests),
                fill(self.tr("%1 of %2"), f.number(r.callbacks_kept), f.number(r.callbacks))]  # fmt: skip

    def show_results(self, results: CampaignResults) -> None:
        self.results = results
        title = results.name
        if results.satisfaction is not None:
            title += " · " + fill(self.tr("satisfaction %1 of 5"), self.fmt.decimal(results.satisfaction))
        self.title.setText(title)
        rows = [self._row(results.total, self.tr("Whole campaign"))] + [self._row(r, r.agent) for r in results.agents]
        self.figures.setColumnCount(len(self._columns()))
        self.figures.setHorizontalHeaderLabels(self._columns())
        self.figures.setRowCount(len(rows))
        for i, values in enumerate(rows):
            for j, value in enumerate(values):
                self.figures.setItem(i, j, QTableWidgetItem(value))
        self.figures.resizeColumnsToContents()
        codes = list(results.dispositions)
        self.dispositions.bars([(self.tr("Attempts"), [float(results.dispositions[c]) for c in codes], BAR)], codes)
        names = [r.agent for r in results.agents]
        self.agents_chart.bars([(self.tr("Conversions"), [float(r.conversions) for r in results.agents], BAR)], names)
        self.answers.setRowCount(len(results.answers))
        for i, (position, question, answer, n) in enumerate(results.answers):
            self.answers.setItem(i, 0, QTableWidgetItem(self.fmt.digits(f"{position}. ") + question))
            self.answers.setItem(i, 1, QTableWidgetItem(answer))
            self.answers.setItem(i, 2, QTableWidgetItem(self.fmt.number(n)))
        self.answers.resizeColumnsToContents()
