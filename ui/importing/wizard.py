"""The import wizard: file → mapping → preview and problems → import with progress and cancel.

Reading, checking and importing run on workers (`run_task`); the import is one write transaction, so a
cancel leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.db import Database
from app.importing.read import read_table
from app.importing.rows import Preview, preview_rows
from app.importing.service import ImportOptions, ImportResult, run_import
from app.importing.table import SourceTable
from app.phones import PhoneRules
from app.progress import Cancelled
from ui.formatting import fill, formatter_of
from ui.importing.pages import FilePage, MappingPage
from ui.importing.preview import PREVIEW_ROWS, PreviewPage, RunPage
from ui.tasks import TaskHandle, run_task

FILE, MAPPING, PREVIEW, RUN = range(4)


class ImportWizard(QDialog):
    imported = Signal()

    def __init__(self, db: Database, actor: str, rules: PhoneRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(900, 600)
        self.db, self.actor, self.rules = db, actor, rules
        self.table: SourceTable | None = None
        self.task: TaskHandle | None = None
        self.file_page, self.mapping_page = FilePage(), MappingPage()
        self.preview_page, self.run_page = PreviewPage(), RunPage()
        self.pages = QStackedWidget()
        for page in (self.file_page, self.mapping_page, self.preview_page, self.run_page):
            self.pages.addWidget(page)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.back, self.next = QPushButton(self.tr("< Back")), QPushButton(self.tr("Next >"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        for button in (self.back, self.next, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self.close)
        self.file_page.changed.connect(self._update_buttons)
        self.file_page.sheet.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.run_page.cancel.clicked.connect(self.cancel)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self.task is not None and not self.task.done
        self.back.setEnabled(page in (MAPPING, PREVIEW) and not busy)
        self.next.setEnabled(not busy and page != RUN and bool(self.file_page.path.text().strip()))
        self.next.setText(self.tr("Import") if page == PREVIEW else self.tr("Next >"))
        self.run_page.cancel.setEnabled(busy and page == RUN)

    def _start(self, op, success, **kwargs: bool) -> None:  # noqa: ANN001
        self.error.clear()
        self.task = run_task(self, op, success, self._failed, **kwargs)
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.run_page.label.setText(self.tr("Import cancelled: nothing was saved."))
        else:
            self.error.setText(str(error))

    def go_back(self) -> None:
        self.pages.setCurrentIndex(max(FILE, self.pages.currentIndex() - 1))
        self._update_buttons()

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if page == FILE:
            path, sheet, encoding = (
                self.file_page.path.text().strip(),
                self.file_page.chosen_sheet(),
                self.file_page.chosen_encoding(),
            )
            self._start(lambda: read_table(path, sheet, encoding), self._file_read)
        elif page == MAPPING:
            self.mapping_page.remember()
            table, mapping, rules = self.table, self.mapping_page.mapping(), self.rules
            self._start(lambda: preview_rows(table, mapping, rules, PREVIEW_ROWS), self._checked)  # type: ignore[arg-type]
        elif page == PREVIEW:
            self._run_import()

    def _file_read(self, table: SourceTable) -> None:
        self.table = table
        self.file_page.show_table(table)
        self.mapping_page.show_columns(table)
        self.pages.setCurrentIndex(MAPPING)

    def _checked(self, preview: Preview) -> None:
        assert self.table is not None
        self.preview_page.show_rows(self.table.headers, preview, self.rules)
        self.pages.setCurrentIndex(PREVIEW)

    def _run_import(self) -> None:
        table, mapping = self.table, self.mapping_page.mapping()
        options = ImportOptions(self.mapping_page.mode.currentData(), self.mapping_page.on_duplicate.currentData(),
                                self.actor, Path(self.file_page.path.text()).name, rules=self.rules)  # fmt: skip
        self.pages.setCurrentIndex(RUN)
        self.run_page.label.setText(self.tr("Importing…"))
        self._start(lambda progress: run_import(self.db, table, mapping, options, progress), self._done,  # type: ignore[arg-type]
                    write=True, with_progress=True)  # fmt: skip
        assert self.task is not None
        self.task.progressed.connect(self.run_page.progressed)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _done(self, result: ImportResult) -> None:
        self.run_page.bar.setValue(self.run_page.bar.maximum())
        number = formatter_of(self).number
        self.run_page.label.setText(fill(
            self.tr("Done: %1 customers added, %2 updated, %3 merged, %4 skipped, %5 rows left out."),
            number(result.created), number(result.updated), number(result.merged), number(result.skipped),
            number(result.rejected),
        ))  # fmt: skip
        self.imported.emit()
