"""The one list of tables whose rows belong to a customer and move to the survivor of a merge.

A new capability with a `customer_id` column (tickets, campaign members, ...) adds one line here;
tables not created yet on this database are skipped.
"""

from __future__ import annotations

RELATED: list[tuple[str, str]] = [
    ("phones", "customer_id"),
    ("calls", "customer_id"),
    ("orders", "customer_id"),
    ("tickets", "customer_id"),
    ("campaign_members", "customer_id"),
]


def register_related(table: str, column: str = "customer_id") -> None:
    if (table, column) not in RELATED:
        RELATED.append((table, column))
