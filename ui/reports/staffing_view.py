"""Staffing: next week's inbound forecast per weekday and hour, how good past forecasts were, and the
Erlang C plan of agents per hour for a service-level target. Recomputed on a worker as inputs change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analytics import forecast, staffing
from app.db import Database
from ui.formatting import Formatter, fill
from ui.reports.charts import ANSWERED, INBOUND, Chart
from ui.tasks import Latest

HOURS = range(7, 22)  # the grid shows office hours; the plan itself covers every hour


@dataclass(frozen=True)
class Inputs:
    target: float
    answer_within: int
    max_occupancy: float
    shrinkage: float
    aht: int  # 0 = measured from history


@dataclass(frozen=True)
class StaffingData:
    week_start: date
    plan: list[staffing.StaffingRow]
    accuracy: list[forecast.WeekAccuracy]


def load_staffing(db: Database, week_start: date, inputs: Inputs) -> StaffingData:
    plan = staffing.staffing_plan(db, week_start, inputs.aht or None, inputs.target, inputs.answer_within,
                                  inputs.max_occupancy, inputs.shrinkage)  # fmt: skip
    # Score whole past weeks only: the current week is still filling up.
    return StaffingData(week_start, plan, forecast.backtest(db, week_start - timedelta(days=7), weeks=6))


def next_week_start(today: date, first_day: int | None = None) -> date:
    """The next first day of the office's week (Saturday in Iran); without one, the locale's."""
    first = (first_day or QLocale().firstDayOfWeek().value) - 1  # ISO and Qt: Monday = 1
    return today + timedelta(days=(first - today.weekday()) % 7 or 7)


class StaffingView(QWidget):
    def __init__(self, db: Database, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.fmt = db, fmt
        self.generation = 0
        self.loads = Latest()  # a newer load cancels the one still running
        self.target = self._percent(80, self.tr("Share of calls to answer within the threshold"))
        self.answer_within = QSpinBox(minimum=1, maximum=600, value=20, suffix=self.tr(" s"))
        self.answer_within.setToolTip(self.tr("The service-level threshold: answered within this many seconds"))
        self.occupancy = self._percent(85, self.tr("Highest share of time an agent may be busy on calls"))
        self.shrinkage = self._percent(30, self.tr("Share of paid time agents are not on the phones (breaks, leave)"))
        self.aht = QSpinBox(minimum=0, maximum=3600, value=0, suffix=self.tr(" s"))
        self.aht.setSpecialValueText(self.tr("measured"))
        self.aht.setToolTip(self.tr("Average handle time; 0 uses the average of the last 8 weeks"))
        self.status = QLabel()
        self.grid = QTableWidget(len(HOURS), 7)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setVerticalHeaderLabels([fmt.digits(f"{h}:00") for h in HOURS])
        # Seven day columns share the width (down to a readable minimum, then the table scrolls): the last day
        # is never cut off at 1366 pixels.
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setMinimumSectionSize(72)
        self.empty = QLabel(self.tr(
            "No calls to plan from yet. This table will show how many agents to schedule each hour next week, "
            "forecast from the calls of past weeks; it fills once a few weeks of calls are logged."
        ))  # fmt: skip
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.accuracy = Chart(self.tr("Past weeks: forecast against actual inbound calls"), digits=fmt.digits)
        self.error = QLabel()
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)
        for spin in (self.target, self.answer_within, self.occupancy, self.shrinkage, self.aht):
            spin.valueChanged.connect(lambda *_: self._timer.start())
        self._build()

    def _percent(self, value: int, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(minimum=1, maximum=100, value=value, decimals=0, suffix="%")
        spin.setToolTip(tip)
        return spin

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Service-level target"), self.target)
        form.addRow(self.tr("Answer within"), self.answer_within)
        form.addRow(self.tr("Maximum occupancy"), self.occupancy)
        form.addRow(self.tr("Shrinkage"), self.shrinkage)
        form.addRow(self.tr("Average handle time"), self.aht)
        save = QPushButton(self.tr("Save chart as PNG…"))
        save.clicked.connect(lambda: self.accuracy.save_png(self, "forecast-accuracy.png"))
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.error)
        side.addWidget(self.accuracy, 1)
        side.addWidget(save, 0, Qt.AlignmentFlag.AlignTrailing)
        main = QVBoxLayout()
        main.addWidget(self.status)
        main.addWidget(self.empty)
        main.addWidget(self.grid, 1)
        # A splitter: the plan gets the room it needs, and the side can be dragged narrower on a small screen.
        splitter = QSplitter()
        for box, stretch in ((main, 3), (side, 2)):
            holder = QWidget()
            holder.setLayout(box)
            box.setContentsMargins(0, 0, 0, 0)
            splitter.addWidget(holder)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([650, 350])  # shares, scaled to the window: the week's seven days fit beside the form
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def inputs(self) -> Inputs:
        return Inputs(self.target.value() / 100, self.answer_within.value(), self.occupancy.value() / 100,
                      self.shrinkage.value() / 100, self.aht.value())  # fmt: skip

    def refresh(self) -> None:
        self.generation += 1
        generation, inputs, week = (
            self.generation,
            self.inputs(),
            next_week_start(date.today(), self.fmt.week.first_day),
        )
        self.status.setText(self.tr("Computing…"))
        self.loads.run(self, lambda: load_staffing(self.db, week, inputs),
                       lambda data: self.show_data(generation, data),
                       lambda error: self.status.setText(str(error)))  # fmt: skip

    def show_data(self, generation: int, data: StaffingData) -> None:
        if generation != self.generation:
            return  # the inputs changed while this was computing
        fmt = self.fmt
        days = [data.week_start + timedelta(days=n) for n in range(7)]
        self.grid.setHorizontalHeaderLabels([f"{fmt.weekday(d.isoweekday())}\n"
                                             f"{fmt.date(d)}" for d in days])  # fmt: skip
        by_slot = {(row.day, row.hour): row for row in data.plan}
        peak = max((row.scheduled_agents for row in data.plan), default=1) or 1
        for column, day in enumerate(days):
            for line, hour in enumerate(HOURS):
                row = by_slot.get((day, hour))
                item = QTableWidgetItem(fmt.number(row.scheduled_agents) if row else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row is not None:
                    shade = QColor(INBOUND)
                    shade.setAlphaF(0.08 + 0.5 * row.scheduled_agents / peak)
                    item.setBackground(shade)
                    tip = self.tr(
                        "%1 calls expected; %2 agents on the phones, %3 scheduled; service level %4, occupancy %5"
                    )
                    item.setToolTip(fill(tip, fmt.digits(f"{row.calls:.1f}"), fmt.number(row.agents),
                                         fmt.number(row.scheduled_agents), fmt.digits(f"{row.service_level:.0%}"),
                                         fmt.digits(f"{row.occupancy:.0%}")))  # fmt: skip
                self.grid.setItem(line, column, item)
        total = sum(row.calls for row in data.plan)
        self.empty.setVisible(total == 0)
        hours = sum(row.scheduled_agents for row in data.plan)
        week_text = self.tr("Week from %1: %2 inbound calls expected, %3 agent-hours scheduled.")
        self.status.setText(
            fill(week_text, fmt.date(data.week_start), fmt.number(int(round(total))), fmt.number(hours))
        )
        weeks = list(reversed(data.accuracy))
        self.accuracy.bars([(self.tr("Forecast"), [w.forecast for w in weeks], INBOUND),
                            (self.tr("Actual"), [w.actual for w in weeks], ANSWERED)],
                           [fmt.date(w.week_start) for w in weeks])  # fmt: skip
        scored = [w.wape for w in data.accuracy if w.wape is not None]
        average = fmt.digits(f"{sum(scored) / len(scored):.0%}") if scored else "—"
        error_text = self.tr("Average forecast error over the last %1 weeks: %2 (WAPE).")
        self.error.setText(fill(error_text, fmt.number(len(scored)), average))
