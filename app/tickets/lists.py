"""The ticket's editable lists (categories, departments, tiers) in the shared `lookups` table."""

from __future__ import annotations

TICKET_CATEGORY = "ticket_category"
TICKET_DEPARTMENT = "ticket_department"
TICKET_TIER = "ticket_tier"

TICKET_DEFAULTS = {
    TICKET_CATEGORY: ["Delivery", "Billing", "Product fault", "Installation", "Account", "Other"],
    TICKET_DEPARTMENT: ["Customer service", "Technical", "Sales", "Finance"],
    TICKET_TIER: ["First line", "Second line", "Technician", "Sales"],
}
