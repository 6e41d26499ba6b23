"""The target filter as a form: status, tags, city, last contact, RFM segment, churn risk, never called,
orders in a period and an imported list of numbers. `changed` fires on every edit (the live count)."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from app.analytics.rfm import SEGMENT_NAMES
from app.campaigns.dto import TargetFilter
from app.campaigns.targets import customers_for_numbers
from app.db import Database
from app.dto import CUSTOMER_STATUSES
from ui.formatting import Formatter, customer_status_label, fill, segment_label
from ui.tasks import run_task


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.replace("،", ",").split(",") if w.strip()]


class FilterForm(QWidget):
    changed = Signal()

    def __init__(self, db: Database, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.fmt = db, fmt
        self.imported: list[int] = []
        self.statuses = {s: QCheckBox(customer_status_label(s)) for s in CUSTOMER_STATUSES}
        self.tags, self.cities = QLineEdit(), QLineEdit()
        self.tags.setPlaceholderText(self.tr("any of these tags, separated by commas"))
        self.cities.setPlaceholderText(self.tr("any of these cities, separated by commas"))
        self.segments = QListWidget()
        self.segments.setMaximumHeight(110)
        for name in SEGMENT_NAMES:
            item = QListWidgetItem(segment_label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.segments.addItem(item)
        self.churn = QCheckBox(self.tr("Only customers at churn risk"))
        self.never = QCheckBox(self.tr("Only customers never called"))
        self.after_on, self.after = QCheckBox(self.tr("Contacted since")), self._date()
        self.before_on, self.before = QCheckBox(self.tr("Not contacted since")), self._date()
        self.orders_on, self.orders_from, self.orders_to = (
            QCheckBox(self.tr("Ordered between")),
            self._date(),
            self._date(),
        )
        self.import_label = QLabel()
        import_button = QPushButton(self.tr("Import a list of numbers…"))
        import_button.clicked.connect(self.import_numbers)
        form = QFormLayout(self)
        status_row = QHBoxLayout()
        for box in self.statuses.values():
            status_row.addWidget(box)
            box.toggled.connect(self.changed)
        form.addRow(self.tr("Status:"), status_row)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Cities:"), self.cities)
        form.addRow(self.tr("RFM segments:"), self.segments)
        form.addRow(self.churn)
        form.addRow(self.never)
        form.addRow(self.after_on, self.after)
        form.addRow(self.before_on, self.before)
        period = QHBoxLayout()
        period.addWidget(self.orders_from)
        period.addWidget(self.orders_to)
        form.addRow(self.orders_on, period)
        form.addRow(import_button, self.import_label)
        for line in (self.tags, self.cities):
            line.textChanged.connect(self.changed)
        for box in (self.churn, self.never, self.after_on, self.before_on, self.orders_on):
            box.toggled.connect(self.changed)
        for edit in (self.after, self.before, self.orders_from, self.orders_to):
            edit.dateChanged.connect(self.changed)
        self.segments.itemChanged.connect(lambda _item: self.changed.emit())

    def _date(self) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate().addDays(-90))
        edit.setCalendarPopup(True)
        edit.setCalendar(self.fmt.calendar)
        return edit

    @staticmethod
    def _moment(edit: QDateEdit) -> datetime:
        return datetime.combine(edit.date().toPython(), time())

    def target(self) -> TargetFilter:
        segments = [self.segments.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.segments.count())
                    if self.segments.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
        return TargetFilter(
            statuses=[s for s, box in self.statuses.items() if box.isChecked()], tags=_words(self.tags.text()),
            cities=_words(self.cities.text()), segments=segments, churn_risk=self.churn.isChecked(),
            never_called=self.never.isChecked(),
            last_contact_after=self._moment(self.after) if self.after_on.isChecked() else None,
            last_contact_before=self._moment(self.before) if self.before_on.isChecked() else None,
            ordered_from=self._moment(self.orders_from) if self.orders_on.isChecked() else None,
            ordered_to=self._moment(self.orders_to) if self.orders_on.isChecked() else None,
            customer_ids=list(self.imported),
        )  # fmt: skip

    def set_target(self, target: TargetFilter) -> None:
        for status, box in self.statuses.items():
            box.setChecked(status in target.statuses)
        self.tags.setText(", ".join(target.tags))
        self.cities.setText(", ".join(target.cities))
        for i in range(self.segments.count()):
            item = self.segments.item(i)
            chosen = item.data(Qt.ItemDataRole.UserRole) in target.segments
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.churn.setChecked(target.churn_risk)
        self.never.setChecked(target.never_called)
        for on, edit, value in ((self.after_on, self.after, target.last_contact_after),
                                (self.before_on, self.before, target.last_contact_before),
                                (self.orders_on, self.orders_from, target.ordered_from)):  # fmt: skip
            on.setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))
        if target.ordered_to is not None:
            self.orders_to.setDate(QDate(target.ordered_to.year, target.ordered_to.month, target.ordered_to.day))
        self._set_imported(list(target.customer_ids))

    def _set_imported(self, ids: list[int]) -> None:
        self.imported = ids
        self.import_label.setText(fill(self.tr("%1 customers from the imported list"), self.fmt.number(len(ids)))
                                  if ids else "")  # fmt: skip
        self.changed.emit()

    def import_numbers(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a list of numbers"), "",
                                              self.tr("Text or CSV (*.txt *.csv)"))  # fmt: skip
        if path:
            db = self.db

            def read() -> list[int]:
                text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
                return customers_for_numbers(db, [p for line in text.splitlines() for p in line.split(",")])

            run_task(self, read, self._set_imported, lambda error: self.import_label.setText(str(error)))
