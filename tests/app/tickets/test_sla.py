"""SLA arithmetic in business hours, computed by hand: nights, Thursdays, Fridays, holidays, pauses."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.db import Database
from app.identity import user_id
from app.models import User
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.escalation import check_breaches, unread_notifications
from app.tickets.models import Ticket, TicketEvent
from app.tickets.policies import add_holiday, save_week, set_policy
from app.tickets.sla import (
    NoWorkingTime,
    WeekCalendar,
    add_business,
    arab_week,
    business_seconds,
    iranian_week,
    sla_state,
)

HOUR = 3600
IRAN = WeekCalendar(iranian_week())  # Sat-Wed 08:00-16:00; Thursday and Friday off
# November 2026: Mon 23, Tue 24, Wed 25, Thu 26, Fri 27, Sat 28, Sun 29.


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute)


@pytest.mark.parametrize(
    ("start", "hours", "calendar", "due"),
    [
        (at(23, 15), 4, IRAN, at(24, 11)),  # 1 h Monday, the night, 3 h Tuesday
        (at(23, 6), 1, IRAN, at(23, 9)),  # before opening: the clock starts at 08:00
        (at(25, 12), 4, IRAN, at(25, 16)),  # ends exactly at closing: due then, not Saturday
        (at(25, 14), 4, IRAN, at(28, 10)),  # 2 h Wednesday, Thursday and Friday off, 2 h Saturday
        (at(27, 20), 1, IRAN, at(28, 9)),  # Friday night: Saturday 09:00
        (at(25, 14), 8, WeekCalendar(iranian_week("half")), at(28, 10)),  # 2 Wed + 4 half Thu + 2 Sat
        (at(25, 14), 8, WeekCalendar(iranian_week("full")), at(26, 14)),  # 2 Wed + 6 Thu
        (at(25, 14), 4, WeekCalendar(iranian_week(), frozenset({date(2026, 11, 28)})), at(29, 10)),  # Sat holiday
        (at(26, 14), 4, WeekCalendar(arab_week()), at(29, 10)),  # 2 h Thu, Fri and Sat off, 2 h Sunday
        (at(23, 9), 40, IRAN, at(30, 9)),  # a 5-day target: Mon 7, Tue 8, Wed 8, Sat 8, Sun 8, Mon 1
    ],
)
def test_due_time_in_business_hours(start: datetime, hours: int, calendar: WeekCalendar, due: datetime) -> None:
    assert add_business(start, hours * HOUR, calendar) == due
    assert business_seconds(start, due, calendar) == hours * HOUR


def test_business_seconds_skip_nights_weekends_and_holidays() -> None:
    assert business_seconds(at(25, 14), at(28, 10), IRAN) == 4 * HOUR
    assert business_seconds(at(23, 17), at(24, 7), IRAN) == 0  # a night
    assert business_seconds(at(24, 10), at(23, 10), IRAN) == 0  # backwards
    holiday = WeekCalendar(iranian_week(), frozenset({date(2026, 11, 24)}))
    assert business_seconds(at(23, 8), at(25, 16), holiday) == 16 * HOUR


def test_a_calendar_without_working_hours_says_so() -> None:
    with pytest.raises(NoWorkingTime):
        add_business(at(23, 9), HOUR, WeekCalendar({}))


def test_sla_state_on_time_at_risk_breached_and_paused() -> None:
    created, due = at(23, 8), at(24, 16)  # a 16-hour target
    assert sla_state(created, due, at(23, 12), IRAN) == sla_state(created, due, at(23, 12), IRAN)
    on_time = sla_state(created, due, at(23, 12), IRAN)
    assert (on_time.state, on_time.seconds_left) == ("on_time", 12 * HOUR)
    at_risk = sla_state(created, due, at(24, 13), IRAN)
    assert (at_risk.state, at_risk.seconds_left) == ("at_risk", 3 * HOUR)  # 3 h of 16 left
    breached = sla_state(created, due, at(25, 10), IRAN)
    assert (breached.state, breached.seconds_left) == ("breached", -2 * HOUR)
    paused = sla_state(created, due, at(28, 10), IRAN, paused_at=at(23, 12))  # clock stopped Monday noon
    assert (paused.state, paused.seconds_left, paused.paused) == ("on_time", 12 * HOUR, True)
    assert sla_state(created, due, at(30, 9), IRAN, done_at=at(24, 15)).state == "met"
    assert sla_state(created, due, at(30, 9), IRAN, done_at=at(25, 9)).state == "missed"
    assert sla_state(created, None, at(30, 9), IRAN).state == "none"


def _due(db: Database, ticket_id: int) -> tuple[datetime | None, datetime | None]:
    with db.sessions() as s:
        ticket = s.get(Ticket, ticket_id)
        return ticket.first_response_due, ticket.resolution_due


def test_stored_due_times_follow_policy_and_pauses(any_db: Database) -> None:
    set_policy(any_db, "normal", 2 * 60, 16 * 60)
    ticket_id = service.create_ticket(any_db, TicketDraft("no dial tone"), "sara", now=at(23, 9))
    # 9:00 Monday + 16 h: Monday 7, Tuesday 8, Wednesday 1 -> Wednesday 09:00
    assert _due(any_db, ticket_id) == (at(23, 11), at(25, 9))
    service.change_status(any_db, ticket_id, "waiting", "sara", now=at(23, 15))
    service.change_status(any_db, ticket_id, "open", "sara", now=at(24, 10))  # waited 1 h Mon + 2 h Tue
    assert _due(any_db, ticket_id) == (at(23, 14), at(25, 12))
    service.change_status(any_db, ticket_id, "waiting", "sara", now=at(25, 15))
    service.change_status(any_db, ticket_id, "resolved", "sara", now=at(28, 9))  # 1 h Wed + 1 h Sat more
    assert _due(any_db, ticket_id)[1] == at(25, 14)
    with any_db.sessions() as s:
        assert s.get(Ticket, ticket_id).paused_seconds == 5 * HOUR


def test_category_policy_overrides_priority_and_priority_change_recomputes(any_db: Database) -> None:
    from app.services import lookups
    from app.tickets.lists import TICKET_CATEGORY, TICKET_DEFAULTS

    lookups.ensure_defaults(any_db, TICKET_DEFAULTS)
    billing = lookups.list_values(any_db, TICKET_CATEGORY)[1].id
    set_policy(any_db, "high", 60, 8 * 60)
    set_policy(any_db, "high", 30, 2 * 60, category_id=billing)
    plain = service.create_ticket(any_db, TicketDraft("a", priority="high"), "sara", now=at(23, 9))
    billed = service.create_ticket(any_db, TicketDraft("b", priority="high", category_id=billing), "sara",
                                   now=at(23, 9))  # fmt: skip
    assert _due(any_db, plain) == (at(23, 10), at(24, 9))
    assert _due(any_db, billed) == (at(23, 9, 30), at(23, 11))
    service.set_priority(any_db, plain, "urgent", "sara", now=at(23, 10))
    assert _due(any_db, plain) == (at(23, 9, 30), at(23, 13))  # urgent default: 30 min, 4 h


def test_office_calendar_stored_with_holidays(any_db: Database) -> None:
    save_week(any_db, iranian_week("half"))
    add_holiday(any_db, date(2026, 11, 28), "holiday")
    ticket_id = service.create_ticket(any_db, TicketDraft("x", priority="urgent"), "sara", now=at(25, 14))
    # 4 h urgent target: 2 h Wednesday, 2 h of Thursday's half day
    assert _due(any_db, ticket_id)[1] == at(26, 10)
    set_policy(any_db, "low", 60, 10 * 60)
    low = service.create_ticket(any_db, TicketDraft("y", priority="low"), "sara", now=at(25, 14))
    assert _due(any_db, low)[1] == at(29, 12)  # 2 Wed + 4 Thu, Fri off, Sat holiday, 4 Sunday
    with pytest.raises(NoWorkingTime):
        save_week(any_db, {})


def test_breach_flags_notifies_supervisor_once_with_a_controllable_clock(any_db: Database) -> None:
    with any_db.sessions.begin() as s:
        boss = user_id(s, "boss")
        s.get(User, boss).role = "supervisor"
    set_policy(any_db, "urgent", 30, 4 * 60)
    late = service.create_ticket(any_db, TicketDraft("gas smell", priority="urgent"), "sara", now=at(23, 9))
    waiting = service.create_ticket(any_db, TicketDraft("w", priority="urgent"), "sara", now=at(23, 9))
    service.change_status(any_db, waiting, "waiting", "sara", now=at(23, 10))
    assert check_breaches(any_db, now=at(23, 12, 59)) == []
    assert check_breaches(any_db, now=at(23, 13, 1)) == [late]  # due 13:00; the waiting one is paused
    assert check_breaches(any_db, now=at(23, 14)) == []  # once only
    with any_db.sessions() as s:
        ticket = s.get(Ticket, late)
        query = select(TicketEvent).where(TicketEvent.ticket_id == late).order_by(TicketEvent.id.desc())
        event = s.scalars(query).first()
        assert ticket.breached_at == at(23, 13, 1)
        assert (event.kind, event.by) == ("breached", "system")
    notes = unread_notifications(any_db, boss, "supervisor")
    assert [(n.kind, n.ticket_id) for n in notes] == [("breach", late)]
    assert unread_notifications(any_db, None, "agent") == []
    assert check_breaches(any_db, now=at(23, 13, 1) + timedelta(days=30)) == []


def _walk_every_minute(start: datetime, end: datetime, calendar: WeekCalendar) -> int:
    """The obvious definition: count the working minutes one by one."""
    minutes, t = 0, start
    while t < end:
        window = calendar.window(t.date())
        if window is not None and window[0] <= t < window[1]:
            minutes += 1
        t += timedelta(minutes=1)
    return minutes * 60


def test_long_spans_agree_with_counting_minute_by_minute() -> None:
    holidays = frozenset({date(2026, 11, 29), date(2026, 12, 16), date(2027, 1, 2)})
    for calendar in (IRAN, WeekCalendar(iranian_week("half"), holidays), WeekCalendar(arab_week(), holidays)):
        for start, end in ((at(23, 15, 17), datetime(2027, 1, 5, 9, 41)), (at(27, 20), datetime(2026, 12, 9, 8))):
            assert business_seconds(start, end, calendar) == _walk_every_minute(start, end, calendar)


def test_category_targets_listed_and_removed(any_db: Database) -> None:
    from app.services import lookups
    from app.tickets.lists import TICKET_CATEGORY, TICKET_DEFAULTS
    from app.tickets.policies import category_policies, remove_policy

    lookups.ensure_defaults(any_db, TICKET_DEFAULTS)
    billing = lookups.list_values(any_db, TICKET_CATEGORY)[1]
    set_policy(any_db, "high", 60, 8 * 60)
    set_policy(any_db, "high", 30, 2 * 60, category_id=billing.id)
    set_policy(any_db, "low", 45, 3 * 60, category_id=billing.id)
    assert category_policies(any_db) == [(billing.id, billing.value, "high", 30, 120),
                                         (billing.id, billing.value, "low", 45, 180)]  # fmt: skip
    remove_policy(any_db, "high", billing.id)
    assert [p[2] for p in category_policies(any_db)] == ["low"]
    billed = service.create_ticket(any_db, TicketDraft("b", priority="high", category_id=billing.id), "sara",
                                   now=at(23, 9))  # fmt: skip
    assert _due(any_db, billed) == (at(23, 10), at(24, 9))  # the priority's target again
