"""Writing a call script: ordered questions, their answer type, choices, "skip to question N" rules and
the satisfaction mark. One row per question; Save replaces the script's questions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.campaigns.models import QUESTION_KINDS
from app.campaigns.scripts import QuestionDraft, save_script
from app.db import Database
from app.text import normalize_digits
from ui.campaigns.labels import refusal
from ui.tasks import run_task

TEXT, KIND, CHOICES, BRANCHES, MEASURE = range(5)


def parse_branches(text: str) -> dict[str, int]:
    """ "no=3, maybe=4" -> {"no": 3, "maybe": 4}; ValueError for anything else."""
    branches: dict[str, int] = {}
    for part in normalize_digits(text).replace("،", ",").split(","):
        if part.strip():
            answer, _sep, target = part.partition("=")
            branches[answer.strip()] = int(target)
    return branches


class ScriptDialog(QDialog):
    saved = Signal(int)

    def __init__(self, db: Database, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("New call script"))
        self.resize(820, 420)
        self.name, self.intro = QLineEdit(), QLineEdit()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Question"), self.tr("Answer type"), self.tr("Choices (comma separated)"),
            self.tr("Skip to question (answer=N, …)"), self.tr("Satisfaction 1-5"),
        ])  # fmt: skip
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(TEXT, 280)
        self.problem = QLabel()
        add = QPushButton(self.tr("Add a question"))
        add.clicked.connect(lambda: self.add_question())
        remove = QPushButton(self.tr("Remove the selected question"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Opening words:"), self.intro)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _kind_label(self, kind: str) -> str:
        return {"choice": self.tr("Choice"), "yesno": self.tr("Yes / no"), "number": self.tr("Number"),
                "text": self.tr("Text")}[kind]  # fmt: skip

    def add_question(self, text: str = "", kind: str = "text", choices: str = "", branches: str = "",
                     measure: bool = False) -> int:  # fmt: skip
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, TEXT, QTableWidgetItem(text))
        combo = QComboBox()
        for value in QUESTION_KINDS:
            combo.addItem(self._kind_label(value), value)
        combo.setCurrentIndex(combo.findData(kind))
        self.table.setCellWidget(row, KIND, combo)
        self.table.setItem(row, CHOICES, QTableWidgetItem(choices))
        self.table.setItem(row, BRANCHES, QTableWidgetItem(branches))
        mark = QTableWidgetItem()
        mark.setFlags(mark.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        mark.setCheckState(Qt.CheckState.Checked if measure else Qt.CheckState.Unchecked)
        self.table.setItem(row, MEASURE, mark)
        return row

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def questions(self) -> list[QuestionDraft]:
        drafts = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, KIND)
            assert isinstance(combo, QComboBox)
            try:
                branches = parse_branches(self._cell(row, BRANCHES))
            except ValueError:
                raise errors.ValidationError({f"questions.{row + 1}": errors.OUT_OF_RANGE}) from None
            mark = self.table.item(row, MEASURE)
            drafts.append(QuestionDraft(
                self._cell(row, TEXT), combo.currentData(),
                [c.strip() for c in self._cell(row, CHOICES).replace("،", ",").split(",") if c.strip()], branches,
                mark is not None and mark.checkState() == Qt.CheckState.Checked,
            ))  # fmt: skip
        return drafts

    def save(self) -> None:
        try:
            questions = self.questions()
        except errors.ValidationError as error:
            self.problem.setText(refusal(error))
            return
        db, actor, name, intro = self.db, self.actor, self.name.text(), self.intro.text()

        def done(script_id: int) -> None:
            self.saved.emit(script_id)
            self.accept()

        run_task(self, lambda: save_script(db, name, questions, actor, intro), done,
                 lambda error: self.problem.setText(refusal(error)), write=True)  # fmt: skip
