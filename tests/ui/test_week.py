"""The working week by language or choice, and date pickers that show it."""

from __future__ import annotations

from PySide6.QtCore import QCalendar, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from app.week import FRIDAY, SATURDAY, SUNDAY, THURSDAY, Week, default_week, parse_week
from ui.date_widgets import WEEKEND_COLOR, setup_date_edit
from ui.settings import Settings


def test_default_weeks_start_on_saturday_with_the_local_weekend() -> None:
    persian, arabic = default_week("fa"), default_week("ar")
    assert persian.days()[0] == SATURDAY and persian.weekend == {THURSDAY, FRIDAY}
    assert arabic.days() == [SATURDAY, SUNDAY, 1, 2, 3, THURSDAY, FRIDAY] and arabic.weekend == {FRIDAY, SATURDAY}


def test_stored_week_round_trips_and_thursday_can_be_worked() -> None:
    worked_thursday = Week(SATURDAY, frozenset({FRIDAY}))
    assert parse_week(worked_thursday.text(), "fa") == worked_thursday
    assert parse_week("", "fa") == default_week("fa")
    assert parse_week("someday;thu", "ar") == default_week("ar")  # unreadable: the language's week


def test_date_picker_marks_the_persian_weekend_and_starts_on_saturday(qtbot, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    settings.set_value("language", "fa")
    edit = QDateEdit(QDate(2026, 11, 23))
    qtbot.addWidget(edit)
    setup_date_edit(edit, QCalendar(QCalendar.System.Jalali), settings.week())
    popup = edit.calendarWidget()
    assert popup.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert popup.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground().color() == WEEKEND_COLOR
    assert popup.weekdayTextFormat(Qt.DayOfWeek.Thursday).foreground().color() == WEEKEND_COLOR
    assert popup.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() != WEEKEND_COLOR
    assert popup.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color() != WEEKEND_COLOR
    assert edit.calendar().name() == "Jalali"
    assert edit.displayFormat() == "yyyy/MM/dd"


def test_date_time_picker_keeps_hours_before_minutes(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QDateTimeEdit()
    qtbot.addWidget(edit)
    setup_date_edit(edit, QCalendar(), default_week("ar"))
    assert edit.displayFormat() == "yyyy/MM/dd HH:mm"
    assert edit.calendarWidget().weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color() == WEEKEND_COLOR
