"""Past imports with their counts, and "Undo this import"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget

from app.db import Database
from app.importing.undo import ImportSummary, list_imports, undo_import
from ui.formatting import fill, formatter_of
from ui.importing.rows_model import RowsModel
from ui.tasks import run_task


class ImportHistoryDialog(QDialog):
    def __init__(self, db: Database, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Past imports"))
        self.resize(760, 380)
        self.db, self.actor = db, actor
        headers = [self.tr("Import"), self.tr("When"), self.tr("File"), self.tr("Added"), self.tr("Updated"),
                   self.tr("Skipped"), self.tr("Left out"), self.tr("Undone")]  # fmt: skip
        self.model = RowsModel(headers, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.status = QLabel()
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo.clicked.connect(self.undo_selected)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.summaries: list[ImportSummary] = []
        self.refresh()

    def refresh(self) -> None:
        run_task(self, lambda: list_imports(self.db), self._show)

    def _show(self, summaries: list[ImportSummary]) -> None:
        self.summaries = summaries
        self.model.set_rows([
            (s.id, s.started_at.strftime("%Y-%m-%d %H:%M"), s.file_name, s.created, s.updated, s.skipped, s.rejected,
             s.undone_at.strftime("%Y-%m-%d %H:%M") if s.undone_at else "")
            for s in summaries
        ])  # fmt: skip
        if summaries:
            self.view.selectRow(0)

    def undo_selected(self, confirm: bool = True) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        summary = self.summaries[rows[0].row()]
        if confirm and QMessageBox.question(
            self, self.tr("Undo this import"),
            fill(self.tr("Remove the %1 customers import %2 added and restore those it changed?"),
                 formatter_of(self).number(summary.created), formatter_of(self).digits(str(summary.id))),
        ) != QMessageBox.StandardButton.Yes:  # fmt: skip
            return
        run_task(self, lambda: undo_import(self.db, summary.id, self.actor), self._undone, self._failed, write=True)

    def _undone(self, touched: int) -> None:
        text = self.tr("Undone: %1 customers removed or restored.")
        self.status.setText(fill(text, formatter_of(self).number(touched)))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))
