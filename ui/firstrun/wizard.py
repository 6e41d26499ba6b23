"""The first-run wizard (QWizard): skippable, and offered again from Settings → First-run setup.

Choosing a language on the first page applies it at once (the pages retranslate themselves); skipping
puts the saved language back. Finishing saves every page into the existing settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from app.auth import PermissionDenied
from app.auth.accounts import AccountError
from ui.database.store import passwords
from ui.database.wizard_page import DatabasePage
from ui.firstrun.device_page import DevicePage, Found, probe_every_port
from ui.firstrun.pages import DonePage, LanguagePage, MoneyPage, OfficePage
from ui.i18n import install_language
from ui.settings import Settings

if TYPE_CHECKING:
    from app.db import Database
    from ui.auth.owner_page import OwnerPage


def owner_step(db: Database | None, parent: QWidget | None) -> OwnerPage | None:
    """The owner's account page, while the database has no accounts."""
    if db is None:
        return None
    from app.auth.accounts import has_accounts
    from ui.auth.acting import actor_of
    from ui.auth.owner_page import OwnerPage

    return None if has_accounts(db) else OwnerPage(db, actor_of(parent))


QT_WIZARD = "QWizard"  # the context of QWizard's button texts in Qt's catalogs


class FirstRunWizard(QWizard):
    owner_created = Signal(str)  # the owner's user name, when the owner step created the account

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        detect: Callable[[], Found] = probe_every_port,
        import_customers: Callable[[], object] | None = None,  # the last page's "Import my customers"
        db: Database | None = None,  # given: an owner step while the install has no accounts (ui/auth/owner_page.py)
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.language_page = LanguagePage(settings)
        self.language_page.language_chosen.connect(self._try_language)
        self.office_page = OfficePage(settings)
        self.database_page = DatabasePage(settings, passwords())
        self.money_page = MoneyPage(settings)
        self.device_page = DevicePage(detect)
        self.done_page = DonePage(import_customers)
        self.owner_page = owner_step(db, parent)
        pages = (self.language_page, self.office_page, self.owner_page, self.database_page, self.money_page,
                 self.device_page, self.done_page)  # fmt: skip
        for page in pages:
            if page is not None:
                self.addPage(page)
        self.resize(640, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Tamas"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip setup"))
        # Back/Next/Finish in Qt's own words (its qtbase catalog has them in every language): QWizard updates
        # its buttons only on a page change, so they are set again here when the language changes.
        for button, source in (
            (QWizard.WizardButton.BackButton, "< &Back"),
            (QWizard.WizardButton.NextButton, "&Next >"),
            (QWizard.WizardButton.FinishButton, "&Finish"),
        ):
            self.setButtonText(button, QCoreApplication.translate(QT_WIZARD, source))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _try_language(self, language: str) -> None:
        """Show the wizard in the language being chosen (the main window follows when the wizard is finished)."""
        app = QApplication.instance()
        if app is not None:
            install_language(app, language)

    def accept(self) -> None:
        if self.owner_page is not None:
            try:
                owner = self.owner_page.create()
            except (AccountError, PermissionDenied) as error:
                self.owner_page.message.setText(str(error))
                return  # stays open on the owner step's message
            if owner:
                self.owner_created.emit(owner)
        for page in (self.language_page, self.office_page, self.database_page, self.money_page, self.device_page):
            page.save(self.settings)
        self.settings.set_value("first_run_done", True)
        super().accept()

    def reject(self) -> None:
        self.settings.set_value("first_run_done", True)  # skipped: not offered again (Settings has it)
        self._try_language(self.settings.value("language"))  # nothing chosen here is kept
        super().reject()
