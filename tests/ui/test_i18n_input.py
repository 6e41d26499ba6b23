"""Number and date fields take digits typed in any script, whatever the interface language."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QCalendar, QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QSpinBox, QWidget

from app.week import default_week
from ui.date_widgets import setup_date_edit
from ui.digit_keys import accept_any_digits

DIGITS = {"latin": "0123456789", "persian": "۰۱۲۳۴۵۶۷۸۹", "arabic": "٠١٢٣٤٥٦٧٨٩"}


def type_digits(widget: QWidget, number: str, script: str) -> None:
    """Key presses as a keyboard of that script sends them (the text carries the digit)."""
    for ch in number:
        typed = DIGITS[script][int(ch)]
        key = Qt.Key(Qt.Key.Key_0.value + int(ch)) if script == "latin" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, typed))


@pytest.mark.parametrize("locale", ["fa_IR", "ar_SA", "en_US"])
@pytest.mark.parametrize("script", ["latin", "persian", "arabic"])
def test_spin_boxes_and_date_fields_take_any_digits(qtbot, qapp, locale: str, script: str) -> None:  # noqa: ANN001
    keys = accept_any_digits(qapp)
    try:
        spin = QSpinBox(maximum=10000)
        spin.setLocale(QLocale(locale))
        qtbot.addWidget(spin)
        spin.lineEdit().selectAll()
        type_digits(spin, "125", script)
        spin.interpretText()
        assert spin.value() == 125
        date = QDateEdit(QDate(2000, 1, 1))
        setup_date_edit(date, QCalendar(), default_week("en"), QLocale(locale))
        qtbot.addWidget(date)
        date.setCurrentSection(QDateEdit.Section.YearSection)
        date.setSelectedSection(QDateEdit.Section.YearSection)
        type_digits(date, "20261123", script)
        date.interpretText()
        assert date.date() == QDate(2026, 11, 23)
    finally:
        qapp.removeEventFilter(keys)
        keys.deleteLater()


def test_without_the_filter_qt_refuses_foreign_digits(qtbot) -> None:  # noqa: ANN001
    """Why the filter exists: an English field drops Persian digits."""
    spin = QSpinBox(maximum=10000)
    spin.setLocale(QLocale("en_US"))
    qtbot.addWidget(spin)
    spin.lineEdit().selectAll()
    type_digits(spin, "125", "persian")
    spin.interpretText()
    assert spin.value() == 0
