"""Who acts for a widget: the signed-in user of its main window, read when the action runs (so Switch user counts)."""

from __future__ import annotations

from PySide6.QtCore import QObject


def actor_of(widget: QObject | None) -> str:
    """The `actor` of the nearest parent that has one (the main window); '' when none does."""
    while widget is not None:
        actor = getattr(widget, "actor", None)
        if isinstance(actor, str):
            return actor
        widget = widget.parent()
    return ""
