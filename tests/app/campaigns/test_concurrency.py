"""Two agents claiming at once never get the same member: threads and processes, on a real SQLite file
and on PostgreSQL (`any_db`)."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from threading import Barrier

from app.campaigns.dto import TargetFilter
from app.db import Database
from tests.app.campaigns.claimers import claim_all
from tests.app.campaigns.conftest import MONDAY_10, add_customer, running_campaign

MEMBERS = 60


def _campaign(db: Database) -> int:
    ids = [add_customer(db, f"Prospect {i}", f"0913{i:07d}") for i in range(MEMBERS)]
    return running_campaign(db, TargetFilter(customer_ids=ids))


def _assert_disjoint_and_complete(claims: list[list[int]]) -> None:
    every = [member for claimed in claims for member in claimed]
    assert len(every) == len(set(every)) == MEMBERS  # nobody twice, nobody left behind
    assert all(claimed for claimed in claims)  # in lock step, each claimer got some: they really ran side by side


def test_two_threads_never_claim_the_same_member(any_db: Database) -> None:
    campaign_id = _campaign(any_db)
    barrier = Barrier(2)
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(claim_all, any_db.url, campaign_id, name, MONDAY_10.isoformat(), barrier)
                   for name in ("sara", "reza")]  # fmt: skip
        claims = [f.result(timeout=120) for f in futures]
    _assert_disjoint_and_complete(claims)


def test_two_processes_never_claim_the_same_member(any_db: Database) -> None:
    campaign_id = _campaign(any_db)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(claim_all, any_db.url, campaign_id, name, MONDAY_10.isoformat())
                   for name in ("sara", "reza")]  # fmt: skip
        claims = [f.result(timeout=120) for f in futures]
    every = [member for claimed in claims for member in claimed]
    assert len(every) == len(set(every)) == MEMBERS
