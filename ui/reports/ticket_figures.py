"""The dashboard's ticket figures (their own panel, loaded beside the call figures): open and overdue
now, opened and resolved in the period, the median business time to resolve, and tickets by category."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.db import Database
from app.tickets.figures import TicketFigures, ticket_figures
from ui.formatting import Formatter
from ui.tasks import run_task


class TicketFiguresPanel(QGroupBox):
    def __init__(self, db: Database, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tickets"), parent)
        self.db, self.fmt = db, fmt
        self.generation = 0  # only the newest load is shown
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = {
            "open": (self.tr("Open"), self.tr("Tickets not resolved or closed, now")),
            "overdue": (self.tr("Overdue"), self.tr("Open tickets past their resolution target, now")),
            "opened": (self.tr("Opened in the period"), self.tr("Tickets created in the period")),
            "resolved": (self.tr("Resolved in the period"), self.tr("Tickets resolved in the period")),
            "median": (
                self.tr("Median time to resolve"),
                self.tr("Business hours from opening to resolution, less the time waiting on the customer"),
            ),
        }
        for column, (key, (title, definition)) in enumerate(captions.items()):
            value = QLabel("—")
            value.setStyleSheet("font-size: 16pt; font-weight: 600;")
            value.setToolTip(definition)
            caption = QLabel(title)
            caption.setToolTip(definition)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.values[key] = value
        self.categories = QTableWidget(0, 4)
        self.categories.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Opened"), self.tr("Resolved"), self.tr("Open now")]
        )
        self.categories.verticalHeader().hide()
        self.categories.horizontalHeader().setStretchLastSection(True)
        self.categories.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.categories.setMaximumHeight(180)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.categories)

    def load(self, first: date, last: date, now: datetime | None = None) -> None:
        # A few small indexed counts: an ordinary read, so it never queues behind (or cancels) the call figures.
        self.generation += 1
        generation = self.generation

        def shown(figures: TicketFigures) -> None:
            if generation == self.generation:
                self.show_figures(figures)

        run_task(self, lambda: ticket_figures(self.db, first, last, now), shown, lambda _e: None)

    def show_figures(self, figures: TicketFigures) -> None:
        fmt = self.fmt
        self.values["open"].setText(fmt.number(figures.open))
        self.values["overdue"].setText(fmt.number(figures.overdue))
        self.values["opened"].setText(fmt.number(figures.opened))
        self.values["resolved"].setText(fmt.number(figures.resolved))
        median = figures.median_resolve_seconds
        self.values["median"].setText("—" if median is None else fmt.duration(int(round(median))))
        self.categories.setRowCount(len(figures.by_category))
        for row, category in enumerate(figures.by_category):
            cells = [category.category or self.tr("(no category)"), fmt.number(category.opened),
                     fmt.number(category.resolved), fmt.number(category.open_now)]  # fmt: skip
            for column, text in enumerate(cells):
                self.categories.setItem(row, column, QTableWidgetItem(text))
