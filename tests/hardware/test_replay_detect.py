"""The simulator source, and port detection against a pty modem, a silent pty and loop://."""

from __future__ import annotations

from pathlib import Path

import pytest

from hardware.decode import decode
from hardware.detect import list_candidate_ports, probe_port
from hardware.formats import detect_format
from hardware.sources import ReplaySource
from tests.hardware.conftest import NOW, PtyDevice, Recorder


def test_replay_capture_as_simulator(samples: Path, recorder: Recorder) -> None:
    capture = samples / "ncid-test-modem-calls.data"
    source = ReplaySource(capture, "auto", interval=0.0, **recorder.callbacks())
    source.start()
    assert recorder.wait_for(lambda: recorder.states()[-1:] == ["stopped"])
    source.stop()
    assert len(recorder.events) == 20
    assert {e.device for e in recorder.events} == {"simulator"}
    assert recorder.events[1].number == "9415557218"
    assert recorder.states() == ["connecting", "connected", "stopped"]


def test_replay_bytes_stops_promptly(recorder: Recorder) -> None:
    source = ReplaySource(b"L1C09121234567@\nL1R01@\n" * 50, "yasna", interval=10.0, **recorder.callbacks())
    source.start()
    assert recorder.wait_for(lambda: "connected" in recorder.states())
    source.stop(timeout=2)
    assert not source.running and recorder.events == []


def test_probe_finds_modem_on_pty(modem: PtyDevice) -> None:
    assert probe_port(str(modem.link), timeout=0.5) == "modem"


def test_probe_finds_whozz_and_ignores_silence(tmp_path: Path) -> None:
    whozz = PtyDevice(tmp_path / "ttyWhozz", {}, instant={b"@": b"#"})
    whozz.plug()
    try:
        assert probe_port(str(whozz.link), timeout=0.3) == "whozz"
        assert b"AT" in whozz.commands  # it was asked as a modem first and kept quiet
    finally:
        whozz.unplug()
    silent = PtyDevice(tmp_path / "ttySilent", {})
    silent.plug()
    try:
        assert probe_port(str(silent.link), timeout=0.2) is None
    finally:
        silent.unplug()


def test_probe_loop_and_missing_port(tmp_path: Path) -> None:
    assert probe_port("loop://", timeout=0.2) is None  # an echo of the request is not an answer
    assert probe_port(str(tmp_path / "nothing"), timeout=0.2) is None
    assert all(port.device for port in list_candidate_ports())


# Issue 7 item 8: auto-detect knows every Whozz Calling form, with and without the Ethernet header.
WHOZZ_FORMS = {
    "full": b"01 I S 0276 G B3 09/26 11:28 AM 800-240-4637 CallerID.com\r\n",
    "short": b"$01 09/26 02:30 PM 8002404637 I CallerID.com\r\n",
    "tci": b"01      9/05     11:17 AM       702-555-1145           CARD SERVICES  \r\n",
}
HEADER = b"^^<U>000001<S>123456$"


@pytest.mark.parametrize("form", sorted(WHOZZ_FORMS))
@pytest.mark.parametrize("header", [b"", HEADER])
def test_auto_detects_whozz_in_every_form(form: str, header: bytes) -> None:
    record = WHOZZ_FORMS[form]
    data = header + record.lstrip(b"$") if header else record
    assert detect_format(data) == "whozz"
    (call,) = [e for e in decode(data, "auto", now=NOW) if e.kind == "ring"]
    assert (call.device, call.number) == (
        "whozz",
        {"full": "8002404637", "short": "8002404637", "tci": "7025551145"}[form],
    )


def test_simulator_auto_plays_plain_whozz_records(recorder: Recorder) -> None:
    """The simulator's "auto" is detect_format: plain full-form Whozz records are calls, not noise."""
    data = WHOZZ_FORMS["full"] + b"01 I E 0276 G B3 09/26 11:33 AM 800-240-4637 CallerID.com\r\n"
    source = ReplaySource(data, "auto", interval=0.0, **recorder.callbacks())
    source.start()
    assert recorder.wait_for(lambda: recorder.states()[-1:] == ["stopped"])
    source.stop()
    assert [(e.kind, e.number, e.duration) for e in recorder.events] == [
        ("ring", "8002404637", None),
        ("end", "8002404637", 276),
    ]
