"""Languages: load Tamas's and Qt's catalogs and turn the layout right-to-left for Persian and Arabic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = {"en": "English", "fa": "فارسی", "ar": "العربية"}
RIGHT_TO_LEFT = {"fa", "ar"}

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> None:
    """Replace the installed catalogs with those of `language` (English needs none)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        for folder, name in (
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
            (str(TRANSLATIONS), f"tamas_{language}"),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale({"en": "en_US", "fa": "fa_IR", "ar": "ar_SA"}.get(language, "en_US")))
    if hasattr(app, "setLayoutDirection"):
        direction = Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)  # type: ignore[attr-defined]
