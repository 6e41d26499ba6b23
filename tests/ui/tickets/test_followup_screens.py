"""Through the main window: reminders firing on a driven clock, My tasks today, a follow-up from the ticket view,
and bulk assignment undone with Ctrl+Z."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from app.db import Database
from app.identity import user_id
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.followups import add_task, tasks_today
from app.tickets.queries import ticket_detail
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tickets.actions import FollowUpDialog

MON = datetime(2026, 11, 23, 9)


def _window(qtbot, db: Database, settings: Settings) -> MainWindow:  # noqa: ANN001
    window = MainWindow(db, settings, "sara")
    qtbot.addWidget(window)
    window.tickets.now = lambda: clock[0]
    qtbot.waitUntil(lambda: window.tickets.me_id is not None, timeout=5000)
    return window


clock = [MON]


def test_reminder_fires_when_the_clock_reaches_the_due_time(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    with db.sessions.begin() as s:
        sara = user_id(s, "sara")
    ticket = service.create_ticket(db, TicketDraft("no water", assignee_id=sara), "sara", now=MON)
    add_task(db, ticket, "Call back about the pump", MON + timedelta(hours=2), sara, "sara", now=MON)
    clock[0] = MON
    window = _window(qtbot, db, settings)
    panel = window.tickets
    panel.refresh()
    qtbot.waitUntil(lambda: panel.tasks.list.count() == 1, timeout=5000)
    assert "Call back about the pump" in panel.tasks.list.item(0).text()
    clock[0] = MON + timedelta(hours=1, minutes=59)
    panel.check_reminders()
    assert not window.statusBar().currentMessage().startswith("Follow-up due")
    clock[0] = MON + timedelta(hours=2)
    panel.check_reminders()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Follow-up due"), timeout=5000)
    assert f"Call back about the pump (#{ticket})" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: panel.tasks.list.count() == 1 and panel.tasks.list.item(0).text().startswith("⚠"),
                    timeout=5000)  # fmt: skip
    panel.tasks.list.setCurrentRow(0)
    panel.tasks.done.click()
    qtbot.waitUntil(lambda: panel.tasks.list.count() == 0, timeout=5000)


def test_follow_up_from_the_ticket_view_lands_in_my_tasks(qtbot, db: Database, settings: Settings, monkeypatch) -> None:  # noqa: ANN001
    with db.sessions.begin() as s:
        sara = user_id(s, "sara")
    ticket = service.create_ticket(db, TicketDraft("leak"), "sara", now=MON)
    clock[0] = MON
    window = _window(qtbot, db, settings)
    ticket_window = window.tickets.open_ticket(ticket)
    qtbot.waitUntil(lambda: ticket_window.detail is not None, timeout=5000)

    def accept(dialog: FollowUpDialog) -> int:
        assert dialog.due_at() == MON + timedelta(hours=2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FollowUpDialog, "exec", accept)
    with qtbot.waitSignal(ticket_window.changed, timeout=5000):
        ticket_window.follow_up.click()
    assert [(t.title, t.due_at) for t in tasks_today(db, sara, MON)] == [("Call the customer back",
                                                                          MON + timedelta(hours=2))]  # fmt: skip
    qtbot.waitUntil(lambda: ticket_window.timeline.rowCount() == 2, timeout=5000)
    assert ticket_window.timeline.item(0, 2).text().startswith("Follow-up due")


def test_bulk_assign_from_the_list_and_undo(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    with db.sessions.begin() as s:
        reza, _sara = user_id(s, "reza"), user_id(s, "sara")
    ids = [service.create_ticket(db, TicketDraft(f"t{i}"), "sara", now=MON) for i in range(3)]
    clock[0] = MON
    window = _window(qtbot, db, settings)
    view = window.tickets.view
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    view.table.selectAll()
    view.bulk_agent.setCurrentIndex(view.bulk_agent.findData(reza))
    view.assign_selected.click()
    qtbot.waitUntil(lambda: all(ticket_detail(db, i).assignee_id == reza for i in ids), timeout=5000)
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: all(ticket_detail(db, i).assignee_id is None for i in ids), timeout=5000)
    assert [e.kind for e in ticket_detail(db, ids[0]).events] == ["created", "assign", "assign"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and not view.model.loading, timeout=5000)  # reloaded
    view.table.selectAll()
    view.bulk_status.setCurrentIndex(view.bulk_status.findData("closed"))
    view.move_selected.click()  # new -> closed is not a legal move: nothing changes, and the bar says so
    qtbot.waitUntil(lambda: "could not take" in window.statusBar().currentMessage(), timeout=5000)
    assert window.statusBar().currentMessage() == "0 tickets changed; 3 could not take that status."
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and not view.model.loading, timeout=5000)
    view.table.selectAll()
    view.bulk_status.setCurrentIndex(view.bulk_status.findData("waiting"))
    view.move_selected.click()  # new -> waiting is legal: moved, and Ctrl+Z takes it back
    qtbot.waitUntil(lambda: all(ticket_detail(db, i).row.status == "waiting" for i in ids), timeout=5000)
    assert window.statusBar().currentMessage() == "3 tickets changed. Press Ctrl+Z to undo."
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: all(ticket_detail(db, i).row.status == "new" for i in ids), timeout=5000)


def test_day_plan_lists_a_technicians_visits_by_time(qtbot, db: Database) -> None:  # noqa: ANN001
    from PySide6.QtCore import QDate

    from app.tickets.followups import schedule_visit
    from ui.formatting import Formatter
    from ui.tickets.day_plan_view import DayPlanDialog

    with db.sessions.begin() as s:
        reza = user_id(s, "reza")
    for hour, subject in ((15, "second"), (9, "first")):
        ticket = service.create_ticket(db, TicketDraft(subject, type="visit"), "sara", now=MON)
        schedule_visit(db, ticket, datetime(2026, 11, 24, hour), reza, f"street {hour}", "sara", now=MON)
    dialog = DayPlanDialog(db, Formatter())
    qtbot.addWidget(dialog)
    dialog.technician.setCurrentIndex(dialog.technician.findData(reza))
    dialog.day.setDate(QDate(2026, 11, 24))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert [dialog.table.item(r, 3).text() for r in range(2)] == ["first", "second"]
    assert dialog.table.item(0, 0).text() == "09:00" and dialog.status.text() == "2 visits"


def test_sla_settings_store_a_thursday_half_day_holidays_and_targets(qtbot, db: Database) -> None:  # noqa: ANN001
    from PySide6.QtCore import QDate

    from app.tickets.policies import office_calendar, policy_table
    from app.tickets.sla import iranian_week
    from ui.formatting import Formatter
    from ui.tickets.sla_settings import SlaSettingsDialog

    dialog = SlaSettingsDialog(db, Formatter())
    qtbot.addWidget(dialog)
    assert dialog.week() == iranian_week()  # the Iranian default: Thursday and Friday off
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    assert dialog.findChild(QDialogButtonBox) is not None
    buttons["Iran, Thursday half day"].click()
    assert dialog.week() == iranian_week("half")
    dialog.targets["urgent"][1].setValue(3)
    dialog.holiday_day.setDate(QDate(2026, 3, 21))
    buttons["Add holiday"].click()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    calendar = office_calendar(db)
    assert calendar.hours == iranian_week("half") and calendar.holidays == frozenset({date(2026, 3, 21)})
    assert policy_table(db)["urgent"] == (30, 180)
    for works, _opens, _closes in dialog.days.values():
        works.setChecked(False)
    dialog.save()
    assert "at least one working day" in dialog.error.text()


def test_call_back_logs_the_call_and_links_it_to_the_ticket(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    from app.dto import CustomerDraft
    from app.services import customers, lookups

    lookups.ensure_defaults(db)
    with db.sessions.begin() as s:
        sara = user_id(s, "sara")
    customer = customers.create_customer(db, CustomerDraft("Maryam Karimi"), "t")
    ticket = service.create_ticket(db, TicketDraft("leak", customer_id=customer, assignee_id=sara), "sara", now=MON)
    task = add_task(db, ticket, "Call back", MON + timedelta(hours=1), sara, "sara", now=MON)
    clock[0] = MON
    window = _window(qtbot, db, settings)
    panel = window.tickets
    panel.refresh()
    qtbot.waitUntil(lambda: panel.tasks.list.count() == 1, timeout=5000)
    panel.tasks.list.setCurrentRow(0)
    dialog = panel.call_back(panel.tasks.list.currentItem().data(Qt.ItemDataRole.UserRole + 1))
    assert (dialog.customer_id, dialog.direction.currentData()) == (customer, "out")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    qtbot.waitUntil(lambda: panel.tasks.list.count() == 0, timeout=5000)
    followed = [e for e in ticket_detail(db, ticket).events if e.kind == "followed_up"]
    assert len(followed) == 1 and tasks_today(db, sara, MON) == []
    with db.sessions() as s:
        from app.tickets.models import TicketTask

        assert s.get(TicketTask, task).call_id == saved.args[0]


def test_bell_counts_unread_and_the_inbox_marks_read(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    with db.sessions.begin() as s:
        sara = user_id(s, "sara")
    ticket = service.create_ticket(db, TicketDraft("no water", assignee_id=sara), "sara", now=MON)
    add_task(db, ticket, "Call back about the pump", MON + timedelta(hours=2), sara, "sara", now=MON)
    add_task(db, ticket, "Send the technician", MON + timedelta(hours=3), sara, "sara", now=MON)
    clock[0] = MON
    window = _window(qtbot, db, settings)
    panel = window.tickets
    qtbot.waitUntil(lambda: panel.bell.text() == "🔔 0", timeout=5000)
    clock[0] = MON + timedelta(hours=3)
    panel.check_reminders()
    qtbot.waitUntil(lambda: panel.bell.text() == "🔔 2", timeout=5000)
    dialog = panel.open_inbox()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert dialog.table.item(0, 2).text().startswith("Follow-up due: ")
    assert dialog.status.text() == "2 unread" and dialog.table.item(0, 0).font().bold()
    dialog.table.selectRow(1)
    dialog.mark_selected()
    qtbot.waitUntil(lambda: dialog.status.text() == "1 unread" and panel.bell.text() == "🔔 1", timeout=5000)
    with qtbot.waitSignal(dialog.open_ticket) as opened:
        dialog.table.cellDoubleClicked.emit(0, 2)  # opening one marks it read and opens its ticket
    assert opened.args == [ticket]
    qtbot.waitUntil(lambda: panel.bell.text() == "🔔 0" and not dialog.mark_all.isEnabled(), timeout=5000)


def test_category_targets_screen_sets_and_removes(qtbot, db: Database) -> None:  # noqa: ANN001
    from app.services import lookups
    from app.tickets.lists import TICKET_CATEGORY, TICKET_DEFAULTS
    from app.tickets.policies import category_policies
    from ui.formatting import Formatter
    from ui.tickets.category_targets import CategoryTargetsDialog

    lookups.ensure_defaults(db, TICKET_DEFAULTS)
    billing = lookups.list_values(db, TICKET_CATEGORY)[1]
    dialog = CategoryTargetsDialog(db, Formatter())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.category.count() > 1, timeout=5000)
    dialog.category.setCurrentIndex(dialog.category.findData(billing.id))
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.first.setValue(0.5)
    dialog.resolution.setValue(2)
    dialog.set_target()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert category_policies(db) == [(billing.id, billing.value, "high", 30, 120)]
    assert [dialog.table.item(0, c).text() for c in range(4)] == [billing.value, "High", "0.5", "2"]
    dialog.first.setValue(3)
    dialog.set_target()  # a resolution shorter than the first response is refused, in one sentence
    assert "no shorter than the first-response" in dialog.error.text()
    dialog.table.selectRow(0)
    dialog.remove_selected()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert category_policies(db) == []


def test_to_inform_threshold_is_a_setting(qtbot, db: Database, settings: Settings) -> None:  # noqa: ANN001
    from ui.formatting import Formatter
    from ui.tickets.sla_settings import SlaSettingsDialog

    with db.sessions.begin() as s:
        user_id(s, "sara")
    ticket = service.create_ticket(db, TicketDraft("quiet"), "sara", now=MON)
    clock[0] = MON + timedelta(days=2)  # Wednesday: two business days without news
    window = _window(qtbot, db, settings)
    view = window.tickets.view
    assert view.ticket_filter().inform_days == 3
    window.tickets.show_view("to_inform")
    qtbot.waitUntil(lambda: not view.model.loading, timeout=5000)
    assert view.model.rowCount() == 0
    dialog = SlaSettingsDialog(db, Formatter(), window, settings)
    qtbot.addWidget(dialog)
    assert dialog.inform_days.value() == 3
    dialog.inform_days.setValue(1)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert settings.value("ticket_inform_days") == 1 and view.ticket_filter().inform_days == 1
    window.tickets.show_view("to_inform")
    window.tickets.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.row(0).id == ticket, timeout=5000)
