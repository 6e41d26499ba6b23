"""The Qt binding the app runs on: guards the version pin in pyproject.toml."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication


def test_processing_events_does_not_leak_references_to_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 loses a reference to None per processEvents(); a day of events then aborts Python."""
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
    assert sys.getrefcount(None) >= before - 50
