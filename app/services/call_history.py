"""Calls a caller-ID server replays from its log after a (re)connect: the ones Tamas did not see become rows.

While the link was down the office phone kept ringing. NCID sends its call log at every connect; the
calls in it that are newer than the last call this source saw and not in the database yet are added,
missed unless the record says they were answered, so they appear in Missed calls. They never pop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.dto import PastCall
from app.models import Call
from app.phones import PhoneRules
from app.services.incoming import NUMBER_LENGTH, customer_for_number, stored_number
from app.text import printable_text

SAME_CALL = timedelta(minutes=1)  # devices stamp calls to the minute


@dataclass(frozen=True, slots=True)
class HistoryResult:
    added: list[int]  # ids of the calls added
    newest: datetime | None  # the newest call this source has now seen (the next replay's threshold)


def newest_call(db: Database, source: str) -> datetime | None:
    """When the newest call recorded from this source rang (the threshold for its first replay)."""
    with db.sessions() as session:
        return session.scalar(select(func.max(Call.started_at)).where(Call.source == source))


def _known(session: Session, number: str, when: datetime) -> bool:
    """A call from this number within a minute either way is already recorded (an index range)."""
    found = session.scalar(
        select(Call.id)
        .where(Call.number == number, Call.started_at >= when - SAME_CALL, Call.started_at <= when + SAME_CALL)
        .limit(1)
    )
    return found is not None


def import_history(
    db: Database,
    records: Sequence[PastCall],
    source: str,
    after: datetime | None,
    rules: PhoneRules | None = None,
) -> HistoryResult:
    """Add the replayed calls newer than `after` that are not recorded yet, in one write transaction.

    `after` is the last call this source saw; None means "what the database says": the newest call from
    `source`. With no call from it at all nothing is imported (a new install does not import a server's
    whole log).
    """
    rules = rules or PhoneRules()
    since = after if after is not None else newest_call(db, source)
    latest = max((r.time for r in records), default=None)
    newest = max((t for t in (since, latest) if t is not None), default=None)
    if since is None:
        return HistoryResult([], newest)
    added: list[Call] = []
    with db.sessions.begin() as session:
        for record in sorted(records, key=lambda r: r.time):
            number = stored_number(record.number, rules)
            if record.time <= since or _known(session, number, record.time):
                continue
            added.append(_past_call(session, record, number, source))
            session.flush()  # the next record's duplicate check sees this one
        return HistoryResult([call.id for call in added], newest)


def _past_call(session: Session, record: PastCall, number: str, source: str) -> Call:
    answered = record.duration is not None and record.duration > 0
    now = datetime.now()
    call = Call(
        direction="in", number=number, line=printable_text(record.line)[:NUMBER_LENGTH],
        started_at=record.time, status="answered" if answered else "missed",
        talk_seconds=record.duration if answered else 0, ended_at=None, source=source, outcome="", notes="",
        created_at=now, created_by=source, updated_at=now, updated_by=source,
    )  # fmt: skip
    call.customer_id = customer_for_number(session, number)  # attached to the caller, like a live ring
    session.add(call)
    return call
