"""SerialModemSource end to end through a real pseudo-terminal pair, including unplug/replug."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hardware.decode import decode
from hardware.serial_source import SerialModemSource
from tests.hardware.conftest import PtyDevice, Recorder

CALL = b"\r\nRING\r\n\r\nDATE = 0421\r\nTIME = 0934\r\nNMBR = 4075552120\r\nNAME = ELMHURST, IL\r\n\r\nRING\r\n"


@pytest.fixture
def source(modem: PtyDevice, recorder: Recorder) -> Iterator[SerialModemSource]:
    source = SerialModemSource(
        str(modem.link), reply_timeout=0.5, retry_interval=0.1, read_timeout=0.05, **recorder.callbacks()
    )
    yield source
    source.stop()
    assert not source.running


def test_enable_string_call_and_dial(source: SerialModemSource, modem: PtyDevice, recorder: Recorder) -> None:
    source.start()
    assert recorder.wait_for(lambda: "connected" in recorder.states())
    assert source.working_enable_string == "AT#CID=1"  # AT+VCID=1 answered ERROR
    assert modem.commands[:3] == [b"ATZ", b"AT+VCID=1", b"AT#CID=1"]
    modem.send(CALL)
    assert recorder.wait_for(lambda: len(recorder.events) == 1)
    assert (recorder.events[0].number, recorder.events[0].name) == ("4075552120", "ELMHURST, IL")
    assert "NAME = ELMHURST, IL" in recorder.raw
    source.dial("555-1234")
    assert recorder.wait_for(lambda: b"ATDT5551234;" in modem.commands)
    source.stop()
    assert recorder.states()[-1] == "stopped"


def test_unplug_and_replug(source: SerialModemSource, modem: PtyDevice, recorder: Recorder) -> None:
    source.start()
    assert recorder.wait_for(lambda: "connected" in recorder.states())
    modem.unplug()
    assert recorder.wait_for(lambda: recorder.states()[-1] == "reconnecting")
    modem.plug()  # a new pty: the link now points at a different /dev/pts node
    assert recorder.wait_for(lambda: recorder.states().count("connected") == 2)
    # The remembered enable string is sent first after the replug.
    assert modem.commands[-2:] == [b"ATZ", b"AT#CID=1"]
    modem.send(CALL.replace(b"4075552120", b"6305551500"))
    assert recorder.wait_for(lambda: len(recorder.events) == 1)
    assert recorder.events[0].number == "6305551500"


def test_stop_is_prompt_while_port_missing(tmp_path, recorder: Recorder) -> None:
    source = SerialModemSource(str(tmp_path / "absent"), retry_interval=0.1, **recorder.callbacks())
    source.start()
    assert recorder.wait_for(lambda: "reconnecting" in recorder.states())
    source.stop(timeout=2)
    assert not source.running and recorder.states()[-1] == "stopped"


def test_loop_url_whozz_device(recorder: Recorder) -> None:
    source = SerialModemSource(
        "loop://",
        baudrate=9600,
        device="whozz",
        read_timeout=0.05,
        init_bytes=b"01 I S 0000 G A1 09/26 11:28 AM 800-240-4637 CallerID.com\r",
        **recorder.callbacks(),
    )
    source.start()
    try:
        assert recorder.wait_for(lambda: len(recorder.events) == 1)
        assert (recorder.events[0].device, recorder.events[0].number) == ("whozz", "8002404637")
    finally:
        source.stop()


# Issue 7 items 1-3 through the real port: number-only calls seconds apart, an orphan NAME, a malformed TIME.
BUSY_LINE = (
    b"\r\nRING\r\n\r\nNMBR = 09121111111\r\nNAME = FIRST\r\n\r\nRING\r\n\r\n"
    b"\r\nRING\r\n\r\nNMBR = 09122222222\r\nNAME = SECOND\r\n\r\nRING\r\n"
    b"\r\nRING\r\n\r\nNAME = NOISE\r\n\r\nRING\r\n"
    b"\r\nRING\r\n\r\nDATE = 0312\r\nTIME = 12541\r\nNMBR = 09122222222\r\n\r\nRING\r\n"
)


def test_live_port_gives_the_calls_decode_cid_gives(
    source: SerialModemSource, modem: PtyDevice, recorder: Recorder
) -> None:
    source.start()
    assert recorder.wait_for(lambda: "connected" in recorder.states())
    for line in BUSY_LINE.split(b"\r\n"):
        modem.send(line + b"\r\n")  # one write per line, as a modem prints them
    assert recorder.wait_for(lambda: len([e for e in recorder.events if e.kind == "ring"]) == 3)
    live = [(e.number, e.name, e.absent, e.time.date()) for e in recorder.events if e.kind == "ring"]
    decoded = [(e.number, e.name, e.absent, e.time.date()) for e in decode(BUSY_LINE, "modem") if e.kind == "ring"]
    assert live == decoded
    assert [number for number, *_ in live] == ["09121111111", "09122222222", "09122222222"]
    assert live[2][3].month == 3 and live[2][3].day == 12  # the DATE sent is kept
    assert any(m.startswith("name without a number") and "NOISE" in m for m in recorder.diagnostics)
    assert any(m.startswith("time unreadable") for m in recorder.diagnostics)
