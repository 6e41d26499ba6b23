"""NCID, Whozz Calling, Yasna and raw MDMF parsers on hand-made records."""

from __future__ import annotations

from datetime import datetime

import pytest

from hardware.mdmf import FrameError, MdmfParser, decode_frame
from hardware.ncid_parser import NcidParser, star_fields
from hardware.whozz_parser import WhozzParser, is_probe_reply
from hardware.yasna_parser import YasnaParser, national_number
from tests.hardware.conftest import NOW, FakeClock

MDMF = bytes.fromhex("802001083035313131383532020A3430373535353030303007084A4F484E20444F4584")


def test_ncid_fields_in_any_order_and_dash_empty() -> None:
    parser = NcidParser(now=lambda: NOW)
    (event,) = parser.feed(b"CID: *NAME*ACME CORP*LINE*-*NMBR*407-555-1212*TIME*0934*DATE*04212023*X*y*\n")
    assert (event.number, event.name, event.line, event.time) == (
        "4075551212",
        "ACME CORP",
        None,
        datetime(2023, 4, 21, 9, 34),
    )
    assert star_fields("*NMBR**17*MESG*NONE*") == {"NMBR": "*17", "MESG": "NONE"}


def test_ncid_startup_is_history_and_keepalive_is_silent() -> None:
    parser = NcidParser(now=lambda: NOW)
    events = parser.feed(
        b"200 Server: ncidd\n210 API: 1.0\n"
        b"CIDLOG: *DATE*01012020*TIME*0101*NMBR*123*NAME*A*\n"
        b"250 End of call log\nOPT: hangup\n300 End of connection startup\n\n\n"
        b"CIDINFO: *LINE*1*RING*4*TIME*16:20:05*\n"
        b"CID: *DATE*01022020*TIME*0202*LINE*1*NMBR*OUT-OF-AREA*MESG*NONE*NAME*-*\n"
    )
    assert [e.kind for e in events] == ["history", "update", "ring"]
    assert events[0].time == datetime(2020, 1, 1, 1, 1)
    assert parser.startup_done and parser.feature_sets is None  # "210 API: 1.0" lists no feature set
    assert (events[2].number, events[2].absent, events[2].name) == (None, "unavailable", None)
    assert parser.diagnostics == []


@pytest.mark.parametrize("value", ["PRIVATE", "P", "ANONYMOUS"])
def test_ncid_private_number_words(value: str) -> None:
    (event,) = NcidParser(now=lambda: NOW).feed(f"CID: *NMBR*{value}*NAME*x*\n".encode())
    assert (event.number, event.absent) == (None, "private")


def test_whozz_start_end_and_duplicate_start() -> None:
    parser = WhozzParser(now=lambda: NOW)
    start = b"01 I S 0000 G A1 09/26 11:28 AM 800-240-4637 CallerID.com\r"
    events = parser.feed(start + start + b"01 I E 0276 G B3 09/26 11:28 AM 800-240-4637 CallerID.com\r")
    assert [(e.kind, e.number, e.duration) for e in events] == [
        ("ring", "8002404637", None),
        ("end", "8002404637", 276),
    ]
    assert events[0].time == datetime(2024, 9, 26, 11, 28)


def test_whozz_short_private_and_udp_header() -> None:
    parser = WhozzParser(now=lambda: NOW)
    events = parser.feed(
        b"$01 09/26 02:30 PM 8002404637 I CallerID.com\r\n"
        b"^^<U>000001<S>000002$02 I S 0000 G A1 01/02 12:05 AM Out-of-Area\r\n"
    )
    assert [(e.line, e.number, e.absent, e.time) for e in events] == [
        ("01", "8002404637", None, datetime(2024, 9, 26, 14, 30)),
        ("02", None, "unavailable", datetime(2024, 1, 2, 0, 5)),
    ]
    assert is_probe_reply(b"#") and not is_probe_reply(b"OK")


def test_yasna_numbers_and_repeated_caller(clock: FakeClock) -> None:
    assert [
        national_number(n)
        for n in ("00989121234567", "++989121234567", "+989121234567", "989121234567", "9121234567", "02188776655")
    ] == ["09121234567"] * 5 + ["02188776655"]
    parser = YasnaParser(now=clock.now, monotonic=clock.monotonic)
    first = parser.feed(b"L2C9121234567@L2R01@L2C9121234567@")
    clock.advance(20)
    again = parser.feed(b"L2C9121234567@")
    rings = [e for e in first + again if e.kind == "ring"]
    assert [(e.number, e.line) for e in rings] == [("09121234567", "2"), ("09121234567", "2")]


def test_yasna_needs_at_terminator() -> None:
    parser = YasnaParser(now=lambda: NOW)
    assert parser.feed(b"L1C0912\r\nL1C09121234567") == []
    assert [e.number for e in parser.feed(b"@")] == ["09121234567"]


def test_mdmf_stream_with_noise_split_everywhere() -> None:
    stream = b"\x55" * 10 + b"\x80\x05\x02" + MDMF + b"\x00\x04\x80" + MDMF[:-1] + b"\x00" + MDMF
    for cut in range(len(stream) + 1):
        parser = MdmfParser(now=lambda: NOW)
        events = parser.feed(stream[:cut]) + parser.feed(stream[cut:]) + parser.flush()
        assert [(e.number, e.name) for e in events] == [("4075550000", "JOHN DOE")] * 2, cut
        assert sum("checksum" in d for d in parser.diagnostics) == 1


def test_mdmf_absent_reason_and_errors() -> None:
    body = bytes([0x80, 6, 0x04, 1, ord("P"), 0x08, 1, ord("P")])
    frame = body + bytes([(-sum(body)) % 256])
    (event,) = MdmfParser(now=lambda: NOW).feed(frame)
    assert (event.number, event.absent, event.name, event.time) == (None, "private", None, NOW)
    with pytest.raises(FrameError):
        decode_frame(frame[:-1] + b"\x00")
