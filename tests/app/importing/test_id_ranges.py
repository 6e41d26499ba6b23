"""The runs of ids an import keeps for the customers it created answer exactly like a set."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.importing.plan import IdRanges


@given(st.lists(st.lists(st.integers(min_value=1, max_value=200), max_size=30), max_size=10), st.integers(-5, 210))
def test_id_ranges_answer_like_a_set(batches: list[list[int]], probe: int) -> None:
    ranges, ids = IdRanges(), set()
    for batch in batches:
        ranges.add(batch)
        ids.update(batch)
    assert all(i in ranges for i in ids)
    assert (probe in ranges) == (probe in ids)
    assert None not in ranges


def test_consecutive_ids_stay_one_run() -> None:
    ranges = IdRanges()
    for start in range(1, 1_000_001, 5000):
        ranges.add(list(range(start, start + 5000)))
    assert len(ranges._starts) == 1  # a million created customers: one run, not a million ints
    assert 1 in ranges and 1_000_000 in ranges and 1_000_001 not in ranges
