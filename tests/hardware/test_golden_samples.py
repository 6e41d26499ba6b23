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


def load_golden() -> dict[str, dict[str, dict[str, list]]]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir()))
def test_sample_calls_are_unchanged(name: str) -> None:
    golden = load_golden()[name]
    now = current_outputs()[name]
    assert {fmt: out["calls"] for fmt, out in now.items()} == {fmt: out["calls"] for fmt, out in golden.items()}


if __name__ == "__main__" and "--write" in sys.argv:
    GOLDEN.write_text(json.dumps(current_outputs(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
