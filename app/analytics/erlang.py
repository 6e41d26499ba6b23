"""Erlang C: how many agents an interval needs to answer a share of calls within a time.

Standard M/M/N queue formulas (Poisson arrivals, exponential handle times, nobody hangs up):
traffic A = calls x AHT / interval (erlangs); P(wait) = Erlang C(N, A);
service level = 1 - P(wait) x exp(-(N - A) x answer_within / AHT); ASA = P(wait) x AHT / (N - A);
occupancy = A / N. Scheduled agents add shrinkage (breaks, training, absence): N / (1 - shrinkage).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MAX_AGENTS = 10_000


@dataclass(frozen=True, slots=True)
class StaffingNeed:
    traffic_erlangs: float
    agents: int  # on the phones, after the service-level and occupancy targets
    scheduled_agents: int  # on the roster, after shrinkage
    probability_waiting: float
    service_level: float
    average_speed_of_answer: float  # seconds
    occupancy: float


def traffic(calls: float, interval_seconds: float, aht_seconds: float) -> float:
    return calls * aht_seconds / interval_seconds


def erlang_c(agents: int, traffic_erlangs: float) -> float:
    """Probability that a call waits; 1.0 when the agents cannot keep up (N <= A)."""
    if traffic_erlangs <= 0:
        return 0.0
    if agents <= traffic_erlangs:
        return 1.0
    # Erlang B by its recurrence (no factorials, no overflow), then C from B.
    blocking = 1.0
    for k in range(1, agents + 1):
        blocking = traffic_erlangs * blocking / (k + traffic_erlangs * blocking)
    return agents * blocking / (agents - traffic_erlangs * (1 - blocking))


def service_level(agents: int, traffic_erlangs: float, aht_seconds: float, answer_within: float) -> float:
    if traffic_erlangs <= 0:
        return 1.0
    if agents <= traffic_erlangs:
        return 0.0
    waiting = erlang_c(agents, traffic_erlangs)
    return 1 - waiting * math.exp(-(agents - traffic_erlangs) * answer_within / aht_seconds)


def average_speed_of_answer(agents: int, traffic_erlangs: float, aht_seconds: float) -> float:
    if traffic_erlangs <= 0:
        return 0.0
    if agents <= traffic_erlangs:
        return math.inf
    return erlang_c(agents, traffic_erlangs) * aht_seconds / (agents - traffic_erlangs)


def agents_needed(
    calls: float,
    interval_seconds: float,
    aht_seconds: float,
    target: float = 0.8,
    answer_within: float = 20,
    max_occupancy: float = 1.0,
    shrinkage: float = 0.0,
) -> StaffingNeed:
    """The fewest agents meeting the service-level target and staying under `max_occupancy`."""
    if not all(map(math.isfinite, (calls, interval_seconds, aht_seconds, target, answer_within, max_occupancy))):
        raise ValueError("every number must be finite")
    if calls < 0 or interval_seconds <= 0 or aht_seconds <= 0 or answer_within < 0:
        raise ValueError("calls must be >= 0, interval and aht > 0, answer_within >= 0")
    if not 0 < target < 1 or not 0 < max_occupancy <= 1 or not 0 <= shrinkage < 1:
        raise ValueError("target must be in (0, 1), max_occupancy in (0, 1], shrinkage in [0, 1)")
    load = traffic(calls, interval_seconds, aht_seconds)
    if load >= MAX_AGENTS:  # before any sum over agents: 1e12 calls would otherwise run for ever
        raise ValueError(f"more than {MAX_AGENTS} agents needed")
    agents = 0 if load == 0 else max(1, math.floor(load) + 1, math.ceil(load / max_occupancy))
    while load and service_level(agents, load, aht_seconds, answer_within) < target:
        agents += 1
        if agents > MAX_AGENTS:
            raise ValueError(f"more than {MAX_AGENTS} agents needed")
    scheduled = math.ceil(agents / (1 - shrinkage) - 1e-9)  # 14 / 0.7 is 20.000000000000004
    return StaffingNeed(
        traffic_erlangs=load,
        agents=agents,
        scheduled_agents=scheduled,
        probability_waiting=erlang_c(agents, load),
        service_level=service_level(agents, load, aht_seconds, answer_within),
        average_speed_of_answer=average_speed_of_answer(agents, load, aht_seconds),
        occupancy=load / agents if agents else 0.0,
    )
