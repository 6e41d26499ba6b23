"""A device or server sending 10 MB without a line end costs bounded memory, is counted once, and calls still pop."""

from __future__ import annotations

import threading
import tracemalloc
from collections.abc import Callable

from hardware.lines import MAX_RECORD
from hardware.ncid_source import NcidSource
from hardware.serial_source import SerialModemSource
from tests.hardware.conftest import PtyDevice, Recorder
from tests.hardware.test_ncid_source import FAST, NcidServer

TEN_MB = 10 * 1024 * 1024
PIECE = b"NMBR = 0912" + b"7" * (64 * 1024 - 11)  # one 64 KB piece, sent again and again: no line end anywhere
MODEM_CALL = b"\r\nRING\r\nNMBR = 4075552120\r\nNAME = AFTER NOISE\r\n"
NCID_CALL = b"CID: *DATE*11232026*TIME*1015*LINE*1*NMBR*4075552120*MESG*NONE*NAME*AFTER NOISE*\n"
MEMORY_BOUND = 4 * 1024 * 1024  # traced peak while 10 MB go through: buffers stay near MAX_RECORD


def stream(send: Callable[[bytes], None]) -> None:
    for _ in range(TEN_MB // len(PIECE)):
        send(PIECE)


def test_ten_megabytes_from_a_serial_port_without_a_line_end(
    modem: PtyDevice, recorder: Recorder, record_property: Callable[[str, object], None]
) -> None:
    source = SerialModemSource(str(modem.link), reply_timeout=0.5, retry_interval=0.1, read_timeout=0.05,
                               **recorder.callbacks())  # fmt: skip
    source.start()
    try:
        assert recorder.wait_for(lambda: "connected" in recorder.states())
        tracemalloc.start()
        writer = threading.Thread(target=stream, args=(modem.send,))
        writer.start()
        writer.join(120)
        modem.send(MODEM_CALL)
        assert recorder.wait_for(lambda: len(recorder.events) == 1, timeout=60)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        record_property("peak_traced_bytes", peak)  # the figure for the closing note (--junitxml)
        assert not writer.is_alive()
        assert (recorder.events[0].number, recorder.events[0].name) == ("4075552120", "AFTER NOISE")
        assert source._parser.lines_too_long == 1  # the 10 MB were one overlong record, counted once
        assert recorder.diagnostics.count(f"discarded over {MAX_RECORD} bytes without a line end") == 1
        assert source._parser.buffered <= MAX_RECORD
        assert peak < MEMORY_BOUND, peak
        assert all(len(line) <= MAX_RECORD for line in recorder.raw)
    finally:
        source.stop()


def test_ten_megabytes_from_an_ncid_server_without_a_line_end(
    recorder: Recorder, record_property: Callable[[str, object], None]
) -> None:
    server = NcidServer()
    source = NcidSource("127.0.0.1", server.port, **FAST, **recorder.callbacks())
    try:
        source.start()
        assert recorder.wait_for(lambda: "connected" in recorder.states()) and server.joined.acquire(timeout=5)
        assert recorder.wait_for(lambda: len(recorder.events) == 2)  # the startup's call log
        tracemalloc.start()
        stream(server.push)
        server.push(b"\n" + NCID_CALL)
        assert recorder.wait_for(lambda: len(recorder.events) == 3, timeout=60)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        record_property("peak_traced_bytes", peak)  # the figure for the closing note (--junitxml)
        assert (recorder.events[2].number, recorder.events[2].name) == ("4075552120", "AFTER NOISE")
        assert source._parser.lines_too_long == 1
        assert source._parser.buffered <= MAX_RECORD
        assert peak < MEMORY_BOUND, peak
        assert recorder.states().count("connected") == 1  # the noise did not cost the connection
    finally:
        source.stop()
        server.close()


def test_endless_records_keep_every_parser_state_bounded() -> None:
    from hardware.modem_parser import MAX_BLOCK_LINES, ModemParser
    from hardware.ncid_cycles import MAX_LINES
    from hardware.ncid_parser import NcidParser
    from hardware.yasna_parser import MAX_DIALLED, YasnaParser

    modem = ModemParser(monotonic=lambda: 0.0)
    modem.feed(b"DATE = 1123\r\n" + b"MESG = 060342\r\n" * 10_000)
    assert modem._block is not None and len(modem._block.raw) <= MAX_BLOCK_LINES
    yasna = YasnaParser(monotonic=lambda: 0.0)
    yasna.feed(b"L1D5@" * 10_000)
    assert len(yasna._digits["1"]) == MAX_DIALLED
    ncid = NcidParser(monotonic=lambda: 0.0)
    ncid.feed(b"".join(b"CID: *DATE*11232026*TIME*1015*LINE*L%d*NMBR*4075552120*MESG*NONE*NAME*X*\n" % n
                       for n in range(5_000)))  # fmt: skip
    assert len(ncid.cycles._open) == MAX_LINES


def test_a_chatty_modem_does_not_fill_the_reply_list(modem: PtyDevice, recorder: Recorder) -> None:
    source = SerialModemSource(str(modem.link), reply_timeout=0.5, retry_interval=0.1, read_timeout=0.05,
                               **recorder.callbacks())  # fmt: skip
    source.start()
    try:
        assert recorder.wait_for(lambda: "connected" in recorder.states())
        modem.send(b"OK\r\n" * 2_000 + MODEM_CALL)
        assert recorder.wait_for(lambda: len(recorder.events) == 1)
        assert source._replies == []  # replies are kept only while a command waits for one
    finally:
        source.stop()
