"""Tickets in the main window: the Tickets tab (with open/overdue counts in its title), the Tickets menu,
"Open ticket…" on the call log, the ticket windows, and a minute timer that flags breached targets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter

from app.auth import allowed
from app.services import lookups
from app.tickets.escalation import check_breaches
from app.tickets.followups import TaskView, due_reminders
from app.tickets.lists import TICKET_CATEGORY, TICKET_DEFAULTS, TICKET_DEPARTMENT, TICKET_TIER
from app.tickets.queries import TicketCounts, ticket_counts, user_id_of
from ui.formatting import fill
from ui.lookup_editor import LookupEditor
from ui.tasks import run_task
from ui.tickets.bulk_commands import BulkAssign, BulkStatus
from ui.tickets.category_targets import CategoryTargetsDialog
from ui.tickets.day_plan_view import DayPlanDialog
from ui.tickets.inbox_view import InboxDialog, NotificationBell, open_inbox
from ui.tickets.knowledge_dialog import KnowledgeDialog
from ui.tickets.labels import refusal
from ui.tickets.list_view import TicketsView
from ui.tickets.new_ticket_dialog import NewTicketDialog
from ui.tickets.sla_settings import SlaSettingsDialog
from ui.tickets.tasks_view import TasksView
from ui.tickets.ticket_window import TicketWindow

BREACH_CHECK_MS = 60_000


class TicketsPanel(QObject):
    """Owns the ticket screens of one main window; the pop, the call log and the card open tickets through it."""

    def __init__(self, window: Any, now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(window)
        self.window, self.db, self.now = window, window.db, now
        self.language = window.settings.value("language")
        self.me_id: int | None = None
        self.windows: dict[int, TicketWindow] = {}
        self.view = TicketsView(self.db, window.fmt, lambda: self.me_id, lambda: self.now())
        self.view.inform_days = lambda: int(window.settings.value("ticket_inform_days"))
        self.view.open_ticket.connect(self.open_ticket)
        self.view.new_ticket_requested.connect(lambda: self.new_ticket())
        self.view.bulk_assign_requested.connect(self.bulk_assign)
        self.view.bulk_status_requested.connect(self.bulk_status)
        self.tasks = TasksView(self.db, self.actor, window.fmt, lambda: self.me_id, lambda: self.now())
        self.tasks.open_ticket.connect(self.open_ticket)
        self.tasks.call_back_requested.connect(self.call_back)
        page = QSplitter()
        page.addWidget(self.view)
        page.addWidget(self.tasks)
        page.setStretchFactor(0, 4)
        page.setStretchFactor(1, 1)
        self.index = window.tabs.addTab(page, self.tr("Tickets"))
        self._menu()
        self._call_log_action()
        self.timer = QTimer(self, interval=BREACH_CHECK_MS)
        self.timer.timeout.connect(self.check_breaches)
        self.timer.timeout.connect(self.check_reminders)
        self.bell = NotificationBell(self.db, self.actor, window.fmt)
        self.bell.clicked.connect(self.open_inbox)
        window.statusBar().addPermanentWidget(self.bell)
        self.timer.start()
        db, actor = self.db, self.actor

        def start() -> int | None:
            lookups.ensure_defaults(db, TICKET_DEFAULTS)
            return user_id_of(db, actor)

        run_task(self, start, self._started, write=True)

    @property
    def actor(self) -> str:
        """The window's signed-in user, read live (not copied when the panel was built)."""
        return str(self.window.actor)

    def _started(self, me_id: int | None) -> None:
        self.me_id = me_id
        self.view.load_choices()
        self.refresh()
        self.bell.refresh()

    def _menu(self) -> None:
        bar = self.window.menuBar()
        menu = bar.addMenu(self.tr("&Tickets"))
        help_menu = bar.actions()[-2] if len(bar.actions()) > 1 else None
        if help_menu is not None:  # keep Help last
            bar.insertMenu(help_menu, menu)
        new = menu.addAction(self.tr("&New ticket…"))
        new.setShortcut(QKeySequence("Ctrl+T"))
        new.triggered.connect(lambda _checked=False: self.new_ticket())
        menu.addSeparator()
        for view, text in (("mine", self.tr("&My tickets")), ("overdue", self.tr("&Overdue tickets")),
                           ("to_inform", self.tr("Tickets &to inform"))):  # fmt: skip
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, view=view: self.show_view(view))
        plan = menu.addAction(self.tr("Technician &day plan…"))
        plan.triggered.connect(lambda _checked=False: DayPlanDialog(self.db, self.window.fmt, self.language,
                                                                    self.window).open())  # fmt: skip
        inbox_action = menu.addAction(self.tr("N&otifications…"))
        inbox_action.triggered.connect(lambda _checked=False: self.open_inbox())
        menu.addSeparator()
        knowledge = menu.addAction(self.tr("&Knowledge base…"))
        knowledge.setShortcut(QKeySequence("Ctrl+K"))
        knowledge.triggered.connect(lambda _checked=False: self.knowledge_base())
        sla = menu.addAction(self.tr("&SLA and office hours…"))
        sla.triggered.connect(lambda _checked=False: SlaSettingsDialog(self.db, self.window.fmt, self.window,
                                                                       self.window.settings).exec())  # fmt: skip
        by_category = menu.addAction(self.tr("SLA targets per &category…"))
        by_category.triggered.connect(
            lambda _checked=False: CategoryTargetsDialog(self.db, self.window.fmt, self.window).open()
        )
        lists = ((TICKET_CATEGORY, self.tr("Ticket &categories…")), (TICKET_DEPARTMENT, self.tr("&Departments…")),
                 (TICKET_TIER, self.tr("T&iers…")))  # fmt: skip
        for kind, text in lists:
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, kind=kind, text=text: self.edit_list(kind, text))

    def _call_log_action(self) -> None:
        """ "Open ticket…" on the call log's rows (context menu), without touching the call log's module."""
        calls = getattr(self.window, "calls", None)
        if calls is None:
            return
        action = QAction(self.tr("Open ticket for this call…"), calls.table)
        action.triggered.connect(lambda _checked=False: self.ticket_for_call(calls.current_call()))
        calls.table.addAction(action)
        calls.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def open_inbox(self) -> InboxDialog:
        return open_inbox(self.db, self.actor, self.window.fmt, self.window, self.open_ticket, self.bell.refresh)

    def knowledge_base(self) -> KnowledgeDialog:
        can_edit = allowed(getattr(self.window, "role", "owner"), "knowledge.edit")  # agents read it
        dialog = KnowledgeDialog(self.db, self.actor, can_edit, parent=self.window)
        dialog.open()
        return dialog

    def edit_list(self, kind: str, title: str) -> None:
        LookupEditor(self.db, kind, title.replace("&", "").rstrip("…"), self.window).exec()
        self.view.load_choices()

    # -- hooks for the pop, the call log and the card
    def new_ticket(self, customer_id: int | None = None, customer_name: str = "",
                   call_id: int | None = None) -> NewTicketDialog:  # fmt: skip
        dialog = NewTicketDialog(self.db, self.actor, customer_id, customer_name, call_id, self.window)
        dialog.saved.connect(self._created)
        dialog.open()
        return dialog

    def ticket_for_call(self, call: Any) -> NewTicketDialog | None:
        """A CallRow (call log) or ScreenPop (pop): the customer and the call linked."""
        if call is None:
            return None
        call_id = getattr(call, "call_id", None) or getattr(call, "id", None)
        name = getattr(call, "customer_name", None) or getattr(call, "name", "")
        return self.new_ticket(call.customer_id, name, call_id)

    def call_back(self, task: TaskView) -> Any:
        """Log the follow-up call (the main window's call dialog, outbound); saving it completes the task with the
        call linked, so the call shows in the ticket's timeline."""
        dialog = self.window.log_call(task.customer_id)
        dialog.direction.setCurrentIndex(dialog.direction.findData("out"))
        dialog.saved.connect(lambda call_id: self.tasks.complete(task.id, call_id))
        return dialog

    def open_ticket(self, ticket_id: int) -> TicketWindow:
        window = self.windows.get(ticket_id)
        if window is None:
            window = TicketWindow(self.db, ticket_id, self.actor, self.window.fmt, self.language, lambda: self.now(),
                                  self.window, lambda: self.me_id)  # fmt: skip
            window.changed.connect(lambda _id: self.refresh())  # counts, list and My tasks today
            window.closed.connect(lambda tid: self.windows.pop(tid, None))
            self.windows[ticket_id] = window
        window.show()
        window.raise_()
        return window

    def show_view(self, view: str) -> None:
        self.window.tabs.setCurrentIndex(self.index)
        self.view.set_view(view)

    # -- keeping numbers current
    def _created(self, ticket_id: int) -> None:
        self.refresh()
        self.window.statusBar().showMessage(self.tr("Ticket #%1 opened.").replace("%1", str(ticket_id)), 8000)

    def refresh(self) -> None:
        self.view.refresh()
        self.tasks.refresh()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        db, now = self.db, self.now()
        run_task(self, lambda: ticket_counts(db, now), self._show_counts)

    def _show_counts(self, counts: TicketCounts) -> None:
        title = self.tr("Tickets (%1 open, %2 overdue)") if counts.overdue else self.tr("Tickets (%1 open)")
        fmt = self.window.fmt
        self.window.tabs.setTabText(self.index, title.replace("%1", fmt.number(counts.open))
                                    .replace("%2", fmt.number(counts.overdue)))  # fmt: skip

    def check_breaches(self) -> None:
        db, now = self.db, self.now()
        run_task(self, lambda: check_breaches(db, now), lambda _ids: (self.refresh_counts(), self.bell.refresh()),
                 write=True)  # fmt: skip

    def check_reminders(self) -> None:
        """Follow-ups that fell due since the last minute: one status-bar line each, and the task list refreshed."""
        db, now = self.db, self.now()
        run_task(self, lambda: due_reminders(db, now), self._remind, write=True)

    def _remind(self, due: list[TaskView]) -> None:
        mine = [t for t in due if t.assignee == self.actor]
        if mine:
            text = self.tr("Follow-up due: %1").replace("%1", "; ".join(f"{t.title} (#{t.ticket_id})" for t in mine))
            self.window.statusBar().showMessage(text, 60_000)
            self.tasks.refresh()
        if due:
            self.bell.refresh()

    # -- bulk changes from the list
    def _run_write(self, op: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def finished(result: Any) -> None:
            done(result)
            self.refresh()

        run_task(self, op, finished, lambda error: self.window.statusBar().showMessage(refusal(error), 15_000),
                 write=True)  # fmt: skip

    def bulk_assign(self, ticket_ids: list[int], assignee_id: int | None) -> None:
        self.window.undo_stack.push(BulkAssign(self.db, self.actor, ticket_ids, assignee_id, self._run_write))
        self.window.statusBar().showMessage(
            fill(self.tr("%1 tickets assigned. Press Ctrl+Z to undo."), self.window.fmt.number(len(ticket_ids))), 10_000
        )

    def bulk_status(self, ticket_ids: list[int], status: str) -> None:
        def done(result: tuple[list[int], list[int]]) -> None:
            moved, refused = result
            text = self.tr("%1 tickets changed; %2 could not take that status.") if refused else self.tr(
                "%1 tickets changed.")  # fmt: skip
            number = self.window.fmt.number
            text = fill(text, number(len(moved)), number(len(refused)))
            if moved:
                text += " " + self.tr("Press Ctrl+Z to undo.")
            self.window.statusBar().showMessage(text, 15_000)

        self.window.undo_stack.push(BulkStatus(self.db, self.actor, ticket_ids, status, self._run_write, done))


def install_tickets(window: Any) -> TicketsPanel:
    """Add the ticket screens to the main window (one call from MainWindow.__init__)."""
    return TicketsPanel(window)
