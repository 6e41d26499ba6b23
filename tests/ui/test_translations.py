"""The Persian and Arabic catalogs cover every string the screens show, and switch the layout to RTL."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import REPO
from ui.i18n import TRANSLATIONS, install_language


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_catalog_is_current_and_finished(tmp_path: Path, language: str) -> None:
    fresh = tmp_path / f"tamas_{language}.ts"
    lupdate = str(Path(sys.executable).with_name("pyside6-lupdate"))
    subprocess.run([lupdate, *sorted(str(p) for p in (REPO / "ui").rglob("*.py")), "-ts", str(fresh)],
                   check=True, capture_output=True)  # fmt: skip
    committed = messages(TRANSLATIONS / f"tamas_{language}.ts")
    missing = set(messages(fresh)) - set(committed)
    assert not missing, f"run resources/translations/update.py and translate: {sorted(missing)[:5]}"
    unfinished = [key for key, m in committed.items() if m.find("translation").get("type") == "unfinished"]
    assert not unfinished
    assert (TRANSLATIONS / f"tamas_{language}.qm").stat().st_mtime_ns > 0


@pytest.mark.parametrize(("language", "expected"), [("fa", "مشتریان"), ("ar", "العملاء")])
def test_language_switch_translates_and_turns_rtl(qapp: QApplication, language: str, expected: str) -> None:
    try:
        install_language(qapp, language)
        assert QCoreApplication.translate("MainWindow", "Customers") == expected
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        install_language(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "Customers") == "Customers"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_bundled_font_and_qt_catalogs_for_rtl_languages(qapp: QApplication, language: str) -> None:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from ui.i18n import FONTS, SCRIPT_FONT, qt_catalogs

    assert (FONTS / "OFL.txt").is_file()  # the licence travels with the font
    assert any(name.startswith("qtbase_") for name in qt_catalogs(language))
    try:
        install_language(qapp, language)
        assert SCRIPT_FONT in QFontDatabase.families()
        assert QFontInfo(qapp.font()).family() == SCRIPT_FONT
        # Qt's own buttons come translated, not only Tamas's strings.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        install_language(qapp, "en")
    assert QFontInfo(qapp.font()).family() != SCRIPT_FONT
