"""Dashboard KPIs and breakdowns against hand-computed numbers, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import literal, select

from app.analytics.breakdowns import agent_table, calls_per_day, calls_per_hour, heat_map, top_reasons
from app.analytics.kpis import kpi_summary, kpis_per_day
from app.analytics.sqlparts import day_of, days_between, hour_of, weekday_of
from app.db import Database
from tests.app.analytics.conftest import add_call, add_customer, add_order, add_reason, add_user

DAY = datetime(2026, 1, 5)  # a Monday
NEXT = DAY + timedelta(days=1)


@pytest.fixture
def office(any_db: Database) -> Database:
    """Six calls on Monday 2026-01-05 (four inbound, two outbound) and one two weeks later."""
    a, b = add_user(any_db, "ali"), add_user(any_db, "bita")
    order_reason, question = add_reason(any_db, "Order"), add_reason(any_db, "Question")
    n1, n2, n3 = "+989120000001", "+989120000002", "+989120000003"
    add_call(any_db, DAY.replace(hour=9), ring=10, talk=100, number=n1, agent_id=a, reason_id=order_reason)
    add_call(any_db, DAY.replace(hour=10), ring=30, talk=200, number=n2, agent_id=b, reason_id=order_reason)
    add_call(any_db, DAY.replace(hour=10, minute=30), status="missed", ring=25, number=n3)
    add_call(any_db, DAY.replace(hour=11), status="abandoned", ring=5, number=n1)  # n1 calls again: not resolved
    add_call(any_db, DAY.replace(hour=12), "out", ring=5, talk=300, number=n1, agent_id=a, reason_id=question)
    add_call(any_db, DAY.replace(hour=13), "out", "no-answer", ring=40, number=n3, agent_id=b)
    add_call(any_db, DAY + timedelta(days=15), ring=3, talk=60, number=n2, agent_id=a)  # > 7 days after n2's call
    customer = add_customer(any_db, "Reza")
    add_order(any_db, customer, DAY.replace(hour=12, minute=10), "300000")
    return any_db


def test_kpi_summary_matches_hand_computed_numbers(office: Database) -> None:
    s = kpi_summary(office, DAY, NEXT)
    t = s.totals
    assert (t.offered, t.answered, t.missed, t.abandoned, t.unanswered) == (4, 2, 1, 1, 2)
    assert t.abandonment_rate == 0.5
    assert t.service_level == 0.25  # only the 10 s answer is within 20 s; abandons stay offered
    assert t.average_speed_of_answer == 20  # (10 + 30) / 2
    assert t.average_handle_time == 200  # (100 + 200 + 300) / 3 answered calls, both directions
    assert (t.outbound, t.outbound_answered, t.handled, t.agents) == (2, 1, 3, 2)
    assert t.calls_per_agent == 1.5
    assert s.first_contact_resolution == 0.5  # n1 called back within 7 days, n2 did not
    assert (s.orders, s.revenue, s.revenue_per_call) == (1, Decimal("300000.00"), Decimal("100000.00"))


def test_service_level_threshold_is_a_parameter(office: Database) -> None:
    assert kpi_summary(office, DAY, NEXT, answer_within=30).totals.service_level == 0.5


def test_empty_period_has_zero_counts_and_no_rates(office: Database) -> None:
    s = kpi_summary(office, datetime(2025, 1, 1), datetime(2025, 2, 1))
    assert s.totals.offered == s.totals.handled == s.orders == 0
    assert s.totals.abandonment_rate is None and s.totals.service_level is None
    assert s.totals.average_speed_of_answer is None and s.totals.average_handle_time is None
    assert s.first_contact_resolution is None and s.revenue_per_call is None


def test_period_with_only_missed_calls(any_db: Database) -> None:
    add_call(any_db, DAY.replace(hour=9), status="missed", ring=30)
    add_call(any_db, DAY.replace(hour=9, minute=5), status="missed", ring=30, number="+989120000009")
    t = kpi_summary(any_db, DAY, NEXT).totals
    assert (t.offered, t.answered, t.missed) == (2, 0, 2)
    assert t.abandonment_rate == 1.0 and t.service_level == 0.0
    assert t.average_speed_of_answer is None and t.calls_per_agent is None


def test_per_day_and_per_hour(office: Database) -> None:
    days = kpis_per_day(office, DAY, DAY + timedelta(days=30))
    assert [(d, t.offered, t.answered) for d, t in days] == [(date(2026, 1, 5), 4, 2), (date(2026, 1, 20), 1, 1)]
    hours = {h.bucket: h for h in calls_per_hour(office, DAY.date())}
    assert len(hours) == 24
    assert (hours[10].inbound, hours[10].answered, hours[10].missed) == (2, 1, 1)
    assert (hours[13].outbound, hours[13].missed) == (1, 1)
    per_day = calls_per_day(office, date(2026, 1, 4), date(2026, 1, 6))
    assert [(p.bucket.day, p.inbound, p.outbound) for p in per_day] == [(4, 0, 0), (5, 4, 2), (6, 0, 0)]


def test_heat_map_reasons_and_agents(office: Database) -> None:
    grid = heat_map(office, DAY, DAY + timedelta(days=30))
    assert grid[0][9] == 1 and grid[0][10] == 2 and grid[0][11] == 1 and grid[0][12] == 0  # outbound not counted
    assert grid[1][0] == 1  # 2026-01-20 00:00 is a Tuesday
    assert sum(map(sum, grid)) == 5
    assert top_reasons(office, DAY, NEXT) == [("Order", 2), ("Question", 1)]
    agents = {a.username: a for a in agent_table(office, DAY, NEXT)}
    assert (agents["ali"].calls, agents["ali"].answered, agents["ali"].talk_seconds, agents["ali"].missed) == (
        2, 2, 400, 0,
    )  # fmt: skip
    assert (agents["bita"].calls, agents["bita"].missed, agents["bita"].average_handle_time) == (2, 1, 200)


def test_date_parts_agree_on_both_backends(any_db: Database) -> None:
    with any_db.engine.connect() as conn:
        for offset in range(7):
            moment = datetime(2026, 1, 5, 7, 30) + timedelta(days=offset, hours=offset)
            value = literal(moment)
            row = conn.execute(
                select(hour_of(value), weekday_of(value), day_of(value), days_between(literal(DAY), value))
            ).one()
            assert row[0] == moment.hour and row[1] == moment.weekday() and row[2] == moment.date()
            assert row[3] == pytest.approx((moment - DAY).total_seconds() / 86400)
