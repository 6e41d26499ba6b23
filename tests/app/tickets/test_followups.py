"""Follow-up tasks, "My tasks today", reminders with a controllable clock, field visits and the day plan."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app import errors
from app.db import Database
from app.dto import CallDraft, CustomerDraft
from app.identity import user_id
from app.services import calls, customers
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.escalation import unread_notifications
from app.tickets.followups import (
    add_task,
    complete_task,
    day_plan,
    due_reminders,
    record_visit_outcome,
    schedule_visit,
    tasks_today,
)
from app.tickets.models import TicketEvent

MON = datetime(2026, 11, 23, 9)


def _setup(db: Database) -> tuple[int, int, int, int]:
    with db.sessions.begin() as s:
        sara, reza = user_id(s, "sara"), user_id(s, "reza")
    customer = customers.create_customer(db, CustomerDraft("Maryam Karimi", address="Tehran, Vali-Asr 12"), "t")
    ticket = service.create_ticket(db, TicketDraft("no water", customer_id=customer), "sara", now=MON)
    return sara, reza, customer, ticket


def test_tasks_today_and_reminders_fire_once_on_a_driven_clock(any_db: Database) -> None:
    sara, reza, customer, ticket = _setup(any_db)
    call_back = add_task(any_db, ticket, "Call the customer back", MON + timedelta(hours=2), sara, "sara", now=MON)
    add_task(any_db, ticket, "Tomorrow's check", MON + timedelta(days=1, hours=1), sara, "sara", now=MON)
    add_task(any_db, ticket, "Reza's", MON + timedelta(hours=1), reza, "sara", now=MON)
    assert [t.title for t in tasks_today(any_db, sara, now=MON)] == ["Call the customer back"]
    assert tasks_today(any_db, sara, now=MON)[0].customer_name == "Maryam Karimi"
    assert due_reminders(any_db, now=MON + timedelta(minutes=59)) == []
    assert [t.title for t in due_reminders(any_db, now=MON + timedelta(hours=1))] == ["Reza's"]
    assert [t.id for t in due_reminders(any_db, now=MON + timedelta(hours=2, minutes=1))] == [call_back]
    assert due_reminders(any_db, now=MON + timedelta(hours=3)) == []  # each fires once
    assert [(n.kind, n.task_id) for n in unread_notifications(any_db, sara)] == [("task_due", call_back)]
    with pytest.raises(errors.ValidationError):
        add_task(any_db, ticket, " ", MON, sara, "sara")


def test_logging_the_follow_up_call_links_it_to_the_ticket(any_db: Database) -> None:
    sara, _reza, customer, ticket = _setup(any_db)
    task = add_task(any_db, ticket, "Call back", MON + timedelta(hours=2), sara, "sara", now=MON)
    call = calls.log_call(any_db, CallDraft("out", MON + timedelta(hours=2), customer_id=customer), "sara")
    complete_task(any_db, task, "sara", call_id=call, now=MON + timedelta(hours=2, minutes=5))
    assert tasks_today(any_db, sara, now=MON) == []
    with any_db.sessions() as s:
        last = s.scalars(select(TicketEvent).order_by(TicketEvent.id.desc())).first()
        assert (last.kind, last.call_id, last.ticket_id) == ("followed_up", call, ticket)


def test_visits_make_a_day_plan_ordered_by_time(any_db: Database) -> None:
    _sara, reza, _customer, ticket = _setup(any_db)
    later = service.create_ticket(any_db, TicketDraft("install", type="visit"), "sara", now=MON)
    other_day = service.create_ticket(any_db, TicketDraft("repair", type="visit"), "sara", now=MON)
    schedule_visit(any_db, later, datetime(2026, 11, 24, 14), reza, "Karaj, Golshahr 5", "sara", now=MON)
    schedule_visit(any_db, ticket, datetime(2026, 11, 24, 9, 30), reza, "Tehran, Vali-Asr 12", "sara", now=MON)
    schedule_visit(any_db, other_day, datetime(2026, 11, 25, 9), reza, "Tehran", "sara", now=MON)
    plan = day_plan(any_db, reza, date(2026, 11, 24))
    assert [(v.ticket_id, v.start.hour, v.address) for v in plan] == [(ticket, 9, "Tehran, Vali-Asr 12"),
                                                                      (later, 14, "Karaj, Golshahr 5")]  # fmt: skip
    record_visit_outcome(any_db, ticket, "Replaced the pump; working.", "reza")
    assert day_plan(any_db, reza, date(2026, 11, 24))[0].outcome == "Replaced the pump; working."
    with pytest.raises(errors.ValidationError):
        schedule_visit(any_db, ticket, MON, 9999, "x", "sara")


def test_day_plan_exports_in_time_order(db: Database, tmp_path) -> None:  # noqa: ANN001
    import openpyxl

    from app.tickets.day_plan_export import export_day_plan

    _sara, reza, _customer, ticket = _setup(db)
    later = service.create_ticket(db, TicketDraft("install", type="visit"), "sara", now=MON)
    schedule_visit(db, later, datetime(2026, 11, 24, 14), reza, "=cmd|' /C calc'!A0", "sara", now=MON)
    schedule_visit(db, ticket, datetime(2026, 11, 24, 9, 30), reza, "Tehran, Vali-Asr 12", "sara", now=MON)
    assert export_day_plan(db, reza, date(2026, 11, 24), tmp_path / "plan.xlsx", "fa", "jalali") == 2
    sheet = openpyxl.load_workbook(tmp_path / "plan.xlsx").active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[2]) for r in rows] == [(datetime(2026, 11, 24, 9, 30), "1405/09/03 09:30", ticket),
                                                  (datetime(2026, 11, 24, 14), "1405/09/03 14:00", later)]  # fmt: skip
    assert rows[1][4] == "=cmd|' /C calc'!A0" and sheet.sheet_view.rightToLeft  # an address is text, not a formula
