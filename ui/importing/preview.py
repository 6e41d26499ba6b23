"""The wizard's last pages: the first rows as they will be stored, the problems, and the import's progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.importing.problem_text import problem_text
from app.importing.rejected import write_rejected
from app.importing.rows import Preview
from app.importing.service import RowProblem
from app.phones import PhoneRules, display_phone
from ui.formatting import fill, formatter_of
from ui.importing.rows_model import RowsModel

PREVIEW_ROWS = 50


def ltr(text: str) -> str:
    """Phone numbers read left to right even in a right-to-left table (LRE … PDF: Qt honours embeddings)."""
    return f"\u202a{text}\u202c" if text else ""


def _table_view(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return view


class PreviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = RowsModel([self.tr("Row"), self.tr("Name"), self.tr("Phones"), self.tr("E-mail"),
                                  self.tr("City"), self.tr("Company"), self.tr("Do not call")], self)  # fmt: skip
        self.problems = RowsModel([self.tr("Row"), self.tr("Problem")], self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.save_rejected = QPushButton(self.tr("Save rejected rows…"))
        self.save_rejected.clicked.connect(self._save_rejected)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_table_view(self.preview))
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.save_rejected)
        below_layout.addLayout(row)
        below_layout.addWidget(_table_view(self.problems))
        splitter.addWidget(below)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.headers: list[str] = []
        self.rejected: list[RowProblem] = []

    def show_rows(self, headers: list[str], preview: Preview, rules: PhoneRules) -> None:
        self.headers = headers
        yes, fmt = self.tr("yes"), formatter_of(self)
        self.preview.set_rows([
            (r.row_number, r.draft.name, ltr(", ".join(display_phone(p.number, rules) for p in r.phones)),
             r.draft.email, r.draft.city, r.draft.company, yes if r.draft.do_not_call else "")
            for r in preview.first
        ])  # fmt: skip
        self.rejected = [RowProblem(r.row_number, "; ".join(r.problems), r.cells) for r in preview.problems]
        self.problems.set_rows([(p.row_number, problem_text(p.reason, fmt.language)) for p in self.rejected])
        self.summary.setText(fill(self.tr("%1 rows can be imported; %2 rows have problems and will be left out."),
                                  fmt.number(preview.good), fmt.number(len(self.rejected))))  # fmt: skip
        self.save_rejected.setEnabled(bool(self.rejected))
        for view in self.findChildren(QTableView):
            view.resizeColumnsToContents()

    def _save_rejected(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"), "rejected.csv", "CSV (*.csv)")
        if name:
            write_rejected(name, self.headers, self.rejected, formatter_of(self).language)


class RunPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel = QPushButton(self.tr("Cancel import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)

    def progressed(self, done: int, total: int, label: str) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
