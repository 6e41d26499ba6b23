"""The editable list of dispositions: label in three languages, the flags the rules read (contact made,
success, do-not-call, callback, final), the default retry delay and the shortcut key."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.campaigns import list_dispositions, save_disposition
from app.campaigns.dto import DispositionView
from app.db import Database
from app.text import normalize_digits
from ui.campaigns.labels import refusal
from ui.tasks import run_task

FLAGS = ("contact_made", "success", "do_not_call", "callback", "final")
TEXTS = ("code", "label", "label_fa", "label_ar")


class DispositionsDialog(QDialog):
    def __init__(self, db: Database, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Dispositions"))
        self.resize(980, 420)
        self.rows: list[DispositionView] = []
        self.table = QTableWidget(0, len(TEXTS) + len(FLAGS) + 2)
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Label"), self.tr("Persian"), self.tr("Arabic"), self.tr("Contact made"),
            self.tr("Success"), self.tr("Do not call"), self.tr("Callback"), self.tr("Final"),
            self.tr("Retry after (minutes)"), self.tr("Key"),
        ])  # fmt: skip
        self.problem = QLabel()
        add = QPushButton(self.tr("Add a disposition"))
        add.clicked.connect(lambda: self._add(DispositionView(0, "", "", "", "", False, False, False, False, False,
                                                              0, "")))  # fmt: skip
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        run_task(self, lambda: list_dispositions(db), self._loaded)

    def _loaded(self, rows: list[DispositionView]) -> None:
        for row in rows:
            self._add(row)

    def _add(self, view: DispositionView) -> None:
        row = self.table.rowCount()
        self.rows.append(view)
        self.table.insertRow(row)
        for column, name in enumerate(TEXTS):
            self.table.setItem(row, column, QTableWidgetItem(getattr(view, name)))
        for offset, name in enumerate(FLAGS):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if getattr(view, name) else Qt.CheckState.Unchecked)
            self.table.setItem(row, len(TEXTS) + offset, item)
        self.table.setItem(row, len(TEXTS) + len(FLAGS), QTableWidgetItem(str(view.retry_minutes)))
        self.table.setItem(row, len(TEXTS) + len(FLAGS) + 1, QTableWidgetItem(view.shortcut))

    def edited(self) -> list[DispositionView]:
        views = []
        for row, view in enumerate(self.rows):
            texts = {name: (self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
                     for c, name in enumerate(TEXTS)}  # fmt: skip
            flags = {name: self.table.item(row, len(TEXTS) + i).checkState() == Qt.CheckState.Checked
                     for i, name in enumerate(FLAGS)}  # fmt: skip
            retry_text = normalize_digits(self.table.item(row, len(TEXTS) + len(FLAGS)).text()).strip() or "0"
            key = self.table.item(row, len(TEXTS) + len(FLAGS) + 1).text().strip()
            if texts["code"]:
                views.append(replace(view, **texts, **flags, retry_minutes=int(retry_text) if retry_text.isdigit()
                                     else view.retry_minutes, shortcut=key))  # fmt: skip
        return views

    def save(self) -> None:
        db, actor, views = self.db, self.actor, self.edited()

        def write() -> None:
            for view in views:
                save_disposition(db, view, actor)

        run_task(self, write, lambda _r: self.accept(), lambda error: self.problem.setText(refusal(error)),
                 write=True)  # fmt: skip
