"""The Next call view on a driven clock: claim, script, dial through the (fake) modem, disposition by shortcut,
and a customer marked do-not-call while on the card is neither dialled nor offered again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.campaigns.consent import set_customer_dnc
from app.campaigns.results import campaign_results
from app.campaigns.scripts import QuestionDraft, member_answers, save_script
from app.db import Database
from tests.app.campaigns.conftest import MONDAY_10, add_customer, running_campaign
from ui.campaigns.next_call_view import NextCallView
from ui.formatting import Formatter


def _view(qtbot, db: Database, campaign_id: int, dialled: list[str]) -> NextCallView:  # noqa: ANN001
    view = NextCallView(db, campaign_id, "sara", Formatter(), now=lambda: MONDAY_10,
                        dialler=lambda number: dialled.append(number) is None)  # fmt: skip
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(view.buttons), timeout=5000)
    return view


def _next(qtbot, view: NextCallView) -> None:  # noqa: ANN001
    with qtbot.waitSignal(view.shown, timeout=5000):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)


def test_dnc_marked_while_on_the_card_is_never_dialled_nor_offered(qtbot, db: Database) -> None:  # noqa: ANN001
    ids = [add_customer(db, f"Customer {i}", f"0912000000{i}") for i in range(3)]
    campaign_id = running_campaign(db)
    dialled: list[str] = []
    view = _view(qtbot, db, campaign_id, dialled)
    _next(qtbot, view)
    first = view.call
    assert first is not None and first.customer_id == ids[0] and "Customer 0" in view.name.text()
    set_customer_dnc(db, first.customer_id, "reza")  # another seat marks them while sara reads the card
    qtbot.mouseClick(view.dial_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.call is None, timeout=5000)
    assert dialled == [] and "may not be called" in view.message.text()
    assert not any(b.isEnabled() for b in view.buttons.values())
    offered = []
    for _ in range(2):
        _next(qtbot, view)
        assert view.call is not None
        offered.append(view.call.customer_id)
        qtbot.mouseClick(view.dial_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.buttons["NOT_INTERESTED"].isEnabled(), timeout=5000)
        with qtbot.waitSignal(view.saved, timeout=5000):
            qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # NOT INTERESTED's shortcut
    assert offered == ids[1:] and dialled == ["+989120000001", "+989120000002"]
    _next(qtbot, view)
    assert view.call is None and "Everyone on this list" in view.message.text()
    assert campaign_results(db, campaign_id).total.attempted == 2


def test_script_answers_are_saved_with_the_disposition(qtbot, db: Database) -> None:  # noqa: ANN001
    add_customer(db, "Survey me", "09120000009")
    questions = [QuestionDraft("Happy?", "yesno", branches={"yes": 3}), QuestionDraft("Why not?", "text"),
                 QuestionDraft("Score", "number", measure=True)]  # fmt: skip
    campaign_id = running_campaign(db, script_id=save_script(db, "S", questions, "admin"), purpose="survey")
    view = _view(qtbot, db, campaign_id, [])
    _next(qtbot, view)
    assert view.script.isVisible() and view.script.question.text().endswith("Happy?")
    view.script.choice.setCurrentIndex(0)  # yes: skips to question 3
    qtbot.mouseClick(view.script.next, Qt.MouseButton.LeftButton)
    assert view.script.question.text().endswith("Score")
    view.script.text.setText("۵")  # Persian digit five
    qtbot.mouseClick(view.script.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.by_hand, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.buttons["NOT_INTERESTED"].isEnabled(), timeout=5000)
    member = view.call.member_id if view.call else 0
    with qtbot.waitSignal(view.saved, timeout=5000):
        qtbot.mouseClick(view.buttons["NOT_INTERESTED"], Qt.MouseButton.LeftButton)
    assert sorted(member_answers(db, member).values()) == ["5", "yes"]


def test_not_for_this_campaign_takes_the_member_off_this_list_only(qtbot, db: Database) -> None:  # noqa: ANN001
    only = add_customer(db, "Only one", "09120000007")
    first, second = running_campaign(db), running_campaign(db)
    view = _view(qtbot, db, first, [])
    _next(qtbot, view)
    with qtbot.waitSignal(view.shown, timeout=5000):
        qtbot.mouseClick(view.not_this, Qt.MouseButton.LeftButton)
    assert view.call is None and "Taken off this campaign" in view.message.text()
    _next(qtbot, view)
    assert view.call is None  # nobody left in the first campaign
    other = _view(qtbot, db, second, [])
    _next(qtbot, other)
    assert other.call is not None and other.call.customer_id == only
