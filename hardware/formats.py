"""Format names, parser construction and format detection from captured content."""

from __future__ import annotations

import re
from typing import Any

from hardware.lines import CallerIdParser
from hardware.mdmf import MdmfParser
from hardware.modem_parser import ModemParser
from hardware.ncid_parser import NcidParser
from hardware.whozz_parser import WhozzParser
from hardware.yasna_parser import YasnaParser

PARSERS: dict[str, type[CallerIdParser]] = {
    "modem": ModemParser,
    "ncid": NcidParser,
    "whozz": WhozzParser,
    "yasna": YasnaParser,
    "mdmf": MdmfParser,
}
ALIASES = {
    "hayes": "modem",
    "vcid": "modem",
    "gateway": "ncid",
    "gw": "ncid",
    "tci": "whozz",
    "netcallid": "whozz",
    "callerid.com": "whozz",
    "iran": "yasna",
    "ojsegal": "yasna",
    "sdmf": "mdmf",
    "comet": "mdmf",
    "binary": "mdmf",
    "raw": "mdmf",
}
_WHEN = r"\d{1,2}/\d{1,2}\s+\d{1,2}:\d{2}\s*[AP]M"
_SIGNS: dict[str, re.Pattern[str]] = {
    "ncid": re.compile(
        r"^(?:\d{3} |[A-Z]*LOG: |CID: |CIDINFO: |HUP: |BLK: |OUT: |PID: |CALL: |CALLINFO: |END: )", re.MULTILINE
    ),
    "modem": re.compile(
        r"^(?:(?:CID\s*)?RING\s*$|(?:DATE|TIME|NMBR|NAME|DDN_NMBR|DDN)\s*=|"
        r"(?:04|80)[0-9A-Fa-f]{8,}\s*$)",
        re.MULTILINE,
    ),
    # Whozz Calling full, short and TCI records, each with or without the Ethernet "^^<U>...<S>...$" header.
    "whozz": re.compile(
        r"^(?:\^\^<U>[^<\n]*<S>[^$\n]*)?(?:"
        rf"\$?\d{{1,2}}\s+[IO]\s+[SE]\s+\d{{1,4}}\s+[GB]\s+\S+\s+{_WHEN}"
        rf"|\$\d{{1,2}}\s+{_WHEN}\s+\S+\s+[IO]\b"
        rf"|\$?\d{{1,2}}\s+{_WHEN}"
        r"|###DATE|\^\^<U>)",
        re.MULTILINE | re.IGNORECASE,
    ),
    "yasna": re.compile(r"L[1-8](?:C|R|HND|HF|HN|D)[^@\n]{0,30}@"),
}


def canonical_format(fmt: str) -> str:
    """The parser key for a user-facing format name; raises ValueError when unknown."""
    key = fmt.strip().lower()
    key = ALIASES.get(key, key)
    if key != "auto" and key not in PARSERS:
        raise ValueError(f"unknown caller-ID format {fmt!r}; use auto, {', '.join(PARSERS)}")
    return key


def make_parser(fmt: str, **kwargs: Any) -> CallerIdParser:
    """A fresh parser for ``fmt`` (not "auto"); keyword arguments go to its constructor."""
    return PARSERS[canonical_format(fmt)](**kwargs)


def looks_binary(data: bytes) -> bool:
    if not data:
        return False
    sample = data[:4096]
    odd = sum(1 for b in sample if b < 0x09 or 0x0D < b < 0x20)
    return odd * 20 > len(sample)


def detect_format(data: bytes) -> str | None:
    """The most likely format of a capture, or None when nothing in it is recognisable."""
    if looks_binary(data):
        probe = MdmfParser()
        if probe.feed(data) + probe.flush():
            return "mdmf"
    text = data.decode("latin-1").replace("\r", "\n")
    scores = {name: len(sign.findall(text)) for name, sign in _SIGNS.items()}
    best = max(scores, key=lambda name: scores[name])
    if scores[best]:
        return best
    probe = MdmfParser()
    return "mdmf" if probe.feed(data) + probe.flush() else None
