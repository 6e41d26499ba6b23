"""The few date expressions SQLite and PostgreSQL spell differently, each one dialect branch.

Written as SQLAlchemy constructs compiled per dialect, so queries stay one portable `select()`
and only these functions know the SQL behind them. Datetimes are naive local wall-clock times.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Date, DateTime, Float, Integer, case, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class hour_of(FunctionElement[int]):  # noqa: N801 - reads like the SQL function it is
    """Hour of day 0-23."""

    type = Integer()
    inherit_cache = True


class weekday_of(FunctionElement[int]):  # noqa: N801
    """Day of week, 0 = Monday .. 6 = Sunday (Python's `date.weekday()`), on both backends."""

    type = Integer()
    inherit_cache = True


class day_of(FunctionElement[Any]):  # noqa: N801
    """The calendar date of a datetime (a `date` in Python on both backends)."""

    type = Date()
    inherit_cache = True


class days_between(FunctionElement[float]):  # noqa: N801
    """`days_between(a, b)`: fractional days from a to b (b - a)."""

    type = Float()
    inherit_cache = True


class days_later(FunctionElement[Any]):  # noqa: N801
    """`days_later(a, n)`: a moment at least n days after a, at most a second later: an upper bound for an
    index range (the exact test is `days_between`)."""

    type = DateTime()
    inherit_cache = True


def _args(compiler: Any, element: FunctionElement[Any], **kw: Any) -> list[str]:
    return [compiler.process(clause, **kw) for clause in element.clauses]


def _arg(compiler: Any, element: FunctionElement[Any], **kw: Any) -> str:
    (only,) = _args(compiler, element, **kw)
    return only


# --- SQLite: datetimes are ISO text; strftime/julianday read them. ---------------------------------
@compiles(hour_of, "sqlite")
def _hour_sqlite(element: hour_of, compiler: Any, **kw: Any) -> str:
    return f"CAST(strftime('%H', {_arg(compiler, element, **kw)}) AS INTEGER)"


@compiles(weekday_of, "sqlite")
def _weekday_sqlite(element: weekday_of, compiler: Any, **kw: Any) -> str:
    # %w is 0 = Sunday; shift so Monday is 0 as in Python and PostgreSQL's isodow - 1.
    return f"((CAST(strftime('%w', {_arg(compiler, element, **kw)}) AS INTEGER) + 6) % 7)"


@compiles(day_of, "sqlite")
def _day_sqlite(element: day_of, compiler: Any, **kw: Any) -> str:
    return f"date({_arg(compiler, element, **kw)})"


@compiles(days_between, "sqlite")
def _between_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    a, b = _args(compiler, element, **kw)
    return f"(julianday({b}) - julianday({a}))"


@compiles(days_later, "sqlite")
def _later_sqlite(element: days_later, compiler: Any, **kw: Any) -> str:
    a, n = _args(compiler, element, **kw)
    # datetime() drops the fraction of a second: one second of slack keeps the bound above the exact moment.
    return f"datetime({a}, '+' || {n} || ' days', '+1 seconds')"


# --- PostgreSQL: timestamp without time zone. ---------------------------------------------------------
@compiles(hour_of, "postgresql")
def _hour_pg(element: hour_of, compiler: Any, **kw: Any) -> str:
    return f"CAST(EXTRACT(HOUR FROM {_arg(compiler, element, **kw)}) AS INTEGER)"


@compiles(weekday_of, "postgresql")
def _weekday_pg(element: weekday_of, compiler: Any, **kw: Any) -> str:
    return f"(CAST(EXTRACT(ISODOW FROM {_arg(compiler, element, **kw)}) AS INTEGER) - 1)"


@compiles(day_of, "postgresql")
def _day_pg(element: day_of, compiler: Any, **kw: Any) -> str:
    return f"CAST({_arg(compiler, element, **kw)} AS DATE)"


@compiles(days_between, "postgresql")
def _between_pg(element: days_between, compiler: Any, **kw: Any) -> str:
    a, b = _args(compiler, element, **kw)
    return f"(EXTRACT(EPOCH FROM ({b}) - ({a})) / 86400.0)"


@compiles(days_later, "postgresql")
def _later_pg(element: days_later, compiler: Any, **kw: Any) -> str:
    a, n = _args(compiler, element, **kw)
    return f"({a} + make_interval(days => {n}))"


def count_if(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    """COUNT of the rows where `condition` holds, portable (no FILTER clause on older SQLite)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def sum_if(condition: ColumnElement[bool], value: Any) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0)
