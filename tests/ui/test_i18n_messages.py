"""Messages that mix Persian or Arabic with paths and numbers keep each inserted value isolated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from PySide6.QtCore import QCalendar, QCoreApplication

from app.db import Database
from app.reports.export import ExportResult
from ui.formatting import FSI, PDI, Formatter
from ui.i18n import install_language
from ui.reports.reports_view import ReportsView


def first_letter(text: str) -> str:
    return next(ch for ch in text if ch.isalpha())


@pytest.mark.parametrize(("language", "rows"), [("fa", "۱٬۲۳۴"), ("ar", "١٬٢٣٤")])
def test_saved_to_message_isolates_the_path_and_numbers(qtbot, qapp, db: Database, language: str, rows: str) -> None:  # noqa: ANN001
    install_language(qapp, language)
    try:
        view = ReportsView(db, Formatter("gregorian", language), QCalendar(), language)
        qtbot.addWidget(view)
        path = Path("/home/owner/Reports/calls-2026.xlsx")
        view._done(ExportResult(path, "calls", 1234, ["Calls"], 2.5))
        text = view.status.text()
        assert f"{FSI}{path}{PDI}" in text and f"{FSI}{rows}{PDI}" in text
        # The paragraph's direction comes from the sentence, never from an inserted path or number: the
        # first letter outside the isolates is the translation's own.
        outside = re.sub(f"{FSI}.*?{PDI}", "", text)
        template = QCoreApplication.translate("ReportsView", "Saved %1: %2 rows in %3 s.")
        assert first_letter(outside) == first_letter(template.replace("%1", ""))
    finally:
        install_language(qapp, "en")


def test_field_errors_isolate_what_was_typed(qapp) -> None:  # noqa: ANN001
    from app import errors
    from ui.messages import field_error

    install_language(qapp, "fa")
    try:
        text = field_error(errors.INVALID_EMAIL, "ali@example")
        assert f"{FSI}ali@example{PDI}" in text
        assert first_letter(re.sub(f"{FSI}.*?{PDI}", "", text)) not in "abcdefghijklmnopqrstuvwxyz"
    finally:
        install_language(qapp, "en")
    assert field_error(errors.INVALID_EMAIL, "bob@x") == "“bob@x” is not an email address (expected name@example.com)."
