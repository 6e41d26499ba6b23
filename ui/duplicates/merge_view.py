"""The merge view: two customers side by side, the surviving value picked field by field; undo after."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.duplicates.details import MergeCandidate, candidates
from app.duplicates.merge import MERGE_FIELDS, merge_customers, undo_merge
from app.phones import PhoneRules, display_phone
from ui.formatting import customer_status_label, formatter_of, source_label
from ui.importing.fields import field_labels
from ui.importing.preview import ltr
from ui.tasks import run_task


def _shown(name: str, value: Any) -> str:
    """A field's value as the screens show it: statuses and sources in the interface language."""
    if isinstance(value, bool):
        return "✓" if value else "—"
    if name == "status" and value:
        return customer_status_label(value)
    if name == "source" and value:
        return source_label(value)
    return str(value or "")


class MergeDialog(QDialog):
    def __init__(
        self, db: Database, actor: str, rules: PhoneRules, ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge customers"))
        self.db, self.actor, self.rules, self.ids = db, actor, rules, ids
        self.other = QComboBox()
        self.other.currentIndexChanged.connect(lambda _i: self._load())
        self.grid = QGridLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.merge = QPushButton(self.tr("Merge"))
        self.undo = QPushButton(self.tr("Undo merge"))
        self.undo.setEnabled(False)
        self.merge.clicked.connect(self.do_merge)
        self.undo.clicked.connect(self.do_undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.merge)
        buttons.addWidget(self.undo)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Merge this customer into the first:")))
        top.addWidget(self.other, 1)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.choices: dict[str, QButtonGroup] = {}
        self.pair: list[MergeCandidate] = []
        self.merge_id: int | None = None
        for other in ids[1:]:
            self.other.addItem(f"#{other}", other)

    def _load(self) -> None:
        pair = [self.ids[0], self.other.currentData()]
        run_task(self, lambda: candidates(self.db, pair), self._show)

    def _show(self, pair: list[MergeCandidate]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.pair, self.choices = pair, {}
        if len(pair) != 2:
            self.status.setText(self.tr("One of these customers no longer exists: find duplicates again."))
            self.merge.setEnabled(False)
            return
        labels, digits = field_labels(), formatter_of(self).digits
        self.grid.addWidget(QLabel(f"#{digits(str(pair[0].id))}"), 0, 1)
        self.grid.addWidget(QLabel(f"#{digits(str(pair[1].id))}"), 0, 2)
        for row, name in enumerate(MERGE_FIELDS, start=1):
            self.grid.addWidget(QLabel(labels.get(name, name)), row, 0)
            group = QButtonGroup(self)
            for column, candidate in enumerate(pair):
                button = QRadioButton(_shown(name, candidate.values[name]))
                group.addButton(button, column)
                self.grid.addWidget(button, row, column + 1)
            # Keep the survivor's value unless it is empty and the other has one.
            keep_other = not pair[0].values[name] and bool(pair[1].values[name])
            group.button(1 if keep_other else 0).setChecked(True)
            self.choices[name] = group
        phones_row = len(MERGE_FIELDS) + 1
        self.grid.addWidget(QLabel(self.tr("Phones (all kept)")), phones_row, 0)
        for column, candidate in enumerate(pair):
            shown = ", ".join(display_phone(n, self.rules) for n in candidate.phones)
            self.grid.addWidget(QLabel(ltr(shown)), phones_row, column + 1)
        self.merge.setEnabled(True)

    def chosen(self) -> dict[str, Any]:
        return {name: self.pair[group.checkedId()].values[name] for name, group in self.choices.items()}

    def do_merge(self) -> None:
        survivor, merged, chosen = self.pair[0].id, self.pair[1].id, self.chosen()
        self.merge.setEnabled(False)
        run_task(self, lambda: merge_customers(self.db, survivor, merged, chosen, self.actor, self.rules),
                 self._merged, self._failed, write=True)  # fmt: skip

    def _merged(self, merge_id: int) -> None:
        self.merge_id = merge_id
        self.undo.setEnabled(True)
        self.status.setText(
            self.tr("Merged. Calls, orders and phones now belong to #%1.").replace("%1", str(self.pair[0].id))
        )

    def do_undo(self) -> None:
        if self.merge_id is None:
            return
        merge_id = self.merge_id
        self.undo.setEnabled(False)
        run_task(self, lambda: undo_merge(self.db, merge_id, self.actor, self.rules), self._undone, self._failed,
                 write=True)  # fmt: skip

    def _undone(self, _result: object) -> None:
        self.merge_id = None
        self.merge.setEnabled(True)
        self.status.setText(self.tr("Merge undone: both customers are back as they were."))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))
        self.merge.setEnabled(bool(self.pair))
