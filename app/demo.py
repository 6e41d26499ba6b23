"""Realistic demo data: Persian, Arabic and English customers with Iranian phones, and a history of calls.

Built for a million customers in minutes: rows are plain dicts bulk-inserted with SQLAlchemy Core
inside one transaction, and phone numbers and search keys are computed directly for the few forms
generated here instead of through `phonenumbers` (tests check both paths agree). The same seed and
end date always give the same rows.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import itemgetter

from sqlalchemy import Connection, DateTime, func, insert, select, text

from app import demo_names as names
from app.db import Database
from app.models import Base, Call, Customer, Lookup, Phone, User
from app.progress import Cancelled, Progress, no_progress
from app.services.lookups import CALL_OUTCOME, CALL_REASON, ensure_defaults
from app.text import normalize_text

ACTOR = "demo"
CHUNK = 20_000
CALLS_PER_CUSTOMER_YEAR = 5.0
UNKNOWN_SHARE = 0.04 * 0.70  # 4% of inbound calls, inbound being 70% of all
FTS_TRIGGERS = ("customers_fts_ai", "customers_fts_ad", "customers_fts_au")

# Mobile prefixes (after the trunk 0) by operator, weighted roughly by market share:
# MCI 91x/990-994, Irancell 930/933/935-939/901-905, Rightel 920-922.
MOBILE_PREFIXES = (
    (910, 4), (911, 4), (912, 12), (913, 5), (914, 4), (915, 4), (916, 3), (917, 3), (918, 3), (919, 4),
    (990, 3), (991, 3), (992, 1), (993, 1), (994, 1), (930, 3), (933, 3), (935, 5), (936, 5), (937, 4),
    (938, 3), (939, 3), (901, 3), (902, 2), (903, 2), (904, 1), (905, 1), (920, 1), (921, 1), (922, 1),
)  # fmt: skip
# Area codes weighted toward Tehran; the 8-digit local number starts with 2-8.
AREA_CODES = ((21, 40), (26, 6), (31, 8), (41, 6), (51, 8), (71, 6), (11, 3), (13, 3), (17, 2), (61, 5), (81, 3))

# Iranian week (Python weekday: Monday=0): Saturday-Wednesday busy, Thursday half, Friday quiet.
WEEKDAY_LOAD = {5: 1.0, 6: 1.05, 0: 1.0, 1: 0.97, 2: 0.95, 3: 0.55, 4: 0.12}
# Calls per hour: a busy morning peaking 10-12, a lunch dip, a smaller afternoon peak.
WORKDAY_HOURS = (0, 0, 0, 0, 0, 0, 0, 0.3, 3, 7, 10, 10, 7.5, 4.5, 5.5, 6.5, 6, 4.5, 3, 1.5, 0.5, 0.2, 0.05, 0)
THURSDAY_HOURS = (0, 0, 0, 0, 0, 0, 0, 0.3, 3, 7, 10, 9.5, 6, 3, 1.5, 1, 0.5, 0.3, 0.2, 0.1, 0, 0, 0, 0)
FRIDAY_HOURS = (0, 0, 0, 0, 0, 0, 0, 0, 0.5, 2, 4, 5, 5, 3, 2, 2, 2, 2, 1.5, 1, 0.5, 0.2, 0, 0)

INBOUND_STATUSES = (("answered", 0.80), ("missed", 0.12), ("abandoned", 0.08))
OUTBOUND_STATUSES = (("answered", 0.65), ("no-answer", 0.25), ("busy", 0.10))
REASON_WEIGHTS = {"Order": 30, "Question": 20, "Support": 14, "Delivery": 12, "Complaint": 10, "Billing": 8}
INBOUND_OUTCOMES = {"Resolved": 45, "Sale": 18, "Call back": 15, "Escalated": 8, "No interest": 4, "Wrong number": 2}
OUTBOUND_OUTCOMES = {"Sale": 28, "Call back": 25, "No interest": 25, "Resolved": 16, "Wrong number": 4}
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@dataclass(frozen=True)
class DemoOptions:
    customers: int
    days: int
    seed: int
    end: date | None = None  # None: today; the history covers `days` days ending at `end`


@dataclass(frozen=True)
class DemoStats:
    customers: int
    phones: int
    calls: int


class _Job:
    """One generation run: the connection, the seeded random source, and progress with cancel."""

    def __init__(self, conn: Connection, options: DemoOptions, progress: Progress) -> None:
        self.conn = conn
        self.rng = random.Random(options.seed)
        self.options = options
        self.end = options.end or date.today()
        self.first_day = self.end - timedelta(days=options.days - 1)
        self.progress = progress
        self.last_report: tuple[int, int, str] | None = None
        self.taken: set[int] = set()  # national numbers (without the trunk 0) already owned or used

    def report(self, done: int, total: int, label: str) -> None:
        if (done, total, label) == self.last_report:  # a stage's last chunk and its end are one report
            return
        self.last_report = (done, total, label)
        if self.progress(done, total, label) is False:
            raise Cancelled(label)

    def insert(self, model: type[Base], rows: list[dict[str, object]]) -> None:
        """Bulk-insert `rows` (dicts with the same keys) into the model's table."""
        if not rows:
            return
        table = model.__table__
        if self.conn.dialect.name != "sqlite":
            self.conn.execute(insert(table), rows)
            return
        # SQLite branch: at millions of rows SQLAlchemy's per-value parameter processing costs more
        # than the insert itself, so hand sqlite3 plain tuples, with datetimes in exactly the text
        # SQLAlchemy's SQLite DateTime stores ("YYYY-MM-DD HH:MM:SS.ffffff") so comparisons still meet.
        columns = list(rows[0])
        stamps = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, DateTime)]
        values = [list(v) for v in map(itemgetter(*columns), rows)]
        for value in values:
            for i in stamps:
                if value[i] is not None:
                    value[i] = value[i].isoformat(" ", "microseconds")
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        self.conn.exec_driver_sql(sql, list(map(tuple, values)))

    def new_number(self, landline: bool) -> int:
        """A national number (e.g. 9121234567 or 2122345678) nobody has, drawn at random."""
        rng = self.rng
        while True:
            if landline:
                area = rng.choices(_AREAS, cum_weights=_AREA_CUM)[0]
                number = area * 100_000_000 + rng.randrange(20_000_000, 90_000_000)
            else:
                prefix = rng.choices(_MOBILES, cum_weights=_MOBILE_CUM)[0]
                number = prefix * 10_000_000 + rng.randrange(10_000_000)
            if number not in self.taken:
                self.taken.add(number)
                return number


def _cumulative(weights: list[float] | tuple[float, ...]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


_MOBILES = [p for p, _ in MOBILE_PREFIXES]
_MOBILE_CUM = _cumulative([w for _, w in MOBILE_PREFIXES])
_AREAS = [a for a, _ in AREA_CODES]
_AREA_CUM = _cumulative([w for _, w in AREA_CODES])


# --- phone forms: what normalize_phone / search_digits give, computed without phonenumbers ---------


def e164(national: int) -> str:
    return f"+98{national}"


def search_digits_of(national: int) -> str:
    # display_phone shows Iranian numbers nationally (0 + digits); sorted, "0..." precedes "98...".
    return f"0{national} 98{national}"


def raw_form(national: int, rng: random.Random) -> str:
    """The number as someone might have typed it: spaced, dashed, international, Persian digits."""
    s = str(national)
    if national >= 9_000_000_000:  # mobile: 912 123 4567
        a, b, c = s[:3], s[3:6], s[6:]
        forms = (f"0{a} {b} {c}", f"0{s}", f"0{s}", f"+98 {a} {b} {c}", f"0{a}-{b}-{c}", f"+98{s}", f"00 98 {s}", s)
    else:  # landline: 21 2234 5678
        a, b, c = s[:2], s[2:6], s[6:]
        forms = (f"0{a} {b} {c}", f"0{a}-{b}{c}", f"0{s}", f"+98 {a} {b} {c}", f"(0{a}) {b}{c}", f"0{a} {b}-{c}")
    raw = forms[int(rng.random() * len(forms))]
    return raw.translate(PERSIAN_DIGITS) if rng.random() < 0.12 else raw


def demo_search_key(name: str, company: str, email: str, numbers: tuple[int, ...], norm: dict[str, str]) -> str:
    """customer_rules.search_key for a generated customer (names memoized in `norm`)."""
    parts = [_normalized(name, norm), _normalized(company, norm), email]  # generated e-mails are already lower-case
    parts += [search_digits_of(n) for n in numbers]
    return " | ".join(p for p in parts if p)


def _normalized(value: str, norm: dict[str, str]) -> str:
    found = norm.get(value)
    if found is None:
        found = norm[value] = normalize_text(value)
    return found


# --- the job ---------------------------------------------------------------------------------------


def generate_demo(db: Database, options: DemoOptions, progress: Progress = no_progress) -> DemoStats:
    """Add demo users, customers, phones and calls in one transaction (appending to what is there).

    `progress` returning False raises `Cancelled` and rolls everything back.
    """
    ensure_defaults(db)  # idempotent, and needed before reasons/outcomes can be drawn
    with db.writer.begin() as conn:
        job = _Job(conn, options, progress)
        agents = _ensure_agents(job)
        sqlite = conn.dialect.name == "sqlite"
        triggers = _drop_fts_triggers(conn) if sqlite else []
        if sqlite:
            # SQLite branch: a large page cache keeps the index B-trees in memory during the load.
            conn.exec_driver_sql("PRAGMA cache_size = -1000000")
        try:
            people = _add_customers(job, agents)
            phones = _add_phones(job, people)
            calls = _add_calls(job, people, agents)
            job.report(0, 1, "search index")
            if sqlite:
                _rebuild_fts(conn, triggers)
            job.report(1, 1, "search index")
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA cache_size = -2000")
    return DemoStats(len(people.phones), phones, calls)


def _drop_fts_triggers(conn: Connection) -> list[str]:
    """SQLite branch: drop the FTS triggers for the load; return their SQL to recreate them."""
    # pysqlite opens its transaction at the first DML statement only; without one, DROP TRIGGER
    # would be committed at once and a cancelled load could not bring the triggers back.
    conn.exec_driver_sql("UPDATE customers SET id = id WHERE 0")
    listed = ", ".join(f"'{name}'" for name in FTS_TRIGGERS)
    rows = conn.execute(
        text(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({listed})")
    ).all()
    for name, _sql in rows:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    return [sql for _name, sql in sorted(rows)]


def _rebuild_fts(conn: Connection, triggers: list[str]) -> None:
    """SQLite branch: one FTS rebuild is much faster than a trigger insert per customer."""
    if triggers:
        conn.exec_driver_sql("INSERT INTO customers_fts(customers_fts) VALUES ('rebuild')")
    for sql in triggers:
        conn.exec_driver_sql(sql)


def _ensure_agents(job: _Job) -> list[int]:
    """The demo office's users (added once); returns the ids of those who take calls."""
    existing = set(job.conn.scalars(select(User.username)))
    created = datetime.combine(job.first_day - timedelta(days=400), datetime.min.time()).replace(hour=9)
    job.insert(
        User,
        [
            {
                "username": u,
                "full_name": full,
                "role": role,
                "password_hash": None,
                "active": True,
                "created_at": created,
            }
            for u, full, role in names.AGENTS
            if u not in existing
        ],
    )
    wanted = [u for u, _full, role in names.AGENTS if role in ("agent", "supervisor")]
    ids = dict(job.conn.execute(select(User.username, User.id).where(User.username.in_(wanted))).all())
    return [ids[u] for u in wanted]


# --- customers and phones ------------------------------------------------------------------------------


@dataclass
class _People:
    """What the later stages need to know about the customers just added."""

    first_id: int
    phones: list[tuple[tuple[int, str], ...]]  # per customer: (national number, kind), first is the main one
    do_not_call: bytearray
    call_weights: list[float]  # cumulative: who calls a lot, who once or never


CULTURES = (
    (0.60, names.PERSIAN_FIRST, names.PERSIAN_LAST, names.PERSIAN_COMPANY_CORES,
     names.PERSIAN_COMPANY_PATTERNS, names.IRANIAN_CITIES),
    (0.85, names.ARABIC_FIRST, names.ARABIC_LAST, names.ARABIC_COMPANY_CORES,
     names.ARABIC_COMPANY_PATTERNS, names.ARABIC_CITIES),
    (1.00, names.ENGLISH_FIRST, names.ENGLISH_LAST, names.ENGLISH_COMPANY_CORES,
     names.ENGLISH_COMPANY_PATTERNS, names.ENGLISH_CITIES),
)  # fmt: skip
STATUSES = (("customer", 0.55), ("lead", 0.70), ("prospect", 0.85), ("inactive", 1.0))


def _load_taken_numbers(job: _Job) -> None:
    """Numbers already owned by customers or seen from unknown callers must not be handed out again."""
    owned = job.conn.scalars(select(Phone.number).where(Phone.number.like("+98%")))
    unknown = job.conn.scalars(select(Call.number).where(Call.customer_id.is_(None), Call.number.like("+98%")))
    for number in (*owned, *unknown):
        if number[3:].isdigit():
            job.taken.add(int(number[3:]))


def _pick(rng: random.Random, values: tuple[object, ...]) -> object:
    return values[int(rng.random() * len(values))]


def _customer_phones(job: _Job, company: bool) -> tuple[tuple[int, str], ...]:
    rng = job.rng
    r = rng.random()
    count = 1 if r < 0.72 else 2 if r < 0.93 else 3
    first_kind = "work" if company and rng.random() < 0.5 else "landline" if rng.random() < 0.12 else "mobile"
    kinds = [first_kind] + [("mobile", "landline", "work")[int(rng.random() * 3)] for _ in range(count - 1)]
    return tuple((job.new_number(landline=k == "landline" or (k == "work" and rng.random() < 0.7)), k) for k in kinds)


def _customer_row(job: _Job, cid: int, agents: list[int], norm: dict[str, str]) -> tuple[dict[str, object], tuple]:
    rng = job.rng
    r = rng.random()
    _, firsts, lasts, cores, patterns, cities = next(c for c in CULTURES if r < c[0])
    first, last = _pick(rng, firsts), _pick(rng, lasts)
    name = f"{first[0]} {last[0]}"  # type: ignore[index]
    is_company = rng.random() < 0.20
    company = str(_pick(rng, patterns)).format(_pick(rng, cores)) if is_company else ""
    email = ""
    if rng.random() < (0.65 if is_company else 0.30):
        suffix = str(rng.randrange(10, 1000)) if rng.random() < 0.5 else ""
        email = f"{first[1]}.{last[1]}{suffix}@{_pick(rng, names.EMAIL_DOMAINS)}"  # type: ignore[index]
    phones = _customer_phones(job, is_company)
    r = rng.random()
    status = next(s for s, limit in STATUSES if r < limit)
    tags = ""
    if rng.random() < 0.35:
        picked = rng.sample(names.TAGS, 1 if rng.random() < 0.7 else 2)
        tags = ", ".join(picked)
    do_not_call, do_not_sms, do_not_email = rng.random() < 0.03, rng.random() < 0.05, rng.random() < 0.02
    created = datetime.combine(job.first_day, datetime.min.time()) - timedelta(
        days=rng.randrange(1, 1500), seconds=rng.randrange(-15 * 3600, -8 * 3600)
    )
    consent = do_not_call or do_not_sms or do_not_email
    row = {
        "id": cid, "kind": "company" if is_company else "person", "name": name, "company": company,
        "email": email, "city": _pick(rng, cities), "status": status, "tags": tags,
        "address": f"خیابان {_pick(rng, names.PERSIAN_STREETS)}، پلاک {rng.randrange(1, 300)}"
        if rng.random() < 0.25 else "",
        "source": _pick(rng, names.CUSTOMER_SOURCES),
        "do_not_call": do_not_call, "do_not_sms": do_not_sms, "do_not_email": do_not_email,
        "consent_changed_at": created + timedelta(days=rng.randrange(1, 60)) if consent else None,
        "consent_note": _pick(rng, names.CONSENT_NOTES) if do_not_call else "",
        "notes": _pick(rng, names.CUSTOMER_NOTES) if rng.random() < 0.05 else "",
        "owner_id": agents[int(rng.random() * len(agents))] if agents and rng.random() < 0.3 else None,
        "search_key": demo_search_key(name, company, email, tuple(n for n, _ in phones), norm),
        "sort_key": _normalized(name, norm)[:200],
        "deleted_at": None, "deleted_by": "",
        "created_at": created, "created_by": ACTOR, "updated_at": created, "updated_by": ACTOR,
    }  # fmt: skip
    return row, phones


def _add_customers(job: _Job, agents: list[int]) -> _People:
    total = job.options.customers
    first_id = (job.conn.scalar(select(func.max(Customer.id))) or 0) + 1
    if total:
        _load_taken_numbers(job)
    people = _People(first_id, [], bytearray(), [])
    norm: dict[str, str] = {}
    rows: list[dict[str, object]] = []
    weight_sum = 0.0
    rng = job.rng
    job.report(0, total, "customers")
    for i in range(total):
        row, phones = _customer_row(job, first_id + i, agents, norm)
        rows.append(row)
        people.phones.append(phones)
        people.do_not_call.append(1 if row["do_not_call"] else 0)
        # A quarter are dormant (imported leads); the rest Pareto-distributed, capped so the
        # heaviest account calls a few times a day rather than all day.
        weight_sum += 0.08 if rng.random() < 0.25 else min(rng.paretovariate(1.4), 150.0)
        people.call_weights.append(weight_sum)
        if len(rows) == CHUNK:
            job.insert(Customer, rows)
            rows = []
            job.report(i + 1, total, "customers")
    job.insert(Customer, rows)
    if total and job.conn.dialect.name == "postgresql":
        # PostgreSQL branch: explicit ids leave the serial sequence behind; move it past them.
        job.conn.execute(
            text("SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT max(id) FROM customers))")
        )
    job.report(total, total, "customers")
    return people


def _add_phones(job: _Job, people: _People) -> int:
    total = sum(len(p) for p in people.phones)
    rows: list[dict[str, object]] = []
    done = 0
    job.report(0, total, "phones")
    for offset, phones in enumerate(people.phones):
        cid = people.first_id + offset
        for position, (national, kind) in enumerate(phones):
            rows.append({"customer_id": cid, "number": e164(national), "raw": raw_form(national, job.rng),
                         "kind": kind, "position": position})  # fmt: skip
        if len(rows) >= CHUNK:
            job.insert(Phone, rows)
            done += len(rows)
            rows = []
            job.report(done, total, "phones")
    job.insert(Phone, rows)
    job.report(total, total, "phones")
    return total


# --- calls ------------------------------------------------------------------------------------------


def _season(day: date) -> float:
    """Busy weeks before Nowruz, a quiet Nowruz holiday (Gregorian dates, near enough for a demo)."""
    if (day.month == 3 and day.day >= 21) or (day.month == 4 and day.day <= 3):
        return 0.35
    if (day.month == 2 and day.day >= 20) or (day.month == 3 and day.day < 20):
        return 1.2
    return 1.0


def _calls_per_day(job: _Job, total: int) -> list[int]:
    """`total` calls spread over the days by weekday, season, slow growth and day-to-day noise."""
    days = job.options.days
    loads = []
    for d in range(days):
        day = job.first_day + timedelta(days=d)
        growth = 0.9 + 0.2 * d / max(1, days - 1)
        loads.append(WEEKDAY_LOAD[day.weekday()] * _season(day) * growth * max(0.5, job.rng.gauss(1.0, 0.06)))
    scale = total / sum(loads)
    counts = [int(load * scale) for load in loads]
    # Largest remainders get the calls left over, ties by day, so the sum is exactly `total`.
    by_remainder = sorted(range(days), key=lambda d: (counts[d] - loads[d] * scale, d))
    for d in by_remainder[: total - sum(counts)]:
        counts[d] += 1
    return counts


def _weighted(values: dict[str, int], available: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[float]]:
    """The active lookup values with demo weights (values a user added get a small share)."""
    return available, _cumulative([values.get(value, 2) for _id, value in available])


def _lookups(job: _Job, kind: str) -> list[tuple[int, str]]:
    query = select(Lookup.id, Lookup.value).where(Lookup.kind == kind, Lookup.active.is_(True))
    return [(i, v) for i, v in job.conn.execute(query.order_by(Lookup.position, Lookup.id))]


def _add_calls(job: _Job, people: _People, agents: list[int]) -> int:
    customers = len(people.phones)
    total = round(customers * CALLS_PER_CUSTOMER_YEAR * job.options.days / 365)
    job.report(0, total, "calls")
    if not total:
        return 0
    rng = job.rng
    reasons, reason_cum = _weighted(REASON_WEIGHTS, _lookups(job, CALL_REASON))
    outcomes = _lookups(job, CALL_OUTCOME)
    in_outcomes, in_cum = _weighted(INBOUND_OUTCOMES, outcomes)
    out_outcomes, out_cum = _weighted(OUTBOUND_OUTCOMES, outcomes)
    agent_cum = _cumulative([1.0 + 0.15 * (i % 5) for i in range(len(agents))])  # some agents take more calls
    unknown_callers = [
        job.new_number(landline=rng.random() < 0.3) for _ in range(max(5, int(total * UNKNOWN_SHARE / 2)))
    ]
    out_share = 0.30 / (1 - UNKNOWN_SHARE)
    hours = range(24)
    profiles = {
        wd: _cumulative(THURSDAY_HOURS if wd == 3 else FRIDAY_HOURS if wd == 4 else WORKDAY_HOURS) for wd in range(7)
    }
    who_all = range(customers)
    rows: list[dict[str, object]] = []
    done = 0
    for d, count in enumerate(_calls_per_day(job, total)):
        day = job.first_day + timedelta(days=d)
        midnight = datetime.combine(day, datetime.min.time())
        seconds = sorted(
            h * 3600 + int(rng.random() * 3600)
            for h in rng.choices(hours, cum_weights=profiles[day.weekday()], k=count)
        )
        callers = rng.choices(who_all, cum_weights=people.call_weights, k=count)
        for second, who in zip(seconds, callers, strict=True):
            started = midnight + timedelta(seconds=second)
            if rng.random() < UNKNOWN_SHARE:
                customer_id, outbound = None, False
                national = unknown_callers[int(rng.random() * len(unknown_callers))]
            else:
                customer_id = people.first_id + who
                phones = people.phones[who]
                national = phones[0 if len(phones) == 1 or rng.random() < 0.75 else int(rng.random() * len(phones))][0]
                outbound = rng.random() < out_share and not people.do_not_call[who]
            r = rng.random()
            talk = 0
            if outbound:
                if r < 0.65:
                    status, ring = "answered", rng.randint(4, 25)
                    talk = min(5400, max(10, int(rng.lognormvariate(4.9, 0.8))))  # median ~2.2 min
                elif r < 0.90:
                    status, ring = "no-answer", rng.randint(30, 45)
                else:
                    status, ring = "busy", rng.randint(0, 3)
            elif r < 0.80:
                status, ring = "answered", min(60, max(1, int(rng.lognormvariate(2.0, 0.5))))  # median ~7 s
                talk = min(5400, max(8, int(rng.lognormvariate(5.2, 0.75))))  # median ~3 min
            elif r < 0.92:
                status, ring = "missed", rng.randint(20, 45)
            else:
                status, ring = "abandoned", rng.randint(2, 25)
            answered = status == "answered"
            ended = started + timedelta(seconds=ring + talk)
            if answered:
                options, cum = (out_outcomes, out_cum) if outbound else (in_outcomes, in_cum)
                outcome = options[bisect(cum, rng.random() * cum[-1])][1] if options else ""
                reason_id = reasons[bisect(reason_cum, rng.random() * reason_cum[-1])][0] if reasons else None
                notes = _pick(rng, names.CALL_NOTES) if rng.random() < 0.15 else ""
                satisfaction = (
                    rng.choices((1, 2, 3, 4, 5), (3, 5, 12, 35, 45))[0] if not outbound and rng.random() < 0.2 else None
                )
            else:
                outcome, reason_id, notes, satisfaction = "", None, "", None
            agent_id = (
                agents[bisect(agent_cum, rng.random() * agent_cum[-1])] if agents and (answered or outbound) else None
            )
            rows.append({
                "direction": "out" if outbound else "in", "number": e164(national), "customer_id": customer_id,
                "line": "1234"[int(rng.random() * 4)], "started_at": started,
                "answered_at": started + timedelta(seconds=ring) if answered else None, "ended_at": ended,
                "ring_seconds": ring, "talk_seconds": talk, "status": status, "agent_id": agent_id,
                "reason_id": reason_id, "outcome": outcome, "notes": notes, "satisfaction": satisfaction,
                "source": ACTOR, "created_at": ended, "created_by": ACTOR, "updated_at": ended, "updated_by": ACTOR,
            })  # fmt: skip
            if len(rows) == CHUNK:
                job.insert(Call, rows)
                done += len(rows)
                rows = []
                job.report(done, total, "calls")
    job.insert(Call, rows)
    job.report(total, total, "calls")
    return total
