"""The simple pages of the first-run wizard: language and calendar, the office, money, and the end."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from ui.firstrun.countries import countries
from ui.i18n import LANGUAGES
from ui.settings import Settings


def currencies() -> list[tuple[str, str]]:
    """(name shown, ISO code): the currencies offices in the region price in."""

    translate = QCoreApplication.translate
    names = {
        "IRR": translate("Money", "Iranian rial"),
        "USD": translate("Money", "US dollar"),
        "EUR": translate("Money", "Euro"),
        "AED": translate("Money", "UAE dirham"),
        "IQD": translate("Money", "Iraqi dinar"),
        "SAR": translate("Money", "Saudi riyal"),
        "KWD": translate("Money", "Kuwaiti dinar"),
        "QAR": translate("Money", "Qatari riyal"),
        "OMR": translate("Money", "Omani rial"),
        "BHD": translate("Money", "Bahraini dinar"),
        "TRY": translate("Money", "Turkish lira"),
        "AFN": translate("Money", "Afghan afghani"),
    }
    return [(f"{name} ({code})", code) for code, name in names.items()]


def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class LanguagePage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setTitle(self.tr("Language and calendar"))
        self.setSubTitle(self.tr("How Tamas speaks and shows dates. Both can be changed later in the Settings menu."))
        self.language = _combo(list((name, code) for code, name in LANGUAGES.items()), settings.value("language"))
        calendars = [(self.tr("Jalali (Solar Hijri)"), "jalali"), (self.tr("Gregorian"), "gregorian")]
        self.calendar = _combo(calendars, settings.calendar())
        self.language.currentIndexChanged.connect(self._language_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Calendar"), self.calendar)
        form.addRow(_note(self.tr("The new language takes effect when you finish this wizard.")))

    def _language_changed(self) -> None:
        # Persian offices count days in Jalali; others mostly in Gregorian (a suggestion the user can change).
        suggested = "jalali" if self.language.currentData() == "fa" else "gregorian"
        self.calendar.setCurrentIndex(self.calendar.findData(suggested))

    def save(self, settings: Settings) -> None:
        settings.set_value("language", self.language.currentData())
        settings.set_value("calendar", self.calendar.currentData())


class OfficePage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("Where the phones are: numbers without a country code are read this way."))
        self.country = _combo(countries(), settings.value("phone_region") or "IR")
        self.country.setEditable(True)  # type a name to jump to it
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.area = QLineEdit(settings.value("local_area_code"))
        self.area.setPlaceholderText(self.tr("e.g. 21 for Tehran; empty if callers' numbers always include it"))
        form = QFormLayout(self)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Area code"), self.area)
        form.addRow(_note(self.tr("The area code is added to local numbers of 8 digits, so 88776655 and "
                                  "021 8877 6655 find the same customer.")))  # fmt: skip

    def save(self, settings: Settings) -> None:
        code = self.country.currentData() if self.country.findText(self.country.currentText()) >= 0 else None
        settings.set_value("phone_region", code or settings.value("phone_region"))
        settings.set_value("local_area_code", "".join(ch for ch in self.area.text() if ch.isdigit()))


class MoneyPage(QWizardPage):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setTitle(self.tr("Money"))
        self.setSubTitle(self.tr("The currency of your orders and how amounts are shown."))
        self.currency = _combo(currencies(), settings.value("currency"))
        self.toman = QCheckBox(self.tr("Show rial amounts in Toman (1 Toman = 10 rials)"))
        self.toman.setChecked(settings.value("show_toman"))
        self.currency.currentIndexChanged.connect(self._currency_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow("", self.toman)
        self._currency_changed()

    def _currency_changed(self) -> None:
        self.toman.setEnabled(self.currency.currentData() == "IRR")

    def save(self, settings: Settings) -> None:
        settings.set_value("currency", self.currency.currentData())
        settings.set_value("show_toman", self.toman.isEnabled() and self.toman.isChecked())


class DonePage(QWizardPage):
    """The last page; offers to import customers once an importer exists (`import_customers`)."""

    def __init__(self, import_customers: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.setTitle(self.tr("Ready"))
        layout = QVBoxLayout(self)
        layout.addWidget(_note(self.tr(
            "Press Finish to start. Customers you add (Ctrl+N) or save from a ringing call appear in the Customers "
            "tab; every call appears in Calls. You can run this setup again from Settings → First-run setup."
        )))  # fmt: skip
        self.import_button = QPushButton(self.tr("Import my customers…"))
        self.import_button.setVisible(import_customers is not None)
        if import_customers is not None:
            self.import_button.clicked.connect(import_customers)
        layout.addWidget(self.import_button)
        layout.addStretch()
