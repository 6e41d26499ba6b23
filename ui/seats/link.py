"""The seat's ear on the server: the listener thread's news and connection state, re-emitted on the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from app.seats.listener import Listener


class SeatLink(QObject):
    news = Signal(object)  # dict: kind, seat, call_id, ...
    state = Signal(str, str)  # "connected", "lost" or "stopped"; detail

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener = Listener(url, self._heard, self._changed)
        listener = self.listener
        # The thread must not outlive this object (its signals would be emitted on a deleted C++ object).
        self.destroyed.connect(lambda: listener.stop(0))

    def _heard(self, news: dict[str, Any]) -> None:
        try:
            self.news.emit(news)
        except RuntimeError:  # the window closed while a notice was on its way
            pass

    def _changed(self, state: str, detail: str) -> None:
        try:
            self.state.emit(state, detail)
        except RuntimeError:
            pass

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()
