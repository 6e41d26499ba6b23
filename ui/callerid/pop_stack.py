"""Where the pops go: a column in the bottom corner of the main window's screen, never off it, never overlapping.

The newest pop sits in the corner on the reading direction's side (bottom-left in right-to-left
languages), older ones above it. Only as many windows as fit (and never more than `max_windows`) are
live; older rings wait as lightweight entries behind a "+N more ringing" strip, so a flood of rings
costs a few windows, not one each. A pop the agent drags sets where the column stands from then on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget

from app.dto import ScreenPop
from ui.formatting import fill, local_number

MARGIN = 12
MAX_WINDOWS = 5
MAX_ENTRIES = 200  # waiting rings kept for the strip; a missed one is in Missed calls anyway
SPARE_WINDOWS = 2  # collapsed windows kept hidden for the next rings: a flood reuses them instead of building anew


@dataclass
class PopEntry:
    """One ring the stack knows about; `window` is None while it waits behind the strip."""

    pop: ScreenPop
    window: QWidget | None = None
    status: str = "ringing"
    shown: int = 0  # when it last had a window (for cycling through the waiting ones)


class MoreRinging(QPushButton):
    """The strip: "+N more ringing"; clicking it lists the waiting callers to show one."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setStyleSheet("QPushButton { background: #fff3e0; border: 1px solid #e65100; border-radius: 6px;"
                           " padding: 6px 12px; font-weight: 600; color: #e65100; }")  # fmt: skip

    def set_count(self, count: int) -> None:
        self.setText(fill(self.tr("+%1 more ringing"), local_number(count)))
        self.adjustSize()


class PopStack(QObject):
    """Owns placement and the live/waiting split; the manager creates the windows through `make_window`."""

    moved_by_agent = Signal(QPoint)  # the column's new corner, after the agent dragged a pop

    def __init__(self, make_window: Callable[[ScreenPop], QWidget], anchor: Callable[[], QWidget | None],
                 max_windows: int = MAX_WINDOWS, parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.make_window, self.anchor, self.max_windows = make_window, anchor, max_windows
        self.entries: list[PopEntry] = []
        self.spare: list[QWidget] = []  # collapsed windows, hidden, that `make_window` may refill
        self.strip = MoreRinging()
        self.strip.clicked.connect(self.show_waiting_menu)
        self.corner: QPoint | None = None  # set when the agent drags a pop; None = the screen's corner
        self._placed: dict[int, QPoint] = {}
        self._serial = 0
        self._save_corner = QTimer(self, singleShot=True, interval=300)
        self._save_corner.timeout.connect(self._restack_after_drag)
        self._dragged: QWidget | None = None
        # A window manager adds the frame (and may resize) after show: place again once it has.
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.layout)

    # -- what the manager tells us
    def add(self, pop: ScreenPop) -> PopEntry:
        entry = PopEntry(pop)
        self.entries.append(entry)
        self._give_window(entry)
        self._trim()
        self.layout()
        return entry

    def forget(self, window: QWidget) -> None:
        """A window closed (logged, "Not now"): the latest waiting ring takes the free place."""
        freed = _real_size(window).height() + MARGIN
        self.entries = [e for e in self.entries if e.window is not window]
        self._placed.pop(id(window), None)
        waiting = [e for e in self.waiting() if e.status == "ringing"]
        if waiting and len(self.windows()) < self.max_windows and self._room_left() >= freed:
            self._give_window(waiting[-1])
        self.layout()

    def settle(self, call_id: int, status: str) -> None:
        """A waiting ring that ended unanswered needs no window any more (Missed calls has it)."""
        for entry in list(self.entries):
            if entry.pop.call_id == call_id:
                entry.status = status
                if entry.window is None and status != "ringing":
                    self.entries.remove(entry)
        self.layout()

    def windows(self) -> list[QWidget]:
        return [e.window for e in self.entries if e.window is not None]

    def waiting(self) -> list[PopEntry]:
        return [e for e in self.entries if e.window is None]

    def close_all(self) -> None:
        windows = self.windows()
        self.entries.clear()  # first, so no closing window hands its place to a waiting ring
        for window in [*windows, *self.spare]:
            window.close()
        self.spare.clear()
        self.strip.hide()

    # -- showing a waiting ring
    def show_waiting_menu(self) -> None:
        self.waiting_menu().popup(self.strip.mapToGlobal(QPoint(0, 0)))

    def waiting_menu(self) -> QMenu:
        """The waiting callers, newest first; choosing one gives it a window."""
        menu = QMenu(self.strip)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for entry in reversed(self.waiting()):
            who = entry.pop.name or entry.pop.display_number or self.tr("Unknown caller")
            menu.addAction(who, lambda e=entry: self.promote(e))
        return menu

    def promote(self, entry: PopEntry) -> None:
        """Give a waiting ring a window; the live one shown longest without being touched waits instead."""
        if entry not in self.entries or entry.window is not None:
            return
        live = [e for e in self.entries if e.window is not None and not _busy(e.window)]
        if len(self.windows()) >= self._capacity() and live:
            self._collapse(min(live, key=lambda e: e.shown))
        self._give_window(entry)
        self.layout()

    # -- placement
    def screen_area(self) -> QRect:
        anchor = self.anchor()
        screen: QScreen | None = anchor.screen() if anchor is not None else None
        screen = screen or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)

    def layout(self) -> None:
        """Place the live windows newest-lowest from the corner up; collapse what does not fit."""
        if self._save_corner.isActive():
            return  # the agent is dragging a pop: the column follows when they let go
        self._fit()
        area = self.screen_area()
        right_to_left = QApplication.isRightToLeft()
        bottom = area.bottom() - MARGIN if self.corner is None else min(self.corner.y(), area.bottom())
        column_x: int | None = None if self.corner is None else self.corner.x()
        for window in reversed(self.windows()):
            size = _real_size(window)
            width = min(size.width(), area.width() - 2 * MARGIN)
            if column_x is None:
                x = area.left() + MARGIN if right_to_left else area.right() - width - MARGIN
            else:
                x = max(area.left(), min(column_x, area.right() - width))
            top = max(area.top(), bottom - size.height() + 1)
            self._place(window, QPoint(x, top))
            bottom = top - MARGIN
        self._place_strip(area, bottom, right_to_left)

    def _place(self, window: QWidget, point: QPoint) -> None:
        self._placed[id(window)] = point
        window.move(point)

    def _place_strip(self, area: QRect, bottom: int, right_to_left: bool) -> None:
        waiting = len(self.waiting())
        if not waiting:
            self.strip.hide()
            return
        self.strip.set_count(waiting)
        size = self.strip.sizeHint()
        windows = self.windows()
        if windows:
            edge = (
                windows[-1].x() if right_to_left else windows[-1].x() + _real_size(windows[-1]).width() - size.width()
            )
        else:
            edge = area.left() + MARGIN if right_to_left else area.right() - size.width() - MARGIN
        self.strip.move(edge, max(area.top(), bottom - size.height() + 1))
        self.strip.show()

    def _room(self) -> int:
        """The column's height: from its bottom corner up to the screen's top, less the strip."""
        area = self.screen_area()
        bottom = area.bottom() - MARGIN if self.corner is None else min(self.corner.y(), area.bottom())
        return bottom - area.top() - self.strip.sizeHint().height() - MARGIN

    def _room_left(self) -> int:
        return self._room() - sum(_real_size(w).height() + MARGIN for w in self.windows())

    def _capacity(self) -> int:
        """How many windows fit one above the other (at least one), and never more than `max_windows`."""
        room = self._room()
        count, used = 0, 0
        for window in reversed(self.windows()):
            used += _real_size(window).height() + MARGIN
            if used > room and count:
                break
            count += 1
        return max(1, min(self.max_windows, count))

    def _fit(self) -> None:
        """Collapse the oldest untouched windows until the rest fit; the newest ring always keeps its window."""
        while len(self.windows()) > self._capacity():
            live = [e for e in self.entries if e.window is not None and not _busy(e.window)]
            live = [e for e in live if e.shown != self._serial]
            if not live:
                break
            self._collapse(min(live, key=lambda e: e.shown))

    def _give_window(self, entry: PopEntry) -> None:
        self._serial += 1
        entry.shown = self._serial
        window = self.make_window(entry.pop)
        entry.window = window
        window.adjustSize()
        mark = getattr(window, "mark", None)
        if mark is not None and entry.status != "ringing":
            mark(entry.status)
        window.installEventFilter(self)
        window.show()

    def _collapse(self, entry: PopEntry) -> None:
        window, entry.window = entry.window, None
        if window is not None:
            self._placed.pop(id(window), None)
            window.removeEventFilter(self)
            # Only a ringing one: a settled window may have a close pending ("answered by", then it closes).
            if entry.status == "ringing" and len(self.spare) < SPARE_WINDOWS and hasattr(window, "reuse"):
                window.hide()  # kept for the next ring; hiding is no close, so no "Not now" either
                self.spare.append(window)
                return
            window.setProperty("collapsing", True)  # closing it is not the agent's "Not now"
            window.close()

    def _trim(self) -> None:
        waiting = self.waiting()
        for entry in waiting[: max(0, len(waiting) - MAX_ENTRIES)]:
            self.entries.remove(entry)

    # -- the agent drags a pop
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self._relayout.start()
        elif event.type() == QEvent.Type.Move and isinstance(watched, QWidget):
            placed = self._placed.get(id(watched))
            if placed is not None and (watched.pos() - placed).manhattanLength() > 4:
                self._dragged = watched
                self._save_corner.start()
        return False

    def _restack_after_drag(self) -> None:
        window = self._dragged
        if window is None or window not in self.windows():
            return
        below = self.windows()[self.windows().index(window) + 1 :]
        bottom = window.y() + _real_size(window).height() - 1 + sum(_real_size(w).height() + MARGIN for w in below)
        area = self.screen_area()
        self.corner = QPoint(max(area.left(), window.x()), min(area.bottom(), bottom))
        self.moved_by_agent.emit(self.corner)
        self.layout()


def _real_size(window: QWidget) -> QSize:
    """The size the window really takes: never less than its minimum, frame included once shown."""
    size = window.size().expandedTo(window.minimumSize()).expandedTo(window.minimumSizeHint())
    frame = window.frameGeometry().size()
    return size.expandedTo(frame) if window.isVisible() else size


def _busy(window: QWidget) -> bool:
    busy = getattr(window, "is_busy", None)
    return bool(busy()) if busy is not None else False
