"""Checking each row against the mapping: the customer it describes, or the reasons it cannot be imported."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from app.dto import CUSTOMER_STATUSES, CustomerDraft
from app.field_text import clean_block, clean_line, column_limit
from app.importing.mapping import PHONE_FIELDS
from app.importing.table import Cell, SourceTable, cell_text
from app.importing.values import parse_date, parse_yes_no
from app.models import Customer
from app.phones import NormalizedPhone, PhoneError, PhoneRules, _fast_key, normalize_phone
from app.services.customer_rules import EMAIL, TEXT_COLUMNS

TEXT_FIELDS = ("company", "email", "address", "city", "tags", "source", "status")
CONSENT_FIELDS = ("do_not_call", "do_not_sms", "do_not_email")
_KIND = {"phone_mobile": "mobile", "phone_landline": "landline", "phone_work": "work", "phone_fax": "fax"}


@dataclass(slots=True)
class CheckedRow:
    """One row as it will be stored: `given` names the fields the file filled (an update leaves the rest)."""

    row_number: int
    cells: list[Cell]
    draft: CustomerDraft
    phones: list[NormalizedPhone] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    given: set[str] = field(default_factory=set)
    customer_id: int | None = None
    created_at: datetime | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _phone(raw: str, rules: PhoneRules) -> NormalizedPhone:
    fast = _fast_key(raw, rules)
    return NormalizedPhone(fast, raw, True) if fast else normalize_phone(raw, rules)


def _kind_of(field_name: str, number: str, rules: PhoneRules) -> str:
    if field_name in _KIND:
        return _KIND[field_name]
    # An untyped "Phone" column: Iranian mobiles start +989, everything else is a landline.
    return "mobile" if rules.region != "IR" or number.startswith("+989") else "landline"


def _add_phones(row: CheckedRow, field_name: str, text: str, rules: PhoneRules) -> None:
    parts = text.replace("،", ",").replace(";", ",").split(",") if "," in text or "،" in text or ";" in text else [text]
    for raw in parts:
        raw = raw.strip()
        if not raw:
            continue
        try:
            phone = _phone(raw, rules)
        except PhoneError:
            row.problems.append(f"{raw!r} cannot be a phone number")
            continue
        if any(p.number == phone.number for p in row.phones):
            continue
        row.phones.append(phone)
        row.kinds.append(_kind_of(field_name, phone.number, rules))


def _apply(row: CheckedRow, field_name: str, value: Cell, rules: PhoneRules) -> None:
    text = cell_text(value)
    draft = row.draft
    if field_name in PHONE_FIELDS:
        _add_phones(row, field_name, text, rules)
    elif not text:
        return
    elif field_name in ("name", "first_name", "last_name"):
        if field_name == "name":
            draft.name = text
    elif field_name in CONSENT_FIELDS:
        flag = parse_yes_no(value)
        if flag is None:
            row.problems.append(f"{text!r} is not yes or no ({field_name.replace('_', ' ')})")
        else:
            setattr(draft, field_name, flag)
            row.given.add(field_name)
    elif field_name == "id":
        if not text.isdigit():
            row.problems.append(f"{text!r} is not a customer id")
        else:
            row.customer_id = int(text)
    elif field_name == "created_at":
        try:
            row.created_at = parse_date(value)
        except (ValueError, OverflowError):
            row.problems.append(f"{text!r} is not a date")
    elif field_name == "notes":
        draft.notes = f"{draft.notes}\n{text}".strip()
        row.given.add("notes")
    elif field_name == "status":
        if text.lower() in CUSTOMER_STATUSES:
            draft.status = text.lower()
            row.given.add("status")
    elif field_name in TEXT_FIELDS:
        setattr(draft, field_name, text.lower() if field_name == "email" else text)
        row.given.add(field_name)


# (column, its character limit, keeps line breaks): looked up once, not per row and field.
_LIMITS = tuple((name, column_limit(getattr(Customer, name)), name in ("notes", "address")) for name in TEXT_COLUMNS)
_EMAIL_LIMIT = column_limit(Customer.email)


def _clean_and_measure(row: CheckedRow) -> None:
    """The form's rules for a file: control characters out (app.field_text), each field within its column."""
    draft = row.draft
    for name, limit, block in _LIMITS:
        value = getattr(draft, name)
        if not value:
            continue  # most optional fields of most rows are empty: nothing to clean or measure
        value = clean_block(value) if block else clean_line(value)
        setattr(draft, name, value)
        if len(value) > limit:
            row.problems.append(f"{name} is longer than {limit:,} characters")


def check_row(row_number: int, cells: list[Cell], mapping: list[str], rules: PhoneRules) -> CheckedRow:
    return _check_row(row_number, cells, [(i, f) for i, f in enumerate(mapping) if f], rules)


def _check_row(row_number: int, cells: list[Cell], fields: list[tuple[int, str]], rules: PhoneRules) -> CheckedRow:
    row = CheckedRow(row_number, cells, CustomerDraft(name=""))
    first = last = ""
    width = len(cells)
    for index, field_name in fields:
        if index >= width:
            break
        value = cells[index]
        if field_name == "first_name":
            first = cell_text(value)
        elif field_name == "last_name":
            last = cell_text(value)
        else:
            _apply(row, field_name, value, rules)
    draft = row.draft
    if not draft.name and (first or last):
        draft.name = " ".join(p for p in (first, last) if p)
    _clean_and_measure(row)
    email = draft.email
    if email and len(email) <= _EMAIL_LIMIT and not EMAIL.match(email):
        row.problems.append(f"{email!r} is not an e-mail address")
    if not draft.name and not row.phones and row.customer_id is None:
        row.problems.insert(0, "no name and no phone")
    elif not draft.name:
        draft.name = draft.company or (row.phones[0].raw if row.phones else "")
    if draft.name:
        row.given.add("name")
    return row


def _fields(mapping: list[str]) -> list[tuple[int, str]]:
    return [(i, f) for i, f in enumerate(mapping) if f]  # the mapped columns, worked out once for every row


def check_table(table: SourceTable, mapping: list[str], rules: PhoneRules | None = None) -> list[CheckedRow]:
    """Every row checked, in memory: for small tables. An import checks batch by batch (`check_batches`)."""
    return [row for batch in check_batches(table, mapping, rules or PhoneRules(), 2000) for row in batch]


def check_batches(table: SourceTable, mapping: list[str], rules: PhoneRules, size: int) -> Iterator[list[CheckedRow]]:
    """The table's rows checked, `size` at a time, in file order."""
    fields, rows = _fields(mapping), table.numbered_rows()
    while batch := [_check_row(n, cells, fields, rules) for n, cells in islice(rows, size)]:
        yield batch


@dataclass(slots=True)
class Preview:
    """What the wizard shows before an import: the first good rows, every row with a problem, the counts."""

    first: list[CheckedRow]
    problems: list[CheckedRow]
    good: int


def preview_rows(table: SourceTable, mapping: list[str], rules: PhoneRules, first: int) -> Preview:
    """Check every row but keep only what is shown: a big file's checked rows would not fit the budget."""
    preview = Preview([], [], 0)
    for batch in check_batches(table, mapping, rules, 2000):
        for row in batch:
            if not row.ok:
                preview.problems.append(row)
                continue
            preview.good += 1
            if len(preview.first) < first:
                preview.first.append(row)
    return preview
