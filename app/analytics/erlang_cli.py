"""`tamas erlang ...`: Erlang C staffing for one interval, printed as `key: value` lines."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.analytics.erlang import agents_needed
from app.cli_args import CommandLineParser


def _parser() -> argparse.ArgumentParser:
    # raising: the mistake comes back as a ValueError, printed below like the model's own ValueErrors.
    parser = CommandLineParser(raising=True, prog="erlang", description="Agents needed for one interval (Erlang C).")
    parser.add_argument("--calls", type=float, required=True, help="calls offered in the interval")
    parser.add_argument("--interval", type=float, default=1800, help="interval length in seconds (default 1800)")
    parser.add_argument("--aht", type=float, required=True, help="average handle time in seconds")
    parser.add_argument("--target", type=float, default=0.8, help="service-level target, e.g. 0.8")
    parser.add_argument("--answer-within", type=float, default=20, help="seconds for the service level (default 20)")
    parser.add_argument("--max-occupancy", type=float, default=1.0, help="highest agent occupancy, e.g. 0.85")
    parser.add_argument("--shrinkage", type=float, default=0.0, help="share of paid time off the phones, e.g. 0.3")
    return parser


def erlang_main(argv: Sequence[str]) -> int:
    try:
        args = _parser().parse_args(list(argv))
        need = agents_needed(
            args.calls, args.interval, args.aht, args.target, args.answer_within, args.max_occupancy, args.shrinkage
        )
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"traffic_erlangs: {need.traffic_erlangs:.4f}")
    print(f"agents: {need.agents}")
    print(f"scheduled_agents: {need.scheduled_agents}")
    print(f"probability_waiting: {need.probability_waiting:.4f}")
    print(f"service_level: {need.service_level:.4f}")
    print(f"average_speed_of_answer: {need.average_speed_of_answer:.2f}")
    print(f"occupancy: {need.occupancy:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(erlang_main(sys.argv[1:]))
