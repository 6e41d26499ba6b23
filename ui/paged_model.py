"""A table model that pages lazily through a service: canFetchMore/fetchMore on a worker thread.

The view asks for more rows as the user scrolls; each page is one keyset query, so a million
rows cost no more than the rows on screen. `reload()` starts over (a new search or filter);
pages (and counts) that arrive from an older generation are dropped. A list may also count its
rows on a worker (`total`), sort by the columns the database has an index for (`sort_key`), and
keeps the error of a failed page (`error`, `retry()`) so the view can say so instead of looking empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.dto import Page
from app.services.list_counts import RowCount
from ui.tasks import run_task

RowRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str] | None = None
    left_to_right: bool = False  # phone numbers read left to right even in Persian and Arabic
    sort_key: str | None = None  # the database order this column sorts by (only columns with an index have one)


@dataclass(frozen=True)
class SortOrder:
    key: str
    descending: bool = False


class PagedTableModel(QAbstractTableModel):
    page_loaded = Signal(int)  # rows in the page just added
    load_failed = Signal(str)
    count_changed = Signal()  # `total` is known (or was cleared by a reload)
    sort_changed = Signal()  # the user clicked a sortable header: the view reloads with `sort_order`

    def __init__(
        self,
        columns: list[Column],
        fetch: Callable[[Any], Page[Any, Any]],
        parent: QObject | None = None,
        sort_order: SortOrder | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._fetch = fetch
        self._count: Callable[[], RowCount] | None = None
        self._rows: list[Any] = []
        self._cursor: Any = None
        self._more = True
        self._loading = False
        self._generation = 0
        self._total: RowCount | None = None
        self._counting = False
        self._error: BaseException | None = None
        self._sort = sort_order

    # -- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == RowRole:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.sort_key is None:
                return QCoreApplication.translate(
                    "Lists", "This column cannot be sorted (the database has no index for it)."
                )
            return QCoreApplication.translate("Lists", "Click to sort by this column; click again to reverse.")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks: only columns with a `sort_key` sort, through the database (see `sort_order`)."""
        key = self._columns[column].sort_key if 0 <= column < len(self._columns) else None
        if key is None:
            return
        wanted = SortOrder(key, order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self._sort = wanted
            self.sort_changed.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, cursor, fetch = self._generation, self._cursor, self._fetch
        run_task(
            self, lambda: fetch(cursor), lambda page: self._add_page(generation, page),
            lambda error: self._failed(generation, error),
        )  # fmt: skip

    # -- our API
    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def row(self, position: int) -> Any:
        return self._rows[position]

    def rows(self) -> list[Any]:
        return list(self._rows)

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def total(self) -> RowCount | None:
        """How many rows the whole list has (None while counting, or when the list is not counted)."""
        return self._total

    @property
    def counting(self) -> bool:
        """A count is on its way (False once it arrived, or when it failed: the list then shows no total)."""
        return self._counting

    @property
    def error(self) -> BaseException | None:
        """Why the last page failed to load (None when it did not)."""
        return self._error

    @property
    def sort_order(self) -> SortOrder | None:
        return self._sort

    def sort_column(self) -> int:
        """The column showing the current order (-1 when none does)."""
        for position, column in enumerate(self._columns):
            if self._sort is not None and column.sort_key == self._sort.key:
                return position
        return -1

    def reload(
        self, fetch: Callable[[Any], Page[Any, Any]] | None = None, count: Callable[[], RowCount] | None = None
    ) -> None:
        """Start over, optionally with a new query (and its count), and load the first page."""
        self.beginResetModel()
        self._generation += 1
        if fetch is not None:
            self._fetch = fetch
        if count is not None:
            self._count = count
        self._rows, self._cursor, self._more, self._loading, self._error = [], None, True, False, None
        self._total, self._counting = None, self._count is not None
        self.endResetModel()
        self.count_changed.emit()
        self.fetchMore()
        if self._count is not None:
            generation, counter = self._generation, self._count
            run_task(self, counter, lambda total: self._counted(generation, total),
                     lambda _error: self._counted(generation, None))  # fmt: skip

    def retry(self) -> None:
        """Ask again for the page that failed (the rows already shown stay)."""
        if self._error is not None:
            self._error, self._more = None, True
            self.fetchMore()

    def _add_page(self, generation: int, page: Page[Any, Any]) -> None:
        if generation != self._generation:
            return  # a page of a search the user has already replaced
        self._loading = False
        self._cursor, self._more = page.next_cursor, page.next_cursor is not None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.page_loaded.emit(len(page.rows))

    def _counted(self, generation: int, total: RowCount | None) -> None:
        if generation == self._generation:
            self._total, self._counting = total, False
            self.count_changed.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = False
        self._error = error
        self.load_failed.emit(str(error))
