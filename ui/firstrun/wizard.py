"""The first-run wizard (QWizard): skippable, and offered again from Settings → First-run setup."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget, QWizard

from ui.firstrun.device_page import DevicePage, Found, probe_every_port
from ui.firstrun.pages import DonePage, LanguagePage, MoneyPage, OfficePage
from ui.settings import Settings

# The customer importer hooks in here once it exists; until then the wizard hides its button.
IMPORT_CUSTOMERS: Callable[[], None] | None = None


class FirstRunWizard(QWizard):
    """Each page saves into the existing settings on Finish; Skip (or closing) only marks it done."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, detect: Callable[[], Found] = probe_every_port
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Set up Tamas"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip setup"))
        self.language_page = LanguagePage(settings)
        self.office_page = OfficePage(settings)
        self.money_page = MoneyPage(settings)
        self.device_page = DevicePage(detect)
        self.done_page = DonePage(IMPORT_CUSTOMERS)
        for page in (self.language_page, self.office_page, self.money_page, self.device_page, self.done_page):
            self.addPage(page)
        self.resize(640, 480)

    def accept(self) -> None:
        for page in (self.language_page, self.office_page, self.money_page, self.device_page):
            page.save(self.settings)
        self.settings.set_value("first_run_done", True)
        super().accept()

    def reject(self) -> None:
        self.settings.set_value("first_run_done", True)  # skipped: not offered again (Settings has it)
        super().reject()
