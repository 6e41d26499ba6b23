"""Customer value: RFM segments and their customers, the Pareto/ABC curve in one plain sentence, and the
customers at risk of leaving, as a list to call. Everything is computed on a worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.analytics import churn, pareto, rfm, value_snapshot
from app.db import Database
from app.dto import Page
from app.phones import PhoneRules
from ui.customers.customers_view import CustomerTable, customer_columns
from ui.formatting import Formatter, fill, segment_label
from ui.list_status import ListOverlay
from ui.paged_model import PagedTableModel
from ui.reports.charts import Chart
from ui.tasks import Latest


@dataclass(frozen=True)
class ValueData:
    segments: dict[str, int]
    summary: pareto.ParetoSummary
    curve: list[tuple[float, float]]  # (share of customers, cumulative share of value), best first
    risks: list[churn.ChurnRisk]
    as_of: datetime | None  # when the snapshot's figures were taken; None: not computed yet


def load_value(db: Database) -> ValueData:
    """The screen's figures from the customer value snapshot (indexed reads, not a pass over orders)."""
    return ValueData(value_snapshot.segment_counts(db), value_snapshot.pareto(db), value_snapshot.curve(db),
                     value_snapshot.churn_risks(db), value_snapshot.as_of(db))  # fmt: skip


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
    return item


class CustomerValueView(QWidget):
    open_customer = Signal(int)
    dial_requested = Signal(int)  # customer id: the main window dials their first phone
    campaign_requested = Signal(str)  # a win-back campaign: "" for the churn list, else an RFM segment's name

    def __init__(self, db: Database, rules: PhoneRules, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.rules, self.fmt = db, rules, fmt
        self.generation = 0
        self.loads = Latest()  # a newer load cancels the one still running
        self.recompute_task = Latest()  # the snapshot's recomputation (tens of seconds at a million)
        self.status = QLabel()
        self.segments = QTableWidget(0, 3)
        self.segments.setHorizontalHeaderLabels([self.tr("Segment"), self.tr("Customers"), self.tr("Share")])
        self.segments.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.segments.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.segments.verticalHeader().hide()
        self.segments.currentCellChanged.connect(lambda row, *_: self._segment_chosen(row))
        self.members = PagedTableModel(customer_columns(fmt)[:4], self._fetch_members, self)
        self.members_table = CustomerTable(self.members)
        self.members_table.activated_row.connect(lambda row: self.open_customer.emit(row.id))
        self.segment = ""
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-size: 13pt;")
        self.curve = Chart(self.tr("Cumulative share of value by customers, best first"), digits=fmt.digits)
        self.risks = QTableWidget(0, 4)
        self.risks.setHorizontalHeaderLabels(
            [self.tr("Customer"), self.tr("Days since last contact"), self.tr("Usual gap (days)"), self.tr("Overdue ×")]
        )
        self.risks.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.risks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.risks.verticalHeader().hide()
        self.risks.cellDoubleClicked.connect(lambda row, _c: self._risk_customer(row, self.open_customer))
        call = QPushButton(self.tr("Call the selected customer"))
        call.clicked.connect(lambda: self._risk_customer(self.risks.currentRow(), self.dial_requested))
        self.data: ValueData | None = None
        self.members_empty = ListOverlay(self.members_table, self.members, self._members_empty_text)
        self.empty = QLabel(self.tr(
            "No customer value yet. This screen groups customers by how recently, how often and how much they buy "
            "(RFM), shows who brings most of the value, and lists customers going quiet. It fills as calls and "
            "orders are logged: add orders on the customer cards (Ctrl+Shift+O)."
        ))  # fmt: skip
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.no_risks = QLabel(self.tr("Nobody is overdue: a customer appears here when their silence is over 1.5 "
                                       "times their own usual gap between contacts."))  # fmt: skip
        self.no_risks.setWordWrap(True)
        self.no_risks.hide()
        self._build(call)

    def _build(self, call: QPushButton) -> None:
        rfm_tab = QSplitter()
        rfm_tab.addWidget(self.segments)
        rfm_tab.addWidget(self.members_table)
        rfm_tab.setSizes([300, 700])
        abc = QWidget()
        box = QVBoxLayout(abc)
        box.addWidget(self.sentence)
        box.addWidget(self.curve, 1)
        save = QPushButton(self.tr("Save as PNG…"))
        save.clicked.connect(lambda: self.curve.save_png(self, "pareto.png"))
        box.addWidget(save, 0, Qt.AlignmentFlag.AlignTrailing)
        risk = QWidget()
        rbox = QVBoxLayout(risk)
        rbox.addWidget(QLabel(self.tr("Customers whose silence is over 1.5 times their own usual gap (3+ contacts).")))
        rbox.addWidget(self.no_risks)
        rbox.addWidget(self.risks, 1)
        rbox.addWidget(call, 0, Qt.AlignmentFlag.AlignTrailing)
        winback = QPushButton(self.tr("Start a win-back campaign…"))
        winback.clicked.connect(lambda: self.campaign_requested.emit(""))
        rbox.addWidget(winback, 0, Qt.AlignmentFlag.AlignTrailing)
        self.tabs = QTabWidget()
        self.tabs.addTab(rfm_tab, self.tr("RFM segments"))
        self.tabs.addTab(abc, self.tr("Pareto / ABC"))
        self.tabs.addTab(risk, self.tr("Churn risk"))
        top = QHBoxLayout()
        refresh = QPushButton(self.tr("Recompute"))
        refresh.clicked.connect(self.recompute)
        top.addWidget(self.status, 1)
        segment_campaign = QPushButton(self.tr("Start a campaign for this segment…"))  # the segment chosen on the left
        segment_campaign.clicked.connect(lambda: self.segment and self.campaign_requested.emit(self.segment))
        top.addWidget(segment_campaign)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.generation += 1
        generation = self.generation
        self.status.setText(self.tr("Loading…"))
        self.loads.run(self, lambda: load_value(self.db), lambda data: self.show_data(generation, data),
                       lambda error: self.status.setText(str(error)))  # fmt: skip

    def recompute(self) -> None:
        """Recompute the snapshot on a worker, then show it; the figures on screen stay until then."""
        if self.recompute_task.busy:
            return
        self.status.setText(self._as_of_text() + " " + self.tr("Recomputing…"))
        self.recompute_task.run(self, lambda: value_snapshot.refresh(self.db), lambda _as_of: self.refresh(),
                                lambda error: self.status.setText(str(error)))  # fmt: skip

    def _as_of_text(self) -> str:
        if self.data is None or self.data.as_of is None:
            return self.tr("Not computed yet.")
        return fill(self.tr("Figures as of %1."), self.fmt.datetime(self.data.as_of))

    def show_data(self, generation: int, data: ValueData) -> None:
        if generation != self.generation:
            return  # an older load finished late
        self.data, fmt = data, self.fmt
        total = sum(data.segments.values()) or 1
        self.segments.setRowCount(len(data.segments))
        for row, (name, count) in enumerate(data.segments.items()):
            label = _cell(segment_label(name))
            label.setData(Qt.ItemDataRole.UserRole, name)
            self.segments.setItem(row, 0, label)
            self.segments.setItem(row, 1, _cell(fmt.number(count), True))
            self.segments.setItem(row, 2, _cell(fmt.digits(f"{count / total:.1%}"), True))
        self.segments.resizeColumnsToContents()
        s = data.summary
        if s.customers:
            sentence = self.tr("%1% of customers (%2) give %3% of the value of the last 365 days. A: %4, B: %5, C: %6.")
            self.sentence.setText(fill(
                sentence, fmt.digits(f"{100 * s.top_customer_share:.0f}"), fmt.number(s.top_customers),
                fmt.digits(f"{100 * s.top_value_share:.0f}"), fmt.number(s.classes["A"][0]),
                fmt.number(s.classes["B"][0]), fmt.number(s.classes["C"][0]),
            ))  # fmt: skip
        else:
            self.sentence.setText(self.tr("No orders in the last 365 days: record orders on the customer cards."))
        self._draw_curve(data.curve)
        self.risks.setRowCount(len(data.risks))
        for row, risk in enumerate(data.risks):
            name = _cell(risk.name)
            name.setData(Qt.ItemDataRole.UserRole, risk.customer_id)
            self.risks.setItem(row, 0, name)
            self.risks.setItem(row, 1, _cell(fmt.number(int(risk.days_since)), True))
            self.risks.setItem(row, 2, _cell(fmt.digits(f"{risk.average_interval_days:.0f}"), True))
            self.risks.setItem(row, 3, _cell(fmt.digits(f"{risk.overdue_ratio:.1f}"), True))
        self.risks.resizeColumnsToContents()
        self.empty.setVisible(sum(data.segments.values()) == 0 and not data.summary.customers)
        self.no_risks.setVisible(not data.risks)
        self.status.setText(self._as_of_text())
        if data.as_of is None or data.as_of.date() < date.today():
            self.recompute()  # figures from an earlier day (or none): bring them up to date in the background

    def _draw_curve(self, curve: list[tuple[float, float]]) -> None:
        plot = self.curve
        plot.clear()
        plot.legend.setVisible(False)
        if not curve:
            return
        xs, ys = [0.0, *(100 * x for x, _y in curve)], [0.0, *(100 * y for _x, y in curve)]
        plot.plot(xs, ys, pen=pg.mkPen(QColor("#1565c0"), width=2))
        for cut, color in ((80, "#2e7d32"), (95, "#ef6c00")):
            plot.addItem(pg.InfiniteLine(cut, angle=0, pen=pg.mkPen(QColor(color), style=Qt.PenStyle.DashLine)))
        plot.setXRange(0, 100, padding=0.02)
        plot.setYRange(0, 100, padding=0.02)
        plot.getAxis("bottom").setTicks([[(x, self.fmt.digits(f"{x}%")) for x in range(0, 101, 20)]])
        plot.getAxis("left").setTicks([[(y, self.fmt.digits(f"{y}%")) for y in range(0, 101, 20)]])

    def _members_empty_text(self) -> str:
        if not self.segment:
            return self.tr("Choose a segment on the left to list its customers.")
        return self.tr("No customer is in this segment now.")

    def _segment_chosen(self, row: int) -> None:
        item = self.segments.item(row, 0)
        if item is not None:
            self.segment = item.data(Qt.ItemDataRole.UserRole)
            self.members.reload()

    def _fetch_members(self, cursor: object):  # noqa: ANN202
        if not self.segment:
            return Page([], None)
        return rfm.customers_in_segment(self.db, self.segment, cursor, rules=self.rules)  # type: ignore[arg-type]

    def _risk_customer(self, row: int, signal: Signal) -> None:
        item = self.risks.item(row, 0) if row >= 0 else None
        if item is not None:
            signal.emit(item.data(Qt.ItemDataRole.UserRole))
