"""The call script, one question at a time: the answer widget fits the question, Next follows the branches."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app import errors
from app.campaigns.scripts import QuestionView, ScriptView, clean_answer, next_position
from ui.formatting import Formatter


class ScriptStepper(QGroupBox):
    """Answers collect in `answers` (question id -> text); `finished` when the last question is passed."""

    finished = Signal()

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Script"), parent)
        self.fmt = fmt
        self.script: ScriptView | None = None
        self.answers: dict[int, str] = {}
        self.path: list[int] = []  # positions visited, for Back
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: bold;")
        self.choice = QComboBox()
        self.text = QLineEdit()
        self.problem = QLabel()
        self.back = QPushButton(self.tr("Back"))
        self.next = QPushButton(self.tr("Next question"))
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.text.returnPressed.connect(self.go_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        box = QVBoxLayout(self)
        for widget in (self.intro, self.question, self.choice, self.text, self.problem):
            box.addWidget(widget)
        box.addLayout(buttons)
        self.set_script(None)

    def set_script(self, script: ScriptView | None) -> None:
        self.script, self.answers, self.path = script, {}, []
        self.setVisible(script is not None and bool(script.questions))
        if script is not None:
            self.intro.setText(script.intro)
            self._show(1)

    def restart(self) -> None:
        self.set_script(self.script)

    def current(self) -> QuestionView | None:
        return self.script.question_at(self.path[-1]) if self.script and self.path else None

    def _show(self, position: int) -> None:
        assert self.script is not None
        question = self.script.question_at(position)
        self.problem.clear()
        if question is None:
            self.question.setText(self.tr("End of the script."))
            self.choice.hide()
            self.text.hide()
            self.next.setEnabled(False)
            self.back.setEnabled(bool(self.path))
            self.finished.emit()
            return
        self.path.append(position)
        self.question.setText(self.fmt.digits(f"{position}. ") + question.text)
        self.choice.clear()
        if question.kind == "yesno":
            self.choice.addItem(self.tr("Yes"), "yes")
            self.choice.addItem(self.tr("No"), "no")
        elif question.kind == "choice":
            for option in question.choices:
                self.choice.addItem(option, option)
        self.choice.setVisible(question.kind in ("yesno", "choice"))
        self.text.setVisible(question.kind in ("number", "text"))
        self.text.setText(self.answers.get(question.id, ""))
        self.next.setEnabled(True)
        self.back.setEnabled(len(self.path) > 1)

    def go_next(self) -> None:
        question = self.current()
        if question is None:
            return
        raw = self.choice.currentData() if question.kind in ("yesno", "choice") else self.text.text()
        try:
            value = clean_answer(question, raw)
        except errors.ValidationError:
            self.problem.setText(self.tr("This answer does not fit the question; correct it to go on."))
            return
        if value or question.kind != "text":
            self.answers[question.id] = value
        self._show(next_position(question, value))

    def go_back(self) -> None:
        if self.current() is not None and len(self.path) > 1:
            self.path.pop()
        if self.path:
            self._show(self.path.pop())
