"""The command line's one error convention: a mistake is one `error:` line on stderr and exit code 2.

Every subcommand parser (nested ones included: `add_subparsers` makes them of the parent's class)
is a `CommandLineParser`, so argparse's usage block never reaches the user. Code that wants to
handle the mistake itself (e.g. to add context) can catch `CommandLineError` via `raising=True`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

EXIT_USAGE = 2


class CommandLineError(ValueError):
    """A mistake on the command line (unknown option, missing or bad value)."""


def error_line(message: str) -> str:
    """`message` as the single line printed for it (newlines inside it folded)."""
    return "error: " + " ".join(str(message).split())


class CommandLineParser(argparse.ArgumentParser):
    """argparse that reports a mistake as one `error: ...` line (exit 2), or raises it when `raising`."""

    def __init__(self, *args: Any, raising: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.raising = raising

    def error(self, message: str) -> NoReturn:
        if self.raising:
            raise CommandLineError(message)
        print(error_line(f"{self.prog}: {message}; see `{self.prog} --help`"), file=sys.stderr)
        sys.exit(EXIT_USAGE)

    def add_subparsers(self, **kwargs: Any) -> Any:
        # Subcommands inherit the convention (argparse would give them this class anyway, but not `raising`).
        kwargs.setdefault("parser_class", type(self))
        action = super().add_subparsers(**kwargs)
        raising = self.raising
        make = action.add_parser

        def add_parser(name: str, **options: Any) -> argparse.ArgumentParser:
            options.setdefault("raising", raising)
            return make(name, **options)

        action.add_parser = add_parser  # type: ignore[method-assign]
        return action
