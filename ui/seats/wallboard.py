"""The wallboard: today's call center in big numbers for a TV or a supervisor's second screen.

It refreshes when a seat publishes news (a ring, an answer, presence) and once a minute, never faster
than that by polling; on SQLite the local pops and presence changes refresh it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.db import Database
from app.seats.wallboard import Figures, figures
from ui.formatting import Formatter, fill
from ui.seats.labels import state_label
from ui.tasks import Latest

MINUTE_MS = 60_000
SETTLE_MS = 300  # news arrives in bursts (ring, presence, answer): one reload for the burst


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title, self.value = QLabel(title), QLabel("–")
        for label, size in ((self.title, 20), (self.value, 56)):
            font = QFont(label.font())
            font.setPointSize(size)
            font.setBold(label is self.value)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)


class WallboardWindow(QWidget):
    def __init__(self, db: Database, fmt: Formatter, now: Callable[[], datetime] = datetime.now,
                 ring_timeout_s: int = 40, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.fmt, self.now, self.ring_timeout_s = db, fmt, now, ring_timeout_s
        self.setWindowTitle(self.tr("Wallboard"))
        self.resize(1280, 720)
        grid = QGridLayout(self)
        self.ringing, self.answered = Tile(self.tr("Ringing now")), Tile(self.tr("Answered today"))
        self.missed, self.service = Tile(self.tr("Missed today")), Tile(self.tr("Service level today"))
        self.longest, self.oldest = (
            Tile(self.tr("Longest current call")),
            Tile(self.tr("Oldest unreturned missed call")),
        )
        self.agents = Tile(self.tr("Agents"))
        self.agents.value.setFont(self.longest.title.font())
        tiles = (self.ringing, self.answered, self.missed, self.service, self.longest, self.oldest)
        for i, tile in enumerate(tiles):
            grid.addWidget(tile, i // 3, i % 3)
        grid.addWidget(self.agents, 2, 0, 1, 3)
        self.loads = Latest()
        self.soon = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.soon.timeout.connect(self.refresh)
        self.minute = QTimer(self, interval=MINUTE_MS)
        self.minute.timeout.connect(self.refresh)
        self.minute.start()
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self.showNormal)
        self.shown: Figures | None = None
        self.refresh()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def news(self, *_args: object) -> None:
        """Something happened on a seat: reload shortly (once for a burst)."""
        self.soon.start()

    def refresh(self) -> None:
        db, now, timeout = self.db, self.now(), self.ring_timeout_s
        self.loads.run(self, lambda: figures(db, now, timeout), self.show_figures, lambda _e: None)

    def show_figures(self, shown: Figures) -> None:
        self.shown, fmt, now = shown, self.fmt, self.now()
        self.ringing.value.setText(fmt.number(shown.ringing))
        self.answered.value.setText(fmt.number(shown.answered))
        self.missed.value.setText(fmt.number(shown.missed))
        self.service.value.setText(fmt.percent(shown.service_level) if shown.service_level is not None else "–")
        if shown.longest_call is None:
            self.longest.value.setText("–")
        else:
            agent, whom, length = shown.longest_call
            self.longest.value.setText(fill(self.tr("%1 (%2, with %3)"), fmt.duration(int(length.total_seconds())),
                                            agent, whom or self.tr("a caller")))  # fmt: skip
        if shown.oldest_missed is None:
            self.oldest.value.setText("–")
        else:
            waited = max(0, int((now - shown.oldest_missed).total_seconds()))
            # Past a day, hours:minutes:seconds reads as noise across a room: whole days say it.
            text = fmt.duration(waited) if waited < 86_400 else fill(self.tr("%1 days"), fmt.number(waited // 86_400))
            self.oldest.value.setText(text)
        counts = sorted(shown.by_state.items())
        lines = ["   ".join(f"{state_label(state)}: {fmt.number(count)}" for state, count in counts)]
        for person in shown.agents:
            since = fmt.duration(max(0, int((now - person.since).total_seconds())))
            if person.state == "on_call":
                lines.append(fill(self.tr("%1 — on a call with %2 for %3"), person.agent, person.with_whom, since))
            else:
                lines.append(fill(self.tr("%1 — %2 for %3"), person.agent, state_label(person.state), since))
        self.agents.value.setText("\n".join(lines) if counts else self.tr("Nobody is signed in"))
