"""The first-run wizard: language, calendar, office country and area code, currency, caller-ID device."""

from __future__ import annotations

from app.db import Database
from app.services.customer_lists import has_customers
from ui.settings import Settings


def needs_first_run(db: Database, settings: Settings) -> bool:
    """Offered once: on a database without customers, until the wizard is finished or skipped."""
    return not settings.value("first_run_done") and not has_customers(db)
