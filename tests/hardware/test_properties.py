"""Property tests: hostile bytes never crash a parser or invent a call."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.decode import decode
from hardware.formats import PARSERS, make_parser
from tests.hardware.conftest import NOW

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
            assert event.kind in ("ring", "end", "update", "log")
            if event.kind == "ring":
                assert event.number or event.absent in ("private", "unavailable"), event


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=300))
def test_auto_decode_never_raises(data: bytes) -> None:
    for event in decode(data, "auto", now=NOW):
        assert event.kind != "ring" or event.number or event.absent
