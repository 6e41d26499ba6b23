"""Number and date fields accept digits typed in any script.

Qt's spin boxes and date fields parse only their own locale's digits and Latin ones: a Persian
keyboard's ۱۲ is refused in an Arabic field, an Arabic-Indic ١٢ in a Persian one, and both in an
English one. One application-wide filter turns such key presses into Latin digits, which every
locale accepts; what the field shows still follows its locale.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication

from app.text import normalize_digits

_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class LatinDigitKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() not in _KEYS or not isinstance(watched, QAbstractSpinBox):
            return False
        text = event.text()  # type: ignore[attr-defined]
        latin = normalize_digits(text)
        if len(text) != 1 or latin == text:
            return False
        key = Qt.Key(Qt.Key.Key_0.value + int(latin))
        QApplication.sendEvent(watched, QKeyEvent(event.type(), key, event.modifiers(), latin))  # type: ignore[attr-defined]
        return True


def accept_any_digits(app: QApplication) -> LatinDigitKeys:
    """Install the filter for the whole application (once, when it is created)."""
    keys = LatinDigitKeys(app)
    app.installEventFilter(keys)
    return keys
