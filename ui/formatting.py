"""How dates, durations and digits appear on screen, following the language and calendar settings."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QDateTime, QTime

from app.week import Week, default_week

PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# A left-to-right isolate: "0912 000 4567" keeps its group order inside right-to-left text.
LRI, PDI = "\u2066", "\u2069"


class Formatter:
    def __init__(
        self, calendar: str = "gregorian", language: str = "en", toman: bool = False, week: Week | None = None
    ) -> None:
        self.calendar_name = calendar
        self.language = language
        self.toman = toman  # Iranian rial amounts shown as Toman (÷10), as people in Iran count
        self.week = week or default_week(language)
        self.calendar = QCalendar(QCalendar.System.Jalali if calendar == "jalali" else QCalendar.System.Gregorian)

    def digits(self, text: str) -> str:
        return text.translate(PERSIAN_DIGITS) if self.language == "fa" else text

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self.digits(QDate(value.year, value.month, value.day).toString("yyyy/MM/dd", self.calendar))

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return ""
        qdate = QDate(value.year, value.month, value.day)
        return self.digits(f"{qdate.toString('yyyy/MM/dd', self.calendar)} {value:%H:%M}")

    def duration(self, seconds: int) -> str:
        minutes, secs = divmod(max(0, int(seconds)), 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
        return self.digits(text)

    def number(self, value: int) -> str:
        return self.digits(f"{value:,}")

    def money(self, amount: float, currency: str = "IRR") -> str:
        """An amount with its currency's name: rials as Toman when the office chose so."""
        if currency == "IRR" and self.toman:
            return f"{self.number(round(amount / 10))} {QCoreApplication.translate('Money', 'Toman')}"
        return f"{self.number(round(amount))} {currency}"

    def phone(self, text: str) -> str:
        return f"{LRI}{text}{PDI}" if text else ""


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


def direction_label(direction: str) -> str:
    return {
        "in": QCoreApplication.translate("Calls", "Inbound"),
        "out": QCoreApplication.translate("Calls", "Outbound"),
    }.get(direction, direction)


def status_label(status: str) -> str:
    return {
        "answered": QCoreApplication.translate("Calls", "Answered"),
        "missed": QCoreApplication.translate("Calls", "Missed"),
        "abandoned": QCoreApplication.translate("Calls", "Abandoned"),
        "busy": QCoreApplication.translate("Calls", "Busy"),
        "no-answer": QCoreApplication.translate("Calls", "No answer"),
        "ringing": QCoreApplication.translate("Calls", "Ringing"),
    }.get(status, status)


def customer_status_label(status: str) -> str:
    return {
        "lead": QCoreApplication.translate("Customers", "Lead"),
        "prospect": QCoreApplication.translate("Customers", "Prospect"),
        "customer": QCoreApplication.translate("Customers", "Customer"),
        "inactive": QCoreApplication.translate("Customers", "Inactive"),
    }.get(status, status)


def phone_kind_label(kind: str) -> str:
    return {
        "mobile": QCoreApplication.translate("Customers", "Mobile"),
        "landline": QCoreApplication.translate("Customers", "Landline"),
        "work": QCoreApplication.translate("Customers", "Work"),
        "fax": QCoreApplication.translate("Customers", "Fax"),
    }.get(kind, kind)


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1, %2, … (highest first, so %1 never eats %10)."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


def segment_label(name: str) -> str:
    return {
        "champions": QCoreApplication.translate("Segments", "Champions"),
        "loyal": QCoreApplication.translate("Segments", "Loyal"),
        "new": QCoreApplication.translate("Segments", "New"),
        "promising": QCoreApplication.translate("Segments", "Promising"),
        "potential_loyalists": QCoreApplication.translate("Segments", "Potential loyalists"),
        "need_attention": QCoreApplication.translate("Segments", "Need attention"),
        "about_to_sleep": QCoreApplication.translate("Segments", "About to sleep"),
        "cant_lose_them": QCoreApplication.translate("Segments", "Can't lose them"),
        "at_risk": QCoreApplication.translate("Segments", "At risk"),
        "hibernating": QCoreApplication.translate("Segments", "Hibernating"),
        "lost": QCoreApplication.translate("Segments", "Lost"),
        "other": QCoreApplication.translate("Segments", "Other"),
    }.get(name, name)
