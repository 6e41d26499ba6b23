"""How dates, durations and digits appear on screen, following the language and calendar settings."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QDateTime, QLocale, QTime

from app.money import IRR, currency_name, shown_amount, shown_currency
from app.week import Week, default_week

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Native digits per language, with the group and decimal separators and percent sign that go with them.
NATIVE = {
    "fa": (PERSIAN_DIGITS, "\u066c", "\u066b", "\u066a"),  # ۱۲٬۳۴۵٫۶ ٪
    "ar": (ARABIC_DIGITS, "\u066c", "\u066b", "\u066a"),  # ١٢٬٣٤٥٫٦ ٪
}
# A left-to-right isolate: "0912 000 4567" keeps its group order inside right-to-left text.
LRI, PDI = "\u2066", "\u2069"
# A left-to-right override inside it: Arabic-Indic digits are "Arabic numbers" to the bidi algorithm, and
# the groups of "٠٩١٢ ٠٠٠ ٤٥٦٧" would still swap inside a mere isolate (Qt renders them so); the override
# keeps every character in logical order.
LRO, PDF = "\u202d", "\u202c"
# A first-strong isolate: an inserted value takes its own direction and never reorders the sentence.
FSI = "\u2068"
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # Hebrew, Arabic, Persian letters and digits
_SEPARATOR = re.compile(r"(?<=\d)([.,])(?=\d)")


ISLAMIC = "islamic"  # the Islamic civil (tabular Hijri) calendar, for Arabic offices; dates show Gregorian beside it


def qcalendar(name: str) -> QCalendar:
    """The Qt calendar for a stored calendar name ('jalali', 'islamic' or 'gregorian')."""
    if name == "jalali":
        return QCalendar(QCalendar.System.Jalali)
    if name == ISLAMIC and ISLAMIC_AVAILABLE:
        return QCalendar(QCalendar.System.IslamicCivil)
    return QCalendar(QCalendar.System.Gregorian)


ISLAMIC_AVAILABLE = QCalendar(QCalendar.System.IslamicCivil).isValid()  # Qt may be built without it


class Formatter:
    def __init__(
        self,
        calendar: str = "gregorian",
        language: str = "en",
        toman: bool = False,
        week: Week | None = None,
        digits: str = "native",
        currency: str = IRR,
    ) -> None:
        self.calendar_name = calendar
        self.currency = currency  # the office's currency (ISO code): what amounts without their own are in
        self.language = language
        self.toman = toman  # Iranian rial amounts shown as Toman (÷10), as people in Iran count
        self.week = week or default_week(language)
        self.calendar = qcalendar(calendar)
        self.hijri = calendar == ISLAMIC and ISLAMIC_AVAILABLE
        # "native": Persian digits in fa, Arabic-Indic in ar; "latin": 0-9 everywhere.
        self.native = NATIVE.get(language) if digits != "latin" else None
        self.labels: dict[tuple[str, str], str] = {}
        self.locale = QLocale(
            {"fa": "fa_IR", "ar": "ar_SA"}.get(language, "en_US")
        )  # editable lists' labels in this language

    def digits(self, text: str) -> str:
        """A formatted number, date or duration in the chosen digits, with the matching separators."""
        if self.native is None:
            return text
        table, group, decimal, percent = self.native
        text = _SEPARATOR.sub(lambda m: group if m.group(1) == "," else decimal, text)
        return text.replace("%", percent).translate(table)

    def lookup(self, kind: str, value: str | None) -> str:
        """An editable list's value (call reason, outcome) as this language labels it; untranslated as typed."""
        if not value:
            return ""
        return self.labels.get((kind, value), value)

    def digits_locale(self) -> QLocale:
        """The locale date and number fields use so their digits match the text (Latin when chosen)."""
        return (
            self.locale if self.native is not None else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        )

    def weekday(self, iso_weekday: int) -> str:
        """A weekday's short name in the interface language (Saturday = 6), whatever the system locale."""
        return self.locale.dayName(iso_weekday, QLocale.FormatType.ShortFormat)

    def percent(self, fraction: float, places: int = 0) -> str:
        return self.digits(f"{fraction:.{places}%}")

    def decimal(self, value: float, places: int = 1) -> str:
        return self.digits(f"{value:,.{places}f}")

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self.digits(self._date_text(QDate(value.year, value.month, value.day)))

    def _date_text(self, qdate: QDate) -> str:
        text = qdate.toString("yyyy/MM/dd", self.calendar)
        # A Hijri date with its Gregorian day beside it: bills, contracts and the bank still count in Gregorian.
        return f"{text} ({qdate.toString('yyyy/MM/dd')})" if self.hijri else text

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return ""
        qdate = QDate(value.year, value.month, value.day)
        return self.digits(f"{self._date_text(qdate)} {value:%H:%M}")

    def duration(self, seconds: int) -> str:
        minutes, secs = divmod(max(0, int(seconds)), 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
        return self.digits(text)

    def number(self, value: int) -> str:
        return self.digits(f"{value:,}")

    def money(self, amount: float | Decimal, currency: str | None = None) -> str:
        """An amount with its currency's name in this language ("۱٬۲۵۰ تومان"): rials as Toman when chosen."""
        code = currency or self.currency
        shown = shown_amount(amount, code, self.toman)
        return f"{self.number(round(shown))} {currency_name(shown_currency(code, self.toman), self.language)}"

    def phone(self, text: str) -> str:
        """A phone number in the chosen digits, always left to right (stored numbers are not changed)."""
        if not text:
            return ""
        return self.ltr(text.translate(self.native[0]) if self.native else text)

    @staticmethod
    def ltr(text: str) -> str:
        """A run that always reads left to right (phone numbers, ranges like 1–200), whatever surrounds it."""
        return f"{LRI}{LRO}{text}{PDF}{PDI}"


def formatter_of(widget: object) -> Formatter:
    """The Formatter of the window that owns `widget` (import, duplicates and other dialogs the main window
    opens), so their numbers follow the digits setting; one for the interface language when none owns it."""
    node = widget
    while node is not None:
        fmt = getattr(node, "fmt", None)
        if isinstance(fmt, Formatter):
            return fmt
        parent = getattr(node, "parent", None)
        node = parent() if callable(parent) else None
    language = QLocale().name()[:2]  # the interface language install_language set
    return Formatter(language=language if language in NATIVE else "en")


def local_number(value: int) -> str:
    """A count in the interface language's digits, for the few places without a Formatter (tray, setup)."""
    return QLocale().toString(value)


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


def source_label(source: str) -> str:
    """Where a customer came from: the usual answers translated, anything else as typed."""
    return {
        "referral": QCoreApplication.translate("Customers", "Referral"),
        "website": QCoreApplication.translate("Customers", "Website"),
        "instagram": QCoreApplication.translate("Customers", "Instagram"),
        "exhibition": QCoreApplication.translate("Customers", "Exhibition"),
        "walk-in": QCoreApplication.translate("Customers", "Walk-in"),
        "phone": QCoreApplication.translate("Customers", "Phone"),
        "whatsapp": QCoreApplication.translate("Customers", "WhatsApp"),
    }.get(source, source)


def phone_kind_label(kind: str) -> str:
    return {
        "mobile": QCoreApplication.translate("Customers", "Mobile"),
        "landline": QCoreApplication.translate("Customers", "Landline"),
        "work": QCoreApplication.translate("Customers", "Work"),
        "fax": QCoreApplication.translate("Customers", "Fax"),
    }.get(kind, kind)


def lookup_choices(combo: QComboBox, fmt: Formatter, kind: str, values: list[str]) -> None:
    """Offer an editable list's values in the user's language; `chosen_value` gives back the stored value."""
    for value in values:
        combo.addItem(fmt.lookup(kind, value), value)


def chosen_value(combo: QComboBox) -> str:
    """The stored value behind an editable combo: an offered item's value, or the text as the user typed it."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    data = combo.itemData(index) if index >= 0 else None
    return data if isinstance(data, str) and data else text


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1, %2, … (highest first, so %1 never eats %10).

    Where right-to-left text is involved (the sentence or a value), each value is isolated
    (FSI … PDI): a number, phone, e-mail, path or Latin word keeps its own order inside right-to-left
    text, and a Persian name never drags an English sentence around. All-LTR text stays as it is.
    """
    texts = [str(value) for value in values]
    isolate = any(_RTL.search(text) for text in (template, *texts))
    for number in range(len(texts), 0, -1):
        value = texts[number - 1]
        template = template.replace(f"%{number}", f"{FSI}{value}{PDI}" if isolate else value)
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
