"""Find duplicates on a worker, merge field by field and undo; the Data quality screen's counts and lists."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from PySide6.QtWidgets import QApplication

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.models import Customer
from app.phones import PhoneRules
from app.services.customers import create_customer, customer_card
from ui.duplicates.duplicates_view import DuplicatesView
from ui.quality.quality_view import QualityView


def _two_alike(db: Database) -> tuple[int, int]:
    a = create_customer(db, CustomerDraft("علی کریمی", phones=[PhoneDraft("09121111111")]), "t")
    phones = [PhoneDraft("۰۹۱۲ ۱۱۱ ۱۱۱۱"), PhoneDraft("02155556666")]
    b = create_customer(db, CustomerDraft("علي كريمي", city="قم", email="ali@e.com", phones=phones), "t")
    return a, b


def test_find_merge_and_undo(qtbot, qtmodeltester, db: Database) -> None:  # noqa: ANN001
    a, b = _two_alike(db)
    view = DuplicatesView(db, "supervisor", PhoneRules())
    qtbot.addWidget(view)
    view.start()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtmodeltester.check(view.model)
    assert view.model.row_at(0)[2] == "95%"
    dialog = view.open_merge(view.model.index(0, 0))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.choices))
    assert dialog.chosen()["city"] == "قم" and dialog.chosen()["name"] == "علی کریمی"
    dialog.choices["name"].button(1).setChecked(True)
    dialog.do_merge()
    qtbot.waitUntil(lambda: dialog.undo.isEnabled())
    card = customer_card(db, a)
    assert (card.draft.name, card.draft.city, len(card.phones)) == ("علي كريمي", "قم", 2)
    dialog.do_undo()
    qtbot.waitUntil(lambda: dialog.merge.isEnabled())
    assert customer_card(db, a).draft.name == "علی کریمی"
    with db.sessions() as s:
        assert s.get(Customer, b).deleted_at is None


def test_find_can_be_cancelled(qtbot, db: Database) -> None:  # noqa: ANN001
    _two_alike(db)
    view = DuplicatesView(db, "t", PhoneRules())
    qtbot.addWidget(view)
    view.start()
    view.task.cancel()
    qtbot.waitUntil(lambda: view.find.isEnabled())
    assert view.status.text() in ("Cancelled.", "1 groups")  # a finder faster than the click is fine too


def test_quality_counts_open_the_matching_customers(qtbot, qtmodeltester, db: Database) -> None:  # noqa: ANN001
    a, b = _two_alike(db)
    lonely = create_customer(db, CustomerDraft("Lonely"), "t")
    view = QualityView(db)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.counts.rowCount() == 6)
    qtmodeltester.check(view.counts)
    assert view.counts.row_at(0) == ("Without any phone", "1")
    with qtbot.waitSignal(view.open_customers) as opened:
        view.show_check(view.counts.index(3, 0))
    assert opened.args[0] == "duplicates"
    qtbot.waitUntil(lambda: view.customers.rowCount() == 2)
    assert [r[0] for r in (view.customers.row_at(0), view.customers.row_at(1))] == [a, b]
    view.show_check(view.counts.index(0, 0))
    qtbot.waitUntil(lambda: view.customers.rowCount() == 1 and view.customers.row_at(0)[0] == lonely)
    with db.sessions() as s:
        assert s.scalar(select(Customer.name).where(Customer.id == lonely)) == "Lonely"


@pytest.mark.parametrize("language", ["en", "fa"])
def test_merge_and_quality_screenshots(qtbot, db: Database, language: str) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from ui.i18n import install_language

    app = QApplication.instance()
    install_language(app, language)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight)
    try:
        _two_alike(db)
        view = DuplicatesView(db, "t", PhoneRules())
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.start()
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        assert view.grab().save(f"/tmp/import-duplicates-{language}.png")
        dialog = view.open_merge(view.model.index(0, 0))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: bool(dialog.choices))
        assert dialog.grab().save(f"/tmp/import-merge-{language}.png")
        quality = QualityView(db)
        qtbot.addWidget(quality)
        quality.resize(1366, 768)
        qtbot.waitUntil(lambda: quality.counts.rowCount() == 6)
        quality.show_check(quality.counts.index(3, 0))
        qtbot.waitUntil(lambda: quality.customers.rowCount() == 2)
        assert quality.grab().save(f"/tmp/import-quality-{language}.png")
    finally:
        install_language(app, "en")
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_counts_follow_the_windows_digits(qtbot, db: Database) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    from ui.formatting import Formatter

    _two_alike(db)
    window = QWidget()
    window.fmt = Formatter(language="fa")  # type: ignore[attr-defined]  # what MainWindow carries
    qtbot.addWidget(window)
    view = DuplicatesView(db, "supervisor", PhoneRules(), window)
    view.start()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.row_at(0)[:1] == ("۲",) and view.model.row_at(0)[2] == "۹۵٪"
    assert "۱" in view.status.text() and "1" not in view.status.text()
    dialog = view.open_merge(view.model.index(0, 0))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.choices))
    from PySide6.QtWidgets import QLabel

    ids = [label.text() for label in dialog.findChildren(QLabel) if label.text().startswith("#")]
    assert len(ids) == 2 and all(not any(c.isascii() and c.isdigit() for c in text) for text in ids)
    statuses = [dialog.choices["status"].button(i).text() for i in (0, 1)]
    assert statuses == ["Customer", "Customer"]  # the status label (translated in Persian), not the stored value


def test_quality_count_filters_the_customers_tab_with_a_clearable_chip(qtbot, db: Database, settings) -> None:  # noqa: ANN001
    from ui.importing.menu import show_check_in_customers
    from ui.main_window import MainWindow

    a, b = _two_alike(db)
    lonely = create_customer(db, CustomerDraft("Lonely"), "t")
    window = MainWindow(db, settings, "agent")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 3)
    view = QualityView(db, window)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.counts.rowCount() == 6)
    view.open_customers.connect(lambda check, title: show_check_in_customers(window, check, title))
    view.show_check(view.counts.index(3, 0))  # duplicates
    customers = window.customers
    assert window.tabs.currentWidget() is customers
    qtbot.waitUntil(lambda: [customers.model.row(i).id for i in range(customers.model.rowCount())] == [a, b])
    assert not customers.chip.isHidden()
    assert customers.chip_label.text() == "Showing: In a duplicate group (same phone or e-mail)"
    qtbot.waitUntil(lambda: customers.model.total is not None and customers.model.total.value == 2)
    view.show_check(view.counts.index(0, 0))  # without any phone
    qtbot.waitUntil(lambda: [customers.model.row(i).id for i in range(customers.model.rowCount())] == [lonely])
    customers.chip_clear.click()
    assert customers.chip.isHidden()
    qtbot.waitUntil(lambda: customers.model.rowCount() == 3)
    view.show_check(view.counts.index(0, 0))
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1)
    customers.search.setText("Lon")  # a search replaces the filter
    assert customers.chip.isHidden() and customers.where is None


def test_a_group_of_three_merges_in_one_step_in_the_dialog(qtbot, db: Database) -> None:  # noqa: ANN001
    from ui.duplicates.merge_view import MergeDialog

    a, b = _two_alike(db)
    c = create_customer(db, CustomerDraft("ع. کریمی", address="خیابان ولیعصر", phones=[PhoneDraft("09121111111")]),
                        "t")  # fmt: skip
    dialog = MergeDialog(db, "supervisor", PhoneRules(), [a, b, c])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.choices))
    assert dialog.grid.columnCount() == 4  # labels and three customers
    dialog.survivor.setCurrentIndex(2)  # keep the third record
    qtbot.waitUntil(lambda: dialog.chosen()["name"] == "ع. کریمی")
    assert dialog.chosen()["city"] == "قم" and dialog.chosen()["address"] == "خیابان ولیعصر"
    dialog.choices["name"].button(0).setChecked(True)
    dialog.do_merge()
    qtbot.waitUntil(lambda: dialog.undo.isEnabled())
    card = customer_card(db, c)
    assert (card.draft.name, card.draft.city, len(card.phones)) == ("علی کریمی", "قم", 2)
    with db.sessions() as s:
        assert s.scalars(select(Customer.id).where(Customer.deleted_at.is_(None))).all() == [c]
    dialog.do_undo()
    qtbot.waitUntil(lambda: dialog.merge.isEnabled())
    with db.sessions() as s:
        assert len(s.scalars(select(Customer.id).where(Customer.deleted_at.is_(None))).all()) == 3
    assert customer_card(db, c).draft.name == "ع. کریمی"
