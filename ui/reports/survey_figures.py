"""The dashboard's survey panel: how satisfied the customers who answered a survey campaign's 1-5
question in the period were, overall and per campaign."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.campaigns.figures import SurveyFigures, survey_figures
from app.db import Database
from ui.formatting import Formatter, fill
from ui.tasks import run_task


class SurveyFiguresPanel(QGroupBox):
    def __init__(self, db: Database, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Survey satisfaction"), parent)
        self.db, self.fmt = db, fmt
        self.generation = 0  # only the newest load is shown
        definition = self.tr("Average answer (1 to 5) to the satisfaction questions of survey scripts, in the period")
        self.average = QLabel("—")
        self.average.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.average.setToolTip(definition)
        self.answers = QLabel(self.tr("No answers in this period"))
        self.answers.setToolTip(definition)
        row = QHBoxLayout()
        row.addWidget(self.average)
        row.addWidget(self.answers, 1)
        self.campaigns = QTableWidget(0, 3)
        self.campaigns.setHorizontalHeaderLabels([self.tr("Campaign"), self.tr("Average"), self.tr("Answers")])
        self.campaigns.verticalHeader().hide()
        self.campaigns.horizontalHeader().setStretchLastSection(True)
        self.campaigns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.campaigns.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.campaigns)

    def load(self, first: date, last: date) -> None:
        self.generation += 1
        generation = self.generation

        def shown(figures: SurveyFigures) -> None:
            if generation == self.generation:
                self.show_figures(figures)

        run_task(self, lambda: survey_figures(self.db, first, last), shown, lambda _e: None)

    def show_figures(self, figures: SurveyFigures) -> None:
        fmt = self.fmt
        if figures.average is None:
            self.average.setText("—")
            self.answers.setText(self.tr("No answers in this period"))
        else:
            self.average.setText(fill(self.tr("%1 of 5"), fmt.decimal(figures.average)))
            self.answers.setText(fill(self.tr("from %1 answers"), fmt.number(figures.answers)))
        self.campaigns.setRowCount(len(figures.campaigns))
        for row, campaign in enumerate(figures.campaigns):
            cells = [campaign.name, fmt.decimal(campaign.average), fmt.number(campaign.answers)]
            for column, text in enumerate(cells):
                self.campaigns.setItem(row, column, QTableWidgetItem(text))
