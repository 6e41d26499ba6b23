"""Countries by name for the office's phone rules: every region phonenumbers knows, named by Qt."""

from __future__ import annotations

from functools import cache

import phonenumbers

from PySide6.QtCore import QLocale


@cache
def countries() -> list[tuple[str, str]]:
    """(label, ISO code) pairs sorted by label, e.g. ("Iran (+98)", "IR")."""
    found = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        territory = QLocale.codeToTerritory(code)
        if territory == QLocale.Country.AnyTerritory:
            continue
        name = QLocale.territoryToString(territory)
        found.append((f"{name} (+{phonenumbers.country_code_for_region(code)})", code))
    return sorted(found)
