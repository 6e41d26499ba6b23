"""The Reports screen: pick a workbook and a period, export it to Excel with progress and cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCalendar, QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.progress import Cancelled
from ui.auth.acting import actor_of
from ui.date_widgets import setup_date_edit
from ui.formatting import Formatter, fill
from ui.tasks import TaskHandle, run_task

if TYPE_CHECKING:  # openpyxl (and numpy behind it) load on the first export, not at start
    from app.reports.export import ExportResult


class ReportsView(QWidget):
    def __init__(self, db: Database, fmt: Formatter, calendar: QCalendar, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        # Workbooks know Jalali and Gregorian; a Hijri office gets Gregorian dates in Excel for now.
        calendar_name = "jalali" if fmt.calendar_name == "jalali" else "gregorian"
        self.db, self.fmt, self.calendar_name, self.language = db, fmt, calendar_name, language
        self.task: TaskHandle | None = None
        self.report = QComboBox()
        for key, text in (
            ("calls", self.tr("Calls: every call in the period")),
            ("customers", self.tr("Customers")),
            ("kpis", self.tr("KPIs per day and per agent")),
            ("rfm", self.tr("RFM segments and customer value")),
            ("staffing", self.tr("Staffing plan (Erlang C)")),
        ):
            self.report.addItem(text, key)
        today = QDate.currentDate()
        self.first, self.last = QDateEdit(today.addDays(-29)), QDateEdit(today)
        for edit in (self.first, self.last):
            setup_date_edit(edit, calendar, fmt.week, fmt.digits_locale())
        self.lang = QComboBox()
        for code, name in (("en", "English"), ("fa", "فارسی"), ("ar", "العربية")):
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(language)))
        self.file_format = QComboBox()
        self.file_format.addItem(self.tr("Excel workbook (over 1,048,576 rows continue on further sheets)"), "xlsx")
        self.file_format.addItem(self.tr("CSV file (the rows only, no limit)"), "csv")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the workbook"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open)
        self.result: ExportResult | None = None
        form = QFormLayout()
        form.addRow(self.tr("Report"), self.report)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("Language of the workbook"), self.lang)
        form.addRow(self.tr("File type"), self.file_format)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.open_button)
        layout.addStretch()

    def period(self) -> tuple[date, date]:
        first, last = self.first.date(), self.last.date()
        return date(first.year(), first.month(), first.day()), date(last.year(), last.month(), last.day())

    def choose_and_export(self) -> None:
        first, last = self.period()
        extension = self.file_format.currentData()
        suggested = f"tamas-{self.report.currentData()}-{first:%Y%m%d}-{last:%Y%m%d}.{extension}"
        kind = "Excel (*.xlsx)" if extension == "xlsx" else "CSV (*.csv)"
        # The dialog does not ask about an existing file: the extension may still be added, so we ask once below.
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the workbook"), suggested, kind, options=QFileDialog.Option.DontConfirmOverwrite
        )
        if not path:
            return
        path = path if path.lower().endswith("." + extension) else f"{path}.{extension}"
        if Path(path).exists() and not self.confirm_replace(path):
            return
        self.export_to(path)

    def confirm_replace(self, path: str) -> bool:
        """Ask before an export replaces an existing file; False keeps it."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            fill(self.tr("“%1” already exists. Replace it with the new workbook?"), Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_to(self, path: str) -> TaskHandle | None:
        first, last = self.period()
        if last < first:
            self.status.setText(self.tr("The end date is before the start date."))
            return None
        from app.reports.export import export_report

        report, lang, calendar = self.report.currentData(), self.lang.currentData(), self.calendar_name
        as_csv = self.file_format.currentData() == "csv"
        office = {"currency": self.fmt.currency, "toman": self.fmt.toman, "week": self.fmt.week}
        actor = actor_of(self)  # read now: Switch user may change it
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.open_button.setVisible(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        self.task = run_task(
            self,
            lambda progress: export_report(
                self.db, report, path, first, last, lang, calendar, progress, as_csv=as_csv, actor=actor, **office
            ),
            self._done,
            self._failed,
            with_progress=True,
            kind="slow",  # a year of calls must not hold an interactive thread
        )
        self.task.progressed.connect(self._progress)
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.progress.setFormat(f"{label} %p%")

    def _finish(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _done(self, result: ExportResult) -> None:
        self._finish()
        self.result = result
        self.status.setText(
            fill(
                self.tr("Saved %1: %2 rows in %3 s."),
                str(result.path),
                self.fmt.number(result.rows),
                self.fmt.digits(f"{result.seconds:.1f}"),
            )
        )
        if result.split_text():
            split = self.tr("Excel holds 1,048,576 rows a sheet; the rows continue over %1 sheets: %2.")
            self.status.setText(self.status.text() + " " + fill(split, self.fmt.number(len(result.parts)),
                                                                  self.fmt.digits(result.split_text())))  # fmt: skip
        self.open_button.setVisible(True)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled. No file was written."))
        elif isinstance(error, FileNotFoundError) and error.filename:
            folder = str(Path(error.filename).parent)
            self.status.setText(fill(self.tr("The folder %1 does not exist. Choose another folder."), folder))
        elif isinstance(error, OSError):
            self.status.setText(fill(self.tr("Could not write the file: %1. Choose another folder."), str(error)))
        else:
            self.status.setText(fill(self.tr("The export failed: %1"), str(error)))

    def _open(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))
