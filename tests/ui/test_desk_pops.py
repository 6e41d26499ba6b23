"""Pops are always fully on screen, in the reading direction's corner, never overlapping, and bounded in number."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft, ScreenPop
from app.phones import PhoneRules
from app.services import customers, lookups
from hardware.events import CallerIdEvent
from ui.callerid.pop_manager import PopManager
from ui.callerid.pop_stack import MAX_ENTRIES, MAX_WINDOWS, PopStack
from ui.formatting import Formatter
from ui.main_window import MainWindow


@pytest.fixture(params=["ltr", "rtl"])
def direction(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # noqa: ANN001
    qapp.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if request.param == "rtl" else Qt.LayoutDirection.LeftToRight
    )
    yield request.param
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def office(db: Database) -> Database:
    lookups.ensure_defaults(db)
    customers.create_customer(db, CustomerDraft(name="Behnaz Tehrani", company="Pars Tile", tags="VIP, wholesale",
                                                 phones=[PhoneDraft("0912 345 6789")]), "t")  # fmt: skip
    return db


def ring(number: str, line: str) -> CallerIdEvent:
    return CallerIdEvent(number, None, None, line, datetime.now(), "simulator", f"NMBR = {number}")


def frame(window) -> QRect:  # noqa: ANN001
    return QRect(window.pos(), window.frameGeometry().size().expandedTo(window.size()))


def assert_on_screen_apart(pops: PopManager) -> None:
    area = pops.stack.screen_area()
    shown = [frame(w) for w in pops.windows]
    if pops.stack.strip.isVisible():
        shown.append(QRect(pops.stack.strip.pos(), pops.stack.strip.size()))
    for rect in shown:
        assert area.contains(rect), (rect, area)
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            assert not a.intersects(b), (a, b)


@pytest.mark.parametrize("calls", [1, 3, 8])
def test_pops_fit_the_screen_in_the_reading_corner(qtbot, office: Database, settings, direction: str,
                                                   calls: int) -> None:  # noqa: ANN001  # fmt: skip
    window = MainWindow(office, settings, "agent")
    qtbot.addWidget(window)
    pops = window.pops
    for i in range(calls):
        with qtbot.waitSignal(pops.popped, timeout=5000):
            window.bridge.inject(ring("09123456789" if i % 2 else f"0935000{i:04d}", line=str(i)))
    assert_on_screen_apart(pops)
    area = pops.stack.screen_area()
    newest = pops.windows[-1]
    assert newest.pop.line == str(calls - 1)  # the newest ring always has its window
    assert frame(newest).width() >= newest.minimumWidth()  # placed from its real size
    if direction == "rtl":
        assert frame(newest).left() - area.left() < area.right() - frame(newest).right()  # bottom-left
    else:
        assert frame(newest).left() - area.left() > area.right() - frame(newest).right()  # bottom-right
    assert frame(newest).bottom() > area.center().y()  # at the bottom
    waiting = pops.stack.waiting()
    assert len(pops.windows) + len(waiting) == calls
    if waiting:
        assert pops.stack.strip.isVisible() and str(len(waiting)) in pops.stack.strip.text()
        menu = pops.stack.waiting_menu()
        assert len(menu.actions()) == len(waiting)
        menu.actions()[0].trigger()  # show the latest waiting caller: it gets a window, still on screen
        qtbot.waitUntil(lambda: waiting[-1].window is not None)
        assert_on_screen_apart(pops)
        menu.deleteLater()
        before = len(pops.stack.waiting())
        pops.windows[-1].close()  # "Not now": a waiting caller takes the free place
        qtbot.waitUntil(lambda: len(pops.stack.waiting()) == before - 1)
        assert_on_screen_apart(pops)
    pops.close_all()


class StandIn(QWidget):
    """A pop-sized window: the stack's bookkeeping is what this test measures, not the pop's widgets."""

    def __init__(self, pop: ScreenPop) -> None:
        super().__init__(None, Qt.WindowType.Tool)
        self.pop = pop
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumSize(380, 260)


def test_two_thousand_rings_keep_a_few_windows(qtbot) -> None:  # noqa: ANN001
    stack = PopStack(StandIn, lambda: None)
    for i in range(2000):
        stack.add(ScreenPop(i, f"+98935{i:07d}", f"0935 {i:07d}", None, "", "1", datetime.now(), None, "", "", "",
                            False, False, []))  # fmt: skip
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    alive = [w for w in QApplication.topLevelWidgets() if isinstance(w, StandIn)]
    assert len(stack.windows()) <= MAX_WINDOWS and len(alive) <= MAX_WINDOWS
    assert len(stack.entries) <= MAX_WINDOWS + MAX_ENTRIES  # older rings are plain entries, and bounded too
    assert stack.windows()[-1].pop.call_id == 1999
    waiting_ids = [e.pop.call_id for e in stack.waiting()]
    stack.settle(waiting_ids[0], "missed")  # a waiting ring that ended unanswered leaves the strip
    assert waiting_ids[0] not in [e.pop.call_id for e in stack.entries]
    assert str(len(waiting_ids) - 1) in stack.strip.text()
    stack.close_all()


def test_a_typed_in_pop_is_never_collapsed(qtbot, office: Database) -> None:  # noqa: ANN001
    pops = PopManager(office, PhoneRules, "agent", Formatter())
    with qtbot.waitSignal(pops.popped, timeout=5000) as first:
        pops.handle(ring("09123456789", "1"))
    first.args[0].notes.setText("half-typed")
    for line in range(2, 10):
        with qtbot.waitSignal(pops.popped, timeout=5000):
            pops.handle(ring(f"0935000{line:04d}", str(line)))
    assert first.args[0] in pops.windows and first.args[0].notes.text() == "half-typed"
    pops.close_all()


def test_a_dragged_pop_moves_the_column_and_the_place_is_remembered(qtbot, office: Database, settings) -> None:  # noqa: ANN001
    window = MainWindow(office, settings, "agent")
    qtbot.addWidget(window)
    pops = window.pops
    with qtbot.waitSignal(pops.popped, timeout=5000) as shown:
        window.bridge.inject(ring("09123456789", "1"))
    pop = shown.args[0]
    with qtbot.waitSignal(pops.stack.moved_by_agent, timeout=5000):
        pop.move(QPoint(40, 60))  # the agent drags it up and aside
    corner = pops.stack.corner
    assert corner is not None and corner.x() == 40 and settings.value("pop_corner") == f"40,{corner.y()}"
    with qtbot.waitSignal(pops.popped, timeout=5000) as second:
        window.bridge.inject(ring("09350000002", "2"))
    assert second.args[0].x() == 40 and frame(second.args[0]).bottom() <= corner.y()
    assert_on_screen_apart(pops)
    pops.close_all()
    again = MainWindow(office, settings, "agent")  # next start: the same place
    qtbot.addWidget(again)
    assert again.pops.stack.corner == corner


def test_a_flood_refills_collapsed_windows_as_fresh_pops(qtbot, office: Database) -> None:  # noqa: ANN001
    pops = PopManager(office, PhoneRules, "agent", Formatter())
    shown = []
    for line in range(1, MAX_WINDOWS + 2):
        with qtbot.waitSignal(pops.popped, timeout=5000) as popped:
            pops.handle(ring(f"0935000{line:04d}", str(line)))
        shown.append(popped.args[0])
        popped.args[0]._start_timer()  # the pop's own state (no write to race with): timer running, answer used up
        popped.args[0].talk.setValue(42)
    collapsed = [w for w in shown if w not in pops.windows]
    assert collapsed and all(not w.isVisible() for w in collapsed)
    with qtbot.waitSignal(pops.popped, timeout=5000) as again:
        pops.handle(ring("09123456789", "9"))
    window = again.args[0]
    assert window in collapsed  # a collapsed window was refilled, not a new one built
    assert window.pop.line == "9" and window.number.text() == Formatter().phone(window.pop.display_number)
    assert window.who.text() == "Behnaz Tehrani · Pars Tile" and window.open_button.isVisible()
    assert window.notes.text() == "" and window.talk.value() == 0 and window.answer_button.isEnabled()
    assert not window.timer_label.isVisible() and window.answered_at is None and not window.ticker.isActive()
    assert window.state.text() == "Ringing" and window.isVisible()
    with qtbot.waitSignal(pops.popped, timeout=5000) as last:
        pops.handle(ring("09350009999", "10"))
    assert last.args[0].pop.line == "10" and window.pop.line == "9"  # the refilled pop kept its own call
    pops.close_all()
    assert pops.stack.spare == [] and not any(w.isVisible() for w in pops.windows)
