"""No regression: ``decode-cid`` on every shared sample gives what it gave before issue 7.

The golden file was written by the code before any issue-7 change (``python -m
tests.hardware.test_golden_samples --write`` regenerates it; a difference must be a justified fix).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from hardware.decode import decode_cid_main, decode_with_diagnostics
from tests.hardware.conftest import NOW, SAMPLES

GOLDEN = Path(__file__).with_name("golden") / "decode_cid_samples.json"


def _formats(path: Path) -> list[str]:
    if path.suffix == ".txt":
        return ["auto", "yasna"]
    if "modem" in path.name:
        return ["auto", "modem"]
    if "device" in path.name:
        return ["auto", "whozz"]
    if path.suffix == ".data":
        return ["auto", "ncid"]
    return ["auto"]


def current_outputs() -> dict[str, dict[str, dict[str, list]]]:
    """What decode-cid prints (its JSON calls) and warns, per sample and format, at a fixed clock."""
    outputs: dict[str, dict[str, dict[str, list]]] = {}
    for path in sorted(SAMPLES.iterdir()):
        per_format = outputs.setdefault(path.name, {})
        for fmt in _formats(path):
            events, diagnostics = decode_with_diagnostics(path.read_bytes(), fmt, now=NOW)
            per_format[fmt] = {
                "calls": [event.to_json_dict() for event in events if event.kind == "ring"],
                "diagnostics": diagnostics,
            }
    return outputs


# Genuine fixes of a sample result, each justified (issue 7): (file, index of the call) -> changed fields.
# Item 3: a malformed TIME (12541, 17471, 2423) keeps the DATE that was sent, with the clock's time of day,
# instead of replacing the whole stamp with the clock (NOW is 2024-06-01 10:00).
FIXES: dict[tuple[str, int], dict[str, str]] = {
    ("ncid-test-modem-calls.data", 10): {"time": "2024-03-12T10:00:00"},
    ("ncid-test-modem-calls.data", 11): {"time": "2024-03-12T10:00:00"},
    **{("ncid-test-modem-calls.data", index): {"time": "2024-12-01T10:00:00"} for index in range(13, 19)},
    # The same bytes on the NCID path (TIME*2423 with DATE*12012008) agree: the date sent, the clock's time.
    **{("ncid-test-client.data", index): {"time": "2008-12-01T10:00:00"} for index in range(9, 15)},
}


def load_golden() -> dict[str, dict[str, dict[str, list]]]:
    """The recorded outputs with the FIXES applied."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for (name, index), changes in FIXES.items():
        for output in golden[name].values():
            output["calls"][index].update(changes)
    return golden


# Diagnostics reworded or added (issue 7, item 3): the modem's "unusable DATE/TIME" became "time unreadable"
# (the date is now kept), and the NCID path reports unreadable dates and times as the modem path does.
REWORDED = re.compile(r"^unusable DATE/TIME '(\d+)'/'(\d+)'; using the clock$")
ADDED = re.compile(r"^(time|date) unreadable: DATE '[^']*' TIME '[^']*' in 'CID: ")


def expected_diagnostics(golden: list[str]) -> list[str]:
    return [
        REWORDED.sub(r"time unreadable: DATE '\1' TIME '\2'; what is unreadable comes from the clock", message)
        for message in golden
    ]


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir()))
def test_sample_calls_are_unchanged(name: str) -> None:
    golden = load_golden()[name]
    now = current_outputs()[name]
    assert {fmt: out["calls"] for fmt, out in now.items()} == {fmt: out["calls"] for fmt, out in golden.items()}
    for fmt, out in now.items():
        kept = [message for message in out["diagnostics"] if not ADDED.match(message)]
        assert kept == expected_diagnostics(golden[fmt]["diagnostics"]), fmt


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir()))
def test_decode_cid_command_prints_the_golden_calls(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """What the command prints: one JSON object per call on stdout, each diagnostic as a warning on stderr."""
    assert decode_cid_main(str(SAMPLES / name), "auto", now=NOW) == 0
    out, err = capsys.readouterr()
    golden = load_golden()[name]["auto"]
    assert [json.loads(line) for line in out.splitlines()] == golden["calls"]
    warnings = [line.removeprefix("warning: ") for line in err.splitlines()]
    assert [w for w in warnings if not ADDED.match(w)] == expected_diagnostics(golden["diagnostics"])


if __name__ == "__main__" and "--write" in sys.argv:
    GOLDEN.write_text(json.dumps(current_outputs(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
