from __future__ import annotations

from app.auth.accounts import account_count, sign_in
from app.db import Database
from ui.firstrun.wizard import FirstRunWizard
from ui.settings import Settings


def test_the_wizard_creates_the_owner(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    wizard = FirstRunWizard(settings, detect=lambda: [], db=db)
    qtbot.addWidget(wizard)
    page = wizard.owner_page
    assert page is not None and page.isComplete()  # empty: the install stays open
    page.name.setText("kamran")
    page.password.setText("short")
    assert not page.isComplete() and "8 characters" in page.message.text()
    page.password.setText("kamran-pass-1")
    page.again.setText("kamran-pass-2")
    assert not page.isComplete() and "differ" in page.message.text()
    page.again.setText("kamran-pass-1")
    assert page.isComplete() and page.message.text() == ""
    with qtbot.waitSignal(wizard.owner_created) as created:
        wizard.accept()
    assert created.args == ["kamran"]
    assert sign_in(db, "kamran", "kamran-pass-1").role == "owner"


def test_no_owner_step_once_accounts_exist(qtbot, staffed: Database, settings: Settings) -> None:  # noqa: ANN001
    wizard = FirstRunWizard(settings, detect=lambda: [], db=staffed)
    qtbot.addWidget(wizard)
    assert wizard.owner_page is None


def test_an_empty_owner_step_keeps_the_open_install(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    wizard = FirstRunWizard(settings, detect=lambda: [], db=db)
    qtbot.addWidget(wizard)
    created: list[str] = []
    wizard.owner_created.connect(created.append)
    wizard.accept()
    assert created == [] and account_count(db) == 0 and settings.value("first_run_done")
