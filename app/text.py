"""Text normalization for search: one spelling for Arabic/Persian letters, digits and joiners.

Users type the same name with Arabic or Persian keyboards (ي/ی, ك/ک), with Persian, Arabic or
Latin digits, with or without zero-width non-joiners and diacritics. Search keys and queries both
go through `normalize_text` so that they meet.
"""

from __future__ import annotations

import re
import unicodedata

_LETTERS = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh -> Persian yeh
        "ى": "ی",  # alef maksura
        "ئ": "ی",
        "ك": "ک",  # Arabic kaf -> Persian keheh
        "ة": "ه",
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
    }
)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# ZWNJ, ZWJ, tatweel, bidi marks: invisible in names, but they break substring matches.
_INVISIBLE = re.compile("[\u200c\u200d\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")
_NOT_ASCII_DIGIT = re.compile("[^0-9]")


def normalize_digits(text: str) -> str:
    """Persian and Arabic-Indic digits to ASCII digits."""
    # ASCII text has none, and str.translate is slow on it (a dict lookup per character).
    return text if text.isascii() else text.translate(_DIGITS)


def normalize_text(text: str | None) -> str:
    """Lower-case, letter-unified, digit-unified, diacritic-free text with single spaces."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", text)
    text = text.translate(_LETTERS).translate(_DIGITS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # NFKD split some letters we unified above (e.g. آ); recompose what is left.
    text = unicodedata.normalize("NFKC", stripped).translate(_LETTERS)
    return _SPACES.sub(" ", text).strip().casefold()


def digits_only(text: str | None) -> str:
    """The ASCII digits of `text`, in order (phone numbers typed with any separators or digits)."""
    if not text:
        return ""
    return _NOT_ASCII_DIGIT.sub("", normalize_digits(text))  # one C pass: imports normalize 100,000s of phones


def looks_like_phone(text: str) -> bool:
    """True when a search query is a phone fragment: digits with separators, at least three digits."""
    cleaned = normalize_digits(text).strip()
    if len(digits_only(cleaned)) < 3:
        return False
    return all(ch.isdigit() or ch in " +-().\u200e\u200f/" for ch in cleaned)


# Devices send line noise: controls become spaces (they often separate words); lone surrogates and the
# noncharacters (U+FDD0..U+FDEF, U+xFFFE/U+xFFFF of every plane) go. XML, so .xlsx, can hold none of them.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_NOT_TEXT = re.compile(
    "[\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17))
    + "]"
)


def printable_text(text: str | None) -> str:
    """What a device sent, without the characters no document can store (controls, surrogates, noncharacters)."""
    if not text:
        return ""
    return _SPACES.sub(" ", _CONTROLS.sub(" ", _NOT_TEXT.sub("", text))).strip()


# XML 1.0 holds tab, LF, CR and everything from U+0020 up except the surrogates and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` without the characters an XML document (so an .xlsx cell) cannot hold; all else kept as it is."""
    return _NOT_XML.sub("", text)
