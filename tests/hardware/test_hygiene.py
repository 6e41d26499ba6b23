"""Issue 7 item 14: overlong lines and bytes that are not text never reach a call."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from hardware.events import CallerIdEvent
from hardware.formats import make_parser
from hardware.lines import MAX_RECORD
from hardware.text import safe_text
from tests.hardware.conftest import NOW


def run(fmt: str, data: bytes, step: int = 997) -> tuple[list[CallerIdEvent], list[str]]:
    parser = make_parser(fmt, now=lambda: NOW, monotonic=lambda: 0.0)
    events = [e for start in range(0, len(data), step) for e in parser.feed(data[start : start + step])]
    return events + parser.flush(), parser.diagnostics


@pytest.mark.parametrize(
    ("fmt", "smuggled", "good", "number"),
    [
        ("ncid", b"CID: *NMBR*666*NAME*EVIL*\n", b"CID: *NMBR*5551111*NAME*GOOD*\n", "5551111"),
        ("modem", b"NMBR = 666\r\nNAME = EVIL\r\n", b"RING\r\nNMBR = 5551111\r\nNAME = GOOD\r\nRING\r\n", "5551111"),
        ("yasna", b"L1C0666@", b"L1C09121111111@", "09121111111"),
    ],
)
def test_overlong_line_is_discarded_to_its_end(fmt: str, smuggled: bytes, good: bytes, number: str) -> None:
    """The tail of an overlong line is never parsed as a record of its own."""
    events, diagnostics = run(fmt, b"X" * (MAX_RECORD + 100) + smuggled + good)
    assert [e.number for e in events if e.kind == "ring"] == [number]
    assert any(d.startswith(f"discarded over {MAX_RECORD} bytes") for d in diagnostics)


def _mdmf(name: bytes) -> bytes:
    params = b"\x02\x0a4075550000" + bytes([0x07, len(name)]) + name
    frame = bytes([0x80, len(params)]) + params
    return frame + bytes([(-sum(frame)) & 0xFF])


BAD = "\uffff\ufdd0\U0001ffff\x85\x9f\x00"
RECORDS = {
    "modem": f"RING\r\nNMBR = 555{BAD}1111\r\nNAME = J{BAD}OE\r\nRING\r\n".encode(),
    "ncid": f"CID: *LINE*A{BAD}*NMBR*5551111*NAME*J{BAD}OE*\n".encode(),
    "whozz": f"01 I S 0000 G A1 09/26 11:28 AM 555-1111 J{BAD}OE\r\n".encode(),
    "yasna": b"L1C09121111111@L1HND:0912\xed\xa0\x80 T0101@",  # a lone surrogate's bytes: not UTF-8
    "mdmf": _mdmf(b"J\x85\xffOE\x9b"),
}


@pytest.mark.parametrize("fmt", sorted(RECORDS))
def test_non_text_never_leaves_hardware_and_exports(fmt: str, tmp_path: Path) -> None:
    events, _ = run(fmt, RECORDS[fmt])
    assert events
    book = openpyxl.Workbook()
    for event in events:
        fields = [event.number, event.name, event.line, event.dialled, event.raw, event.device]
        for text in (f for f in fields if f is not None):
            assert safe_text(text) == text and "\uffff" not in text, (fmt, text)
        book.active.append([f or "" for f in fields])
    book.save(tmp_path / "calls.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "calls.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == len(events)
    if fmt != "yasna":
        assert events[0].name is not None and events[0].name.startswith("J") and events[0].name.endswith("OE")


def test_events_clean_what_they_are_given() -> None:
    event = CallerIdEvent("555\uffff", "A\ud800B\x85", None, "L\ufffe", None, "ncid", "raw\x00\U0010ffff\n")
    assert (event.number, event.name, event.line, event.raw) == ("555", "AB", "L", "raw\n")
    only_noise = CallerIdEvent("\x85\uffff", "\ufdd0", None, "\x9f", None, "mdmf", "")
    assert (only_noise.number, only_noise.absent, only_noise.name, only_noise.line) == (None, "unavailable", None, None)
