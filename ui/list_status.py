"""What a paged list says about itself: "1–200 of 5,000" under it, and a message in it when it is empty or failed.

Any `PagedTableModel` list can use both: the range label follows the rows loaded and the count the
model gets from a worker; the overlay sits on the table's viewport and says what the list will show
and how to fill it (when empty), or why it could not load, with Retry (never an empty list that
looks like "no results").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.formatting import Formatter, fill
from ui.paged_model import PagedTableModel


def plain_load_error(error: BaseException) -> str:
    """The driver's own words (not SQLAlchemy's wrapper with the SQL text), on one line."""
    cause = getattr(error, "orig", None) or error
    text = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    return text[:200]


class RangeLabel(QLabel):
    """'1–200 of 5,000': the rows loaded so far, of the list's total (an estimate says "about")."""

    def __init__(self, model: PagedTableModel, fmt: Formatter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.fmt = model, fmt or Formatter()
        for signal in (model.page_loaded, model.count_changed, model.load_failed, model.modelReset):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        shown, total, model = self.model.rowCount(), self.model.total, self.model
        number = self.fmt.number
        if shown == 0:
            text = self.tr("Loading…") if model.loading else ""
        elif total is not None and total.exact:
            text = self.tr("%1 of %2").replace("%2", number(total.value))
        elif total is not None:
            text = self.tr("%1 of about %2").replace("%2", number(total.value))
        elif model.counting:
            text = self.tr("%1 of … (counting)")
        else:
            text = self.tr("%1; scroll for more") if model.canFetchMore() else "%1"
        # The range reads "1–200" in Persian and Arabic too: a left-to-right isolate keeps its order.
        self.setText(text.replace("%1", self.fmt.ltr(f"{number(1)}–{number(shown)}")))


class ListOverlay(QWidget):
    """A message inside the table: the empty state (what will be listed, how to fill it) or a load error + Retry."""

    def __init__(self, table: QAbstractItemView, model: PagedTableModel, empty_text: Callable[[], str]) -> None:
        super().__init__(table.viewport())
        self.table, self.model, self.empty_text = table, model, empty_text
        self.setAutoFillBackground(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Retry"))
        self.retry.clicked.connect(model.retry)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.message)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        table.viewport().installEventFilter(self)
        for signal in (model.page_loaded, model.load_failed, model.modelReset, model.rowsInserted):
            signal.connect(self.refresh)
        self.refresh()

    def text(self) -> str:
        return self.message.text() if self.isVisibleTo(self.table) else ""

    def refresh(self, *_args: object) -> None:
        error, rows = self.model.error, self.model.rowCount()
        if error is not None:
            self.message.setText(
                fill(
                    self.tr("Could not load: %1. Check that the database is reachable, then press Retry."),
                    plain_load_error(error),
                )
            )
            self.retry.show()
        elif rows == 0 and not self.model.loading and not self.model.canFetchMore():
            self.message.setText(self.empty_text())
            self.retry.hide()
        else:
            self.hide()
            return
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        area = self.table.viewport().rect()
        if self.model.rowCount():  # a later page failed: keep the rows in view, the message below them
            height = min(area.height(), self.sizeHint().height())
            area.setTop(area.bottom() - height)
        self.setGeometry(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisibleTo(self.table):
            self._place()
        return False
