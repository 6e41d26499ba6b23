"""The owner's dashboard: the period's KPIs (with their definitions), calls by hour and day, the weekly
heat map, top reasons and the agents' table. Everything is aggregated in SQL on a worker thread."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCalendar, QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analytics import kpis
from app.analytics.dashboard import DashboardData, load_dashboard
from app.db import Database
from app.lookup_defaults import CALL_REASON
from ui.date_widgets import setup_date_edit
from ui.formatting import Formatter, fill
from ui.reports.charts import ANSWERED, INBOUND, MISSED, OUTBOUND, Chart, HeatMap
from ui.reports.survey_figures import SurveyFiguresPanel
from ui.reports.ticket_figures import TicketFiguresPanel
from ui.tasks import Latest


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class Tile(QFrame):
    def __init__(self, title: str, definition: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(definition)
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 18pt; font-weight: 600;")
        caption = QLabel(title)
        caption.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(caption)


class Dashboard(QWidget):
    def __init__(self, db: Database, fmt: Formatter, calendar: QCalendar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.fmt, self.calendar = db, fmt, calendar
        self.period = QComboBox()
        for text, key in (
            (self.tr("Today"), "today"),
            (self.tr("This week"), "week"),
            (self.tr("This month"), "month"),
            (self.tr("Last 30 days"), "30"),
            (self.tr("This year"), "year"),
            (self.tr("Custom"), "custom"),
        ):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(2)
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit in (self.first, self.last):
            setup_date_edit(edit, calendar, fmt.week, fmt.digits_locale())
        self.status = QLabel()
        self.generation = 0  # numbers each load, so that only the newest one is shown
        self.loads = Latest()  # a newer load cancels the one still running
        self.stale = False  # calls changed while the screen was hidden: reload when shown
        self.again = False  # calls changed while a load ran: reload after it
        self._timer = QTimer(self, singleShot=True, interval=1500)  # live updates, at most every 1.5 s
        self._timer.timeout.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.first.dateChanged.connect(lambda *_: self._custom_changed())
        self.last.dateChanged.connect(lambda *_: self._custom_changed())
        self.tiles = self._tiles()
        self.hourly = Chart(self.tr("Calls per hour today"), digits=fmt.digits)
        self.daily = Chart(self.tr("Calls per day"), digits=fmt.digits)
        self.heat = HeatMap(self.tr("Inbound calls by weekday and hour"), digits=fmt.digits)
        self.reasons = Chart(self.tr("Top call reasons"), digits=fmt.digits)
        self.agents = QTableWidget(0, 6)
        self.agents.setHorizontalHeaderLabels(
            [
                self.tr("Agent"),
                self.tr("Calls"),
                self.tr("Answered"),
                self.tr("Talk time"),
                self.tr("Average handle time"),
                self.tr("Missed"),
            ]
        )
        self.agents.verticalHeader().hide()
        self.agents.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.agents.horizontalHeader().setStretchLastSection(True)
        self.agents.setMinimumHeight(220)
        self.empty = QLabel("<h3>" + self.tr("No calls in this period yet") + "</h3><p>" + self.tr(
            "The charts show calls per hour and day, the busiest hours, the top reasons and each agent's calls "
            "once calls are logged: set up a caller-ID device (Caller ID → Caller ID settings), log a call "
            "with Ctrl+L, or choose a longer period."
        ) + "</p>")  # fmt: skip
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(160)
        self.empty.hide()
        self.ticket_figures = TicketFiguresPanel(db, fmt)
        self.survey_figures = SurveyFiguresPanel(db, fmt)
        self._build()
        self._period_changed()

    def _tiles(self) -> dict[str, Tile]:
        service_level = self.tr("Share of offered calls answered within %1 seconds; abandoned calls count as offered.")
        fcr = self.tr("Answered inbound calls with no repeat call from the same number within 7 days.")
        per_agent = self.tr("Answered calls (both directions) per agent who answered.")
        definitions = {
            "offered": (self.tr("Offered"), self.tr("Inbound calls that reached us (ringing calls excluded).")),
            "answered": (self.tr("Answered"), self.tr("Inbound calls an agent answered.")),
            "lost": (self.tr("Missed / abandoned"), self.tr("Inbound calls nobody answered: missed plus abandoned.")),
            "abandon": (self.tr("Abandonment rate"), self.tr("Unanswered inbound calls divided by offered calls.")),
            "sl": (self.tr("Service level"), fill(service_level, self.fmt.number(kpis.DEFAULT_ANSWER_WITHIN))),
            "asa": (self.tr("Average speed of answer"), self.tr("Average ring time of answered inbound calls.")),
            "aht": (self.tr("Average handle time"), self.tr("Average talk time of answered calls, both directions.")),
            "per_agent": (self.tr("Calls per agent"), per_agent),
            "fcr": (self.tr("First contact resolution"), fcr),
            "rpc": (self.tr("Revenue per call"), self.tr("Order revenue in the period divided by answered calls.")),
        }
        return {key: Tile(title, text) for key, (title, text) in definitions.items()}

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addWidget(self.first)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.last)
        top.addStretch()
        top.addWidget(self.status)
        grid = QGridLayout()
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, index // 5, index % 5)
        self.charts = QWidget()
        charts = QGridLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        for position, (chart, name) in enumerate(
            (
                (self.hourly, "calls-per-hour"),
                (self.daily, "calls-per-day"),
                (self.heat, "heat-map"),
                (self.reasons, "top-reasons"),
            )
        ):
            box = QVBoxLayout()
            box.addWidget(chart)
            save = QPushButton(self.tr("Save as PNG…"))
            save.clicked.connect(lambda _c=False, c=chart, n=name: c.save_png(self, f"{n}.png"))
            box.addWidget(save, 0, Qt.AlignmentFlag.AlignTrailing)
            charts.addLayout(box, position // 2, position % 2)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(grid)
        layout.addWidget(self.empty)
        layout.addWidget(self.charts)
        self.agents_title = QLabel(self.tr("Agents"))
        layout.addWidget(self.agents_title)
        layout.addWidget(self.agents)
        layout.addWidget(self.ticket_figures)
        layout.addWidget(self.survey_figures)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(scroll)

    # -- period
    def period_range(self) -> tuple[date, date]:
        today = QDate.currentDate()
        key = self.period.currentData()
        if key == "custom":
            return to_date(self.first.date()), to_date(self.last.date())
        if key == "today":
            return to_date(today), to_date(today)
        if key == "week":
            back = (today.dayOfWeek() - self.fmt.week.first_day) % 7
            return to_date(today.addDays(-back)), to_date(today)
        if key == "30":
            return to_date(today.addDays(-29)), to_date(today)
        parts = self.calendar.partsFromDate(today)
        month = parts.month if key == "month" else 1
        return to_date(QDate(parts.year, month, 1, self.calendar)), to_date(today)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        first, last = self.period_range() if not custom else (to_date(self.first.date()), to_date(self.last.date()))
        for edit, value in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)
            edit.setEnabled(custom)
        self.refresh()

    def _custom_changed(self) -> None:
        if self.period.currentData() == "custom":
            self.refresh()

    def refresh_soon(self) -> None:
        """Calls changed: reload within 1.5 s if the screen is on view, else when it is shown next."""
        if not self.isVisible():
            self.stale = True
        elif self.loads.busy:
            self.again = True  # a live update never cancels a load: it follows once that one is shown
        elif not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh()

    def refresh(self) -> None:
        first, last = self.period_range()
        if last < first:
            self.status.setText(self.tr("The end date is before the start date."))
            return
        self.status.setText(self.tr("Loading…"))
        today = date.today()
        self.generation += 1
        generation = self.generation
        self.loads.run(
            self,
            lambda: load_dashboard(self.db, first, last, today),
            lambda data: self.show_data(generation, data),
            lambda error: self.status.setText(str(error)),
        )
        self.ticket_figures.load(first, last)
        self.survey_figures.load(first, last)

    # -- showing
    def _show_empty(self, empty: bool) -> None:
        """No calls: a sentence saying what the charts will show and how to fill them, not blank axes."""
        self.empty.setVisible(empty)
        for widget in (self.charts, self.agents_title, self.agents):
            widget.setVisible(not empty)

    def show_data(self, generation: int, data: DashboardData) -> None:
        if generation != self.generation:
            return  # the period changed while this was loading; a newer load is on its way
        if self.again:
            self.again = False
            self._timer.start()
        fmt, totals, summary = self.fmt, data.summary.totals, data.summary

        def pct(value: float | None) -> str:
            return "—" if value is None else fmt.digits(f"{value:.1%}")

        def secs(value: float | None) -> str:
            return "—" if value is None else fmt.duration(int(round(value)))

        values = {
            "offered": fmt.number(totals.offered),
            "answered": fmt.number(totals.answered),
            "lost": fmt.number(totals.missed + totals.abandoned),
            "abandon": pct(totals.abandonment_rate),
            "sl": pct(totals.service_level),
            "asa": secs(totals.average_speed_of_answer),
            "aht": secs(totals.average_handle_time),
            "per_agent": "—" if totals.calls_per_agent is None else fmt.digits(f"{totals.calls_per_agent:.1f}"),
            "fcr": pct(summary.first_contact_resolution),
            "rpc": "—" if summary.revenue_per_call is None else fmt.money(summary.revenue_per_call, summary.currency),
        }
        for key, text in values.items():
            self.tiles[key].value.setText(text)
        self.hourly.bars(
            [
                (self.tr("Inbound"), [c.inbound for c in data.per_hour], INBOUND),
                (self.tr("Outbound"), [c.outbound for c in data.per_hour], OUTBOUND),
            ],
            [fmt.digits(str(h)) for h in range(24)],
        )
        self.daily.bars(
            [
                (self.tr("Answered"), [c.answered for c in data.per_day], ANSWERED),
                (self.tr("Not answered"), [c.missed for c in data.per_day], MISSED),
            ],
            [
                fmt.date(c.bucket if isinstance(c.bucket, date) else date.fromisoformat(str(c.bucket)))
                for c in data.per_day
            ],
            stacked=True,
        )
        order = [day - 1 for day in fmt.week.days()]  # the office's week; the grid: Monday = 0
        names = [fmt.weekday(d + 1) for d in order]
        self.heat.show_grid([data.heat[d] for d in order], names)
        self.reasons.bars(
            [(self.tr("Calls"), [n for _r, n in data.reasons], INBOUND)],
            [fmt.lookup(CALL_REASON, r) for r, _n in data.reasons],
        )
        self.agents.setRowCount(len(data.agents))
        for row, agent in enumerate(data.agents):
            cells = [
                agent.full_name or agent.username,
                fmt.number(agent.calls),
                fmt.number(agent.answered),
                fmt.duration(agent.talk_seconds),
                secs(agent.average_handle_time),
                fmt.number(agent.missed),
            ]
            for column, text in enumerate(cells):
                self.agents.setItem(row, column, QTableWidgetItem(text))
        self.agents.resizeColumnsToContents()
        self._show_empty(not any(c.inbound or c.outbound for c in [*data.per_day, *data.per_hour]))
        self.status.setText(fill(self.tr("Updated %1"), fmt.datetime(datetime.now())))
