"""Hayes modem caller ID: formatted lines, hex frames, ring cycles and hostile input."""

from __future__ import annotations

from datetime import datetime

import pytest

from hardware.decode import decode
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


def test_malformed_time_keeps_date_and_says_so() -> None:
    parser = ModemParser(now=lambda: NOW, monotonic=lambda: 0.0)
    first, second = feed_all(
        b"DATE = 0312\nTIME = 12541\nNMBR = 6305551500\nRING\nDATE = 1201\nTIME = 2423\nNMBR = 555\nRING\n", parser
    )
    assert (first.number, first.time) == ("6305551500", datetime(2024, 3, 12, NOW.hour, NOW.minute))
    assert (second.number, second.time) == ("555", datetime(2024, 12, 1, NOW.hour, NOW.minute))
    assert [m for m in parser.diagnostics if m.startswith("time unreadable")] == [
        "time unreadable: DATE '0312' TIME '12541'; what is unreadable comes from the clock",
        "time unreadable: DATE '1201' TIME '2423'; what is unreadable comes from the clock",
    ]


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


def test_masking_and_repeats_within_a_ring_cycle_are_one_call(clock: FakeClock) -> None:
    parser = ModemParser(now=clock.now, monotonic=clock.monotonic)
    first = parser.feed(b"RING\r\nNMBR = 5551111\r\nNAME = ONE\r\nNMBR = O\r\nNAME = P\r\nNMBR = 5551111\r\n")
    clock.advance(4)
    second = parser.feed(b"RING\r\nNMBR = 5552222\r\n")  # a different number is never a repeat
    clock.advance(0.5)
    third = parser.feed(b"RING\r\nNMBR = 5552222\r\n") + parser.flush()  # same number after a RING: a new call
    assert [(e.number, e.name) for e in first + second + third] == [
        ("5551111", "ONE"),
        ("5552222", None),
        ("5552222", None),
    ]


def test_different_number_in_the_same_gap_is_a_new_call() -> None:
    events = feed_all(b"RING\nNMBR = 5551111\nNAME = ONE\nNMBR = 5552222\nNAME = TWO\nRING\n")
    assert [(e.number, e.name) for e in events] == [("5551111", "ONE"), ("5552222", "TWO")]


ISSUE_EXAMPLE = (
    b"RING\r\nNMBR = 09121111111\r\nNAME = FIRST\r\nRING\r\n\r\nRING\r\nNMBR = 09122222222\r\nNAME = SECOND\r\nRING\r\n"
)


@pytest.mark.parametrize("gap", [0.0, 0.5, 3.0, 30.0])
def test_number_only_calls_seconds_apart_are_each_a_call(clock: FakeClock, gap: float) -> None:
    """Issue 7 item 1: whatever the timing, the example is two calls, live and decoded."""
    parser = ModemParser(now=clock.now, monotonic=clock.monotonic)
    events = []
    for line in ISSUE_EXAMPLE.split(b"\r\n"):
        events += parser.feed(line + b"\r\n")
        clock.advance(gap)
        events += parser.poll()
    events += parser.flush()
    calls = [(e.number, e.name) for e in events if e.kind == "ring"]
    if gap < parser.settle:
        assert calls == [("09121111111", "FIRST"), ("09122222222", "SECOND")]
    else:  # each number popped on silence before its NAME came; the NAME follows as an update
        assert calls == [("09121111111", None), ("09122222222", None)]
        assert [(e.number, e.name) for e in events if e.kind == "update"] == [
            ("09121111111", "FIRST"),
            ("09122222222", "SECOND"),
        ]
    assert [(e.number, e.name) for e in decode(ISSUE_EXAMPLE, "modem", now=NOW)] == [
        ("09121111111", "FIRST"),
        ("09122222222", "SECOND"),
    ]


def test_same_number_twice_without_date_is_two_calls() -> None:
    data = b"RING\nNMBR = 0912111\nRING\n\nRING\nNMBR = 0912111\nRING\nRING\nNMBR = 0912111\nRING\n"
    assert [e.number for e in feed_all(data)] == ["0912111"] * 3


def test_orphan_name_is_not_a_call() -> None:
    """Issue 7 item 2: a NAME without a number field is reported, never a call."""
    parser = ModemParser(now=lambda: NOW, monotonic=lambda: 0.0)
    events = feed_all(b"RING\nNAME = NOISE\nRING\nNAME = MORE\nDATE = 0101\nNMBR = P\nRING\nNAME = TAIL\n", parser)
    assert [(e.number, e.absent, e.name) for e in events] == [(None, "private", None)]
    skipped = [m for m in parser.diagnostics if m.startswith("name without a number")]
    assert len(skipped) == 3 and "NAME = NOISE" in skipped[0] and "NAME = TAIL" in skipped[2]


def test_number_without_name_pops_after_settle(clock: FakeClock) -> None:
    parser = ModemParser(now=clock.now, monotonic=clock.monotonic)
    assert parser.feed(b"RING\r\nDATE = 0421\r\nTIME = 0934\r\nNMBR = 5551111\r\n") == []
    assert parser.poll() == []
    clock.advance(1.5)
    assert [e.number for e in parser.poll()] == ["5551111"]
    assert parser.feed(b"RING\r\n") == [] and parser.flush() == []
