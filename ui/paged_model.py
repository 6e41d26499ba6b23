"""A table model that pages lazily through a service: canFetchMore/fetchMore on a worker thread.

The view asks for more rows as the user scrolls; each page is one keyset query, so a million
rows cost no more than the rows on screen. `reload()` starts over (a new search or filter);
pages that arrive from an older generation are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from app.dto import Page
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


class PagedTableModel(QAbstractTableModel):
    page_loaded = Signal(int)  # rows in the page just added
    load_failed = Signal(str)

    def __init__(
        self, columns: list[Column], fetch: Callable[[Any], Page[Any, Any]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._fetch = fetch
        self._rows: list[Any] = []
        self._cursor: Any = None
        self._more = True
        self._loading = False
        self._generation = 0

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
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, cursor, fetch = self._generation, self._cursor, self._fetch
        run_task(self, lambda: fetch(cursor), lambda page: self._add_page(generation, page), self._failed)

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

    def reload(self, fetch: Callable[[Any], Page[Any, Any]] | None = None) -> None:
        """Start over, optionally with a new query, and load the first page."""
        self.beginResetModel()
        self._generation += 1
        if fetch is not None:
            self._fetch = fetch
        self._rows, self._cursor, self._more, self._loading = [], None, True, False
        self.endResetModel()
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

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._more = False
        self.load_failed.emit(str(error))
