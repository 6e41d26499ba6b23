"""No regression: ``decode-cid`` on every shared sample gives what it gave before issue 7.

The golden file was written by the code before any issue-7 change (``python -m
tests.hardware.test_golden_samples --write`` regenerates it; a difference must be a justified fix).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from hardware.decode import decode_with_diagnostics
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


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir()))
def test_sample_calls_are_unchanged(name: str) -> None:
    golden = load_golden()[name]
    now = current_outputs()[name]
    assert {fmt: out["calls"] for fmt, out in now.items()} == {fmt: out["calls"] for fmt, out in golden.items()}


if __name__ == "__main__" and "--write" in sys.argv:
    GOLDEN.write_text(json.dumps(current_outputs(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
