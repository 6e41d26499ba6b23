"""Fuzz every caller-ID parser: any bytes, cut anywhere, at any pace — no exception, well-formed events, bounded state.

Counts: each parser gets EXAMPLES generated inputs (run with `--hypothesis-show-statistics` to see them);
an input is up to 40 pieces of noise, record fragments and lines from the real captures in ../shared/samples.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.decode import decode_with_diagnostics, unescape_capture
from hardware.events import KINDS, CallerIdEvent
from hardware.fields import clean_name, clean_number, modem_stamp, parse_clock, parse_mmddhhmm, split_dotted
from hardware.formats import PARSERS, canonical_format, detect_format, make_parser
from hardware.lines import MAX_DIAGNOSTICS, MAX_RECORD
from hardware.mdmf import FrameError, decode_frame, parse_hex_line
from hardware.modem_parser import MAX_BLOCK_LINES
from hardware.ncid_cycles import MAX_LINES
from hardware.text import safe_text
from hardware.yasna_parser import MAX_DIALLED
from tests.hardware.conftest import NOW, SAMPLES

EXAMPLES = 500  # per parser


def _sample_lines() -> list[bytes]:
    lines: list[bytes] = []
    for path in sorted(SAMPLES.glob("*")):
        if path.suffix in (".data", ".txt"):
            text = unescape_capture(path.read_bytes())
            lines += [line + b"\n" for line in re.split(rb"[\r\n]+", text) if line]
            lines += [part + b"@" for part in text.split(b"@") if 0 < len(part) < 60]
    return lines


FRAGMENTS = [
    b"RING\r\n", b"NMBR = ", b"NAME = ", b"DATE = 0421", b"TIME = 12541", b"MESG = 06", b"DDN_NMBR = ",
    b"CID: *NMBR*", b"*NAME*", b"*LINE*", b"CIDINFO: *LINE*1*RING*2*", b"CIDINFO: *LINE*1*RING*-1*",
    b"END: *HTYPE*BYE*", b"200 ncidd\n", b"300 End\n", b"CIDLOG: *DATE*", b"*TIME*9999*",
    b"01 I S 0000 G A1 09/26 11:28 AM ", b"01 I E 0276 G B3 ", b"^^<U>1<S>2$", b"###DATE...NMBR...NAME+++",
    b"L1C09121234567@", b"L1C", b"L2R1@", b"L1D5@", b"L1HND:", b"L1HF@", b"@",
    b"80 20 01 08", b"\x80\x20\x01\x08", b"\x04\x12", b"\x80\x0f\x02\x0b", b"\xff\xfe", b"\x00",
    b"\r", b"\n", b"\r\n", b"O", b"P", b"-", b"*", "علی".encode(), b"\xd9", b"\xef\xbf\xbf",
]  # fmt: skip
PIECES = st.one_of(
    st.binary(max_size=60), st.sampled_from(FRAGMENTS), st.sampled_from(_sample_lines()),
    st.builds(lambda n: b"7" * n, st.integers(MAX_RECORD - 2, MAX_RECORD + 2)),  # around the line limit
)  # fmt: skip
STREAMS = st.lists(st.tuples(PIECES, st.floats(0, 30)), max_size=40)


def assert_event(event: CallerIdEvent, device: str) -> None:
    assert isinstance(event, CallerIdEvent) and event.kind in KINDS and event.device == device
    for text in (event.number, event.name, event.line, event.dialled):
        assert text is None or (isinstance(text, str) and text and safe_text(text) == text)
    assert isinstance(event.raw, str) and safe_text(event.raw) == event.raw
    assert event.time is None or isinstance(event.time, datetime)
    assert event.duration is None or isinstance(event.duration, int)
    assert event.absent in (None, "private", "unavailable")
    if event.kind == "ring":
        assert event.number or event.absent
    event.to_json_dict()


def assert_bounded(parser: object) -> None:
    assert parser.buffered <= MAX_RECORD  # type: ignore[attr-defined]
    assert len(parser.diagnostics) <= MAX_DIAGNOSTICS  # type: ignore[attr-defined]
    block = getattr(parser, "_block", None)
    assert block is None or len(block.raw) <= MAX_BLOCK_LINES + 8
    assert all(len(d) <= MAX_DIALLED for d in getattr(parser, "_digits", {}).values())
    cycles = getattr(parser, "cycles", None)
    if cycles is not None:
        assert len(cycles._open) <= MAX_LINES and len(cycles._rings) <= MAX_LINES


@pytest.mark.parametrize("fmt", list(PARSERS))
@settings(max_examples=EXAMPLES, deadline=None)
@given(stream=STREAMS)
def test_fuzz_a_live_parser(fmt: str, stream: list[tuple[bytes, float]]) -> None:
    clock = [1000.0]
    parser = make_parser(fmt, now=lambda: NOW, monotonic=lambda: clock[0])
    events: list[CallerIdEvent] = []
    for piece, pause in stream:
        events += parser.feed(piece)
        clock[0] += pause
        events += parser.poll()
        assert_bounded(parser)
    events += parser.flush()
    for event in events:
        assert_event(event, parser.device)
    parser.reset()
    assert parser.buffered == 0


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.lists(PIECES, max_size=30).map(b"".join), fmt=st.sampled_from(["auto", *PARSERS]))
def test_fuzz_decode_a_capture(data: bytes, fmt: str) -> None:
    events, diagnostics = decode_with_diagnostics(data, fmt, now=NOW)
    assert all(isinstance(d, str) for d in diagnostics)
    for event in events:
        assert_event(event, event.device)
    assert detect_format(data) in (None, *PARSERS)


@settings(max_examples=EXAMPLES, deadline=None)
@given(data=st.binary(max_size=300))
def test_fuzz_mdmf_frames(data: bytes) -> None:
    try:
        frame = decode_frame(data)
    except FrameError:
        return
    assert frame.raw == data and sum(data) % 256 == 0


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=st.text(max_size=80), value=st.one_of(st.none(), st.text(max_size=40)))
def test_fuzz_field_readers(text: str, value: str | None) -> None:
    number, absent = clean_number(value)
    assert number is None or (isinstance(number, str) and number)  # events make it storable (assert_event)
    assert absent in (None, "private", "unavailable")
    name = clean_name(value)
    assert name is None or isinstance(name, str)
    assert parse_clock(value) is None or all(isinstance(p, int) for p in parse_clock(value))  # type: ignore[union-attr]
    assert parse_mmddhhmm(text, NOW) is None or isinstance(parse_mmddhhmm(text, NOW), datetime)
    stamp, problem = modem_stamp(text[:4] or None, value, NOW)
    assert stamp is None or isinstance(stamp, datetime)
    assert problem is None or isinstance(problem, str)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in split_dotted(text).items())
    assert parse_hex_line(text) is None or isinstance(parse_hex_line(text), bytes)
    try:
        assert canonical_format(text) in ("auto", *PARSERS)
    except ValueError:
        pass
