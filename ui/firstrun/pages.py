"""The simple pages of the first-run wizard: language and calendar, the office, money, and the end.

Texts are set in `retranslate()`, which runs again when the language changes: choosing Persian on the
first page turns the rest of the wizard Persian at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
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


def fill_combo(combo: QComboBox, items: list[tuple[str, str]], current: str) -> None:
    """(Re)fill a combo, keeping the chosen value (its texts change with the language)."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class Page(QWizardPage):
    """A wizard page whose texts follow the language."""

    def labelled(self, form: QFormLayout, field: QWidget) -> QLabel:
        """Add `field` to `form` with a label whose text `retranslate` sets."""
        label = QLabel()
        form.addRow(label, field)
        return label

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguagePage(Page):
    language_chosen = Signal(str)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.language, self.calendar = QComboBox(), QComboBox()
        fill_combo(self.language, [(name, code) for code, name in LANGUAGES.items()], settings.value("language"))
        self._calendar = settings.calendar()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.calendar.currentIndexChanged.connect(lambda: setattr(self, "_calendar", self.calendar.currentData()))
        self.form = QFormLayout(self)
        self.language_label = self.labelled(self.form, self.language)
        self.calendar_label = self.labelled(self.form, self.calendar)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language and calendar"))
        self.setSubTitle(self.tr("How Tamas speaks and shows dates. Both can be changed later in the Settings menu."))
        self.language_label.setText(self.tr("Language"))
        self.calendar_label.setText(self.tr("Calendar"))
        calendars = [(self.tr("Jalali (Solar Hijri)"), "jalali"), (self.tr("Gregorian"), "gregorian")]
        fill_combo(self.calendar, calendars, self._calendar)

    def _language_changed(self) -> None:
        # Persian offices count days in Jalali; others mostly in Gregorian (a suggestion the user can change).
        self._calendar = "jalali" if self.language.currentData() == "fa" else "gregorian"
        self.calendar.setCurrentIndex(self.calendar.findData(self._calendar))
        self.language_chosen.emit(self.language.currentData())

    def save(self, settings: Settings) -> None:
        settings.set_value("language", self.language.currentData())
        settings.set_value("calendar", self.calendar.currentData())


class OfficePage(Page):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.country = QComboBox()
        fill_combo(self.country, countries(), settings.value("phone_region") or "IR")
        self.country.setEditable(True)  # type a name to jump to it
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.area = QLineEdit(settings.value("local_area_code"))
        self.explain = note()
        self.form = QFormLayout(self)
        self.country_label = self.labelled(self.form, self.country)
        self.area_label = self.labelled(self.form, self.area)
        self.form.addRow(self.explain)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("Where the phones are: numbers without a country code are read this way."))
        self.country_label.setText(self.tr("Country"))
        self.area_label.setText(self.tr("Area code"))
        self.area.setPlaceholderText(self.tr("e.g. 21 for Tehran; empty if callers' numbers always include it"))
        self.explain.setText(self.tr("The area code is added to local numbers of 8 digits, so 88776655 and "
                                     "021 8877 6655 find the same customer."))  # fmt: skip

    def save(self, settings: Settings) -> None:
        code = self.country.currentData() if self.country.findText(self.country.currentText()) >= 0 else None
        settings.set_value("phone_region", code or settings.value("phone_region"))
        settings.set_value("local_area_code", "".join(ch for ch in self.area.text() if ch.isdigit()))


class MoneyPage(Page):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.currency = QComboBox()
        self._currency = settings.value("currency")
        self.toman = QCheckBox()
        self.toman.setChecked(settings.value("show_toman"))
        self.currency.currentIndexChanged.connect(self._currency_changed)
        self.form = QFormLayout(self)
        self.currency_label = self.labelled(self.form, self.currency)
        self.toman_label = self.labelled(self.form, self.toman)
        self.retranslate()
        self._currency_changed()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Money"))
        self.setSubTitle(self.tr("The currency of your orders and how amounts are shown."))
        self.currency_label.setText(self.tr("Currency"))
        self.toman.setText(self.tr("Show rial amounts in Toman (1 Toman = 10 rials)"))
        fill_combo(self.currency, currencies(), self._currency)

    def _currency_changed(self) -> None:
        self._currency = self.currency.currentData()
        self.toman.setEnabled(self._currency == "IRR")

    def save(self, settings: Settings) -> None:
        settings.set_value("currency", self.currency.currentData())
        settings.set_value("show_toman", self.toman.isEnabled() and self.toman.isChecked())


class DonePage(Page):
    """The last page; offers to import customers once an importer exists (`import_customers`)."""

    def __init__(self, import_customers: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.explain = note()
        self.import_button = QPushButton()
        self.import_button.setVisible(import_customers is not None)
        if import_customers is not None:
            self.import_button.clicked.connect(import_customers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.import_button)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.explain.setText(self.tr(
            "Press Finish to start. Customers you add (Ctrl+N) or save from a ringing call appear in the Customers "
            "tab; every call appears in Calls. You can run this setup again from Settings → First-run setup."
        ))  # fmt: skip
        self.import_button.setText(self.tr("Import my customers…"))
