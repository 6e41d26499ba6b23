"""Logging calls and reading them back: the call log, a customer's history, unknown callers."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true, update
from sqlalchemy.orm import Session, aliased

from app import audit, errors
from app.auth import require
from app.db import Database
from app.dto import CALL_DIRECTIONS, CALL_STATUSES, CallDraft, CallFilter, CallRow, Page
from app.field_text import check_lengths, clean_block, clean_line
from app.identity import user_id
from app.models import Call, Customer, Lookup, Phone, User
from app.phones import PhoneRules, display_phone_cached, lookup_key
from app.services.call_filter import text_condition
from app.services.customers import add_phone
from app.services.list_counts import RowCount

PAGE_SIZE = 200
CallCursor = tuple[datetime, int]


def validate_call(draft: CallDraft, rules: PhoneRules) -> str:
    """Raise ValidationError for a bad draft; return the normalized number ('' when none)."""
    problems: dict[str, str] = {}
    if draft.direction not in CALL_DIRECTIONS:
        problems["direction"] = errors.INVALID_CHOICE
    if draft.status not in CALL_STATUSES:
        problems["status"] = errors.INVALID_CHOICE
    if draft.talk_seconds < 0 or draft.talk_seconds > 24 * 3600:
        problems["talk_seconds"] = errors.OUT_OF_RANGE
    if draft.ring_seconds < 0 or draft.ring_seconds > 3600:
        problems["ring_seconds"] = errors.OUT_OF_RANGE
    if draft.satisfaction is not None and not 1 <= draft.satisfaction <= 5:
        problems["satisfaction"] = errors.OUT_OF_RANGE
    number = ""
    if draft.number.strip():
        number = lookup_key(draft.number, rules) or ""
        if not number:
            problems["number"] = errors.NOT_A_NUMBER
    elif draft.customer_id is None:
        problems["number"] = errors.EMPTY
    values = {"number": draft.number}
    check_lengths({"notes": (draft.notes, Call.notes), "outcome": (draft.outcome, Call.outcome),
                   "line": (draft.line, Call.line)}, problems, values)  # fmt: skip
    if problems:
        raise errors.ValidationError(problems, values)
    return number


def log_call(db: Database, draft: CallDraft, actor: str, rules: PhoneRules | None = None) -> int:
    require(db, actor, "call.log")
    number = validate_call(draft, rules or PhoneRules())
    now = datetime.now()
    with db.sessions.begin() as session:
        if draft.customer_id is not None and session.get(Customer, draft.customer_id) is None:
            raise errors.NotFound(draft.customer_id)
        answered = draft.status == "answered"
        started = draft.started_at
        call = Call(
            direction=draft.direction, number=number, customer_id=draft.customer_id, line=clean_line(draft.line),
            started_at=started, status=draft.status, ring_seconds=draft.ring_seconds,
            talk_seconds=draft.talk_seconds if answered else 0,
            answered_at=started + timedelta(seconds=draft.ring_seconds) if answered else None,
            ended_at=started + timedelta(seconds=draft.ring_seconds + (draft.talk_seconds if answered else 0)),
            agent_id=user_id(session, draft.agent or actor), reason_id=draft.reason_id,
            outcome=clean_line(draft.outcome), notes=clean_block(draft.notes), satisfaction=draft.satisfaction,
            source=draft.source,
            created_at=now, created_by=actor, updated_at=now, updated_by=actor,
        )  # fmt: skip
        session.add(call)
        session.flush()
        audit.record(session, actor, "call", call.id, "create", None, audit.snapshot(call))
        return call.id


def call_select(with_customer_id: bool = True) -> Select:
    """One call per row with its customer's name, agent and reason: the call log's and the export's columns."""
    agent = aliased(User)
    columns = [Call.id, Call.started_at, Call.direction, Call.number, Call.customer_id, Customer.name, Call.line,
               Call.status, Call.ring_seconds, Call.talk_seconds, agent.username, Lookup.value, Call.outcome,
               Call.notes, Call.source]  # fmt: skip
    return (
        select(*(c for c in columns if with_customer_id or c is not Call.customer_id))
        .outerjoin(Customer, Customer.id == Call.customer_id)
        .outerjoin(agent, agent.id == Call.agent_id)
        .outerjoin(Lookup, Lookup.id == Call.reason_id)
    )


def _conditions(where: CallFilter) -> list[ColumnElement[bool]]:
    conditions = []
    if where.date_from is not None:
        conditions.append(Call.started_at >= where.date_from)
    if where.date_to is not None:
        conditions.append(Call.started_at < where.date_to)
    for column, value in (
        (Call.direction, where.direction), (Call.status, where.status), (Call.reason_id, where.reason_id),
        (Call.agent_id, where.agent_id), (Call.customer_id, where.customer_id),
    ):  # fmt: skip
        if value is not None:
            conditions.append(column == value)
    if where.unknown_only:
        conditions.append(Call.customer_id.is_(None))
    return conditions


def _filtered(
    query: Select, where: CallFilter, session: Session | None = None, rules: PhoneRules | None = None
) -> Select:
    conditions = _conditions(where)
    if where.text.strip() and session is not None:
        found = text_condition(session, where.text, rules or PhoneRules(), and_(true(), *conditions))
        conditions = [found.condition] if found.indexed else [*conditions, found.condition]
    return query.where(*conditions)


def _page(session: Session, query: Select, limit: int, rules: PhoneRules) -> Page[CallRow, CallCursor]:
    rows = [
        CallRow(
            r[0],
            r[1],
            r[2],
            r[3],
            display_phone_cached(r[3], rules.region),
            r[4],
            r[5] or "",
            r[6],
            r[7],
            r[8],
            r[9],
            r[10] or "",
            r[11] or "",
            r[12],
            r[13],
            r[14],
        )  # fmt: skip
        for r in session.execute(query.limit(limit))
    ]
    return Page(rows, (rows[-1].started_at, rows[-1].id) if len(rows) == limit else None)


def list_calls(
    db: Database,
    where: CallFilter | None = None,
    after: CallCursor | None = None,
    limit: int = PAGE_SIZE,
    rules: PhoneRules | None = None,
    oldest_first: bool = False,
) -> Page[CallRow, CallCursor]:
    """Calls newest first (or oldest first), filtered, `limit` at a time after the cursor `after`."""
    rules = rules or PhoneRules()
    with db.sessions() as session:
        query = _filtered(call_select(), where or CallFilter(), session, rules)
        if oldest_first:
            query = query.order_by(Call.started_at, Call.id)
        else:
            query = query.order_by(Call.started_at.desc(), Call.id.desc())
        if after is not None:
            # Spelled out instead of a row-value comparison so every backend uses the index the same way.
            later, earlier = Call.started_at > after[0], Call.started_at < after[0]
            past_id = Call.id > after[1] if oldest_first else Call.id < after[1]
            same_time_past = and_(Call.started_at == after[0], past_id)
            query = query.where(or_(later if oldest_first else earlier, same_time_past))
        return _page(session, query, limit, rules)


# Filters that an index answers alone (date range, status, agent, customer): counted exactly.
INDEXED_FILTERS = ("date_from", "date_to", "status", "agent_id", "customer_id")
COUNT_SAMPLE = 50_000


def count_calls(
    db: Database, where: CallFilter | None = None, rules: PhoneRules | None = None, sample: int = COUNT_SAMPLE
) -> RowCount:
    """How many calls the log shows for `where`: exact when an index answers, else estimated.

    Filters that need every row read (direction, reason, unknown callers, a broad text filter) are
    counted on the newest `sample` calls of the period and scaled to the period's size, which an index
    counts: a year of five million calls costs a sample, not a full scan.
    """
    where = where or CallFilter()
    with db.sessions() as session:
        conditions = _conditions(where)
        query, indexed = select(Call.id).where(*conditions), True
        if where.text.strip():
            found = text_condition(session, where.text, rules or PhoneRules(), and_(true(), *conditions))
            query = select(Call.id).where(found.condition) if found.indexed else query.where(found.condition)
            indexed = found.indexed
        plain = CallFilter(**{name: getattr(where, name) for name in INDEXED_FILTERS}, text=where.text)
        if plain == where and indexed:
            return RowCount(_count(session, query))
        period = select(Call.id).where(*_conditions(CallFilter(date_from=where.date_from, date_to=where.date_to)))
        total = _count(session, period)
        if total <= sample:
            return RowCount(_count(session, query))
        newest = period.order_by(Call.started_at.desc(), Call.id.desc()).limit(sample).subquery()
        hits = _count(session, query.where(Call.id.in_(select(newest.c.id))))
        return RowCount(round(hits * total / sample), exact=False)


def _count(session: Session, query: Select) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def customer_history(
    db: Database, customer_id: int, after: CallCursor | None = None, limit: int = 100, rules: PhoneRules | None = None
) -> Page[CallRow, CallCursor]:
    """One customer's calls, newest first (the card pages through this)."""
    return list_calls(db, CallFilter(customer_id=customer_id), after, limit, rules)


def attach_calls(db: Database, call_id: int, customer_id: int, actor: str, rules: PhoneRules | None = None) -> int:
    """Attach an unknown caller's call, and every other unknown call from that number, to a customer.

    The number joins the customer's phones so the next call from it pops the right card.
    Returns how many calls were attached.
    """
    require(db, actor, "call.log")
    with db.sessions() as session:
        call = session.get(Call, call_id)
        if call is None:
            raise errors.NotFound(call_id)
        number = call.number
        owned = session.scalar(select(Phone.id).where(Phone.customer_id == customer_id, Phone.number == number))
    if number and owned is None:
        add_phone(db, customer_id, number, actor, rules)
    with db.sessions.begin() as session:
        if session.get(Customer, customer_id) is None:
            raise errors.NotFound(customer_id)
        same_number = Call.number == number if number else Call.id == call_id
        result = session.execute(
            update(Call)
            .where(Call.customer_id.is_(None), or_(Call.id == call_id, same_number))
            .values(customer_id=customer_id, updated_at=datetime.now(), updated_by=actor)
            .returning(Call.id)
        )
        ids = list(result.scalars())
        for attached in ids:
            audit.record(
                session, actor, "call", attached, "update", {"customer_id": None}, {"customer_id": customer_id}
            )
        return len(ids)
