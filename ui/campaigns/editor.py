"""New / edit campaign: its settings, the target filter with a live count (on a worker), the preview of
who is left out and why, and Save, which writes the campaign and adds the filter's customers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.campaigns import targets
from app.campaigns.campaigns import create_campaign, get_draft, update_campaign
from app.campaigns.dto import CampaignDraft, TargetFilter, TargetPreview
from app.campaigns.models import PURPOSES
from app.campaigns.scripts import list_scripts
from app.db import Database
from ui.campaigns.filter_form import FilterForm
from ui.campaigns.labels import purpose_label, reason_label, refusal
from ui.formatting import Formatter, fill
from ui.tasks import Latest, run_task

COUNT_DELAY_MS = 400  # typing settles before the count runs
WEEKDAYS = (5, 6, 0, 1, 2, 3, 4)  # Saturday first, as the office week reads in Iran


class CampaignDialog(QDialog):
    saved = Signal(int)

    def __init__(self, db: Database, actor: str, fmt: Formatter, campaign_id: int | None = None,
                 preset: TargetFilter | None = None, purpose: str = "sales", name: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.actor, self.fmt, self.campaign_id = db, actor, fmt, campaign_id
        self.setWindowTitle(self.tr("Edit campaign") if campaign_id else self.tr("New campaign"))
        self.counts, self.previews = Latest(), Latest()
        self.timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self.timer.timeout.connect(self.count)
        self.name = QLineEdit(name)
        self.purpose = QComboBox()
        for value in PURPOSES:
            self.purpose.addItem(purpose_label(value), value)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(purpose)))
        self.attempts = QSpinBox(minimum=1, maximum=50, value=3)
        self.start, self.end = QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(20, 0))
        self.days = {d: QCheckBox(fmt.weekday(d + 1)) for d in WEEKDAYS}
        self.agents = QLineEdit()
        self.agents.setPlaceholderText(self.tr("user names separated by commas; empty: every agent"))
        self.script = QComboBox()
        self.script.addItem(self.tr("No script"), None)
        self.no_answer, self.busy = QSpinBox(maximum=10_000, value=120), QSpinBox(maximum=10_000, value=30)
        self.filter = FilterForm(db, fmt)
        self.filter.changed.connect(self.timer.start)
        self.count_label = QLabel()
        self.preview_table = QTableWidget(0, 2)
        self.preview_table.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Left out because")])
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.problem = QLabel()
        self._build()
        for box in self.days.values():
            box.setChecked(True)
        if preset is not None:
            self.filter.set_target(preset)
        run_task(self, lambda: list_scripts(db), self._scripts)
        if campaign_id:
            run_task(self, lambda: get_draft(db, campaign_id), self._fill)
        self.count()

    def _build(self) -> None:
        settings = QWidget()
        form = QFormLayout(settings)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("Script:"), self.script)
        form.addRow(self.tr("Most attempts per customer:"), self.attempts)
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(self.end)
        form.addRow(self.tr("Calling hours (office clock):"), hours)
        days = QHBoxLayout()
        for box in self.days.values():
            days.addWidget(box)
        form.addRow(self.tr("Calling days:"), days)
        form.addRow(self.tr("Agents:"), self.agents)
        form.addRow(self.tr("Retry after no answer (minutes):"), self.no_answer)
        form.addRow(self.tr("Retry after busy (minutes):"), self.busy)
        preview = QWidget()
        box = QVBoxLayout(preview)
        show = QPushButton(self.tr("Show who is left out"))
        show.clicked.connect(self.preview)
        box.addWidget(show)
        box.addWidget(self.preview_label)
        box.addWidget(self.preview_table, 1)
        tabs = QTabWidget()
        tabs.addTab(self.filter, self.tr("Who to call"))
        tabs.addTab(preview, self.tr("Left out"))
        tabs.addTab(settings, self.tr("Settings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _scripts(self, scripts: list[tuple[int, str]]) -> None:
        for script_id, name in scripts:
            self.script.addItem(name, script_id)

    def _fill(self, draft: CampaignDraft) -> None:
        self.name.setText(draft.name)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(draft.purpose)))
        self.attempts.setValue(draft.max_attempts)
        self.start.setTime(QTime(draft.calling_start // 60, draft.calling_start % 60))
        self.end.setTime(QTime(min(23, draft.calling_end // 60), draft.calling_end % 60 if draft.calling_end < 1440
                               else 59))  # fmt: skip
        for day, box in self.days.items():
            box.setChecked(str(day) in draft.calling_days)
        self.agents.setText(", ".join(draft.agents))
        self.no_answer.setValue(draft.retry_minutes.get("NO_ANSWER", 120))
        self.busy.setValue(draft.retry_minutes.get("BUSY", 30))
        index = self.script.findData(draft.script_id)
        if index >= 0:
            self.script.setCurrentIndex(index)

    def draft(self) -> CampaignDraft:
        start, end = self.start.time(), self.end.time()
        return CampaignDraft(
            name=self.name.text(), purpose=self.purpose.currentData(), script_id=self.script.currentData(),
            max_attempts=self.attempts.value(), calling_start=start.hour() * 60 + start.minute(),
            calling_end=end.hour() * 60 + end.minute(),
            calling_days="".join(str(d) for d, box in self.days.items() if box.isChecked()),
            agents=[a.strip() for a in self.agents.text().split(",") if a.strip()],
            retry_minutes={"NO_ANSWER": self.no_answer.value(), "BUSY": self.busy.value()},
            starts_on=date.today() if not self.campaign_id else None,
        )  # fmt: skip

    # -- the live count and the preview
    def count(self) -> None:
        db, target, campaign_id = self.db, self.filter.target(), self.campaign_id
        self.count_label.setText(self.tr("Counting…"))
        self.counts.run(self, lambda: targets.count(db, target, campaign_id), self._counted,
                        lambda error: self.count_label.setText(refusal(error)))  # fmt: skip

    def _counted(self, n: int) -> None:
        self.count_label.setText(fill(self.tr("%1 customers will be called."), self.fmt.number(n)))

    def preview(self) -> None:
        db, target, campaign_id = self.db, self.filter.target(), self.campaign_id
        self.preview_label.setText(self.tr("Counting…"))
        self.previews.run(self, lambda: targets.preview(db, target, campaign_id), self._previewed)

    def _previewed(self, shown: TargetPreview) -> None:
        parts = [fill(self.tr("%1 in"), self.fmt.number(shown.included))]
        parts += [f"{reason_label(reason)}: {self.fmt.number(n)}" for reason, n in sorted(shown.excluded.items())]
        self.preview_label.setText(" · ".join(parts))
        self.preview_table.setRowCount(len(shown.sample_out))
        for row, excluded in enumerate(shown.sample_out):
            self.preview_table.setItem(row, 0, QTableWidgetItem(excluded.name))
            self.preview_table.setItem(row, 1, QTableWidgetItem(reason_label(excluded.reason)))
        self.preview_table.resizeColumnsToContents()

    # -- saving
    def save(self) -> None:
        db, actor, draft, target, campaign_id = (
            self.db,
            self.actor,
            self.draft(),
            self.filter.target(),
            self.campaign_id,
        )

        def write() -> int:
            if campaign_id:
                update_campaign(db, campaign_id, draft, actor)
                saved = campaign_id
            else:
                saved = create_campaign(db, draft, actor)
            targets.build(db, saved, target, actor)
            return saved

        def done(saved: int) -> None:
            self.saved.emit(saved)
            self.accept()

        self.problem.setText(self.tr("Saving and adding the customers…"))
        run_task(self, write, done, lambda error: self.problem.setText(refusal(error)), write=True)
