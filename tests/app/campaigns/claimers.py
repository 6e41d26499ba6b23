"""A claiming agent run in another thread or process: opens the database itself and claims until empty."""

from __future__ import annotations

from datetime import datetime
from threading import Barrier, BrokenBarrierError

from app.campaigns.queue import next_call
from app.db import open_database


def claim_all(url: str, campaign_id: int, prefix: str, now_iso: str, barrier: Barrier | None = None) -> list[int]:
    """Member ids claimed by agents `prefix-0`, `prefix-1`, ... (one claim each) until the pool is empty.

    With a `barrier`, the claimers go in lock step: every round each of them claims at the same moment.
    """
    db = open_database(url, migrate=False)
    now = datetime.fromisoformat(now_iso)
    claimed: list[int] = []
    try:
        while True:
            if barrier is not None:
                try:
                    barrier.wait(timeout=60)
                except BrokenBarrierError:  # the other claimer found the pool empty
                    barrier = None
            call = next_call(db, campaign_id, f"{prefix}-{len(claimed)}", now=now)
            if call is None:
                break
            claimed.append(call.member_id)
    finally:
        if barrier is not None:
            barrier.abort()
        db.dispose()
    return claimed
