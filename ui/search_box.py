"""Search boxes take any text up to the length a search uses, and say so when a paste was cut."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QToolTip

from app.search_text import MAX_QUERY
from ui.formatting import fill


def too_long_text() -> str:
    return fill(QCoreApplication.translate("SearchBox", "Search uses the first %1 characters."), str(MAX_QUERY))


def cap_search_box(box: QLineEdit) -> None:
    """Limit `box` to MAX_QUERY characters (a 1 MB paste keeps its start) and tell the user when it is full."""
    box.setMaxLength(MAX_QUERY)

    def changed(text: str) -> None:
        full = len(text) >= MAX_QUERY
        box.setToolTip(too_long_text() if full else "")
        if full and box.isVisible():
            QToolTip.showText(box.mapToGlobal(box.rect().bottomLeft()), too_long_text(), box)

    box.textChanged.connect(changed)
