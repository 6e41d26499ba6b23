"""The Find duplicates screen: groups with confidence and reason, found on a worker with progress and cancel."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget

from app.db import Database
from app.duplicates.details import group_names
from app.duplicates.finder import DuplicateGroup, find_duplicates
from app.phones import PhoneRules
from ui.formatting import fill, formatter_of
from ui.importing.rows_model import RowsModel
from ui.tasks import TaskHandle, run_task

SHOWN = 2000  # groups listed at once (best first); a million customers can have many more


class DuplicatesView(QDialog):
    def __init__(self, db: Database, actor: str, rules: PhoneRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(900, 560)
        self.db, self.actor, self.rules = db, actor, rules
        self.model = RowsModel([self.tr("Customers"), self.tr("Names"), self.tr("Confidence"), self.tr("Why")], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self.open_merge)
        self.find = QPushButton(self.tr("Find duplicates"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.merge = QPushButton(self.tr("Merge…"))
        self.bar = QProgressBar()
        self.status = QLabel()
        row = QHBoxLayout()
        for widget in (self.find, self.cancel, self.bar):
            row.addWidget(widget)
        row.addWidget(self.status, 1)
        row.addWidget(self.merge)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.find.clicked.connect(self.start)
        self.cancel.clicked.connect(lambda: self.task.cancel() if self.task else None)
        self.merge.clicked.connect(lambda: self.open_merge(self.view.currentIndex()))
        self.cancel.setEnabled(False)
        self.groups: list[DuplicateGroup] = []
        self.task: TaskHandle | None = None

    def start(self) -> None:
        self.find.setEnabled(False)
        self.cancel.setEnabled(True)
        self.status.setText(self.tr("Looking for duplicates…"))

        def op(progress):  # noqa: ANN001, ANN202
            groups = find_duplicates(self.db, progress)[:SHOWN]
            names = group_names(self.db, sorted({i for g in groups for i in g.customer_ids}))
            return groups, names

        self.task = run_task(self, op, self._found, self._failed, with_progress=True)
        self.task.progressed.connect(self._progress)

    def _progress(self, done: int, total: int, _label: str) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _reasons(self) -> dict[str, str]:
        return {
            "phone": self.tr("same phone"),
            "email": self.tr("same e-mail"),
            "name+phone-suffix": self.tr("near name, phone ends alike"),
            "name+city": self.tr("near name, same city"),
        }

    def _found(self, found: tuple[list[DuplicateGroup], dict[int, str]]) -> None:
        self.groups, names = found
        reasons, fmt = self._reasons(), formatter_of(self)
        self.model.set_rows([
            (fmt.number(len(g.customer_ids)), " · ".join(names.get(i, "?") for i in g.customer_ids),
             fmt.percent(g.confidence),
             ", ".join(reasons.get(r, r) for r in g.reason.split(", ")))
            for g in self.groups
        ])  # fmt: skip
        self.view.resizeColumnsToContents()
        self.status.setText(fill(self.tr("%1 groups"), fmt.number(len(self.groups))))
        self._idle()

    def _failed(self, error: BaseException) -> None:
        from app.progress import Cancelled

        self.status.setText(self.tr("Cancelled.") if isinstance(error, Cancelled) else str(error))
        self._idle()

    def _idle(self) -> None:
        self.find.setEnabled(True)
        self.cancel.setEnabled(False)

    def open_merge(self, index: QModelIndex) -> QDialog | None:
        if not index.isValid():
            return None
        from ui.duplicates.merge_view import MergeDialog

        dialog = MergeDialog(self.db, self.actor, self.rules, list(self.groups[index.row()].customer_ids), self)
        dialog.show()
        return dialog
