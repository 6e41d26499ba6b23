"""The import wizard end to end on real files: mapping, preview, problems, import, cancel, undo; screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from PySide6.QtWidgets import QApplication

from app.db import Database
from app.models import Customer
from tests.app.importing.files import write_xlsx
from ui.importing import open_import_history, open_import_wizard
from ui.importing.wizard import MAPPING, PREVIEW, ImportWizard
from ui.tasks import wait_for_all


def _count(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count(Customer.id))) or 0


def _to_preview(qtbot, wizard: ImportWizard, path: Path) -> None:  # noqa: ANN001
    wizard.file_page.path.setText(str(path))
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == MAPPING)
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


def test_excel_file_through_the_wizard_then_undo(qtbot, qtmodeltester, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    wizard = open_import_wizard(None, db, "agent")
    qtbot.addWidget(wizard)
    assert isinstance(wizard, ImportWizard)
    xlsx = write_xlsx(tmp_path / "customers.xlsx")
    wizard.file_page.path.setText(str(xlsx))
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == MAPPING)
    assert wizard.mapping_page.mapping()[:3] == ["first_name", "last_name", "phone_mobile"]
    assert wizard.file_page.sheet.count() == 2
    wizard.mapping_page.set_field(5, "")  # the user decides not to import the city
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW)
    qtmodeltester.check(wizard.preview_page.preview)
    assert wizard.preview_page.preview.rowCount() == 4
    assert wizard.preview_page.preview.row_at(0)[1] == "علی رضایی"
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.go_next()
    assert _count(db) == 4
    with db.sessions() as s:
        assert s.scalars(select(Customer.city)).all() == ["", "", "", ""]
    history = open_import_history(None, db, "agent")
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    qtmodeltester.check(history.model)
    history.undo_selected(confirm=False)
    qtbot.waitUntil(lambda: _count(db) == 0)
    wait_for_all()


def test_problems_listed_and_saved_mapping_remembered(qtbot, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "c.csv"
    path.write_text("Name,Cell,Town\nAli,09121111111,Qom\nBad,12ab,\nSara,09122222222,Rey\n", encoding="utf-8")
    wizard = ImportWizard(db, "agent", __import__("app.phones").phones.PhoneRules())
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(path))
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == MAPPING)
    wizard.mapping_page.set_field(2, "")
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW)
    assert wizard.preview_page.problems.row_at(0) == (3, "'12ab' cannot be a phone number")
    again = ImportWizard(db, "agent", __import__("app.phones").phones.PhoneRules())
    qtbot.addWidget(again)
    again.file_page.path.setText(str(path))
    again.go_next()
    qtbot.waitUntil(lambda: again.pages.currentIndex() == MAPPING)
    assert again.mapping_page.mapping() == ["name", "phone_mobile", ""]


def test_cancel_mid_way_saves_nothing(qtbot, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "big.csv"
    path.write_text("name,mobile\n" + "".join(f"C{i},0912{i:07d}\n" for i in range(30000)), encoding="utf-8")
    wizard = ImportWizard(db, "agent", __import__("app.phones").phones.PhoneRules())
    qtbot.addWidget(wizard)
    _to_preview(qtbot, wizard, path)
    wizard.go_next()
    wizard.cancel()
    qtbot.waitUntil(lambda: wizard.task is not None and wizard.task.done, timeout=20000)
    assert wizard.run_page.label.text() == "Import cancelled: nothing was saved."
    assert _count(db) == 0
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"


@pytest.mark.parametrize("language", ["en", "fa"])
def test_screenshots(qtbot, db: Database, tmp_path: Path, language: str) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from ui.i18n import install_language

    app = QApplication.instance()
    install_language(app, language)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight)
    try:
        wizard = ImportWizard(db, "agent", __import__("app.phones").phones.PhoneRules())
        qtbot.addWidget(wizard)
        wizard.resize(1366, 768)
        xlsx = write_xlsx(tmp_path / "customers.xlsx")
        wizard.file_page.path.setText(str(xlsx))
        wizard.go_next()
        qtbot.waitUntil(lambda: wizard.pages.currentIndex() == MAPPING)
        assert wizard.grab().save(f"/tmp/import-mapping-{language}.png")
        wizard.go_next()
        qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW)
        assert wizard.grab().save(f"/tmp/import-preview-{language}.png")
    finally:
        install_language(app, "en")
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
