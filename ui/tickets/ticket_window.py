"""One ticket: its details and SLA, the event timeline, and the actions (status, escalate, assign, note,
reopen), with the category's knowledge-base articles beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import lookups
from app.tickets import knowledge, service
from app.tickets.dto import TicketDetail
from app.tickets.followups import add_task
from app.tickets.inform import message_language
from app.tickets.queries import ticket_detail
from app.tickets.workflow import next_statuses
from ui.formatting import Formatter
from ui.tasks import run_task
from ui.tickets.actions import EscalateDialog, FollowUpDialog, NoteDialog, StatusDialog
from ui.tickets.labels import event_text, priority_label, refusal, sla_text, status_label, type_label


class TicketWindow(QWidget):
    changed = Signal(int)
    closed = Signal(int)

    def __init__(
        self, db: Database, ticket_id: int, actor: str, fmt: Formatter, language: str = "en",
        now: Callable[[], datetime] = datetime.now, parent: QWidget | None = None,
        me_id: Callable[[], int | None] = lambda: None,
    ) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.me_id = me_id
        self.db, self.ticket_id, self.actor, self.fmt, self.language, self.now = (
            db,
            ticket_id,
            actor,
            fmt,
            language,
            now,
        )
        self.detail: TicketDetail | None = None
        self._generation = 0
        self.resize(1100, 640)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.facts = QFormLayout()
        self.sla = QLabel()
        self.timeline = QTableWidget(0, 4)
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Note")])
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1, 2):
            self.timeline.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.next_status = QComboBox()
        self.next_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.change = self._button(self.tr("Change status…"), self._change_status)
        self.escalate = self._button(self.tr("Escalate…"), self._escalate)
        self.reopen = self._button(self.tr("Reopen…"), self._reopen)
        self.assignee = QComboBox()
        self.assignee.addItem(self.tr("(nobody)"), None)
        for agent in lookups.list_agents(db):
            self.assignee.addItem(agent.full_name or agent.username, agent.id)
        self.assign = self._button(self.tr("Assign"), self._assign)
        self.follow_up = self._button(self.tr("Follow-up…"), self._follow_up)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Add a note and press Enter"))
        self.note.returnPressed.connect(self._add_note)
        self.articles = QListWidget()
        self.article_text = QLabel()
        self.article_text.setWordWrap(True)
        self.article_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.articles.currentRowChanged.connect(self._show_article)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self._build_layout()
        self.reload()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        for widget in (self.next_status, self.change, self.escalate, self.reopen, QLabel(self.tr("Assignee")),
                       self.assignee, self.assign, self.follow_up):  # fmt: skip
            actions.addWidget(widget)
        actions.addStretch()
        main = QWidget()
        left = QVBoxLayout(main)
        left.addWidget(self.title)
        left.addLayout(self.facts)
        left.addWidget(self.sla)
        left.addLayout(actions)
        left.addWidget(self.error)
        left.addWidget(self.timeline, 1)
        left.addWidget(self.note)
        side = QWidget()
        right = QVBoxLayout(side)
        right.addWidget(QLabel(self.tr("Answers for this category")))
        right.addWidget(self.articles, 1)
        right.addWidget(self.article_text, 1)
        splitter = QSplitter()
        splitter.addWidget(main)
        splitter.addWidget(side)
        splitter.setSizes([780, 320])
        QVBoxLayout(self).addWidget(splitter)

    # -- loading
    def reload(self) -> None:
        db, ticket_id, now = self.db, self.ticket_id, self.now()

        def load() -> tuple[TicketDetail, list[knowledge.ArticleView]]:
            detail = ticket_detail(db, ticket_id, now)
            return detail, knowledge.articles_for_category(db, detail.category_id)

        self._generation += 1
        generation = self._generation
        run_task(self, load, lambda loaded: self._show(generation, loaded), self._failed)

    def _show(self, generation: int, loaded: tuple[TicketDetail, list[knowledge.ArticleView]]) -> None:
        if generation != self._generation:
            return  # an older reload finishing after a newer one
        detail, articles = loaded
        self.detail, row, fmt = detail, detail.row, self.fmt
        self.setWindowTitle(self.tr("Ticket #%1").replace("%1", str(row.id)) + f" — {row.subject}")
        # The subject sits in an isolate, so a Persian subject does not turn an English title right to left.
        self.title.setText(f"#{fmt.digits(str(row.id))} · \u2068{row.subject}\u2069")
        while self.facts.rowCount():
            self.facts.removeRow(0)
        facts = [
            (self.tr("Customer"), row.customer_name or "—"),
            (self.tr("Status"), status_label(row.status)),
            (self.tr("Type · priority"), f"{type_label(row.type)} · {priority_label(row.priority)}"),
            (self.tr("Category"), row.category or "—"),
            (self.tr("Tier · department"), f"{row.tier or '—'} · {row.department or '—'}"),
            (self.tr("Assignee"), row.assignee or self.tr("(nobody)")),
            (self.tr("Opened"), fmt.datetime(row.created_at)),
            (self.tr("Resolution due"), fmt.datetime(row.resolution_due)),
        ]
        if detail.visit_start is not None:
            facts.append((self.tr("Visit"), f"{fmt.datetime(detail.visit_start)} · {detail.technician} · "
                                            f"{detail.visit_address}"))  # fmt: skip
        for label, value in facts:
            self.facts.addRow(label, QLabel(f"\u2068{value}\u2069"))  # names in either script keep the form's side
        self.sla.setText(self.tr("SLA: %1").replace("%1", sla_text(row.sla, row.seconds_left, row.paused, fmt)))
        self.timeline.setRowCount(len(detail.events))
        for i, event in enumerate(reversed(detail.events)):  # newest first
            values = (fmt.datetime(event.at), event.by, event_text(event.kind, event.before, event.after), event.note)
            for column, value in enumerate(values):
                self.timeline.setItem(i, column, QTableWidgetItem(value))
        self.next_status.clear()
        for status in next_statuses(row.status):
            self.next_status.addItem(status_label(status), status)
        self.change.setEnabled(self.next_status.count() > 0)
        self.reopen.setEnabled(row.status in ("resolved", "closed"))
        self.escalate.setEnabled(row.status not in ("resolved", "closed"))
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(detail.assignee_id)))
        self._articles = articles
        self.articles.clear()
        self.articles.addItems([a.title for a in articles])
        if articles:
            self.articles.setCurrentRow(0)

    def _show_article(self, row: int) -> None:
        self.article_text.setText(self._articles[row].body if 0 <= row < len(self._articles) else "")

    def _failed(self, error: BaseException) -> None:
        self.error.setText(refusal(error))
        self.error.show()

    # -- actions
    def _write(self, op: Callable[[], None]) -> None:
        self.error.clear()

        def done(_result: object) -> None:
            self.changed.emit(self.ticket_id)
            self.reload()

        run_task(self, op, done, self._failed, write=True)

    def _change_status(self) -> None:
        after = self.next_status.currentData()
        if after is None or self.detail is None:
            return
        language = message_language(self.detail.customer_language, self.language)
        dialog = StatusDialog(after, self.ticket_id, self.detail.row.subject, language, self)
        if dialog.exec() != StatusDialog.DialogCode.Accepted:
            return
        db, tid, actor = self.db, self.ticket_id, self.actor
        note, inform = dialog.note.toPlainText(), dialog.inform()
        resolution, score = dialog.resolution.toPlainText(), dialog.satisfaction.value() or None
        self._write(lambda: service.change_status(db, tid, after, actor, note, resolution=resolution,
                                                  satisfaction=score, inform=inform))  # fmt: skip

    def _escalate(self) -> None:
        if self.detail is None:
            return
        dialog = EscalateDialog(self.db, self.detail.tier_id, self.detail.department_id, self)
        if dialog.exec() != EscalateDialog.DialogCode.Accepted:
            return
        db, tid, actor, note = self.db, self.ticket_id, self.actor, dialog.note.toPlainText()
        tier, department = dialog.tier.currentData(), dialog.department.currentData()
        self._write(lambda: service.escalate(db, tid, actor, note, tier_id=tier, department_id=department))

    def _reopen(self) -> None:
        dialog = NoteDialog(self.tr("Reopen ticket"), self.tr("Why is this ticket coming back?"), self)
        if dialog.exec() == NoteDialog.DialogCode.Accepted:
            db, tid, actor, note = self.db, self.ticket_id, self.actor, dialog.note.toPlainText()
            self._write(lambda: service.reopen(db, tid, actor, note))

    def _assign(self) -> None:
        db, tid, actor, who = self.db, self.ticket_id, self.actor, self.assignee.currentData()
        self._write(lambda: service.assign(db, tid, who, actor))

    def _follow_up(self) -> None:
        dialog = FollowUpDialog(self.now() + timedelta(hours=2), self.fmt.calendar, self)
        if dialog.exec() != FollowUpDialog.DialogCode.Accepted or self.detail is None:
            return
        db, tid, actor = self.db, self.ticket_id, self.actor
        what, due, who = dialog.what.text(), dialog.due_at(), self.detail.assignee_id or self.me_id()
        self._write(lambda: add_task(db, tid, what, due, who, actor))

    def _add_note(self) -> None:
        text = self.note.text().strip()
        if not text:
            return
        self.note.clear()
        db, tid, actor = self.db, self.ticket_id, self.actor
        self._write(lambda: service.add_note(db, tid, actor, text))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit(self.ticket_id)
        super().closeEvent(event)
