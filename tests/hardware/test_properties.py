"""Property tests: hostile bytes never crash a parser or invent a call."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.decode import decode
from hardware.events import KINDS
from hardware.fields import clean_name, clean_number
from hardware.formats import PARSERS, make_parser
from hardware.modem_parser import ModemParser
from hardware.text import safe_text
from tests.hardware.conftest import NOW, FakeClock

# Fragments of real records mixed with noise reach the interesting states more often than pure noise.
FRAGMENTS = [
    b"RING\r\n",
    b"NMBR = ",
    b"NAME = ",
    b"DATE = 0421",
    b"TIME = 12541",
    b"CID: *NMBR*",
    b"*NAME*",
    b"CIDINFO: *LINE*1*RING*2*",
    b"01 I S 0000 G A1 09/26 11:28 AM ",
    b"01 I E 0276 G B3 ",
    b"L1C",
    b"@",
    b"L1HND:",
    b"###DATE...NMBR...NAME+++",
    b"\x80\x20\x01\x08",
    b"\x04\x12",
    b"\r",
    b"\n",
    b"O",
    b"P",
    b"-",
]
chunks = st.lists(st.one_of(st.binary(max_size=40), st.sampled_from(FRAGMENTS)), max_size=30)


@settings(max_examples=150, deadline=None)
@given(pieces=chunks)
def test_random_input_never_raises_or_pops_without_caller(pieces: list[bytes]) -> None:
    for fmt in PARSERS:
        parser = make_parser(fmt, now=lambda: NOW, monotonic=lambda: 0.0)
        events = [e for piece in pieces for e in parser.feed(piece)] + parser.poll() + parser.flush()
        for event in events:
            assert event.kind in KINDS
            for text in (event.number, event.name, event.line, event.raw, event.dialled):
                assert text is None or safe_text(text) == text  # always storable and exportable
            if event.kind == "ring":
                assert event.number or event.absent in ("private", "unavailable"), event


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=300))
def test_auto_decode_never_raises(data: bytes) -> None:
    for event in decode(data, "auto", now=NOW):
        assert event.kind != "ring" or event.number or event.absent


# Issue 7: well-formed modem call blocks separated by RINGs (and blank lines) are one call each.
NUMBERS = st.one_of(
    st.sampled_from(["5551111", "09121111111", "407-555-2120", "O", "P", "A", "PRIVATE", "OUT OF AREA"]),
    st.from_regex(r"0\d{6,10}", fullmatch=True),
)
NAMES = st.sampled_from(["JOHN DOE", "TIME WARNER COM", "Vähälä", "O", "PRIVATE", "ELMHURST, IL"])


@st.composite
def call_block(draw: st.DrawFn) -> tuple[list[str], tuple]:
    number, name = draw(NUMBERS), draw(st.one_of(st.none(), NAMES))
    lines = []
    stamp = draw(st.sampled_from(["none", "date", "both"]))
    if stamp != "none":
        lines.append(f"DATE = {draw(st.integers(1, 12)):02d}{draw(st.integers(1, 28)):02d}")
    if stamp == "both":
        lines.append(f"TIME = {draw(st.integers(0, 23)):02d}{draw(st.integers(0, 59)):02d}")
    caller = [f"NMBR = {number}"] + ([f"NAME = {name}"] if name is not None else [])
    lines += caller[::-1] if draw(st.booleans()) else caller
    expected_number, absent = clean_number(number)
    return lines, (expected_number, absent, clean_name(name))


separators = st.lists(st.sampled_from(["RING", ""]), max_size=4).map(lambda items: [*items, "RING"])


@st.composite
def modem_stream(draw: st.DrawFn) -> tuple[bytes, list[tuple], list[int], list[float]]:
    blocks = draw(st.lists(call_block(), min_size=1, max_size=6))
    ending = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    lines: list[str] = draw(st.sampled_from([[], ["RING"], ["", "RING", ""]]))
    for block_lines, _ in blocks:
        lines += block_lines + draw(separators)
    data = "".join(line + ending for line in lines).encode()
    cuts = sorted(draw(st.lists(st.integers(0, len(data)), max_size=8)))
    pauses = draw(st.lists(st.floats(0, 20), min_size=len(cuts) + 1, max_size=len(cuts) + 1))
    return data, [expected for _, expected in blocks], cuts, pauses


def _pieces(data: bytes, cuts: list[int]) -> list[bytes]:
    edges = [0, *cuts, len(data)]
    return [data[a:b] for a, b in zip(edges, edges[1:], strict=False)]


@settings(max_examples=200, deadline=None)
@given(stream=modem_stream())
def test_modem_blocks_split_anywhere_are_one_call_each(stream: tuple) -> None:
    data, expected, cuts, _ = stream
    parser = ModemParser(now=lambda: NOW, monotonic=lambda: 0.0)
    events = [e for piece in _pieces(data, cuts) for e in parser.feed(piece)] + parser.flush()
    assert [(e.kind, e.number, e.absent, e.name) for e in events] == [("ring", *call) for call in expected]
    assert events == decode(data, "modem", now=NOW) == decode(data, "auto", now=NOW)


@settings(max_examples=200, deadline=None)
@given(stream=modem_stream())
def test_modem_calls_do_not_depend_on_timing(stream: tuple) -> None:
    """Pauses of any length between reads change when a call pops, never which calls there are."""
    data, expected, cuts, pauses = stream
    clock = FakeClock()
    parser = ModemParser(now=clock.now, monotonic=clock.monotonic)
    events = []
    for piece, pause in zip(_pieces(data, cuts), pauses, strict=True):
        events += parser.feed(piece)
        clock.advance(pause)
        events += parser.poll()
    events += parser.flush()
    calls = [(e.number, e.absent) for e in events if e.kind == "ring"]
    assert calls == [(number, absent) for number, absent, _ in expected]
