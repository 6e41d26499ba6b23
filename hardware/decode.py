"""Decode a whole capture at once, and the ``decode-cid`` command behind ``decode_cid_main``."""

from __future__ import annotations

import json
import sys
from datetime import datetime

from hardware.events import CallerIdEvent
from hardware.formats import canonical_format, detect_format, looks_binary, make_parser


def unescape_capture(data: bytes) -> bytes:
    """NCID test captures write a line end as the two characters ``\\n`` (and ``\\r``)."""
    return data.replace(b"\\r\\n", b"\r\n").replace(b"\\n", b"\n").replace(b"\\r", b"\r")


def decode_with_diagnostics(
    data: bytes, fmt: str = "auto", now: datetime | None = None
) -> tuple[list[CallerIdEvent], list[str]]:
    """Events and diagnostics of a capture; ``now`` fixes the clock for missing date fields."""
    key = canonical_format(fmt)
    if key != "mdmf" and not looks_binary(data):
        data = unescape_capture(data)
    if key == "auto":
        detected = detect_format(data)
        if detected is None:
            return [], ["no caller-ID records recognised"]
        key = detected
    clock = (lambda: now) if now is not None else datetime.now
    # A capture has no timing: a constant monotonic clock. Modem and NCID parsers decide calls from
    # the stream's structure alone, so they give what the live source gives for the same bytes.
    parser = make_parser(key, now=clock, monotonic=lambda: 0.0)
    events = parser.feed(data) + parser.flush()
    return events, list(parser.diagnostics)


def decode(data: bytes, fmt: str = "auto", now: datetime | None = None) -> list[CallerIdEvent]:
    """All events in ``data``; ``fmt`` is a format name or "auto" to detect it from the content."""
    return decode_with_diagnostics(data, fmt, now)[0]


def decode_cid_main(path: str, fmt: str, now: datetime | None = None) -> int:
    """Print one JSON object per popped call in the capture at ``path``; returns an exit code.

    ``now`` fixes the clock for fields the capture leaves out (tests); by default, the current time.
    """
    try:
        key = canonical_format(fmt or "auto")
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        with open(path, "rb") as capture:
            data = capture.read()
    except OSError as exc:
        print(f"error: cannot read {path!r}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    events, diagnostics = decode_with_diagnostics(data, key, now)
    for message in diagnostics:
        print(f"warning: {message}", file=sys.stderr)
    for event in events:
        if event.kind == "ring":
            print(json.dumps(event.to_json_dict()), flush=False)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(decode_cid_main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "auto"))
