"""SLA settings: the office week (Iranian or Arab default, Thursday off / half / full), holidays, and the
first-response and resolution targets per priority, in business hours."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.tickets.models import PRIORITIES
from app.tickets.policies import add_holiday, office_calendar, policy_table, remove_holiday, save_week, set_policy
from app.tickets.queries import INFORM_DAYS
from app.tickets.sla import arab_week, iranian_week
from ui.auth.acting import actor_of
from ui.formatting import Formatter
from ui.forms import error_label
from ui.settings import Settings
from ui.tasks import run_task
from ui.tickets.labels import priority_label

WEEK_ORDER = (5, 6, 0, 1, 2, 3, 4)  # Saturday first, as an Iranian office reads its week


def weekday_name(weekday: int) -> str:
    return (
        QCoreApplication.translate("Tickets", "Monday"), QCoreApplication.translate("Tickets", "Tuesday"),
        QCoreApplication.translate("Tickets", "Wednesday"), QCoreApplication.translate("Tickets", "Thursday"),
        QCoreApplication.translate("Tickets", "Friday"), QCoreApplication.translate("Tickets", "Saturday"),
        QCoreApplication.translate("Tickets", "Sunday"),
    )[weekday]  # fmt: skip


class SlaSettingsDialog(QDialog):
    def __init__(
        self, db: Database, fmt: Formatter, parent: QWidget | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.fmt, self.settings = db, fmt, settings
        self.setWindowTitle(self.tr("SLA and office hours"))
        calendar = office_calendar(db)
        week = QGroupBox(self.tr("Office week"))
        grid = QGridLayout(week)
        self.days: dict[int, tuple[QCheckBox, QTimeEdit, QTimeEdit]] = {}
        for row, day in enumerate(WEEK_ORDER):
            works = QCheckBox(weekday_name(day))
            opens, closes = QTimeEdit(), QTimeEdit()
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
            span = calendar.hours.get(day)
            works.setChecked(span is not None)
            opens.setTime(QTime(0, 0).addSecs((span or (480, 960))[0] * 60))
            closes.setTime(QTime(0, 0).addSecs((span or (480, 960))[1] * 60))
            for column, widget in enumerate((works, opens, closes)):
                grid.addWidget(widget, row, column)
            self.days[day] = (works, opens, closes)
        presets = QHBoxLayout()
        for text, hours in ((self.tr("Iran, Thursday off"), iranian_week()),
                            (self.tr("Iran, Thursday half day"), iranian_week("half")),
                            (self.tr("Arab week (Friday–Saturday off)"), arab_week())):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, hours=hours: self.set_week(hours))
            presets.addWidget(button)
        holidays = QGroupBox(self.tr("Holidays"))
        self.holidays = QListWidget()
        self.holiday_day = QDateEdit(QDate.currentDate())
        self.holiday_day.setCalendar(fmt.calendar)
        self.holiday_day.setCalendarPopup(True)
        self.holiday_day.setDisplayFormat("yyyy/MM/dd")
        add, remove = QPushButton(self.tr("Add holiday")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self._add_holiday)
        remove.clicked.connect(self._remove_holiday)
        holiday_row = QHBoxLayout()
        for widget in (self.holiday_day, add, remove):
            holiday_row.addWidget(widget)
        box = QVBoxLayout(holidays)
        box.addWidget(self.holidays)
        box.addLayout(holiday_row)
        self._holidays = sorted(calendar.holidays)
        self._show_holidays()
        targets = QGroupBox(self.tr("Targets per priority (business hours)"))
        targets_grid = QGridLayout(targets)
        targets_grid.addWidget(QLabel(self.tr("First response")), 0, 1)
        targets_grid.addWidget(QLabel(self.tr("Resolution")), 0, 2)
        self.targets: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        for row, (priority, (first, resolution)) in enumerate(policy_table(db).items(), start=1):
            spins = (self._hours(first), self._hours(resolution))
            targets_grid.addWidget(QLabel(priority_label(priority)), row, 0)
            targets_grid.addWidget(spins[0], row, 1)
            targets_grid.addWidget(spins[1], row, 2)
            self.targets[priority] = spins
        # "To inform": a per-machine setting (QSettings), as the list that uses it is.
        self.inform_days = QSpinBox(minimum=1, maximum=60)
        self.inform_days.setValue(settings.value("ticket_inform_days") if settings is not None else INFORM_DAYS)
        self.inform_days.setEnabled(settings is not None)
        inform_row = QHBoxLayout()
        inform_row.addWidget(QLabel(self.tr("A ticket is “to inform” after this many business days without news:")))
        inform_row.addWidget(self.inform_days)
        self.error = error_label(word_wrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(week)
        left.addLayout(presets)
        right = QVBoxLayout()
        right.addWidget(targets)
        right.addWidget(holidays)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(inform_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @staticmethod
    def _hours(minutes: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(minimum=0.25, maximum=400, singleStep=0.5, decimals=2)
        spin.setValue(minutes / 60)
        return spin

    def set_week(self, hours: dict[int, tuple[int, int]]) -> None:
        for day, (works, opens, closes) in self.days.items():
            span = hours.get(day)
            works.setChecked(span is not None)
            if span is not None:
                opens.setTime(QTime(0, 0).addSecs(span[0] * 60))
                closes.setTime(QTime(0, 0).addSecs(span[1] * 60))

    def week(self) -> dict[int, tuple[int, int]]:
        minutes = lambda t: t.hour() * 60 + t.minute()  # noqa: E731
        return {day: (minutes(o.time()), minutes(c.time())) for day, (w, o, c) in self.days.items() if w.isChecked()}

    def _show_holidays(self) -> None:
        self.holidays.clear()
        self.holidays.addItems([self.fmt.date(day) for day in self._holidays])

    def _add_holiday(self) -> None:
        q = self.holiday_day.date()
        day = date(q.year(), q.month(), q.day())
        self._holidays = sorted({*self._holidays, day})
        self._show_holidays()
        db, actor = self.db, actor_of(self)
        run_task(self, lambda: add_holiday(db, day, actor=actor), None, self._failed, write=True)

    def _remove_holiday(self) -> None:
        row = self.holidays.currentRow()
        if 0 <= row < len(self._holidays):
            db, day, actor = self.db, self._holidays.pop(row), actor_of(self)
            self._show_holidays()
            run_task(self, lambda: remove_holiday(db, day, actor=actor), None, self._failed, write=True)

    def save(self) -> None:
        week = self.week()
        if not any(o < c for o, c in week.values()):
            self.error.setText(self.tr("Give at least one working day with opening hours before closing hours."))
            self.error.show()
            return
        if self.settings is not None:
            self.settings.set_value("ticket_inform_days", self.inform_days.value())
        db, actor = self.db, actor_of(self)
        targets = {p: (round(f.value() * 60), round(r.value() * 60)) for p, (f, r) in self.targets.items()}

        def write() -> None:
            save_week(db, week, actor)
            for priority in PRIORITIES:
                set_policy(db, priority, *targets[priority], actor=actor)

        run_task(self, write, lambda _r: self.accept(), self._failed, write=True)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(str(error))
        self.error.show()
