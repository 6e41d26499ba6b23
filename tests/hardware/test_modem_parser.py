"""Hayes modem caller ID: formatted lines, hex frames, ring cycles and hostile input."""

from __future__ import annotations

from datetime import datetime

import pytest

from hardware.events import CallerIdEvent
from hardware.modem_parser import ModemParser
from tests.hardware.conftest import NOW, FakeClock

SDMF_HEX = "041230353131313835323430373535353030303059"
MDMF_HEX = "802001083035313131383532020A3430373535353030303007084A4F484E20444F4584"
CALL = b"RING\r\nDATE = 0421\r\nTIME = 0934\r\nNMBR = 4075552120\r\nNAME = ELMHURST, IL\r\nRING\r\nRING\r\n"


def feed_all(data: bytes, parser: ModemParser | None = None) -> list[CallerIdEvent]:
    parser = parser or ModemParser(now=lambda: NOW, monotonic=lambda: 0.0)
    return parser.feed(data) + parser.flush()


def test_one_call_per_ring_cycle() -> None:
    events = feed_all(CALL + b"RING\r\n")
    assert [(e.number, e.name, e.time) for e in events] == [
        ("4075552120", "ELMHURST, IL", datetime(2024, 4, 21, 9, 34))
    ]


def test_label_only_at_line_start() -> None:
    (event,) = feed_all(b"RING\nDATE=0319\nTIME=1229\nNAME = TIME WARNER COM\nNMBR=407-555-2120\nRING\n")
    assert (event.name, event.number) == ("TIME WARNER COM", "4075552120")
    assert event.time == datetime(2024, 3, 19, 12, 29)


def test_first_number_wins_over_masking_repeat() -> None:
    (event,) = feed_all(b"DATE = 0421\nTIME = 0934\nNMBR = 4075552120\nNMBR = O\nNAME = JOE\nNAME = P\nRING\n")
    assert (event.number, event.absent, event.name) == ("4075552120", None, "JOE")


@pytest.mark.parametrize(("value", "absent"), [("O", "unavailable"), ("P", "private"), ("A", "private")])
def test_absent_codes(value: str, absent: str) -> None:
    (event,) = feed_all(f"RING\nDATE = 0101\nTIME = 0101\nNMBR = {value}\nRING\n".encode())
    assert (event.number, event.absent, event.name) == (None, absent, None)


def test_malformed_time_uses_clock() -> None:
    parser = ModemParser(now=lambda: NOW, monotonic=lambda: 0.0)
    (event,) = feed_all(b"DATE = 0312\nTIME = 12541\nNMBR = 6305551500\nRING\n", parser)
    assert event.time == NOW and event.number == "6305551500"
    assert any("12541" in message for message in parser.diagnostics)


def test_ddn_labels_and_no_spaces() -> None:
    events = feed_all(b"DATE=0103\nTIME=1254\nDDN_NMBR=9415557218\nRING\nDATE=0103\nTIME=1300\nDDN=5551234\nRING\n")
    assert [e.number for e in events] == ["9415557218", "5551234"]


@pytest.mark.parametrize("ending", [b"\r\n", b"\n", b"\r"])
def test_line_endings(ending: bytes) -> None:
    events = feed_all(CALL.replace(b"\r\n", ending))
    assert [(e.number, e.name) for e in events] == [("4075552120", "ELMHURST, IL")]


def test_byte_by_byte_and_every_split_point() -> None:
    whole = feed_all(CALL)
    parser = ModemParser(now=lambda: NOW, monotonic=lambda: 0.0)
    single = [e for byte in CALL for e in parser.feed(bytes([byte]))] + parser.flush()
    assert single == whole
    for cut in range(len(CALL) + 1):
        parser = ModemParser(now=lambda: NOW, monotonic=lambda: 0.0)
        assert parser.feed(CALL[:cut]) + parser.feed(CALL[cut:]) + parser.flush() == whole, cut


def test_garbage_between_records() -> None:
    noise = b"\x00\xff\x80\x04garbage\x1b[2J\r\n\xfe\xfe\r\nOK\r\n"
    events = feed_all(noise + CALL + noise + b"DATE = 0422\nTIME = 1000\nNMBR = 5551234\n" + noise)
    assert [e.number for e in events] == ["4075552120", "5551234"]


def test_data_before_first_ring_etsi() -> None:
    (event,) = feed_all(b"DATE = 0421\r\nTIME = 0934\r\nNMBR = 0612345678\r\nRING\r\nRING\r\n")
    assert event.number == "0612345678" and event.name is None


def test_worked_hex_examples() -> None:
    sdmf, mdmf = feed_all(f"RING\r\n{SDMF_HEX}\r\nRING\r\n".encode() + f"{MDMF_HEX}\r\n".encode())
    assert (sdmf.number, sdmf.name, sdmf.time) == ("4075550000", None, datetime(2024, 5, 11, 18, 52))
    assert (mdmf.number, mdmf.name, mdmf.time) == ("4075550000", "JOHN DOE", datetime(2024, 5, 11, 18, 52))


def test_bad_checksum_reported_not_emitted() -> None:
    diagnostics: list[str] = []
    parser = ModemParser(now=lambda: NOW, monotonic=lambda: 0.0, on_diagnostic=diagnostics.append)
    assert feed_all(f"{MDMF_HEX[:-2]}85\r\nRING\r\n".encode(), parser) == []
    assert len(diagnostics) == 1 and "checksum" in diagnostics[0]


def test_ring_gap_ends_call_by_injected_clock(clock: FakeClock) -> None:
    parser = ModemParser(now=clock.now, monotonic=clock.monotonic)
    first = parser.feed(b"RING\r\nNMBR = 5551111\r\nNAME = ONE\r\n")
    clock.advance(4)
    assert parser.feed(b"RING\r\nNMBR = 5552222\r\n") == []  # same ring cycle: ignored
    clock.advance(9)
    second = parser.feed(b"RING\r\nNMBR = 5553333\r\nNAME = THREE\r\n")
    assert [e.number for e in first + second] == ["5551111", "5553333"]


def test_number_without_name_pops_after_settle(clock: FakeClock) -> None:
    parser = ModemParser(now=clock.now, monotonic=clock.monotonic)
    assert parser.feed(b"RING\r\nDATE = 0421\r\nTIME = 0934\r\nNMBR = 5551111\r\n") == []
    assert parser.poll() == []
    clock.advance(1.5)
    assert [e.number for e in parser.poll()] == ["5551111"]
    assert parser.feed(b"RING\r\n") == [] and parser.flush() == []
