"""NCID API 1.x lines as real servers send them: call ends, ring counts, repeats within a ring cycle."""

from __future__ import annotations

from datetime import datetime

import pytest

from hardware.decode import decode
from hardware.modem_parser import ModemParser
from hardware.ncid_parser import NcidParser
from tests.hardware.conftest import NOW

CID = "CID: *DATE*03122024*TIME*1234*LINE*{line}*NMBR*{number}*MESG*NONE*NAME*{name}*\n"


def feed(text: str, parser: NcidParser | None = None) -> list:
    parser = parser or NcidParser(now=lambda: NOW)
    return parser.feed(text.encode()) + parser.flush()


def kinds(events: list) -> list[tuple]:
    return [(e.kind, e.line, e.number, e.absent) for e in events]


def test_end_line_closes_the_call_with_its_duration() -> None:
    events = feed(
        CID.format(line="POTS", number="4075552120", name="JOHN")
        + "END: *HTYPE*BYE*DATE*03122024*TIME*1234*SCALL*03/12/2024 12:34:10*ECALL*03/12/2024 12:36:25*"
        "CTYPE*IN*LINE*POTS*NMBR*4075552120*NAME*JOHN*\n"
        "END: *HTYPE*CANCEL*DATE*03122024*TIME*1240*SCALL*03/12/2024 12:40:00*ECALL*03/12/2024 12:40:30*"
        "CTYPE*IN*LINE*POTS*NMBR*5551234*NAME*-*\n"
        "END: *HTYPE*BYE*DATE*03122024*TIME*1250*SCALL*03/12/2024 12:50:00*ECALL*03/12/2024 12:55:00*"
        "CTYPE*OUT*LINE*POTS*NMBR*5559999*NAME*-*\n"
        "ENDLOG: *HTYPE*BYE*DATE*03112024*TIME*0900*SCALL*03/11/2024 09:00:00*ECALL*03/11/2024 09:01:00*"
        "CTYPE*IN*LINE*POTS*NMBR*5550000*NAME*-*\n"
    )
    assert [(e.kind, e.number, e.duration) for e in events] == [
        ("ring", "4075552120", None),
        ("end", "4075552120", 135),  # ECALL - SCALL of an answered (BYE) call
        ("end", "5551234", None),  # CANCEL: never answered, no talk time
        ("log", "5559999", 300),  # an outgoing call's end is information, not the end of a ringing call
        ("log", "5550000", 60),  # the call log's END lines are history of ends, never an end now
    ]
    assert events[1].time == datetime(2024, 3, 12, 12, 36, 25) and events[1].line == "POTS"


@pytest.mark.parametrize(
    ("ring", "kind"), [("1", "update"), ("4", "update"), ("0", "stopped"), ("-1", "end"), ("-2", "end")]
)
def test_cidinfo_ring_counts(ring: str, kind: str) -> None:
    (_, info) = feed(
        CID.format(line="1", number="5551111", name="A") + f"CIDINFO: *LINE*1*RING*{ring}*TIME*12:34:56*\n"
    )
    assert (info.kind, info.line, info.number, info.duration) == (kind, "1", "5551111", None)


def test_hup_and_blk_are_logs() -> None:
    events = feed(
        "HUP: *DATE*03122024*TIME*1234*LINE*1*NMBR*5550001*MESG*NONE*NAME*SPAM*\n"
        "BLK: *DATE*03122024*TIME*1235*LINE*1*NMBR*5550002*MESG*NONE*NAME*SPAM*\n"
    )
    assert [(e.kind, e.number) for e in events] == [("log", "5550001"), ("log", "5550002")]


def test_two_cid_lines_in_one_ring_cycle_pop_once_and_keep_the_first_number() -> None:
    """Issue 7 item 7: a number, then NMBR*O masking it (or the same line again): one ring."""
    events = feed(
        "CIDINFO: *LINE*1*RING*1*TIME*12:34:00*\n"
        + CID.format(line="1", number="4075552120", name="JOHN")
        + CID.format(line="1", number="O", name="O")
        + "CIDINFO: *LINE*1*RING*2*TIME*12:34:06*\n"
        + CID.format(line="1", number="4075552120", name="JOHN")
        + "CIDINFO: *LINE*1*RING*0*TIME*12:34:20*\n"
    )
    assert kinds(events) == [
        ("update", "1", None, None),
        ("ring", "1", "4075552120", None),
        ("update", "1", "4075552120", None),
        ("update", "1", "4075552120", None),
        ("update", "1", "4075552120", None),
        ("stopped", "1", "4075552120", None),
    ]
    assert events[2].name == "JOHN"


def test_ring_cycle_boundaries() -> None:
    same = CID.format(line="1", number="5551111", name="A")
    events = feed(
        same
        + CID.format(line="2", number="5551111", name="A")  # another line: its own cycle
        + CID.format(line="1", number="5552222", name="B")  # a different number is never a repeat
        + "CIDINFO: *LINE*1*RING*-1*TIME*12:35:00*\n"
        + same  # the cycle ended: the same number again is a new call
        + "CIDINFO: *LINE*1*RING*3*TIME*12:36:00*\n"
        + "CIDINFO: *LINE*1*RING*1*TIME*12:37:00*\n"  # the count started over: a new cycle
        + same
        + "HUP: *DATE*03122024*TIME*1238*LINE*1*NMBR*5550001*MESG*NONE*NAME*SPAM*\n"
        + same
        + same.replace("*1234*", "*1240*")  # no ring information: six minutes later is another call
    )
    assert [(e.kind, e.line, e.number) for e in events if e.kind in ("ring", "update") and e.number] == [
        ("ring", "1", "5551111"),
        ("ring", "2", "5551111"),
        ("ring", "1", "5552222"),
        ("ring", "1", "5551111"),
        ("update", "1", "5551111"),
        ("ring", "1", "5551111"),
        ("ring", "1", "5551111"),
        ("ring", "1", "5551111"),
    ]


def test_absent_first_then_number_keeps_one_pop() -> None:
    events = feed(CID.format(line="1", number="P", name="-") + CID.format(line="1", number="5551111", name="A"))
    assert kinds(events) == [("ring", "1", None, "private"), ("update", "1", "5551111", None)]


def test_call_log_is_history_with_its_own_time() -> None:
    events = feed(
        "CIDLOG: *DATE*06022002*TIME*0923*LINE*-*NMBR*4075551212*MESG*NONE*NAME*WIRELESS CALL*\n"
        "CIDLOG: *LINE*-*NMBR*4075551213*MESG*NONE*NAME*NO DATE*\n"
        "HUPLOG: *DATE*08012002*TIME*1025*LINE*-*NMBR*OUT-OF-AREA*MESG*NONE*NAME*OUT-OF-AREA*\n"
    )
    assert [(e.kind, e.number, e.time) for e in events] == [
        ("history", "4075551212", datetime(2002, 6, 2, 9, 23)),
        ("history", "4075551213", None),  # no date: never placed at "now"
        ("log", None, datetime(2002, 8, 1, 10, 25)),
    ]


def test_forwarding_gateway_lines_are_ignored() -> None:
    parser = NcidParser(now=lambda: NOW)
    assert feed("+CID: *DATE*03122024*TIME*1234*LINE*1*NMBR*555*NAME*X*\n+CIDINFO: *LINE*1*RING*1*\n", parser) == []
    assert parser.diagnostics == []


@pytest.mark.parametrize("clock", ["12541", "2423", "99", ""])
def test_malformed_time_same_result_on_ncid_and_modem(clock: str) -> None:
    """Issue 7 item 3: the DATE sent is kept on both paths, with the clock's time of day."""
    ncid, modem = NcidParser(now=lambda: NOW), ModemParser(now=lambda: NOW, monotonic=lambda: 0.0)
    (by_ncid,) = feed(f"CID: *DATE*03122024*TIME*{clock}*LINE*-*NMBR*5551111*NAME*A*\n", ncid)
    (by_modem,) = modem.feed(f"DATE = 0312\nTIME = {clock}\nNMBR = 5551111\nNAME = A\n".encode()) + modem.flush()
    assert by_ncid.time == by_modem.time == datetime(2024, 3, 12, NOW.hour, NOW.minute, NOW.second)
    if clock:
        assert [m.split(":")[0] for m in ncid.diagnostics] == [m.split(":")[0] for m in modem.diagnostics]
        assert ncid.diagnostics[0].startswith("time unreadable")
    else:
        assert ncid.diagnostics == modem.diagnostics == []


def test_decode_prints_one_call_per_cycle() -> None:
    data = (CID.format(line="1", number="5551111", name="A") + CID.format(line="1", number="O", name="-")).encode()
    assert [e.number for e in decode(data, "auto", now=NOW) if e.kind == "ring"] == ["5551111"]
