"""A technician's day plan: visits of one day in time order, exportable to Excel for printing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import lookups
from app.tickets.followups import VisitView, day_plan
from ui.auth.acting import actor_of
from ui.formatting import Formatter, fill
from ui.tasks import run_task
from ui.tickets.labels import status_label


class DayPlanDialog(QDialog):
    def __init__(self, db: Database, fmt: Formatter, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.fmt, self.language = db, fmt, language
        self.setWindowTitle(self.tr("Technician day plan"))
        self.resize(900, 480)
        self.technician = QComboBox()
        for agent in lookups.list_agents(db):
            self.technician.addItem(agent.full_name or agent.username, agent.id)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendar(fmt.calendar)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy/MM/dd")
        export = QPushButton(self.tr("Export to Excel…"))
        export.clicked.connect(self._export)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Customer"), self.tr("Address"),
                                              self.tr("Subject"), self.tr("Status")])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(1, 180)
        self.table.setColumnWidth(2, 260)
        self.table.setColumnWidth(3, 220)
        self.status = QLabel()
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Technician")), self.technician, QLabel(self.tr("Day")), self.day):
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self._generation = 0
        self.technician.currentIndexChanged.connect(lambda *_: self.refresh())
        self.day.dateChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def chosen_day(self) -> date:
        q = self.day.date()
        return date(q.year(), q.month(), q.day())

    def refresh(self) -> None:
        db, technician, day = self.db, self.technician.currentData(), self.chosen_day()
        self._generation += 1
        generation = self._generation
        if technician is not None:
            run_task(self, lambda: day_plan(db, technician, day), lambda visits: self._show(generation, visits))

    def _show(self, generation: int, visits: list[VisitView]) -> None:
        if generation != self._generation:
            return  # an answer for a technician or day the user has already left
        self.table.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            values = (self.fmt.digits(f"{visit.start:%H:%M}"), visit.customer_name, visit.address, visit.subject,
                      status_label(visit.status))  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.status.setText(self.tr("%1 visits").replace("%1", self.fmt.number(len(visits))))

    def _export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export day plan"), "day-plan.xlsx", "Excel (*.xlsx)")
        if path:
            db, technician, day, actor = self.db, self.technician.currentData(), self.chosen_day(), actor_of(self)
            calendar = "jalali" if self.fmt.calendar_name == "jalali" else "gregorian"
            from app.tickets.day_plan_export import export_day_plan  # openpyxl loads on the first export

            run_task(self, lambda: export_day_plan(db, technician, day, path, self.language, calendar, actor=actor),
                     lambda n: self.status.setText(fill(self.tr("%1 visits written to %2"), self.fmt.number(n),
                                                        path)))  # fmt: skip
