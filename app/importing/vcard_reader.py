"""Phone contacts exported as vCard (.vcf) 3.0 or 4.0, including old phones' quoted-printable names.

Each contact becomes one row; its numbers become columns named by their kind ("mobile", "mobile 2",
"work", ...), which the header mapping already knows.
"""

from __future__ import annotations

import quopri
import re

from app.importing.csv_reader import decode
from app.importing.table import Cell, ImportFileError, SourceTable

_KINDS = {"cell": "mobile", "mobile": "mobile", "iphone": "mobile", "work": "work", "fax": "fax",
          "home": "landline", "voice": "landline", "main": "landline"}  # fmt: skip
_KIND_ORDER = ("mobile", "work", "fax", "landline")
FIELDS = ("name", "company", "email", "address", "city", "notes")


def _unfold(text: str) -> list[str]:
    """Physical lines to logical ones: RFC folding (a leading space) and quoted-printable soft breaks (`=`)."""
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if lines and line[:1] in (" ", "\t"):
            lines[-1] += line[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].split(":", 1)[0].upper():
            lines[-1] = lines[-1][:-1] + line
        else:
            lines.append(line)
    return [line for line in lines if line.strip()]


def _params(head: str) -> tuple[str, dict[str, list[str]]]:
    name, *parts = head.split(";")
    params: dict[str, list[str]] = {}
    for part in parts:
        key, _, value = part.partition("=")
        if not value:  # vCard 2.1: TEL;CELL;QUOTED-PRINTABLE
            key, value = ("ENCODING", key) if key.upper() == "QUOTED-PRINTABLE" else ("TYPE", key)
        params.setdefault(key.upper(), []).extend(v.strip('"').lower() for v in value.split(","))
    return name.split(".")[-1].upper(), params


def _value(raw: str, params: dict[str, list[str]]) -> str:
    if "quoted-printable" in params.get("ENCODING", []):
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        try:
            return quopri.decodestring(raw.encode("latin-1", "replace")).decode(charset, "replace")
        except LookupError:
            return quopri.decodestring(raw.encode("latin-1", "replace")).decode("utf-8", "replace")
    return re.sub(r"\\([,;nN\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def _split(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"(?<!\\);", value)]


def _phone_kind(params: dict[str, list[str]]) -> str:
    types = params.get("TYPE", [])
    for kind in _KIND_ORDER:
        if any(_KINDS.get(t) == kind for t in types):
            return kind
    return "mobile"


def _contact(lines: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in lines:
        head, sep, raw = line.partition(":")
        if not sep:
            continue
        name, params = _params(head)
        value = _value(raw, params)
        if name == "FN":
            found.setdefault("name", []).append(value.strip())
        elif name == "N":
            family, given, *_ = _split(value) + ["", ""]
            found.setdefault("n", []).append(" ".join(p for p in (given, family) if p))
        elif name == "TEL":
            found.setdefault(_phone_kind(params), []).append(value.removeprefix("tel:").strip())
        elif name == "EMAIL":
            found.setdefault("email", []).append(value.strip())
        elif name == "ORG":
            found.setdefault("company", []).append(" ".join(p for p in _split(value) if p))
        elif name == "ADR":
            parts = _split(value) + [""] * 7
            found.setdefault("address", []).append(", ".join(p for p in parts[:3] if p))
            found.setdefault("city", []).append(parts[3])
        elif name == "NOTE":
            found.setdefault("notes", []).append(value.strip())
    if not found.get("name") or not found["name"][0]:
        found["name"] = found.get("n", [""])
    return found


def read_vcard_bytes(data: bytes, encoding: str | None = None) -> SourceTable:
    text, used = decode(data, encoding)
    contacts: list[dict[str, list[str]]] = []
    lines_of: list[int] = []
    current: list[str] | None = None
    for line in _unfold(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            current = []
            lines_of.append(len(contacts) + 1)
        elif upper == "END:VCARD" and current is not None:
            contacts.append(_contact(current))
            current = None
        elif current is not None:
            current.append(line)
    if not contacts:
        raise ImportFileError("The file has no contacts: choose a .vcf file exported from a phone or an address book.")
    width = {k: max(len(c.get(k, [])) for c in contacts) for k in _KIND_ORDER}
    headers = list(FIELDS)
    for kind in _KIND_ORDER:
        headers += [kind if i == 0 else f"{kind} {i + 1}" for i in range(width[kind])]
    rows: list[list[Cell]] = []
    for contact in contacts:
        row: list[Cell] = [(contact.get(f) or [""])[0] for f in FIELDS]
        for kind in _KIND_ORDER:
            numbers = contact.get(kind, [])
            row += numbers + [""] * (width[kind] - len(numbers))
        rows.append(row)
    return SourceTable.of_rows(headers, rows, list(range(1, len(rows) + 1)), encoding=used)
