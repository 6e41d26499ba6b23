"""The Campaigns tab: every campaign with its status and counts, and the actions on the selected one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.campaigns import list_campaigns
from app.campaigns.dto import CampaignRow
from app.db import Database
from ui.campaigns.labels import purpose_label, status_label
from ui.formatting import Formatter
from ui.tasks import Latest

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class CampaignsModel(QAbstractTableModel):
    """Campaign rows (tens, not thousands: one query, no paging)."""

    def __init__(self, fmt: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.rows: list[CampaignRow] = []
        self.headers = [self.tr("Campaign"), self.tr("Purpose"), self.tr("Status"), self.tr("From"), self.tr("To"),
                        self.tr("Members"), self.tr("Still to call")]  # fmt: skip

    def set_rows(self, rows: list[CampaignRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.name, purpose_label(row.purpose), status_label(row.status), self.fmt.date(row.starts_on),
                self.fmt.date(row.ends_on), self.fmt.number(row.members),
                self.fmt.number(row.open_members))[index.column()]  # fmt: skip


class CampaignsView(QWidget):
    """Buttons ask the panel (install.py) to act on the selected campaign: `action` carries (name, campaign id)."""

    action = Signal(str, int)
    new_requested = Signal()

    def __init__(self, db: Database, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.loads = Latest()
        self.model = CampaignsModel(fmt, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self._act("next"))
        self.empty = QLabel(self.tr("No campaign yet. A campaign is a call list built from a filter over your "
                                    "customers: press New campaign to make one."))  # fmt: skip
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New campaign…"))
        self.new_button.clicked.connect(self.new_requested.emit)
        buttons.addWidget(self.new_button)
        self.buttons: dict[str, QPushButton] = {}
        for name, text in (("edit", self.tr("Edit…")), ("running", self.tr("Start")), ("paused", self.tr("Pause")),
                           ("finished", self.tr("Finish")), ("next", self.tr("Next call…")),
                           ("results", self.tr("Results…")), ("export", self.tr("Export…"))):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, name=name: self._act(name))
            buttons.addWidget(button)
            self.buttons[name] = button
        # By name, so ui/auth/greying.py finds the ones a role may not use (setting a campaign up or running it).
        self.edit_button, self.start_button = self.buttons["edit"], self.buttons["running"]
        self.pause_button, self.finish_button = self.buttons["paused"], self.buttons["finished"]
        self.export_button = self.buttons["export"]
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def selected(self) -> CampaignRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _act(self, name: str) -> None:
        row = self.selected()
        if row is not None:
            self.action.emit(name, row.id)

    def refresh(self) -> None:
        db = self.db
        self.loads.run(self, lambda: list_campaigns(db), self._show)

    def _show(self, rows: list[CampaignRow]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        for i, row in enumerate(rows):
            if current is not None and row.id == current.id:
                self.table.selectRow(i)
