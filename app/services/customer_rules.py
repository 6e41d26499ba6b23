"""Checking a customer draft and deriving its search and sort keys."""

from __future__ import annotations

import re

from app import errors
from app.dto import CUSTOMER_KINDS, CUSTOMER_STATUSES, PHONE_KINDS, CustomerDraft, PhoneDraft
from app.field_text import check_lengths, clean_block, clean_line
from app.models import Customer, Phone
from app.phones import NormalizedPhone, PhoneError, PhoneRules, normalize_phone, search_digits
from app.text import normalize_text

TEXT_COLUMNS = ("name", "company", "email", "address", "city", "tags", "source", "notes")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def clean(draft: CustomerDraft) -> CustomerDraft:
    """The draft with control characters removed (app.field_text), whitespace trimmed and tags tidied."""
    line = clean_line
    tags = ", ".join(t.strip() for t in line(draft.tags).replace("،", ",").split(",") if t.strip())
    return CustomerDraft(
        name=line(draft.name),
        kind=draft.kind,
        company=line(draft.company),
        email=line(draft.email),
        address=clean_block(draft.address),
        city=line(draft.city),
        status=draft.status,
        tags=tags,
        source=line(draft.source),
        do_not_call=draft.do_not_call,
        do_not_sms=draft.do_not_sms,
        do_not_email=draft.do_not_email,
        notes=clean_block(draft.notes),
        phones=[PhoneDraft(line(p.raw), p.kind) for p in draft.phones if line(p.raw)],
    )


def _lengths(draft: CustomerDraft, problems: dict[str, str], values: dict[str, str]) -> None:
    """Every text field against its column's length in app/models.py (TOO_LONG, the limit as the value)."""
    fields = {name: (getattr(draft, name), getattr(Customer, name)) for name in TEXT_COLUMNS}
    fields.update({f"phones.{i}": (p.raw, Phone.raw) for i, p in enumerate(draft.phones)})
    check_lengths(fields, problems, values)


def validate(draft: CustomerDraft, rules: PhoneRules) -> list[NormalizedPhone]:
    """Raise ValidationError with every field error at once; return the normalized phones."""
    problems: dict[str, str] = {}
    values: dict[str, str] = {}
    _lengths(draft, problems, values)  # first: a 1 MB value is refused before any pattern reads it
    if not draft.name:
        problems["name"] = errors.EMPTY
    if draft.email and "email" not in problems and not EMAIL.match(draft.email):
        problems["email"] = errors.INVALID_EMAIL
        values["email"] = draft.email
    if draft.status not in CUSTOMER_STATUSES:
        problems["status"] = errors.INVALID_CHOICE
    if draft.kind not in CUSTOMER_KINDS:
        problems["kind"] = errors.INVALID_CHOICE
    phones: list[NormalizedPhone] = []
    seen: set[str] = set()
    for index, phone in enumerate(draft.phones):
        key = f"phones.{index}"
        if key in problems:
            continue
        if phone.kind not in PHONE_KINDS:
            problems[key] = errors.INVALID_CHOICE
            continue
        try:
            normalized = normalize_phone(phone.raw, rules)
        except PhoneError:
            problems[key] = errors.NOT_A_NUMBER
            values[key] = phone.raw
            continue
        if normalized.number in seen:
            problems[key] = errors.DUPLICATE_PHONE
            values[key] = phone.raw
            continue
        seen.add(normalized.number)
        phones.append(normalized)
    if problems:
        raise errors.ValidationError(problems, values)
    return phones


def search_key(draft: CustomerDraft, numbers: list[str], rules: PhoneRules) -> str:
    """Normalized name, company, email and every digit form of every phone, for substring search."""
    parts = [normalize_text(draft.name), normalize_text(draft.company), normalize_text(draft.email)]
    parts += [search_digits(number, rules) for number in numbers]
    return " | ".join(p for p in parts if p)


def sort_key(name: str) -> str:
    return normalize_text(name)[:200]
