"""Languages: load Tamas's and Qt's catalogs, the bundled Persian/Arabic font, and the reading direction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
LANGUAGES = {"en": "English", "fa": "فارسی", "ar": "العربية"}
RIGHT_TO_LEFT = {"fa", "ar"}
SCRIPT_FONT = "Vazirmatn"
# Catalogs of Qt's own tools, not of anything a Tamas user sees.
_TOOL_CATALOGS = ("assistant_", "designer_", "linguist_", "qt_help_")

_installed: list[QTranslator] = []
_default_font: QFont | None = None


def qt_catalogs(language: str) -> list[str]:
    """Every catalog PySide6 ships for `language` (qtbase, qt, qtdeclarative...), tools excluded."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return sorted(path.stem for path in folder.glob(f"*_{language}.qm") if not path.name.startswith(_TOOL_CATALOGS))


def load_fonts() -> list[str]:
    """Register the bundled font files once; returns the families they provide."""
    families: set[str] = set()
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def _apply_font(app: QGuiApplication, language: str) -> None:
    global _default_font
    if _default_font is None:
        _default_font = QFont(app.font())
    if language in RIGHT_TO_LEFT:
        if SCRIPT_FONT not in QFontDatabase.families():
            load_fonts()
        font = QFont(_default_font)
        font.setFamilies([SCRIPT_FONT, *_default_font.families()])
        app.setFont(font)
    else:
        app.setFont(_default_font)


def install_language(app: QCoreApplication, language: str) -> None:
    """Replace the installed catalogs with those of `language` (English needs none)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        names = [(qt_folder, name) for name in qt_catalogs(language)] + [(str(TRANSLATIONS), f"tamas_{language}")]
        for folder, name in names:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale({"en": "en_US", "fa": "fa_IR", "ar": "ar_SA"}.get(language, "en_US")))
    from ui.auth.refusals import install_refusal_wording

    install_refusal_wording(language)  # the services' refusals ("may not … ask the owner") in this language too
    if isinstance(app, QGuiApplication):
        direction = Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
        _apply_font(app, language)
