"""Erlang C against published worked examples, and the `erlang` command line."""

from __future__ import annotations

import pytest

from app.analytics.erlang import agents_needed, erlang_c, service_level
from app.analytics.erlang_cli import erlang_main


def test_callcentrehelper_worked_example() -> None:
    # callcentrehelper.com, "Erlang C Formula - Made Simple With an Easy Worked Example": 100 calls in
    # 30 minutes, AHT 180 s, 80% answered in 20 s -> 10 erlangs; starting from 11 agents (Pw 0.6821),
    # 14 agents are needed: Pw 0.1741, service level 88.8%, ASA 7.8 s, occupancy 71.4%; with 30%
    # shrinkage 20 agents are rostered. (Each value below was also recomputed from the formula.)
    assert erlang_c(11, 10.0) == pytest.approx(0.6821, abs=5e-5)
    need = agents_needed(100, 1800, 180, 0.8, 20, shrinkage=0.3)
    assert need.traffic_erlangs == 10.0
    assert need.agents == 14
    assert need.probability_waiting == pytest.approx(0.1741, abs=5e-5)
    assert need.service_level == pytest.approx(0.888, abs=5e-4)
    assert need.average_speed_of_answer == pytest.approx(7.8, abs=0.05)
    assert need.occupancy == pytest.approx(0.714, abs=5e-4)
    assert need.scheduled_agents == 20
    assert service_level(13, 10.0, 180, 20) < 0.8  # 13 agents fall short, so 14 is the least


def test_textbook_value_and_edges() -> None:
    assert erlang_c(3, 2.0) == pytest.approx(4 / 9)  # M/M/3 at 2 erlangs: P(wait) = 4/9
    assert erlang_c(1, 0.5) == pytest.approx(0.5)  # M/M/1: P(wait) = utilisation
    assert erlang_c(5, 5.0) == 1.0 and erlang_c(4, 0.0) == 0.0
    assert agents_needed(0, 1800, 180).agents == 0


def test_max_occupancy_adds_agents() -> None:
    # 100 erlangs need few agents above 100 for 80/20, but 85% occupancy needs ceil(100 / 0.85) = 118.
    assert agents_needed(1000, 1800, 180, 0.8, 20).agents < 118
    assert agents_needed(1000, 1800, 180, 0.8, 20, max_occupancy=0.85).agents == 118


def test_cli_prints_key_value_lines(capsys: pytest.CaptureFixture[str]) -> None:
    argv = "--calls 100 --interval 1800 --aht 180 --target 0.8 --answer-within 20 --max-occupancy 0.85 --shrinkage 0.3"
    assert erlang_main(argv.split()) == 0
    lines = dict(line.split(": ") for line in capsys.readouterr().out.splitlines())
    assert lines["agents"] == "14" and lines["scheduled_agents"] == "20"
    assert float(lines["probability_waiting"]) == pytest.approx(0.1741, abs=1e-4)
    assert float(lines["service_level"]) == pytest.approx(0.8884, abs=1e-4)
    assert float(lines["average_speed_of_answer"]) == pytest.approx(7.84, abs=0.01)
    assert float(lines["occupancy"]) == pytest.approx(0.7143, abs=1e-4)
    assert float(lines["traffic_erlangs"]) == 10.0


@pytest.mark.parametrize(
    "argv",
    [
        "--calls x --aht 180", "--aht 180", "--calls 100 --aht 0", "--calls 100 --aht 180 --target 1.5",
        "--calls -1 --aht 180", "--calls 100 --aht 180 --shrinkage 1", "--calls nan --aht 180",
        "--calls 1 --aht 1 --bogus",
    ],
)  # fmt: skip
def test_cli_bad_input_is_one_error_line(argv: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert erlang_main(argv.split()) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: ") and captured.err.count("\n") == 1
