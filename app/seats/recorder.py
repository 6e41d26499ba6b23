"""The caller-ID seat's write path for rings and agents' actions: record, publish, and survive a lost server.

While the server answers, a ring is written and published to the other seats. When it does not, the
ring goes to the local queue and the pop is made from the seat's cache of its last lookups; the queue
is written when the server is back.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy.exc
from sqlalchemy.orm import Session

from app.db import Database
from app.dto import ScreenPop
from app.models import Call, Customer
from app.phones import PhoneRules, display_phone
from app.seats import notify, presence
from app.seats.ring_queue import RingQueue
from app.services import incoming

CACHE_SIZE = 5000


def is_disconnect(error: BaseException) -> bool:
    """The server is unreachable (refused, dropped, restarted), as opposed to a bad statement or a busy file."""
    if isinstance(error, sqlalchemy.exc.DBAPIError) and error.connection_invalidated:
        return True
    original = getattr(error, "orig", None) or error
    try:
        import psycopg
    except ImportError:  # no PostgreSQL driver: a SQLite seat, where nothing is queued
        return False
    return isinstance(original, psycopg.OperationalError)


class PopCache:
    """The last pops by number: what the caller-ID seat shows while the server is away."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size, self._pops = size, OrderedDict[str, ScreenPop]()
        self._ids = itertools.count(-1, -1)  # a pop without a row gets a negative id: nothing to settle

    def remember(self, pop: ScreenPop) -> None:
        if not pop.number:
            return
        self._pops[pop.number] = pop
        self._pops.move_to_end(pop.number)
        while len(self._pops) > self.size:
            self._pops.popitem(last=False)

    def offline_pop(self, number: str, display: str, *, caller_name: str, absent: str | None, line: str,
                    when: datetime) -> ScreenPop:  # fmt: skip
        known = self._pops.get(number) if number else None
        if known is not None:
            return replace(known, call_id=next(self._ids), started_at=when, line=line, caller_name=caller_name)
        return ScreenPop(call_id=next(self._ids), number=number, display_number=display, absent=absent,
                         caller_name=caller_name, line=line, started_at=when, customer_id=None, name="", company="",
                         tags="", do_not_call=False, blocked=False, recent=[])  # fmt: skip


class SeatRecorder:
    """Rings and actions of one seat, published for the others; `offline` says whether rings are queued."""

    def __init__(self, db: Database, seat: str, agent: str, queue: RingQueue | None,
                 cache: PopCache | None = None) -> None:  # fmt: skip
        self.db, self.seat, self.agent, self.queue = db, seat, agent, queue
        self.cache = cache or PopCache()
        self.offline = False

    def ring(self, number: str | None, *, caller_name: str = "", absent: str | None = None, line: str = "",
             when: datetime | None = None, source: str = "modem",
             rules: PhoneRules | None = None) -> ScreenPop:  # fmt: skip
        # No permission check on the ring path (here and write_queue): the phone line rang, nobody asked for it,
        # and a ring must be recorded whoever is signed in. What the agent then does (answer, log) is checked.
        when = when or datetime.now()
        try:
            pop = incoming.ring(self.db, number, caller_name=caller_name, absent=absent, line=line, when=when,
                                source=source, rules=rules, announce=self._announce)  # fmt: skip
        except sqlalchemy.exc.DBAPIError as error:
            if self.queue is None or not is_disconnect(error):
                raise
            self.offline = True
            self.queue.append(number, name=caller_name, line=line, when=when, source=source, absent=absent)
            stored = incoming.stored_number(number, rules or PhoneRules())
            display = display_phone(stored, rules or PhoneRules()) if stored else ""
            return self.cache.offline_pop(stored, display, caller_name=caller_name, absent=absent, line=line,
                                          when=when)  # fmt: skip
        self.cache.remember(pop)
        return pop

    def _announce(self, session: Session, call_id: int, line: str) -> None:
        """The ring's NOTIFY, sent in the transaction that records it: other seats hear it once it is committed."""
        notify.notify_on(session.connection(), "ring", self.seat, call_id, line=line)

    def send(self, kind: str, call_id: int | None, **extra: Any) -> None:
        """Publish; a failure here never fails the ring or the answer it follows (the seats resync on reconnect)."""
        try:
            notify.publish(self.db, kind, self.seat, call_id, **extra)
        except sqlalchemy.exc.DBAPIError:
            pass

    def answered(self, call_id: int) -> None:
        """The agent on this seat took the call: on a call, with the caller, and every seat closes its pop."""
        if call_id < 0:
            return
        presence.set_state(self.db, self.agent, self.seat, "on_call", call_id=call_id, with_whom=self._caller(call_id))
        self.send("answer", call_id)

    def logged(self, call_id: int) -> None:
        if call_id < 0:
            return
        presence.set_state(self.db, self.agent, self.seat, "wrap_up")
        self.send("answer", call_id)

    def ended(self, call_id: int, status: str) -> None:
        if call_id >= 0:
            self.send("end", call_id, status=status)

    def _caller(self, call_id: int) -> str:
        with self.db.sessions() as session:
            call = session.get(Call, call_id)
            if call is None:
                return ""
            customer = session.get(Customer, call.customer_id) if call.customer_id is not None else None
            return customer.name if customer is not None else call.number

    def write_queue(self, ring_timeout: timedelta, rules: PhoneRules | None = None) -> int:
        """The server is back: write the rings kept meanwhile (each rang, then its cycle ended)."""
        if self.queue is None:
            return 0

        def write(record: dict[str, Any]) -> None:
            pop = incoming.ring(self.db, record["number"], caller_name=record["name"], absent=record["absent"],
                                line=record["line"], when=record["when"], source=record["source"],
                                rules=rules)  # fmt: skip
            incoming.ring_ended(self.db, pop.call_id, at=record["when"] + ring_timeout)

        written = self.queue.write_out(write)
        self.offline = False
        return written
