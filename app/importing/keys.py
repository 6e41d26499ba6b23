"""Search and sort keys for imported customers, the same as `customer_rules` computes, faster for Iranian numbers."""

from __future__ import annotations

from functools import lru_cache

from app.dto import CustomerDraft
from app.phones import PhoneRules, search_digits
from app.text import normalize_text


def phone_search_digits(number: str, rules: PhoneRules) -> str:
    # display_phone shows a +98 number nationally (0 + the national digits): no need to parse it again.
    if rules.region == "IR" and number.startswith("+98") and len(number) == 13:
        national = number[3:]
        return f"0{national} 98{national}"
    return search_digits(number, rules)


def fast_normalize(text: str) -> str:
    """normalize_text, without its Unicode passes for plain ASCII (e-mails, Latin names): same result."""
    if text.isascii() and text.isprintable():
        return " ".join(text.split()).casefold()
    return _normalize_cached(text)


@lru_cache(maxsize=65_536)
def _normalize_cached(text: str) -> str:
    # Names and companies repeat a lot in a customer file (the same first and last names, the same city).
    return normalize_text(text)


def import_search_key(draft: CustomerDraft, numbers: list[str], rules: PhoneRules) -> str:
    parts = [fast_normalize(draft.name), fast_normalize(draft.company), fast_normalize(draft.email)]
    parts += [phone_search_digits(n, rules) for n in numbers]
    return " | ".join(p for p in parts if p)


def import_sort_key(name: str) -> str:
    return fast_normalize(name)[:200]
