"""SLA targets per category: a category's own first-response and resolution targets for a priority,
overriding the priority's (Tickets → SLA targets per category…). Changes apply to tickets opened after."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.dto import LookupItem
from app.services import lookups
from app.tickets.lists import TICKET_CATEGORY
from app.tickets.models import PRIORITIES
from app.tickets.policies import category_policies, remove_policy, set_policy
from ui.auth.acting import actor_of
from ui.formatting import Formatter
from ui.forms import error_label
from ui.tasks import run_task
from ui.tickets.labels import priority_label


class CategoryTargetsDialog(QDialog):
    def __init__(self, db: Database, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.fmt = db, fmt
        self.setWindowTitle(self.tr("SLA targets per category"))
        self.resize(640, 420)
        self.policies: list[tuple[int, str, str, int, int]] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Priority"), self.tr("First response (hours)"), self.tr("Resolution (hours)")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellClicked.connect(lambda row, _c: self._pick(row))
        self.category, self.priority = QComboBox(), QComboBox()
        for priority in PRIORITIES:
            self.priority.addItem(priority_label(priority), priority)
        self.first, self.resolution = self._hours(1.0), self._hours(8.0)
        self.set_button = QPushButton(self.tr("Set target"))
        self.set_button.clicked.connect(self.set_target)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        form = QHBoxLayout()
        for widget in (self.category, self.priority, QLabel(self.tr("First response")), self.first,
                       QLabel(self.tr("Resolution")), self.resolution, self.set_button):  # fmt: skip
            form.addWidget(widget)
        self.error = error_label(word_wrap=True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A category's target replaces its priority's target for new tickets.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(close)
        run_task(self, lambda: lookups.list_values(db, TICKET_CATEGORY), self._categories)
        self.refresh()

    @staticmethod
    def _hours(value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(minimum=0.25, maximum=400, singleStep=0.5, decimals=2)
        spin.setValue(value)
        return spin

    def _categories(self, items: list[LookupItem]) -> None:
        self.category.clear()
        for item in items:
            self.category.addItem(item.label(self.fmt.language), item.id)

    def refresh(self) -> None:
        run_task(self, lambda: category_policies(self.db), self._show)

    def _show(self, policies: list[tuple[int, str, str, int, int]]) -> None:
        self.policies = policies
        self.table.setRowCount(len(policies))
        for row, (_id, name, priority, first, resolution) in enumerate(policies):
            cells = (name, priority_label(priority), self.fmt.digits(f"{first / 60:g}"),
                     self.fmt.digits(f"{resolution / 60:g}"))  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.remove_button.setEnabled(bool(policies))

    def _pick(self, row: int) -> None:
        category_id, _name, priority, first, resolution = self.policies[row]
        self.category.setCurrentIndex(self.category.findData(category_id))
        self.priority.setCurrentIndex(self.priority.findData(priority))
        self.first.setValue(first / 60)
        self.resolution.setValue(resolution / 60)

    def set_target(self) -> None:
        category_id, priority = self.category.currentData(), self.priority.currentData()
        if category_id is None:
            self._failed(ValueError(self.tr("Add a ticket category first (Tickets → Ticket categories…).")))
            return
        first, resolution = round(self.first.value() * 60), round(self.resolution.value() * 60)
        if resolution < first:
            self._failed(ValueError(self.tr("Give a resolution target no shorter than the first-response target.")))
            return
        db, actor = self.db, actor_of(self)
        run_task(self, lambda: set_policy(db, priority, first, resolution, category_id, actor=actor),
                 lambda _r: self._done(),
                 self._failed, write=True)  # fmt: skip

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.policies):
            return
        category_id, _name, priority, _f, _r = self.policies[row]
        db, actor = self.db, actor_of(self)
        run_task(self, lambda: remove_policy(db, priority, category_id, actor), lambda _r: self._done(), self._failed,
                 write=True)  # fmt: skip

    def _done(self) -> None:
        self.error.hide()
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(str(error))
        self.error.show()
