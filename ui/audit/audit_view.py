"""Audit log window: filter by user, table, record and period; newest first, paged as you scroll; Excel export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.audit.read import PAGE_SIZE, AuditEntry, AuditFilter, audit_choices, audit_page
from app.db import Database
from app.dto import Page
from ui.date_widgets import setup_date_edit
from ui.formatting import Formatter, fill
from ui.paged_model import Column, PagedTableModel
from ui.tasks import run_task


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("AuditLog", "Created"),
        "update": QCoreApplication.translate("AuditLog", "Changed"),
        "delete": QCoreApplication.translate("AuditLog", "Deleted"),
        "restore": QCoreApplication.translate("AuditLog", "Restored"),
        "answer": QCoreApplication.translate("AuditLog", "Answered"),
        "lock": QCoreApplication.translate("AuditLog", "Locked"),
        "merge": QCoreApplication.translate("AuditLog", "Merged"),
    }.get(action, action)


def entity_label(entity: str) -> str:
    """The audited table in the interface's language (the filter keeps the stored name)."""
    return {
        "customer": QCoreApplication.translate("AuditLog", "Customer"),
        "call": QCoreApplication.translate("AuditLog", "Call"),
        "order": QCoreApplication.translate("AuditLog", "Order"),
        "lookup": QCoreApplication.translate("AuditLog", "List value"),
        "user": QCoreApplication.translate("AuditLog", "User"),
        "ticket": QCoreApplication.translate("AuditLog", "Ticket"),
        "campaign": QCoreApplication.translate("AuditLog", "Campaign"),
        "disposition": QCoreApplication.translate("AuditLog", "Disposition"),
        "dnc_number": QCoreApplication.translate("AuditLog", "Do-not-call number"),
        "blocked_number": QCoreApplication.translate("AuditLog", "Blocked number"),
    }.get(entity, entity)


def audit_columns(fmt: Formatter) -> list[Column]:
    right = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
    return [
        Column(QCoreApplication.translate("AuditLog", "When"), lambda e: fmt.datetime(e.at)),
        Column(QCoreApplication.translate("AuditLog", "User"), lambda e: e.by),
        Column(QCoreApplication.translate("AuditLog", "Table"), lambda e: entity_label(e.entity)),
        Column(QCoreApplication.translate("AuditLog", "Record"), lambda e: fmt.number(e.entity_id), right),
        Column(QCoreApplication.translate("AuditLog", "Action"), lambda e: action_label(e.action)),
        Column(QCoreApplication.translate("AuditLog", "Before → after"), lambda e: e.summary(),
               tooltip=lambda e: "\n".join(f"{c.field}: {c.before} → {c.after}" for c in e.changes)),
    ]  # fmt: skip


def fetcher(db: Database, actor: str, f: AuditFilter) -> Callable[[Any], Page[AuditEntry, int]]:
    """Pages of entries matching `f`; the cursor is the last id shown (keyset: older than it)."""

    def fetch(cursor: Any) -> Page[AuditEntry, int]:
        rows = audit_page(db, actor, f, cursor)
        return Page(rows, rows[-1].id if len(rows) == PAGE_SIZE else None)

    return fetch


class AuditView(QDialog):
    def __init__(self, db: Database, actor: str, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.fmt = db, actor, fmt
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 560)
        self.user, self.table_name = QComboBox(), QComboBox()
        self.user.addItem(self.tr("Everyone"), "")
        self.table_name.addItem(self.tr("All tables"), "")
        self.record = QLineEdit()
        self.record.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.record.setPlaceholderText(self.tr("any"))
        self.period = QCheckBox(self.tr("Only from"))
        self.since, self.until = QDateEdit(QDate.currentDate().addDays(-30)), QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            setup_date_edit(edit, fmt.calendar, fmt.week, fmt.digits_locale())
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.status = QLabel()
        self.model = PagedTableModel(audit_columns(fmt), fetcher(db, actor, AuditFilter()), self)
        self.model.load_failed.connect(self.status.setText)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self._layout()
        for combo in (self.user, self.table_name):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.record.editingFinished.connect(self.refresh)
        self.period.toggled.connect(lambda _on: self.refresh())
        self.since.dateChanged.connect(lambda _d: self.refresh() if self.period.isChecked() else None)
        self.until.dateChanged.connect(lambda _d: self.refresh() if self.period.isChecked() else None)
        self.export_button.clicked.connect(lambda _checked=False: self.choose_and_export())
        db, me = self.db, self.actor
        run_task(self, lambda: audit_choices(db, me), self._choices, lambda e: self.status.setText(str(e)))
        self.refresh()

    def _layout(self) -> None:
        filters = QFormLayout()
        filters.addRow(self.tr("User:"), self.user)
        filters.addRow(self.tr("Table:"), self.table_name)
        filters.addRow(self.tr("Record number:"), self.record)
        period = QHBoxLayout()
        period.addWidget(self.period)
        period.addWidget(self.since)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.until)
        period.addStretch()
        filters.addRow(self.tr("Period:"), period)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _choices(self, found: tuple[list[str], list[str]]) -> None:
        users, tables = found
        self.user.addItems(users)
        self.table_name.addItems([entity_label(table) for table in tables])
        for combo, values in ((self.user, users), (self.table_name, tables)):
            for index, value in enumerate(values, 1):
                combo.setItemData(index, value)

    def current_filter(self) -> AuditFilter:
        record = self.record.text().strip()
        since = until = None
        if self.period.isChecked():
            first, last = self.since.date().toPython(), self.until.date().toPython()
            since = datetime.combine(first, datetime.min.time())
            until = datetime.combine(last, datetime.min.time()) + timedelta(days=1)
        return AuditFilter(self.user.currentData() or "", self.table_name.currentData() or "",
                           int(record) if record.isdigit() else None, since, until)  # fmt: skip

    def refresh(self) -> None:
        """Start over with the filter as it reads now (read here, on the GUI thread; pages load on a worker)."""
        self.status.clear()
        self.model.reload(fetcher(self.db, self.actor, self.current_filter()))

    def choose_and_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), "audit-log.xlsx",
                                                    "Excel (*.xlsx)")  # fmt: skip
        if path:
            self.export(path)

    def export(self, path: str) -> None:
        from app.audit.export import export_audit  # openpyxl loads on the first export

        f, db, me = self.current_filter(), self.db, self.actor
        lang = self.fmt.language if self.fmt.language in ("en", "fa", "ar") else "en"
        calendar = "jalali" if self.fmt.calendar_name == "jalali" else "gregorian"
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        run_task(self, lambda: export_audit(db, me, f, path, lang, calendar), self._exported, self._export_failed,
                 kind="slow")  # fmt: skip

    def _exported(self, rows: int) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(fill(self.tr("%1 entries written."), self.fmt.number(rows)))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(str(error))
