"""How many rows a list holds: exact up to a cap, then an estimate that says it is one.

A list's count runs on a worker beside its first page. Counting millions of rows exactly costs
seconds, so counting stops at `COUNT_CAP` and the rest is extrapolated along the list's own key
(time for calls, id for search results): "about 4,800,000" is as useful as the exact figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

COUNT_CAP = 200_000


@dataclass(frozen=True, slots=True)
class RowCount:
    value: int
    exact: bool = True


def capped_count(session: Session, query: Select, cap: int) -> int:
    """Rows of `query`, counted up to cap + 1 (so "more than cap" is visible and cheap)."""
    limited = query.limit(cap + 1).subquery()
    return int(session.scalar(select(func.count()).select_from(limited)) or 0)


def extrapolate(cap: int, covered: float, span: float) -> RowCount:
    """`cap` rows filled `covered` of a key range `span` wide: the whole range holds about this many."""
    if covered <= 0 or span <= covered:
        return RowCount(cap + 1, exact=False)
    return RowCount(max(cap + 1, round(cap * span / covered)), exact=False)
