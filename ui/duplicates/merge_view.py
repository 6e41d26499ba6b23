"""The merge view: a group's customers side by side, the surviving value picked field by field; undo after."""

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
from app.duplicates.merge import MERGE_FIELDS, merge_group, undo_merge
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
    """Every customer of a group side by side: the surviving record and each field's value chosen across
    all of them; one Merge folds the others into the survivor, one Undo brings them all back."""

    def __init__(
        self, db: Database, actor: str, rules: PhoneRules, ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge customers"))
        self.db, self.actor, self.rules, self.ids = db, actor, rules, ids
        self.survivor = QComboBox()
        self.survivor.currentIndexChanged.connect(lambda _i: self._survivor_changed())
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
        top.addWidget(QLabel(self.tr("Keep this record; merge the others into it:")))
        top.addWidget(self.survivor, 1)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.choices: dict[str, QButtonGroup] = {}
        self.people: list[MergeCandidate] = []
        self.merge_id: int | None = None
        for customer_id in ids:
            self.survivor.addItem(f"#{customer_id}", customer_id)
        run_task(self, lambda: candidates(self.db, list(ids)), self._show)

    def _survivor_changed(self) -> None:
        if self.people:
            self._show(self.people)

    def _show(self, people: list[MergeCandidate]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.people, self.choices = people, {}
        if len(people) != len(self.ids) or len(people) < 2:
            self.status.setText(self.tr("One of these customers no longer exists: find duplicates again."))
            self.merge.setEnabled(False)
            return
        keep = self.survivor_index()
        labels, digits = field_labels(), formatter_of(self).digits
        for column, candidate in enumerate(people):
            self.grid.addWidget(QLabel(f"#{digits(str(candidate.id))}"), 0, column + 1)
        for row, name in enumerate(MERGE_FIELDS, start=1):
            self.grid.addWidget(QLabel(labels.get(name, name)), row, 0)
            group = QButtonGroup(self)
            for column, candidate in enumerate(people):
                button = QRadioButton(_shown(name, candidate.values[name]))
                group.addButton(button, column)
                self.grid.addWidget(button, row, column + 1)
            # The survivor's value, unless it is empty and another has one (the first such).
            filled = [i for i, c in enumerate(people) if c.values[name]]
            pick = keep if people[keep].values[name] or not filled else filled[0]
            group.button(pick).setChecked(True)
            self.choices[name] = group
        phones_row = len(MERGE_FIELDS) + 1
        self.grid.addWidget(QLabel(self.tr("Phones (all kept)")), phones_row, 0)
        for column, candidate in enumerate(people):
            shown = ", ".join(display_phone(n, self.rules) for n in candidate.phones)
            self.grid.addWidget(QLabel(ltr(shown)), phones_row, column + 1)
        self.merge.setEnabled(True)

    def survivor_index(self) -> int:
        chosen = self.survivor.currentData()
        return next((i for i, c in enumerate(self.people) if c.id == chosen), 0)

    def chosen(self) -> dict[str, Any]:
        return {name: self.people[group.checkedId()].values[name] for name, group in self.choices.items()}

    def do_merge(self) -> None:
        survivor = self.people[self.survivor_index()].id
        merged = [c.id for c in self.people if c.id != survivor]
        chosen = self.chosen()
        self.merge.setEnabled(False)
        run_task(self, lambda: merge_group(self.db, survivor, merged, chosen, self.actor, self.rules),
                 lambda ids: self._merged(survivor, ids), self._failed, write=True)  # fmt: skip

    def _merged(self, survivor: int, merge_ids: list[int]) -> None:
        self.merge_id = merge_ids[0]
        self.undo.setEnabled(True)
        self.status.setText(self.tr("Merged. Calls, orders and phones now belong to #%1.").replace("%1", str(survivor)))

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
        self.status.setText(self.tr("Merge undone: every customer is back as it was."))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))
        self.merge.setEnabled(bool(self.people))
