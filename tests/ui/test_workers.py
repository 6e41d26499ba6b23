"""Workers that never starve the pop: slow reads have their own threads, and a superseded reload stops.

The "long dashboard load" is a real SQLite statement that would run for hours (a recursive count),
so nothing here depends on timing: without cancellation these tests would never finish in time.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import func, select, text

from app.db import Database
from app.dto import CustomerDraft, PhoneDraft
from app.models import Call
from app.phones import PhoneRules
from app.progress import Cancelled
from app.services import customers, incoming, lookups
from app.services.customer_lists import search_customers
from hardware.events import CallerIdEvent
from ui.callerid.pop_manager import PopManager
from ui.formatting import Formatter
from ui.tasks import POOL_SIZES, Latest, TaskHandle, run_task, wait_for_all

ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"


def endless_read(db: Database) -> int:
    """A read that only ends when it is interrupted (stands in for a year dashboard on a slow disk)."""
    with db.sessions() as session:
        return int(session.execute(text(ENDLESS)).scalar_one())


@pytest.fixture
def office(db: Database) -> Iterator[Database]:
    lookups.ensure_defaults(db)
    customers.create_customer(db, CustomerDraft(name="Behnaz Tehrani", phones=[PhoneDraft("0912 345 6789")]), "t")
    yield db
    wait_for_all()


def test_a_superseded_reload_is_cancelled_and_its_worker_freed(qtbot, office: Database) -> None:  # noqa: ANN001
    loads = Latest()
    shown: list[object] = []
    first = loads.run(None, lambda: endless_read(office), shown.append)
    errors: list[BaseException] = []
    first.failure = errors.append  # see what the superseded load ended with
    second = loads.run(None, lambda: 42, shown.append)
    qtbot.waitUntil(lambda: first.done and second.done, timeout=10000)
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert shown == [42]  # only the newest load is shown
    # Every slow thread is free again: as many new loads as threads all finish.
    handles: list[TaskHandle] = [run_task(None, lambda n=n: n, kind="slow") for n in range(POOL_SIZES["slow"])]
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=10000)


def test_a_pop_and_a_search_answer_while_slow_reads_fill_their_threads(qtbot, office: Database) -> None:  # noqa: ANN001
    loads = [Latest() for _ in range(POOL_SIZES["slow"] + 1)]  # more long loads than slow threads
    for load in loads:
        load.run(None, lambda: endless_read(office), lambda _r: None)
    pops = PopManager(office, PhoneRules, "agent", Formatter(), ring_timeout_s=30)
    event = CallerIdEvent("09123456789", None, None, "1", datetime(2026, 6, 1, 10, 0), "simulator", "NMBR")
    with qtbot.waitSignal(pops.popped, timeout=10000) as popped:
        pops.handle(event)
    assert "Behnaz Tehrani" in popped.args[0].who.text()
    found: list[object] = []
    run_task(None, lambda: search_customers(office, "Behnaz"), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10000)
    assert [row.name for row in found[0].rows] == ["Behnaz Tehrani"]  # type: ignore[attr-defined]
    assert all(load.busy for load in loads)  # the slow reads were still running all along
    with office.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Call).where(Call.number == "+989123456789")) == 1
    for load in loads:
        load.cancel()
    pops.close_all()
    qtbot.waitUntil(lambda: not any(load.busy for load in loads), timeout=10000)


def test_hidden_call_lists_reload_when_shown_not_on_every_pop(qtbot, filled_db: Database, settings) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    for number in ("09350001111", "09350002222"):
        incoming.ring(filled_db, number)
    window = MainWindow(filled_db, settings, "agent")
    qtbot.addWidget(window)
    before = lambda: window.calls.model.rowCount()  # noqa: E731
    qtbot.waitUntil(lambda: before() >= 2, timeout=10000)
    wait_for_all()
    shown = before()
    loads: list[int] = []
    window.calls.model.page_loaded.connect(loads.append)
    pop = incoming.ring(filled_db, "09120000003")  # the customers tab is on view
    for _ in range(3):
        window._calls_changed()  # three pops
    wait_for_all()
    QApplication.processEvents()
    assert loads == [] and window.calls.model.rowCount() == shown  # the hidden list did not reload
    with qtbot.waitSignal(window.calls.model.page_loaded, timeout=10000):
        window.tabs.setCurrentWidget(window.calls)  # shown: one reload, with the new call
    assert window.calls.model.rowCount() == shown + 1 and len(loads) == 1
    assert window.calls.model.row(0).id == pop.call_id
