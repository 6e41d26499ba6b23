"""Date pickers that follow the office's week: the first day and the weekend days marked, in any calendar."""

from __future__ import annotations

from PySide6.QtCore import QCalendar, QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit

from app.week import Week

WEEKEND_COLOR = QColor("#c62828")
# ISO weekday (Monday 1) -> Qt's enum, which uses the same numbering.
QT_DAYS = {number: Qt.DayOfWeek(number) for number in range(1, 8)}


def mark_week(calendar: QCalendarWidget, week: Week) -> None:
    """Start the grid on the week's first day; paint its weekend red and every other day plainly."""
    calendar.setFirstDayOfWeek(QT_DAYS[week.first_day])
    plain = QTextCharFormat()
    plain.setForeground(calendar.palette().text())
    weekend = QTextCharFormat()
    weekend.setForeground(WEEKEND_COLOR)
    for number, day in QT_DAYS.items():
        calendar.setWeekdayTextFormat(day, weekend if week.is_weekend(number) else plain)


def setup_date_edit(
    edit: QDateTimeEdit, calendar: QCalendar, week: Week, digits: QLocale | None = None
) -> QDateTimeEdit:
    """A date (or date-time) field with a popup in `calendar`, its week marked; year first like the tables.

    `digits`: a locale whose digits the field shows (a Formatter's `digits_locale()`); the popup keeps
    the interface language's month names either way.
    """
    popup_locale = edit.locale()
    if digits is not None:
        edit.setLocale(digits)
    # The field reads left to right like a table's date: in a right-to-left window Qt would otherwise
    # lay its sections out as dd/MM/yyyy.
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setCalendar(calendar)
    edit.setCalendarPopup(True)
    with_time = bool(edit.displayedSections() & QDateTimeEdit.Section.TimeSections_Mask)
    edit.setDisplayFormat("yyyy/MM/dd HH:mm" if with_time else "yyyy/MM/dd")
    popup = edit.calendarWidget()
    if popup is not None:
        popup.setCalendar(calendar)
        popup.setLocale(popup_locale)
        popup.setLayoutDirection(QGuiApplication.layoutDirection())
        mark_week(popup, week)
    return edit
