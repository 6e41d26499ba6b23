"""The campaign and seat screens as each role: an agent works the list (Next call) but cannot set campaigns up,
change call routing or take a member off a list; a supervisor can. Greyed out from the ONE permission table."""

from __future__ import annotations

from PySide6.QtGui import QAction

from app.db import Database
from app.services import lookups
from tests.app.auth.conftest import add_staff
from tests.app.campaigns.conftest import add_customer, running_campaign
from ui.main_window import MainWindow
from ui.settings import Settings

MANAGE = ("&New campaign…", "New call &script…", "D&ispositions…", "Add a number to the &do-not-call list…",
          "Call &routing…")  # fmt: skip


def _actions(window: MainWindow) -> dict[str, QAction]:
    return {action.text(): action for action in window.findChildren(QAction)}


def _staffed_with_a_campaign(db: Database) -> int:
    lookups.ensure_defaults(db)
    add_customer(db, "Ali", "09121110001")
    campaign_id = running_campaign(db)  # set up while the install is still open
    add_staff(db)  # olga (owner), sam (supervisor), ali (agent): sign-in is on from here
    return campaign_id


def test_an_agent_works_the_list_but_cannot_set_campaigns_up(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    campaign_id = _staffed_with_a_campaign(db)
    window = MainWindow(db, settings, "ali")
    qtbot.addWidget(window)
    actions = _actions(window)
    assert [text for text in MANAGE if actions[text].isEnabled()] == []
    assert actions["Next &call…"].isEnabled()
    view = window.campaigns.view
    for button in (view.new_button, view.edit_button, view.start_button, view.pause_button, view.finish_button,
                   view.export_button):  # fmt: skip
        assert not button.isEnabled(), button.text()
    assert view.buttons["next"].isEnabled() and view.buttons["results"].isEnabled()
    assert window.campaigns.start_winback("") is None  # the Customer value screen's button: told, no form
    assert window.statusBar().currentMessage() == "Your role may not set up campaigns: ask a supervisor or the owner."
    card = window.campaigns.next_call(campaign_id)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.shown, timeout=5000):
        card.next_call()
    assert card.call is not None and card.call.name == "Ali"  # the agent's Next call works
    assert card.dial_button.isEnabled() and card.not_this.isEnabled()  # the customer's word, heard by the agent


def test_a_supervisor_sets_campaigns_up_and_routes_calls(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    campaign_id = _staffed_with_a_campaign(db)
    window = MainWindow(db, settings, "sam")
    qtbot.addWidget(window)
    actions = _actions(window)
    assert all(actions[text].isEnabled() for text in (*MANAGE, "Next &call…"))
    view = window.campaigns.view
    assert view.new_button.isEnabled() and view.edit_button.isEnabled() and view.export_button.isEnabled()
    card = window.campaigns.next_call(campaign_id)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.shown, timeout=5000):
        card.next_call()
    assert card.call is not None and card.not_this.isEnabled()


def test_a_refused_campaign_action_says_who_may(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    campaign_id = _staffed_with_a_campaign(db)
    window = MainWindow(db, settings, "ali")
    qtbot.addWidget(window)
    window.campaigns.act("paused", campaign_id)  # as if the greyed-out Pause were pressed anyway
    expected = "ali (agent) may not set up campaigns, their call lists, scripts and do-not-call numbers: ask"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(expected), timeout=5000)
