"""Seat tables (migration 0011): which seats pop each line, who is doing what, and which seats hold caller ID."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models import Base

ROUTE_MODES = ("all", "seats", "agent")  # every seat; the listed seats; the seat the named agent signed in on
STATES = ("signed_in", "available", "on_call", "wrap_up", "break", "signed_out")


class CallRoute(Base):
    """Per line: which seats pop its calls. A line without a row rings on every seat."""

    __tablename__ = "call_routes"
    line: Mapped[str] = mapped_column(String(32), primary_key=True)
    mode: Mapped[str] = mapped_column(String(8), default="all")
    target: Mapped[str] = mapped_column(String(800), default="")  # seat names (one a line) or an agent's username
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    updated_by: Mapped[str] = mapped_column(String(64), default="")


class AgentPresence(Base):
    """One row per agent: their state, on which seat, and the call they are on (with whom, since when)."""

    __tablename__ = "agent_presence"
    agent: Mapped[str] = mapped_column(String(64), primary_key=True)
    seat: Mapped[str] = mapped_column(String(120), default="")
    state: Mapped[str] = mapped_column(String(16), default="available")
    call_id: Mapped[int | None] = mapped_column(Integer)
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    since: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)


class CallerIdHost(Base):
    """A seat with caller-ID sources and when it last said it was alive (its heartbeat)."""

    __tablename__ = "callerid_hosts"
    seat: Mapped[str] = mapped_column(String(120), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
