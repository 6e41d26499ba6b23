"""Data quality: each check's count; activating one lists the matching customers.

`open_customers(check, title)` is emitted on activation; File → Data quality connects it to
`CustomersView.show_only(title, app.quality.checks.condition(check))`, so the Customers tab lists them
under a clearable "Showing: …" chip. The screen also lists them itself (paged by id, 200 at a time),
and a double-click opens the card.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from app.db import Database
from app.phones import display_phone_cached
from app.quality.checks import QualityCount, customers_of, quality_counts
from ui.importing.preview import ltr
from ui.importing.rows_model import RowsModel
from ui.tasks import run_task

PAGE = 200


class QualityView(QDialog):
    open_customers = Signal(str, str)  # check, its title
    open_card = Signal(int)  # customer id

    def __init__(self, db: Database, parent: QWidget | None = None, region: str = "IR") -> None:
        super().__init__(parent)
        self.region = region
        self.setWindowTitle(self.tr("Data quality"))
        self.resize(860, 520)
        self.db = db
        self.counts = RowsModel([self.tr("Check"), self.tr("Customers")], self)
        self.customers = RowsModel([self.tr("ID"), self.tr("Name"), self.tr("Phone")], self)
        self.counts_view, self.customers_view = QTableView(), QTableView()
        for view, model in ((self.counts_view, self.counts), (self.customers_view, self.customers)):
            view.setModel(model)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
        self.counts_view.activated.connect(self.show_check)
        self.counts_view.clicked.connect(self.show_check)
        self.customers_view.doubleClicked.connect(lambda i: self.open_card.emit(int(self.customers.row_at(i.row())[0])))
        self.more = QPushButton(self.tr("More"))
        self.more.clicked.connect(self._more)
        self.more.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Count again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel()
        splitter = QSplitter()
        splitter.addWidget(self.counts_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.customers_view, 1)
        right_layout.addWidget(self.more)
        splitter.addWidget(right)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.checks: list[str] = []
        self.check = ""
        self.refresh()

    def titles(self) -> dict[str, str]:
        return {
            "no_phone": self.tr("Without any phone"),
            "invalid_email": self.tr("With an invalid e-mail"),
            "invalid_phone": self.tr("With a phone not valid for its region"),
            "duplicates": self.tr("In a duplicate group (same phone or e-mail)"),
            "no_consent": self.tr("Without consent information"),
            "never_contacted": self.tr("Never contacted"),
        }

    def refresh(self) -> None:
        self.status.setText(self.tr("Counting…"))
        run_task(self, lambda: quality_counts(self.db), self._counted)

    def _counted(self, counts: list[QualityCount]) -> None:
        titles = self.titles()
        self.checks = [c.check for c in counts]
        self.counts.set_rows([(titles[c.check], f"{c.customers:,}") for c in counts])
        self.counts_view.resizeColumnsToContents()
        self.status.clear()

    def show_check(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.check = self.checks[index.row()]
        self.open_customers.emit(self.check, self.titles()[self.check])
        self.customers.set_rows([])
        self._more()

    def _more(self) -> None:
        check = self.check
        after = int(self.customers.row_at(self.customers.rowCount() - 1)[0]) if self.customers.rowCount() else 0
        run_task(self, lambda: customers_of(self.db, check, after, PAGE), lambda rows: self._page(check, rows))

    def _page(self, check: str, rows: list[tuple[int, str, str]]) -> None:
        if check != self.check:
            return  # a newer choice superseded this page
        existing = [self.customers.row_at(i) for i in range(self.customers.rowCount())]
        self.customers.set_rows(existing + [(i, n, ltr(display_phone_cached(p, self.region))) for i, n, p in rows])
        self.more.setEnabled(len(rows) == PAGE)
