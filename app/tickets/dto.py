"""Plain values handed between the ticket services and the screens."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class TicketDraft:
    """What the new-ticket dialog (or the demo, or a test) submits."""

    subject: str
    type: str = "complaint"
    priority: str = "normal"
    customer_id: int | None = None
    call_id: int | None = None
    category_id: int | None = None
    department_id: int | None = None
    tier_id: int | None = None
    assignee_id: int | None = None
    description: str = ""
    visit_start: datetime | None = None
    technician_id: int | None = None
    visit_address: str = ""


@dataclass(frozen=True, slots=True)
class TicketRow:
    """One line of the ticket list."""

    id: int
    subject: str
    type: str
    priority: str
    status: str
    category: str
    department: str
    tier: str
    assignee: str
    customer_id: int | None
    customer_name: str
    created_at: datetime
    resolution_due: datetime | None
    breached: bool
    paused: bool
    sla: str = "none"  # on_time, at_risk, breached, met, missed, none (app.tickets.sla.sla_state)
    seconds_left: int | None = None  # business seconds to the resolution target; negative once passed


@dataclass(frozen=True, slots=True)
class EventView:
    id: int
    at: datetime
    by: str
    kind: str
    before: str
    after: str
    note: str


@dataclass(frozen=True, slots=True)
class TicketDetail:
    """Everything the ticket view shows: the ticket, its SLA, its history."""

    row: TicketRow
    description: str
    category_id: int | None
    department_id: int | None
    tier_id: int | None
    assignee_id: int | None
    call_id: int | None
    first_response_due: datetime | None
    first_response_at: datetime | None
    paused_at: datetime | None
    resolved_at: datetime | None
    last_informed_at: datetime | None
    resolution: str
    satisfaction: int | None
    visit_start: datetime | None
    technician: str
    visit_address: str
    visit_outcome: str
    events: list[EventView] = field(default_factory=list)
    customer_language: str = ""  # for "tell the customer"; "" means the program's language


@dataclass(frozen=True, slots=True)
class OpenTicket:
    id: int
    status: str
    subject: str
    created_at: datetime
    assignee: str


@dataclass(frozen=True, slots=True)
class OpenTicketSummary:
    """The caller's open tickets for the pop and the card: how many, and the newest few."""

    count: int
    newest: list[OpenTicket]
