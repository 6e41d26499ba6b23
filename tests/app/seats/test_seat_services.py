"""Routing, presence, caller-ID hosts and the wallboard's figures, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert

from app.db import Database
from app.models import Call
from app.seats import calls as seat_calls
from app.seats import hosts, presence, routing
from app.seats.wallboard import figures
from app.services import incoming, missed

NOW = datetime(2026, 11, 23, 15, 0, 0)


def test_routes_per_line_default_to_every_seat(any_db: Database) -> None:
    routing.set_route(any_db, routing.Route("1", "seats", ("front-1", "front-2")), "owner")
    routing.set_route(any_db, routing.Route("2", "agent", agent="sara"), "owner")
    routing.set_route(any_db, routing.Route("3", "seats", ("x",)), "owner")
    routing.set_route(any_db, routing.Route("3", "all"), "owner")  # back to the default: the row goes
    table = routing.routes(any_db)
    assert sorted(table) == ["1", "2"]
    assert routing.pops_here(table, "1", "front-2", "ali") and not routing.pops_here(table, "1", "back", "ali")
    assert routing.pops_here(table, "2", "back", "sara") and not routing.pops_here(table, "2", "front-1", "ali")
    assert routing.pops_here(table, "3", "back", "ali") and routing.pops_here(table, "", "back", "ali")


def test_presence_and_answered_by(any_db: Database) -> None:
    pop = incoming.ring(any_db, "09123456789", line="1", when=NOW)
    incoming.answer(any_db, pop.call_id, "sara", at=NOW)
    presence.set_state(any_db, "sara", "front-1", "on_call", call_id=pop.call_id, with_whom="Behnaz", at=NOW)
    presence.set_state(any_db, "ali", "front-2", "break", call_id=pop.call_id, with_whom="ignored", at=NOW)
    presence.set_state(any_db, "reza", "back", "signed_out", at=NOW)
    people = {p.agent: p for p in presence.everyone(any_db)}
    assert sorted(people) == ["ali", "sara"]  # signed-out agents are not listed
    assert people["sara"].call_id == pop.call_id and people["sara"].with_whom == "Behnaz"
    assert people["ali"].call_id is None and people["ali"].with_whom == ""
    assert seat_calls.answered_by(any_db, pop.call_id) == "sara"  # no full name yet: the user name


def test_caller_id_hosts_online_by_heartbeat(any_db: Database) -> None:
    hosts.heartbeat(any_db, "modem-pc", at=NOW - timedelta(seconds=30))
    hosts.heartbeat(any_db, "old-pc", at=NOW - timedelta(minutes=10))
    assert hosts.online(any_db, now=NOW) == ["modem-pc"]
    hosts.sign_off(any_db, "modem-pc")
    assert hosts.online(any_db, now=NOW) == []


def test_wallboard_figures(any_db: Database) -> None:
    midnight = NOW.replace(hour=0)
    rows = [
        {"direction": "in", "number": "+989120000001", "line": "1", "started_at": midnight + timedelta(hours=9),
         "status": "answered", "ring_seconds": 5, "outcome": "", "notes": "", "source": "t"},
        {"direction": "in", "number": "+989120000002", "line": "1", "started_at": midnight + timedelta(hours=10),
         "status": "answered", "ring_seconds": 35, "outcome": "", "notes": "", "source": "t"},
        {"direction": "in", "number": "+989120000003", "line": "1", "started_at": midnight + timedelta(hours=11),
         "status": "missed", "ring_seconds": 40, "outcome": "", "notes": "", "source": "t"},
        {"direction": "in", "number": "+989120000004", "line": "1", "started_at": midnight - timedelta(hours=2),
         "status": "missed", "ring_seconds": 40, "outcome": "", "notes": "", "source": "t"},  # yesterday
        {"direction": "out", "number": "+989120000005", "line": "1", "started_at": midnight + timedelta(hours=12),
         "status": "answered", "ring_seconds": 0, "outcome": "", "notes": "", "source": "t"},
    ]  # fmt: skip
    with any_db.writer.begin() as connection:
        connection.execute(insert(Call), rows)
    incoming.ring(any_db, "09350000000", line="2", when=NOW - timedelta(seconds=10))  # ringing now
    presence.set_state(any_db, "sara", "a", "on_call", call_id=1, with_whom="Behnaz", at=NOW - timedelta(minutes=7))
    presence.set_state(any_db, "ali", "b", "on_call", call_id=2, with_whom="Reza", at=NOW - timedelta(minutes=2))
    presence.set_state(any_db, "mina", "c", "available", at=NOW)
    shown = figures(any_db, NOW)
    assert (shown.ringing, shown.answered, shown.missed) == (1, 2, 1)
    assert shown.service_level == 1 / 3  # one of the three offered today answered within 20 s
    assert shown.by_state == {"on_call": 2, "available": 1}
    assert shown.longest_call == ("sara", "Behnaz", timedelta(minutes=7))
    oldest = missed.missed_calls(any_db).rows[-1]
    assert shown.oldest_missed == oldest.last_at == midnight - timedelta(hours=2)
