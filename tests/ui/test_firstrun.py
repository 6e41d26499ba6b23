"""The first-run wizard on a real database file, and the caller-ID Test's plain sentences for real failures."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from app.db import Database
from app.dto import CustomerDraft
from app.services import customers
from ui.callerid.bridge import CallerIdBridge
from ui.callerid.settings_dialog import CallerIdSettingsDialog
from ui.callerid.source_config import SourceConfig, load_sources
from ui.firstrun import needs_first_run
from ui.firstrun.wizard import FirstRunWizard
from ui.formatting import Formatter
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings


def test_offered_on_an_empty_database_until_skipped(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    assert needs_first_run(db, settings)
    window = MainWindow(db, settings, "agent")
    qtbot.addWidget(window)
    window.first_run_setup()  # what ui/application.py does when needs_first_run
    wizard = window.findChild(FirstRunWizard)
    assert wizard is not None and wizard.isVisible()
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Skip setup"
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible() and not needs_first_run(db, settings)
    assert settings.value("language") == "en"  # skipping saves nothing else
    window.close()


def test_not_offered_once_the_office_has_customers(db: Database, settings: Settings) -> None:
    customers.create_customer(db, CustomerDraft(name="First"), "t")
    assert not needs_first_run(db, settings)


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    yield
    install_language(qapp, "en")  # the wizard applies the language it is shown in to the whole app


def test_choosing_a_language_applies_it_and_skipping_takes_it_back(qtbot, settings: Settings, english_after) -> None:  # noqa: ANN001
    wizard = FirstRunWizard(settings, detect=lambda: [])
    qtbot.addWidget(wizard)
    wizard.show()
    language = wizard.language_page
    language.language.setCurrentIndex(language.language.findData("fa"))
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft  # Persian at once, not after Finish
    qtbot.waitUntil(lambda: "بع&دی" in wizard.button(QWizard.WizardButton.NextButton).text(), timeout=5000)
    assert language.calendar.currentData() == "jalali" and language.calendar.count() == 2
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.layoutDirection() == Qt.LayoutDirection.LeftToRight and settings.value("language") == "en"


def test_finishing_saves_every_page_into_the_settings(qtbot, settings: Settings, english_after) -> None:  # noqa: ANN001
    wizard = FirstRunWizard(settings, detect=lambda: [("/dev/ttyACM0", "modem"), ("/dev/ttyS0", None)])
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.done_page.import_button.isVisibleTo(wizard)  # no importer yet: no button
    language = wizard.language_page
    language.language.setCurrentIndex(language.language.findData("fa"))
    assert language.calendar.currentData() == "jalali"  # suggested with Persian
    office = wizard.office_page
    assert office.country.findText("Iran (+98)") >= 0 and office.country.findText("United Arab Emirates (+971)") >= 0
    office.country.setCurrentIndex(office.country.findText("United Arab Emirates (+971)"))
    office.area.setText("04")
    money = wizard.money_page
    money.currency.setCurrentIndex(money.currency.findData("IRR"))
    money.toman.setChecked(True)
    device = wizard.device_page
    device.detect.click()
    qtbot.waitUntil(lambda: device.found.count() == 1, timeout=5000)
    # The wizard already speaks the language chosen on its first page, digits included.
    found = QApplication.translate("DevicePage", "Found %1 device(s). Choose one.")
    shown = device.status.text().replace("\u2068", "").replace("\u2069", "")
    assert device.use_device.isChecked() and shown == found.replace("%1", "۱") and "Found" not in found
    for _ in range(5):  # language, office, database, money, device: then the last page
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert settings.value("language") == "fa" and settings.value("calendar") == "jalali"
    assert settings.value("phone_region") == "AE" and settings.value("local_area_code") == "04"
    assert settings.value("currency") == "IRR" and settings.value("show_toman") is True
    assert settings.value("first_run_done") is True
    assert [(c.kind, c.port) for c in load_sources(settings.value("callerid_sources"))] == [("modem", "/dev/ttyACM0")]
    assert Formatter(toman=True).money(1_250_000) == "125,000 Toman"


def test_simulate_keeps_sources_empty(qtbot, settings: Settings) -> None:  # noqa: ANN001
    wizard = FirstRunWizard(settings, detect=lambda: [])
    qtbot.addWidget(wizard)
    wizard.device_page.detect.click()
    qtbot.waitUntil(lambda: "No serial ports" in wizard.device_page.status.text(), timeout=5000)
    wizard.accept()
    assert wizard.device_page.simulate.isChecked() and load_sources(settings.value("callerid_sources")) == []


def test_test_button_speaks_plain_sentences(qtbot, db: Database, settings: Settings, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = CallerIdSettingsDialog(db, settings, CallerIdBridge(), None)
    qtbot.addWidget(dialog)
    dialog._add()
    dialog.form.load(SourceConfig(kind="modem", port=""))
    dialog.test.click()
    assert "Choose the port" in dialog.status.text() and not dialog.test_bridge.sources
    missing = str(tmp_path / "pts" / "99")  # a pseudo-terminal path that does not exist
    dialog.form.load(SourceConfig(kind="modem", port=missing))
    dialog.test.click()
    qtbot.waitUntil(lambda: "Nothing is connected" in dialog.status.text(), timeout=10000)
    assert missing in dialog.status.text() and "Errno" not in dialog.status.text()
    dialog.test.click()  # stop
    with socket.socket() as probe:  # a port nobody listens on: bind, note it, close
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    dialog.form.load(SourceConfig(kind="ncid", host="127.0.0.1", tcp_port=free))
    dialog.test.click()
    qtbot.waitUntil(lambda: "Nothing is listening" in dialog.status.text(), timeout=10000)
    assert f"127.0.0.1:{free}" in dialog.status.text() and "Errno" not in dialog.status.text()
    dialog.reject()


def test_device_errors_map_every_platforms_words_to_one_sentence() -> None:
    from ui.callerid.device_errors import plain_device_error, plain_os_error

    cases = {
        "could not open port COM7: FileNotFoundError(2, 'The system cannot find the file specified.')": "Nothing is",
        "[Errno 13] could not open port /dev/ttyUSB0: [Errno 13] Permission denied": "dialout",
        "[Errno 16] Device or resource busy: '/dev/ttyUSB0'": "in use",
        "[WinError 10061] No connection could be made because the target machine actively refused it": "listening",
        "[Errno -2] Name or service not known": "cannot be found",
        "timed out": "does not answer",
        "something nobody expected": "cannot be opened",
    }
    for detail, words in cases.items():
        sentence = plain_device_error("X", detail)
        assert words in sentence and "Errno" not in sentence and "X" in sentence
    assert "Nothing is connected" in plain_os_error("COM9", FileNotFoundError(2, "No such file or directory"))


def test_the_last_page_offers_the_customer_import(qtbot, db, settings) -> None:  # noqa: ANN001
    from ui.importing.wizard import ImportWizard
    from ui.main_window import MainWindow

    window = MainWindow(db, settings, "owner")
    qtbot.addWidget(window)
    window.first_run_setup()
    wizard = next(w for w in window.findChildren(FirstRunWizard))
    assert not wizard.done_page.import_button.isHidden()
    wizard.done_page.import_button.click()
    importer = next(w for w in window.findChildren(ImportWizard))
    assert importer.isVisible()
    importer.close()
    wizard.reject()
