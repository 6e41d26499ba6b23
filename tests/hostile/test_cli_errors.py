"""Every command-line mistake, in every subcommand, is one `error:` line and a non-zero exit (no usage block)."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import main
from app.cli_args import CommandLineError, CommandLineParser

REPO = Path(__file__).resolve().parents[2]

MISTAKES = [
    ["--bogus"],
    ["--lang", "xx"],
    ["--exit-after", "soon"],
    ["nosuchcommand"],
    ["demo", "--bogus"],
    ["demo", "--customers", "many"],
    ["demo", "--customers", "-1"],
    ["demo", "--days"],
    ["demo", "--end", "2026-13-45"],
    ["demo", "--orders-share", "3"],
    ["erlang"],
    ["erlang", "--calls", "x", "--aht", "1"],
    ["erlang", "--calls", "10", "--aht", "180", "--bogus", "1"],
    ["export"],
    ["export", "nosuchreport", "--out", "x.xlsx"],
    ["export", "calls"],
    ["export", "calls", "--out", "x.xlsx", "--from", "yesterday"],
    ["export", "calls", "--out", "x.txt"],
    ["export", "tickets"],
    ["export", "tickets", "--out", "x.xlsx", "--lang", "xx"],
    ["import"],
    ["import", "customers"],
    ["import", "orders", "f.csv"],
    ["import", "customers", "f.csv", "--mode", "replace"],
    ["import", "customers", "f.csv", "--on-duplicate"],
    ["db"],
    ["db", "downgrade"],
    ["db", "upgrade", "--force"],
    ["decode-cid"],
    ["decode-cid", "capture.txt", "--format", "morse"],
]


def run_main(argv: list[str]) -> int:
    try:
        return main.main(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


@pytest.mark.parametrize("argv", MISTAKES, ids=" ".join)
def test_a_mistake_is_one_error_line(argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_main(["--db", str(tmp_path / "t.db"), *argv])
    out, err = capsys.readouterr()
    assert code != 0
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "usage:" not in err and "Traceback" not in err and out == ""


def test_help_still_documents_a_nested_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_main(["db", "--help"]) == 0
    assert "upgrade" in capsys.readouterr().out


def test_through_a_real_process(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--db", str(tmp_path / "t.db"), "db", "upgrade", "--force"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr


def test_the_shared_parser_can_raise_for_callers_that_add_context() -> None:
    parser = CommandLineParser(prog="backup", raising=True)
    actions = parser.add_subparsers(dest="what", required=True)
    actions.add_parser("now").add_argument("--out", required=True)
    with pytest.raises(CommandLineError, match="--out"):
        parser.parse_args(["now"])


TOKENS = [
    "--calls",
    "--aht",
    "--interval",
    "--target",
    "-1",
    "0",
    "1e999",
    "1e12",
    "nan",
    "10",
    "abc",
    "--",
    "-",
    "--format",
    "morse",
    "auto",
    "upgrade",
    "--lang",
    "fa",
    "\t",
    "علی",
    "--bogus",
    "=",
    "-x",
    "--help=x",
]


@settings(max_examples=300, deadline=None)
@given(command=st.sampled_from([["erlang"], ["decode-cid"], ["db"], ["nosuch"]]),
       rest=st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8).filter(lambda t: "\x00" not in t)),
                     max_size=6))  # fmt: skip  # (a shell cannot pass NUL in an argument)
def test_fuzz_command_lines(command: list[str], rest: list[str]) -> None:
    """Any tokens after these commands: a result, or one `error:` line and exit 2 (never usage, never a traceback)."""
    if "--help" in rest or "-h" in rest or any(token.startswith("--d") for token in rest):
        return  # help is not a mistake; a second --db (or its abbreviation) would create a database file
    argv = ["--db", "/nonexistent-folder/t.db", *command, *rest]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run_main(argv)
    lines = [line for line in err.getvalue().splitlines() if not line.startswith("warning: ")]
    if code == 0:
        assert lines == []
    else:
        assert code in (1, 2) and len(lines) == 1 and lines[0].startswith("error: "), (argv, err.getvalue())
