"""The wizard's first two pages: choosing the file, and which column holds what."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.importing.mapping import FIELDS, mapping_from_json
from app.importing.table import SourceTable, cell_text
from app.text import looks_like_phone
from ui.formatting import fill, formatter_of
from ui.importing.fields import field_labels
from ui.importing.preview import ltr

ENCODINGS = ("", "utf-8", "utf-16", "cp1256")


class FilePage(QWidget):
    """File name, and the overrides a user needs when detection guessed wrong: encoding and sheet."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("An Excel (.xlsx), CSV or contacts (.vcf) file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.encoding = QComboBox()
        for code, label in zip(ENCODINGS, (self.tr("Detect"), "UTF-8", "UTF-16", self.tr("Windows Arabic (1256)")),
                               strict=True):  # fmt: skip
            self.encoding.addItem(label, code)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        self.detected = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Text encoding:"), self.encoding)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow("", self.detected)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.path.textChanged.connect(self._path_changed)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import customers"), "", self.tr("Customer files (*.xlsx *.csv *.txt *.vcf);;All files (*)")
        )
        if name:
            self.path.setText(name)

    def _path_changed(self) -> None:
        self.sheet.clear()
        self.sheet.setEnabled(False)
        self.changed.emit()

    def show_table(self, table: SourceTable) -> None:
        if table.sheets and self.sheet.count() == 0:
            self.sheet.blockSignals(True)
            self.sheet.addItems(table.sheets)
            self.sheet.setCurrentText(table.sheet)
            self.sheet.setEnabled(len(table.sheets) > 1)
            self.sheet.blockSignals(False)
        details = fill(self.tr("%1 rows"), formatter_of(self).number(table.row_count))
        if table.encoding:
            details += " · " + table.encoding
        self.detected.setText(details)

    def chosen_sheet(self) -> str | None:
        return self.sheet.currentText() or None

    def chosen_encoding(self) -> str | None:
        return self.encoding.currentData() or None


def _signature(headers: list[str]) -> str:
    return "import/mapping/" + "|".join(h.strip() for h in headers)[:400]


class MappingPage(QWidget):
    """One line per column of the file: its header, a sample, and the field it feeds (saved for next time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Example"), self.tr("Import as")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.mode = QComboBox()
        for code, label in (("create", self.tr("Add new customers")), ("upsert", self.tr("Add new, update by ID")),
                            ("update", self.tr("Only update existing customers"))):  # fmt: skip
            self.mode.addItem(label, code)
        self.on_duplicate = QComboBox()
        for code, label in (("merge", self.tr("Merge into the existing customer")), ("skip", self.tr("Skip the row")),
                            ("create", self.tr("Create another customer"))):  # fmt: skip
            self.on_duplicate.addItem(label, code)
        form = QFormLayout()
        form.addRow(self.tr("Import:"), self.mode)
        form.addRow(self.tr("Same phone or e-mail as a customer:"), self.on_duplicate)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Check which column holds what. Your choice is remembered for files like this."))
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        self.headers: list[str] = []

    def show_columns(self, table: SourceTable) -> None:
        self.headers = table.headers
        saved = QSettings().value(_signature(table.headers), "")
        mapping = mapping_from_json(table.headers, json.loads(saved) if saved else {})
        labels = field_labels()
        self.table.setRowCount(len(table.headers))
        first_rows = table.head(50)
        for row, (header, field) in enumerate(zip(table.headers, mapping, strict=True)):
            sample = next((cell_text(r[row]) for r in first_rows if cell_text(r[row])), "")
            self.table.setItem(row, 0, QTableWidgetItem(header))
            self.table.setItem(row, 1, QTableWidgetItem(ltr(sample) if looks_like_phone(sample) else sample))
            combo = QComboBox()
            for code in ("", *FIELDS):
                combo.addItem(labels[code], code)
            combo.setCurrentIndex(combo.findData(field))
            self.table.setCellWidget(row, 2, combo)

    def mapping(self) -> list[str]:
        return [self.table.cellWidget(row, 2).currentData() for row in range(self.table.rowCount())]  # type: ignore[union-attr]

    def set_field(self, column: int, field: str) -> None:
        combo = self.table.cellWidget(column, 2)
        combo.setCurrentIndex(combo.findData(field))  # type: ignore[union-attr]

    def remember(self) -> None:
        QSettings().setValue(_signature(self.headers), json.dumps(dict(zip(self.headers, self.mapping(), strict=True)),
                                                                 ensure_ascii=False))  # fmt: skip
