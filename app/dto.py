"""Plain values handed between services and screens (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, TypeVar

from app.tickets.dto import OpenTicket

RowT = TypeVar("RowT")
CursorT = TypeVar("CursorT")

CUSTOMER_STATUSES = ("lead", "prospect", "customer", "inactive")
CUSTOMER_KINDS = ("person", "company")
PHONE_KINDS = ("mobile", "landline", "work", "fax")
CALL_DIRECTIONS = ("in", "out")
CALL_STATUSES = ("answered", "missed", "abandoned", "busy", "no-answer", "ringing")


@dataclass(frozen=True, slots=True)
class PhoneDraft:
    raw: str
    kind: str = "mobile"


@dataclass(slots=True)
class CustomerDraft:
    """What a form submits to create or edit a customer."""

    name: str
    kind: str = "person"
    company: str = ""
    email: str = ""
    address: str = ""
    city: str = ""
    status: str = "customer"
    tags: str = ""
    source: str = ""
    do_not_call: bool = False
    do_not_sms: bool = False
    do_not_email: bool = False
    notes: str = ""
    phones: list[PhoneDraft] = field(default_factory=list)
    language: str = ""  # en, fa or ar for messages to the customer; "" means the program's language


@dataclass(frozen=True, slots=True)
class PhoneView:
    id: int
    number: str
    raw: str
    kind: str
    display: str


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customer list."""

    id: int
    name: str
    company: str
    phone: str
    city: str
    status: str
    tags: str
    do_not_call: bool
    sort_key: str


@dataclass(frozen=True, slots=True)
class CustomerCard:
    """The 360° view's header: everything but the paged history."""

    id: int
    draft: CustomerDraft
    phones: list[PhoneView]
    call_count: int
    last_call_at: datetime | None
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str


@dataclass(slots=True)
class CallDraft:
    """A call logged by hand (or by the caller-ID path)."""

    direction: str
    started_at: datetime
    number: str = ""
    customer_id: int | None = None
    status: str = "answered"
    ring_seconds: int = 0
    talk_seconds: int = 0
    reason_id: int | None = None
    outcome: str = ""
    notes: str = ""
    agent: str = ""  # username; empty means the current user
    line: str = ""
    source: str = "manual"
    satisfaction: int | None = None


@dataclass(frozen=True, slots=True)
class CallRow:
    id: int
    started_at: datetime
    direction: str
    number: str
    display_number: str
    customer_id: int | None
    customer_name: str
    line: str
    status: str
    ring_seconds: int
    talk_seconds: int
    agent: str
    reason: str
    outcome: str
    notes: str
    source: str


@dataclass(frozen=True, slots=True)
class CallFilter:
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive
    direction: str | None = None
    status: str | None = None
    reason_id: int | None = None
    agent_id: int | None = None
    customer_id: int | None = None
    unknown_only: bool = False
    text: str = ""  # a number (any prefix of it) or words of the customer's name


@dataclass(frozen=True, slots=True)
class LookupItem:
    id: int
    value: str
    active: bool
    label_fa: str = ""
    label_ar: str = ""

    def label(self, language: str) -> str:
        """The value in `language`; a value nobody translated shows as typed."""
        return {"fa": self.label_fa, "ar": self.label_ar}.get(language) or self.value


@dataclass(frozen=True, slots=True)
class Agent:
    id: int
    username: str
    full_name: str


@dataclass(frozen=True, slots=True)
class Page(Generic[RowT, CursorT]):
    """Rows of one page and the cursor of the next (None at the end)."""

    rows: list[RowT]
    next_cursor: CursorT | None


@dataclass(frozen=True, slots=True)
class RecentCall:
    started_at: datetime
    direction: str
    status: str
    reason: str


@dataclass(frozen=True, slots=True)
class ScreenPop:
    """Everything the pop-up shows for one ringing call, gathered in one trip to the database."""

    call_id: int
    number: str  # as stored (E.164 or digits); empty when the caller withheld it
    display_number: str
    absent: str | None  # "private" | "unavailable"
    caller_name: str  # what the network sent, if anything
    line: str
    started_at: datetime
    customer_id: int | None
    name: str
    company: str
    tags: str
    do_not_call: bool
    blocked: bool
    recent: list[RecentCall]
    open_tickets: int | None = None  # filled once tickets exist
    lifetime_value: float | None = None  # filled once orders exist
    # (customer id, name) of every live customer with this number, by id, when more than one (at most 10);
    # the pop shows the first.
    candidates: list[tuple[int, str]] = field(default_factory=list)
    open_ticket_list: list[OpenTicket] = field(default_factory=list)  # the newest few of `open_tickets`


@dataclass(frozen=True, slots=True)
class PastCall:
    """An incoming call a caller-ID server replayed from its log (it is over: no pop)."""

    number: str | None  # as sent; None when withheld
    time: datetime  # when it rang, from the record itself
    line: str = ""
    duration: int | None = None  # talk seconds when the record says it was answered


@dataclass(frozen=True, slots=True)
class MissedCaller:
    """One caller to call back: their tries since the number was last reached (Missed calls list, tray)."""

    id: int
    number: str
    display_number: str
    customer_id: int | None  # a live customer with this number, if any
    customer_name: str
    tries: int  # missed and abandoned calls
    first_at: datetime
    last_at: datetime
    handled_at: datetime | None = None
    handled_by: str = ""
    handled_note: str = ""
