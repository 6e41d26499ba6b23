"""Phone numbers: parse what was typed (any digits, any separators) into one stored form.

`number` is E.164 when the `phonenumbers` library can parse the text as a possible number for the
default region, otherwise the cleaned digits; `raw` keeps what was typed. The same rules serve the
screen pop, so `9121234567`, `00989121234567` and `09121234567` all meet at `+989121234567`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from app.text import digits_only, normalize_digits

DEFAULT_REGION = "IR"
_NOT_DIGIT = re.compile("[^0-9]")


@dataclass(frozen=True, slots=True)
class PhoneRules:
    """How bare numbers are read: the office's country and, optionally, its area code."""

    region: str = DEFAULT_REGION
    local_area_code: str = ""  # e.g. "21" for Tehran: 8-digit local numbers get it prepended


@dataclass(frozen=True, slots=True)
class NormalizedPhone:
    number: str  # E.164, or cleaned digits when not parseable
    raw: str
    parsed: bool  # True when `number` is E.164


class PhoneError(ValueError):
    """The text cannot be a phone number."""


def _candidate_text(raw: str, rules: PhoneRules) -> str:
    text = normalize_digits(raw).strip()
    digits = digits_only(text)
    if text.startswith("++"):
        text = "+" + text.lstrip("+")
    elif digits.startswith("00") and not text.startswith("+"):
        text = "+" + digits[2:]
    elif rules.region == "IR" and not text.startswith("+"):
        # Devices and people drop the trunk 0: 912... (mobile) or 98912... (country code).
        if len(digits) == 10 and digits.startswith("9"):
            text = "0" + digits
        elif len(digits) == 12 and digits.startswith("98"):
            text = "+" + digits
    if rules.local_area_code and len(digits_only(text)) == 8 and not text.startswith("+"):
        text = "0" + rules.local_area_code.lstrip("0") + digits_only(text)
    return text


def normalize_phone(raw: str, rules: PhoneRules | None = None) -> NormalizedPhone:
    """Normalize `raw`; raise PhoneError when it has too few or too many digits to be a number."""
    rules = rules or PhoneRules()
    digits = digits_only(raw)
    if len(digits) < 3 or len(digits) > 17:
        raise PhoneError(raw)
    leftovers = normalize_digits(raw)
    if any(ch.isalpha() for ch in leftovers.replace("ext", "").replace("x", "")):
        raise PhoneError(raw)
    text = _candidate_text(raw, rules)
    try:
        parsed = phonenumbers.parse(text, rules.region)
    except phonenumbers.NumberParseException:
        return NormalizedPhone(digits, raw, False)
    # Valid, not merely possible: an 8-digit local number without its area code must stay digits
    # rather than become a wrong E.164 number.
    if not phonenumbers.is_valid_number(parsed):
        return NormalizedPhone(digits_only(text), raw, False)
    return NormalizedPhone(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), raw, True)


@lru_cache(maxsize=64)
def _national_patterns(region: str) -> tuple[str, re.Pattern[str] | None]:
    """The region's country code and one regex of every valid number type, from phonenumbers' own metadata."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.national_prefix != "0":
        return "", None
    types = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip",
             "pager", "uan", "voicemail")  # fmt: skip
    patterns = [d.national_number_pattern for t in types if (d := getattr(metadata, t)) and d.national_number_pattern]
    return str(metadata.country_code), re.compile("(?:" + "|".join(patterns) + ")")


def _fast_key(raw: str, rules: PhoneRules) -> str | None:
    """E.164 for the everyday 10-digit national forms without a full parse; None means "ask phonenumbers".

    The screen pop normalizes every incoming number; this keeps that to a regex match. A test checks it
    agrees with `normalize_phone` on many numbers.
    """
    if rules.local_area_code:
        return None
    code, valid = _national_patterns(rules.region)
    if valid is None:
        return None
    text = normalize_digits(raw).strip()
    digits = _NOT_DIGIT.sub("", text)  # digits_only without translating the digits a second time
    if text.startswith("+") or digits.startswith("00"):
        national = digits.removeprefix("00").removeprefix(code) if digits.removeprefix("00").startswith(code) else ""
    elif digits.startswith("0"):
        national = digits[1:]
    elif rules.region == "IR" and len(digits) == 12 and digits.startswith(code):
        national = digits[len(code) :]
    elif rules.region == "IR" and len(digits) == 10 and digits.startswith("9"):
        national = digits
    else:
        return None
    if len(national) != 10 or not valid.fullmatch(national):
        return None
    return f"+{code}{national}"


@lru_cache(maxsize=100_000)
def _slow_key(raw: str, rules: PhoneRules) -> str | None:
    try:
        return normalize_phone(raw, rules).number
    except PhoneError:
        return None


def lookup_key(raw: str, rules: PhoneRules | None = None) -> str | None:
    """The stored form to look a caller up by, or None when the text cannot be a number."""
    rules = rules or PhoneRules()
    return _fast_key(raw, rules) or _slow_key(raw, rules)


@lru_cache(maxsize=65536)
def display_phone_cached(number: str, region: str) -> str:
    """`display_phone` for lists: the same stored numbers come back page after page."""
    return display_phone(number, PhoneRules(region)) if number else ""


def display_phone(number: str, rules: PhoneRules | None = None) -> str:
    """A stored number as people in the office read it (national format at home, else international)."""
    rules = rules or PhoneRules()
    if not number.startswith("+"):
        return number
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    region = phonenumbers.region_code_for_number(parsed)
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if region == rules.region
        else (phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    )
    return phonenumbers.format_number(parsed, fmt)


def search_digits(number: str, rules: PhoneRules | None = None) -> str:
    """Digit strings a user might type for a stored number, space separated, for the search key."""
    forms = {digits_only(number)}
    shown = display_phone(number, rules)
    forms.add(digits_only(shown))
    return " ".join(sorted(f for f in forms if f))
