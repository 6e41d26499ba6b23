"""Normalization: the same name or number, however it was typed, meets itself."""

from __future__ import annotations

import random

import pytest

from app.phones import PhoneError, PhoneRules, _fast_key, display_phone, lookup_key, normalize_phone
from app.text import digits_only, looks_like_phone, normalize_text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("علي", "علی"),  # Arabic yeh
        ("كريم", "کریم"),  # Arabic kaf
        ("مهدی‌زاده", "مهدیزاده"),  # ZWNJ
        ("مُحَمَّد", "محمد"),  # diacritics
        ("۱۲۳ ٤٥٦", "123 456"),  # Persian and Arabic-Indic digits
        ("  Ali   REZA ", "ali reza"),
        ("آرش", "ارش"),
        ("", ""),
    ],
)
def test_normalize_text(typed: str, expected: str) -> None:
    assert normalize_text(typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["09121234567", "9121234567", "00989121234567", "+98 912 123 4567", "++989121234567", "989121234567",
     "۰۹۱۲ ۱۲۳ ۴۵۶۷", "٠٩١٢-١٢٣-٤٥٦٧", "(0912) 123-4567"],
)  # fmt: skip
def test_every_form_of_a_mobile_number_meets(typed: str) -> None:
    assert normalize_phone(typed).number == "+989121234567"
    assert normalize_phone(typed).raw == typed


def test_landline_and_local_area_code() -> None:
    assert normalize_phone("021 8877 6655").number == "+982188776655"
    assert normalize_phone("88776655").number == "88776655"  # no area code known: cleaned digits
    assert normalize_phone("88776655", PhoneRules("IR", "21")).number == "+982188776655"


def test_foreign_and_unparseable_numbers() -> None:
    assert normalize_phone("+1 415 555 2671").number == "+14155552671"
    assert normalize_phone("4075552120").number == "4075552120"  # not an Iranian number: digits kept
    assert normalize_phone("4075552120", PhoneRules("US")).number == "+14075552120"
    assert normalize_phone("123").parsed is False


@pytest.mark.parametrize("bad", ["", "12", "abc", "call me", "1" * 18, "0912 abc 4567"])
def test_not_a_number(bad: str) -> None:
    with pytest.raises(PhoneError):
        normalize_phone(bad)
    assert lookup_key(bad) is None


def test_display_is_national_at_home() -> None:
    assert display_phone("+989121234567") == "0912 123 4567"
    assert display_phone("+14155552671").startswith("+1")
    assert display_phone("88776655") == "88776655"


def test_phone_query_detection() -> None:
    assert looks_like_phone("0912-123")
    assert looks_like_phone("۰۹۱۲")
    assert not looks_like_phone("ali 12")
    assert not looks_like_phone("12")
    assert digits_only("+98 (912) ۱۲۳") == "98912123"


def test_lookup_fast_path_agrees_with_phonenumbers() -> None:
    """The screen pop's regex shortcut must give exactly what a full parse gives, or step aside."""
    rng = random.Random(5)
    forms = [lambda n: "0" + n, lambda n: n, lambda n: "+98" + n, lambda n: "0098" + n, lambda n: "98" + n,
             lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: "++98" + n, lambda n: "+1" + n]  # fmt: skip
    taken = 0
    for _ in range(40_000):
        national = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([9, 9, 8, 6])))
        typed = rng.choice(forms)(national)
        fast = _fast_key(typed, PhoneRules())
        if fast is not None:
            taken += 1
            assert fast == normalize_phone(typed).number, typed
        assert lookup_key(typed) == (normalize_phone(typed).number if len(digits_only(typed)) >= 3 else None)
    assert taken > 3000  # the shortcut really serves the common forms
    assert _fast_key("09121234567", PhoneRules("IR", "21")) is None  # area-code rules take the full path
