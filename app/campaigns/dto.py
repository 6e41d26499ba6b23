"""Plain values the campaign services take and hand back (never live ORM objects)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any

# Why a customer is left out of a list (or taken out of one); screens translate the codes.
EXCLUDED_DNC = "do_not_call"  # the customer is marked do-not-call
EXCLUDED_CAMPAIGN_DNC = "campaign_dnc"  # asked not to be called for this campaign
EXCLUDED_DNC_NUMBER = "dnc_number"  # every number is on the office's do-not-call list
EXCLUDED_NO_PHONE = "no_phone"
EXCLUDED_ALREADY = "already_member"
EXCLUSION_REASONS = (EXCLUDED_DNC, EXCLUDED_CAMPAIGN_DNC, EXCLUDED_DNC_NUMBER, EXCLUDED_NO_PHONE, EXCLUDED_ALREADY)


@dataclass(slots=True)
class TargetFilter:
    """Who a campaign calls: every given condition must hold (empty ones are ignored)."""

    statuses: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # any of them
    cities: list[str] = field(default_factory=list)
    last_contact_before: datetime | None = None  # no call since then (never called counts)
    last_contact_after: datetime | None = None  # a call at or after then
    segments: list[str] = field(default_factory=list)  # stored RFM segments (value snapshot)
    churn_risk: bool = False  # flagged by the value snapshot (overdue by 1.5x their usual gap)
    never_called: bool = False
    ordered_from: datetime | None = None  # an order in [from, to)
    ordered_to: datetime | None = None
    customer_ids: list[int] = field(default_factory=list)  # an imported list

    def to_json(self) -> str:
        values = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in asdict(self).items()}
        return json.dumps(values, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> TargetFilter:
        raw: dict[str, Any] = json.loads(text or "{}")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        for key in ("last_contact_before", "last_contact_after", "ordered_from", "ordered_to"):
            if values.get(key):
                values[key] = datetime.fromisoformat(values[key])
        return cls(**values)


@dataclass(slots=True)
class CampaignDraft:
    name: str
    purpose: str = "sales"
    starts_on: date | None = None
    ends_on: date | None = None
    script_id: int | None = None
    max_attempts: int = 3
    calling_start: int = 9 * 60  # minutes after midnight, office clock
    calling_end: int = 20 * 60
    calling_days: str = "0123456"  # 0 = Monday
    lease_seconds: int = 600
    agents: list[str] = field(default_factory=list)  # usernames; none = every agent
    dispositions: list[str] = field(default_factory=list)  # codes; none = every active one
    retry_minutes: dict[str, int] = field(default_factory=dict)  # code -> the campaign's own delay
    notes: str = ""


@dataclass(frozen=True, slots=True)
class CampaignRow:
    id: int
    name: str
    purpose: str
    status: str
    starts_on: date | None
    ends_on: date | None
    members: int
    open_members: int


@dataclass(frozen=True, slots=True)
class DispositionView:
    id: int
    code: str
    label: str
    label_fa: str
    label_ar: str
    contact_made: bool
    success: bool
    do_not_call: bool
    callback: bool
    final: bool
    retry_minutes: int
    shortcut: str

    def label_for(self, language: str) -> str:
        return {"fa": self.label_fa, "ar": self.label_ar}.get(language) or self.label or self.code


@dataclass(frozen=True, slots=True)
class ExcludedRow:
    customer_id: int
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class TargetPreview:
    """What a filter would give: how many enter, how many are left out and why, and a few of each."""

    included: int
    excluded: dict[str, int]
    sample_in: list[tuple[int, str]]
    sample_out: list[ExcludedRow]


@dataclass(frozen=True, slots=True)
class NextCall:
    """The member an agent is to call now, claimed for them until `claim_until`."""

    member_id: int
    campaign_id: int
    customer_id: int
    name: str
    company: str
    city: str
    tags: str
    status: str
    phone: str  # normalized, to dial
    attempts: int
    last_outcome: str
    callback_at: datetime | None
    claim_until: datetime
    orders: int
    revenue: Decimal
    last_call_at: datetime | None


@dataclass(slots=True)
class Sale:
    amount: Decimal | int | str
    product: str
    quantity: int = 1
    currency: str = "IRR"


@dataclass(slots=True)
class AttemptDraft:
    member_id: int
    disposition: str  # code
    dialled: str = "manual"  # modem, manual
    callback_at: datetime | None = None
    talk_seconds: int = 0
    notes: str = ""
    sale: Sale | None = None
    answers: dict[int, str] = field(default_factory=dict)  # question id -> answer
