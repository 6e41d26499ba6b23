"""Every shared capture decodes to the calls a person reading it would list."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from hardware.decode import decode, decode_cid_main, unescape_capture
from hardware.formats import detect_format
from tests.hardware.conftest import NOW


def calls(path: Path, fmt: str = "auto") -> list:
    return [e for e in decode(path.read_bytes(), fmt, now=NOW) if e.kind == "ring"]


def test_modem_capture(samples: Path) -> None:
    found = calls(samples / "ncid-test-modem-calls.data", "modem")
    assert [(e.number, e.name, e.absent) for e in found] == [
        (None, None, "private"),
        ("9415557218", "SARASOTA,FL", None),
        ("9415557218", "Tucson,AZ", None),
        ("MISSINGNAME", None, None),
        ("NOTIME", "NO DATE", None),
        ("DATEandTIMECOMBINED", None, None),
        ("0000000000", "PrivDirOff", None),
        ("9085555002", "Vähälä", None),
        ("4075552120", "TIME WARNER COM", None),
        ("0000000000", "PrivDirOff", None),
        ("6305551500", "ELMHURST, IL", None),
        ("8175558399", "EULESS, TX", None),
        ("14075552120", None, None),
        ("14075552120", "eleven digits", None),
        ("4075552120", "ten digits", None),
        ("075552120", "nine digits", None),
        ("95552120", "eight digits", None),
        ("5552120", "seven digits", None),
        ("2120", "four digits", None),
        (None, None, "private"),
    ]
    assert found[0].time == datetime(2024, 4, 21, 9, 34)
    assert found[5].time == datetime(2024, 1, 6, 14, 15)  # DATE TIME=01/06 14:15
    # Malformed 5-digit TIME (issue 7, item 3): the DATE sent is kept, the time of day is the clock's.
    assert found[10].time == datetime(2024, 3, 12, NOW.hour, NOW.minute)
    assert all(e.device == "modem" for e in found)


def test_ncid_client_capture(samples: Path) -> None:
    events = decode((samples / "ncid-test-client.data").read_bytes(), "ncid", now=NOW)
    found = [e for e in events if e.kind == "ring"]
    assert [(e.number, e.name, e.absent, e.line) for e in found] == [
        (None, "1234567890123456789012345", "private", "1234567890"),
        ("9415557218", "SARASOTA, FL", None, None),
        ("0000000000", "PrivDirOff", None, "VOIP"),
        ("9085555002", "Vähälä", None, "B"),
        ("4075552120", "TIME WARNER COM", None, "1000"),
        ("0000000000", "PrivDirOff", None, "POTS"),
        ("6305551500", "ELMHURST, IL", None, "1234"),
        ("8175558399", "EULESS, TX", None, "1010"),
        ("14075552120", None, None, None),
        ("14075552120", "eleven digits", None, None),
        ("4075552120", "ten digits", None, None),
        ("075552120", "nine digits", None, None),
        ("95552120", "eight digits", None, None),
        ("5552120", "seven digits", None, None),
        ("2120", "four digits", None, None),
        (None, None, "private", "VOIP"),
        ("*17", "?a_name@home", None, "VOIP"),
    ]
    assert found[1].time == datetime(2003, 1, 3, 12, 54)
    (history,) = [e for e in events if e.kind == "history"]  # CIDLOG: a past incoming call, never a pop
    assert (history.number, history.name, history.time) == ("4075551212", "WIRELESS CALL", datetime(2002, 6, 2, 9, 23))
    # HUPLOG, OUTLOG, BLKLOG, PIDLOG, 2 PID, 3 OUT, 1 HUP: information, never a pop
    assert sum(e.kind == "log" for e in events) == 10
    # CIDINFO ring counts: n > 0 still ringing, 0 ringing stopped, -1/-2 the call is over (NCID API)
    info = [(e.kind, e.line, e.number) for e in events if e.raw.startswith("CIDINFO")]
    assert info == [
        ("end", None, "9415557218"),
        ("end", "VOIP", "0000000000"),
        ("end", "B", "9085555002"),
        ("stopped", "1000", "4075552120"),
        ("update", "POTS", None),
        ("update", "POTS", "0000000000"),
        ("stopped", "POTS", "0000000000"),
        ("update", "1234", None),
        *[("update", "1234", "6305551500")] * 2,
        ("stopped", "1234", "6305551500"),
        ("update", "1010", None),
        *[("update", "1010", "8175558399")] * 3,
        ("stopped", "1010", "8175558399"),
        ("end", "VOIP", None),
    ]


def test_ncid_gateway_capture(samples: Path) -> None:
    events = decode((samples / "ncid-test-gw-calls.data").read_bytes(), "ncid", now=NOW)
    found = [e for e in events if e.kind == "ring"]
    assert [(e.number, e.name, e.absent) for e in found] == [
        ("#########8", None, None),
        ("14075551212", "Court Jester", None),
        (None, "Fool's Gold", "unavailable"),
        ("7143402608", "Yorba Linda  CA", None),
        ("14075551212", None, None),
        ("17025551145", "CARD SERVICES", None),
        ("12125551070", None, None),
        ("19995551212", "1-999-555-1212", None),
        ("12125554000", "Vähälä Joe", None),
        ("14075557777", "John on Cell", None),
    ]
    ends = [e for e in events if e.kind == "end"]
    assert len(ends) == 12  # every BYE and CANCEL
    assert [e.duration for e in ends if e.duration is not None] == [60, 16]


def test_device_capture(samples: Path) -> None:
    found = calls(samples / "ncid-test-device-calls.data", "whozz")
    assert [(e.line, e.number, e.name, e.absent) for e in found] == [
        ("01", None, None, "private"),
        ("01", "2125554000", "Vähälä Joe", None),
        ("01", "7025551145", "CARD SERVICES", None),
        ("02", None, None, "unavailable"),
        ("03", "9415557218", "SARASOTA, FL", None),
        ("01", "4075557777", "John on Cell", None),
        (None, "4075551212", "WIRELESS CALL", None),
        (None, None, None, "unavailable"),
        (None, None, None, "unavailable"),
    ]  # the fourth NetCallID record is the message-waiting lamp, not a call
    assert found[3].time == datetime(2024, 9, 5, 0, 11)  # 12:11 AM
    assert found[6].time == datetime(2024, 3, 30, 14, 23)


def test_iran_box_capture(samples: Path) -> None:
    events = decode((samples / "iran-ojsegal-box.txt").read_bytes(), "yasna", now=NOW)
    assert [(e.number, e.line) for e in events if e.kind == "ring"] == [("09191714505", "1")]
    ends = [e for e in events if e.kind == "end"]
    assert [(e.dialled, e.duration) for e in ends] == [
        ("091219913344", 177),
        ("09122259679", 65),
        ("09121991334", 21),
        ("0912199133455", 274),
        (None, 0),
    ]
    assert sum(e.kind == "update" for e in events) == len(events) - 6


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("ncid-test-client.data", "ncid"),
        ("ncid-test-gw-calls.data", "ncid"),
        ("ncid-test-modem-calls.data", "modem"),
        ("ncid-test-device-calls.data", "whozz"),
        ("iran-ojsegal-box.txt", "yasna"),
    ],
)
def test_auto_detects_each_capture(samples: Path, name: str, fmt: str) -> None:
    data = (samples / name).read_bytes()
    assert detect_format(unescape_capture(data)) == fmt
    assert decode(data, "auto", now=NOW) == decode(data, fmt, now=NOW)


def test_decode_cid_main_prints_one_json_object_per_call(samples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert decode_cid_main(str(samples / "ncid-test-client.data"), "auto") == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 17
    assert all(list(row) == ["number", "name", "absent", "line", "time", "device"] for row in rows)
    assert rows[1]["number"] == "9415557218" and rows[1]["time"] == "2003-01-03T12:54:00"
    assert "unknown line" in err


def test_decode_cid_main_binary_mdmf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    frame = bytes.fromhex("802001083035313131383532020A3430373535353030303007084A4F484E20444F4584")
    capture = tmp_path / "comet.bin"
    capture.write_bytes(b"\x55\x55\x00\xff" + frame + b"\x01\x02")
    assert decode_cid_main(str(capture), "mdmf") == 0
    assert decode_cid_main(str(capture), "auto") == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["number"], r["name"], r["device"]) for r in rows] == [("4075550000", "JOHN DOE", "mdmf")] * 2


def test_decode_cid_main_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert decode_cid_main(str(tmp_path / "missing.txt"), "auto") == 2
    assert decode_cid_main(str(tmp_path), "modem") == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 2 and "cannot read" in err


def test_decode_cid_command_line_gives_both_number_only_calls(tmp_path: Path) -> None:
    """Issue 7 item 1 through `main.py decode-cid` itself: the example in the issue is two calls."""
    capture = tmp_path / "busy-line.txt"
    capture.write_bytes(
        b"RING\r\nNMBR = 09121111111\r\nNAME = FIRST\r\nRING\r\n\r\n"
        b"RING\r\nNMBR = 09122222222\r\nNAME = SECOND\r\nRING\r\n"
    )
    main = Path(__file__).resolve().parents[2] / "main.py"
    done = subprocess.run(
        [sys.executable, str(main), "decode-cid", str(capture)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["number"], r["name"], r["device"]) for r in rows] == [
        ("09121111111", "FIRST", "modem"),
        ("09122222222", "SECOND", "modem"),
    ]
