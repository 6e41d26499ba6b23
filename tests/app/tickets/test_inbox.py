"""The notifications inbox: who sees what, the unread count, mark read (one, or all)."""

from __future__ import annotations

from datetime import datetime

from app.db import Database
from app.identity import user_id
from app.models import User
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.escalation import check_breaches
from app.tickets.inbox import inbox, mark_read, unread_count
from app.tickets.models import Notification

MON = datetime(2026, 11, 23, 9)


def test_inbox_counts_and_marks_read(any_db: Database) -> None:
    with any_db.sessions.begin() as s:
        sara, boss = user_id(s, "sara"), user_id(s, "boss")
        s.get(User, boss).role = "supervisor"
    late = service.create_ticket(any_db, TicketDraft("late", priority="urgent"), "sara", now=MON)
    assert check_breaches(any_db, now=datetime(2026, 11, 25, 9)) == [late]
    with any_db.sessions.begin() as s:
        s.add(Notification(at=datetime(2026, 11, 25, 10), user_id=sara, kind="task_due", ticket_id=late,
                           text="Call back (#1 late)"))  # fmt: skip
    assert (unread_count(any_db, "boss"), unread_count(any_db, "sara"), unread_count(any_db, "nobody")) == (1, 1, 0)
    [breach] = inbox(any_db, "boss")
    assert (breach.kind, breach.ticket_id, breach.read) == ("breach", late, False)
    [task] = inbox(any_db, "sara")
    assert (task.kind, task.text) == ("task_due", "Call back (#1 late)")
    assert mark_read(any_db, "sara", [breach.id]) == 0  # not hers to mark
    assert mark_read(any_db, "boss", [breach.id], now=datetime(2026, 11, 25, 11)) == 1
    assert unread_count(any_db, "boss") == 0 and inbox(any_db, "boss")[0].read
    assert mark_read(any_db, "sara") == 1 and unread_count(any_db, "sara") == 0
