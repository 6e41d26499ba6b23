"""The main window: customers and calls, the menus and shortcuts that reach every action."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth import allowed
from app.db import Database
from app.db_label import database_label
from app.dto import CallRow, CustomerDraft, MissedCaller, PhoneDraft, ScreenPop
from app.services import calls, customers, lookups
from ui.auth.install import install_auth
from ui.backup.errors import friendly
from ui.backup.install import install_backups
from ui.callerid.bridge import CallerIdBridge
from ui.callerid.pop_manager import PopManager
from ui.callerid.settings_dialog import CallerIdSettingsDialog
from ui.callerid.simulator import simulated_event
from ui.callerid.source_config import replay_source
from ui.calls.attach_dialog import AttachDialog
from ui.calls.call_dialog import CallDialog
from ui.calls.calls_view import CallsView
from ui.calls.missed_view import MissedCallsView
from ui.campaigns.install import install_campaigns
from ui.customers.customer_card import CustomerCardWindow
from ui.customers.customer_form import CustomerForm
from ui.customers.customers_view import CustomersView
from ui.firstrun.wizard import FirstRunWizard
from ui.formatting import ISLAMIC, ISLAMIC_AVAILABLE, Formatter, fill, qcalendar
from ui.i18n import LANGUAGES
from ui.lookup_editor import LookupEditor
from ui.reports.reports_view import ReportsView
from ui.seats.install import install_seats
from ui.settings import Settings
from ui.shortcuts import ShortcutsDialog
from ui.tasks import run_task
from ui.tickets.install import install_tickets

if TYPE_CHECKING:  # the analysis screens (and pyqtgraph) are imported when first opened: a faster start
    from ui.reports.dashboard import Dashboard
    from ui.reports.staffing_view import StaffingView
    from ui.reports.value_view import CustomerValueView

CALLS_RELOAD_MS = 300  # after a pop the list on view follows within this; a flood costs one reload per interval


class DeleteCustomer(QUndoCommand):
    """Deleting is soft, so undo brings the customer back with phones and calls intact."""

    def __init__(self, window: MainWindow, customer_id: int, name: str) -> None:
        super().__init__(fill(QCoreApplication.translate("MainWindow", "Delete %1"), name))
        self.window, self.customer_id = window, customer_id

    def redo(self) -> None:
        self.window.run_write(lambda: customers.delete_customer(self.window.db, self.customer_id, self.window.actor))

    def undo(self) -> None:
        self.window.run_write(lambda: customers.restore_customer(self.window.db, self.customer_id, self.window.actor))


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    hidden_to_tray = Signal()

    def __init__(
        self, db: Database, settings: Settings, actor: str, bridge: CallerIdBridge | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.settings, self.actor = db, settings, actor
        self.bridge = bridge or CallerIdBridge(self)
        self.setWindowTitle(self.tr("Tamas — customers and calls"))
        self.resize(1280, 680)  # fits a 1366×768 laptop with its title and task bars
        self.fmt = Formatter(
            settings.calendar(), settings.value("language"), settings.value("show_toman"), settings.week(),
            settings.value("digits"), settings.value("currency"),
        )  # fmt: skip
        # Call reasons and outcomes in this language: one small query before the first screen fills.
        self.fmt.labels = lookups.label_map(db, self.fmt.language)
        self.qcalendar = qcalendar(settings.calendar())
        self.undo_stack = QUndoStack(self)
        self.cards: dict[int, CustomerCardWindow] = {}
        self.customers = CustomersView(db, settings.phone_rules, self.fmt)
        self.customers.open_customer.connect(self.open_card)
        self.calls = CallsView(db, settings.phone_rules, self.fmt, self.qcalendar)
        self.calls.open_customer.connect(self.open_card)
        self.calls.attach_requested.connect(self.attach_call)
        self.calls.log_call_requested.connect(lambda: self.log_call(None))
        self.missed = MissedCallsView(db, settings.phone_rules, self.fmt, actor)
        self.missed.call_back_requested.connect(self.call_back)
        self.pops = PopManager(db, settings.phone_rules, actor, self.fmt, settings.value("ring_timeout"), self)
        self.pops.open_card_requested.connect(self.open_card)
        self.pops.new_customer_requested.connect(self.new_customer_for_call)
        # A flood of rings reloads the lists once per interval, not once per pop (each reload reads the calls).
        self._calls_reload = QTimer(self, singleShot=True, interval=CALLS_RELOAD_MS)
        self._calls_reload.timeout.connect(self._reload_after_calls)
        self.pops.calls_changed.connect(self._calls_changed)
        self.pops.failed.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self.pops.anchor = self  # pops go on this window's screen
        self._place_pops(settings)
        self.keep_running: Callable[[], bool] = lambda: False  # the shell says when closing hides to the tray
        self.quitting = False
        self.quit_on_close = False  # the running app's window: closing it for real ends the app
        self.bridge.event.connect(self.pops.handle)
        self.bridge.status.connect(self._source_status)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.customers, self.tr("Customers"))
        self.tabs.addTab(self.calls, self.tr("Calls"))
        self.tabs.addTab(self.missed, self.tr("Missed calls"))
        # Analysis screens are built on first view: their queries are the heaviest.
        self.dashboard: Dashboard | None = None
        self.value: CustomerValueView | None = None
        self.staffing: StaffingView | None = None
        self._lazy: dict[int, Callable[[], QWidget]] = {}
        self._stale_lists: set[QWidget] = set()  # call lists to reload when their tab is shown
        self.dashboard_index = self._add_lazy_tab(self.tr("Dashboard"), self._build_dashboard)
        self.value_index = self._add_lazy_tab(self.tr("Customer value"), self._build_value)
        self.staffing_index = self._add_lazy_tab(self.tr("Staffing"), self._build_staffing)
        self.reports = ReportsView(db, self.fmt, self.qcalendar, settings.value("language"))
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.tickets = install_tickets(self)  # the Tickets tab and menu; the pop, calls and cards open tickets here
        self.pops.ticket_requested.connect(self.tickets.ticket_for_call)
        self.seats = install_seats(self)  # several seats: pops from other seats, presence, wallboard, routing
        self.campaigns = install_campaigns(self)  # the Campaigns tab and menu, Next call, win-back from Customer value
        self.auth = install_auth(self)  # Switch user, Users…, Audit log…; greys out what the role may not do
        self.sources_label = QLabel(self.tr("Caller ID: not set up"))
        self.statusBar().addPermanentWidget(self.sources_label)
        self._source_states: dict[str, str] = {}
        where = QLabel(fill(self.tr("Database: %1"), database_label(db.url)))
        self.statusBar().addPermanentWidget(QLabel(fill(self.tr("Agent: %1"), actor)))
        self.statusBar().addWidget(where)
        self.customers.refresh()
        self.calls.load_choices()
        self.calls.refresh()
        self.missed.refresh()

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self._action(self.tr("&New customer…"), self.new_customer, QKeySequence.StandardKey.New))
        file.addAction(self._action(self.tr("&Log call…"), lambda: self.log_call(self._selected_id()), "Ctrl+L"))
        file.addSeparator()
        from ui.importing.menu import add_import_actions

        add_import_actions(self, file, bar)  # File → Import customers, Past imports; Tools → duplicates, quality
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), self.quit, QKeySequence.StandardKey.Quit))
        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        edit.addAction(self._action(self.tr("&Open customer card"), self._open_selected, "Ctrl+O"))
        edit.addAction(self._action(self.tr("&Edit customer…"), self._edit_selected, "Ctrl+E"))
        edit.addAction(
            self._action(self.tr("&Delete customer…"), self._delete_selected, QKeySequence.StandardKey.Delete)
        )
        edit.addSeparator()
        edit.addAction(self._action(self.tr("&Find customer"), self.focus_search, QKeySequence.StandardKey.Find))
        edit.addAction(self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh))
        caller_id = bar.addMenu(self.tr("Caller &ID"))
        answer = self._action(self.tr("&Answer the newest call"), self.pops.answer_newest, "F9")
        answer.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from a card or a dialog too
        caller_id.addAction(answer)
        caller_id.addAction(self._action(self.tr("&Simulate incoming call"), self.simulate_call, "Ctrl+Shift+I"))
        caller_id.addAction(self._action(self.tr("&Replay a capture file…"), self.replay_capture))
        caller_id.addAction(self._action(self.tr("&Dial a number…"), self.dial_prompt, "Ctrl+D"))
        caller_id.addSeparator()
        caller_id.addAction(self._action(self.tr("Caller ID &settings…"), self.callerid_settings))
        settings = bar.addMenu(self.tr("&Settings"))
        languages = settings.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.settings.value("language"))
            action.triggered.connect(lambda _c=False, code=code: self.language_change_requested.emit(code))
            group.addAction(action)
        calendars = settings.addMenu(self.tr("&Calendar"))
        cal_group = QActionGroup(self)
        choices = [("jalali", self.tr("Jalali (Solar Hijri)")), ("gregorian", self.tr("Gregorian"))]
        if ISLAMIC_AVAILABLE:
            choices.append((ISLAMIC, self.tr("Hijri (Islamic civil), with Gregorian beside it")))
        for code, name in choices:
            action = calendars.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.settings.calendar())
            action.triggered.connect(lambda _c=False, code=code: self._set_calendar(code))
            cal_group.addAction(action)
        digits = settings.addMenu(self.tr("&Digits"))
        digit_group = QActionGroup(self)
        for code, name in (
            ("native", self.tr("Persian or Arabic digits (۱۲۳ / ١٢٣)")),
            ("latin", self.tr("Latin digits (123)")),
        ):
            action = digits.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.settings.value("digits"))
            action.triggered.connect(lambda _c=False, code=code: self._set_digits(code))
            digit_group.addAction(action)
        settings.addSeparator()
        settings.addAction(self._action(self.tr("Call &reasons…"), lambda: self._edit_list(lookups.CALL_REASON)))
        settings.addAction(self._action(self.tr("Call &outcomes…"), lambda: self._edit_list(lookups.CALL_OUTCOME)))
        settings.addSeparator()
        settings.addAction(self._action(self.tr("&First-run setup…"), self.first_run_setup))
        install_backups(self, settings)  # Settings → Backups…, the daily backup, the damaged-database warning
        from ui.database.install import add_database_action

        add_database_action(self, settings)  # Settings → Database…: this PC or the office server
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1"))
        help_menu.addAction(self._action(self.tr("&About Tamas"), self._about))

    # -- actions
    def run_write(self, op, done=None) -> None:  # noqa: ANN001
        def finished(_result: object) -> None:
            self.refresh()
            if done is not None:
                done()

        run_task(self, op, finished, self._show_error, write=True)

    def refresh(self) -> None:
        self.customers.refresh()
        self.calls.refresh()
        self.missed.refresh()
        for card in self.cards.values():
            card.reload()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.customers)
        self.customers.search.setFocus()
        self.customers.search.selectAll()

    def _selected_id(self) -> int | None:
        active = QApplication.activeWindow()
        active = active if isinstance(active, CustomerCardWindow) else None
        if active is not None:
            return active.customer_id
        row = self.customers.current_customer() if self.tabs.currentWidget() is self.customers else None
        return row.id if row else None

    def _open_selected(self) -> None:
        customer_id = self._selected_id()
        if customer_id is None and self.tabs.currentWidget() is self.customers:
            first = self.customers.customer_to_open()  # nothing selected: the first row, as Enter does
            customer_id = first.id if first is not None else None
        if customer_id is not None:
            self.open_card(customer_id)

    def _edit_selected(self) -> None:
        customer_id = self._selected_id()
        if customer_id is not None:
            self.edit_customer(customer_id)

    def _delete_selected(self) -> None:
        row = self.customers.current_customer()
        if row is not None and self.tabs.currentWidget() is self.customers:
            self.delete_customer(row.id, row.name)

    def new_customer(self, number: str = "") -> None:
        draft = CustomerDraft(name="", phones=[PhoneDraft(number)]) if number else None
        form = CustomerForm(self.db, self.actor, self.settings.phone_rules(), draft=draft, parent=self)
        form.open_customer.connect(self.open_card)
        form.saved.connect(lambda customer_id: (self.refresh(), self.open_card(customer_id)))
        form.open()

    def edit_customer(self, customer_id: int) -> None:
        card = customers.customer_card(self.db, customer_id, self.settings.phone_rules())
        form = CustomerForm(self.db, self.actor, self.settings.phone_rules(), customer_id, card.draft, parent=self)
        form.open_customer.connect(self.open_card)
        form.saved.connect(lambda _id: self.refresh())
        form.open()

    def delete_customer(self, customer_id: int, name: str) -> None:
        if not allowed(self.role, "customer.delete"):  # the card's Delete button: say so before asking
            self.statusBar().showMessage(self.tr("Your role may not delete customers: ask a supervisor or the owner."),
                                         10000)  # fmt: skip
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete customer"),
            fill(self.tr("Delete “%1”? Their calls are kept. You can undo this with Ctrl+Z."), name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            if customer_id in self.cards:
                self.cards[customer_id].close()
            self.undo_stack.push(DeleteCustomer(self, customer_id, name))
            self.statusBar().showMessage(fill(self.tr("“%1” deleted. Press Ctrl+Z to undo."), name), 10000)

    def open_card(self, customer_id: int) -> CustomerCardWindow:
        card = self.cards.get(customer_id)
        if card is None:
            card = CustomerCardWindow(
                self.db, customer_id, self.settings.phone_rules(), self.fmt, self, self.actor, self.qcalendar
            )
            card.edit_requested.connect(self.edit_customer)
            card.log_call_requested.connect(self.log_call)
            card.dial_requested.connect(self.dial)
            card.delete_requested.connect(
                lambda cid: self.delete_customer(cid, card.card.draft.name if card.card else "")
            )
            card.closed.connect(lambda cid: self.cards.pop(cid, None))
            self.cards[customer_id] = card
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    def log_call(self, customer_id: int | None) -> CallDialog:
        card = self.cards.get(customer_id) if customer_id is not None else None
        name = card.card.draft.name if card is not None and card.card is not None else ""
        dialog = CallDialog(
            self.db, self.actor, self.settings.phone_rules(), self.qcalendar, customer_id, name,
            card.numbers() if card is not None else None, week=self.fmt.week, fmt=self.fmt, parent=card or self,
        )  # fmt: skip
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def attach_call(self, call: CallRow) -> None:
        dialog = AttachDialog(self.db, self.actor, self.settings.phone_rules(), self.fmt, call, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    # -- caller ID
    def simulate_call(self) -> None:
        self.bridge.inject(simulated_event(self.db))

    def replay_capture(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Replay a caller-ID capture"))
        if path:
            self.bridge.add(self.tr("replay"), replay_source(path))

    def callerid_settings(self) -> None:
        CallerIdSettingsDialog(self.db, self.settings, self.bridge, self).exec()

    def _source_status(self, label: str, state: str, detail: str) -> None:
        self._source_states[label] = state
        names = {"connected": self.tr("connected"), "connecting": self.tr("connecting…"),
                 "reconnecting": self.tr("reconnecting…"), "stopped": self.tr("stopped")}  # fmt: skip
        text = ", ".join(f"{name}: {names.get(s, s)}" for name, s in self._source_states.items())
        self.sources_label.setText(fill(self.tr("Caller ID: %1"), text))
        if state == "reconnecting":
            self.statusBar().showMessage(fill(self.tr("%1 is unplugged or not answering; reconnecting…"), label), 10000)

    def _calls_changed(self) -> None:
        """After a pop: the screen on view reloads within CALLS_RELOAD_MS, once for all the pops meanwhile."""
        self._stale_lists |= {self.calls, self.missed}  # now: a list shown meanwhile reloads when shown
        if not self._calls_reload.isActive():  # not restarted: a steady flood still reloads every interval
            self._calls_reload.start()

    def _reload_after_calls(self) -> None:
        """The screen on view reloads now; hidden ones when they are shown (not on every pop)."""
        if self.dashboard is not None:
            self.dashboard.refresh_soon()
        self._reload_shown_lists()
        for card in self.cards.values():
            card.reload()

    def new_customer_for_call(self, pop: ScreenPop) -> None:
        """The unknown caller's form opens with the number filled in; saving attaches the ringing call."""
        draft = CustomerDraft(name=pop.caller_name or "", phones=[PhoneDraft(pop.display_number or pop.number)])
        form = CustomerForm(self.db, self.actor, self.settings.phone_rules(), draft=draft, parent=self)
        form.open_customer.connect(self.open_card)
        call_id = pop.call_id

        def saved(customer_id: int) -> None:
            self.run_write(lambda: calls.attach_calls(self.db, call_id, customer_id, self.actor,
                                                      self.settings.phone_rules()),
                           lambda: self.pops.customer_saved(call_id, customer_id))  # fmt: skip
            self.open_card(customer_id)

        form.saved.connect(saved)
        form.show()
        form.raise_()
        form.activateWindow()

    def dial(self, number: str, customer_id: int | None = None) -> CallDialog:
        """Dial through a modem when one is connected, and open the call log prefilled as outbound."""
        modem = self.bridge.dialer()
        if modem is not None:
            digits = "".join(ch for ch in number if ch.isdigit() or ch in "+*#")
            run_task(self, lambda: modem.dial(digits), None, self._show_error)
            self.statusBar().showMessage(fill(self.tr("Dialling %1…"), number), 10000)
        else:
            self.statusBar().showMessage(
                fill(self.tr("No modem connected: dial %1 on the phone, then save the call."), number), 15000
            )
        dialog = self.log_call(customer_id)
        dialog.direction.setCurrentIndex(dialog.direction.findData("out"))
        dialog.number.setCurrentText(number)
        return dialog

    def dial_prompt(self) -> None:
        number, ok = QInputDialog.getText(self, self.tr("Dial a number"), self.tr("Number:"))
        if ok and number.strip():
            self.dial(number.strip())

    def call_back(self, missed: MissedCaller) -> None:
        self.dial(missed.display_number, missed.customer_id)

    def _edit_list(self, kind: str) -> None:
        title = self.tr("Call reasons") if kind == lookups.CALL_REASON else self.tr("Call outcomes")
        LookupEditor(self.db, kind, title, self).exec()
        self.calls.load_choices()
        run_task(self, lambda: lookups.label_map(self.db, self.fmt.language), self._labels_loaded)

    def _labels_loaded(self, labels: dict[tuple[str, str], str]) -> None:
        """Renamed or newly translated reasons and outcomes show at once in every open list."""
        self.fmt.labels = labels
        self.refresh()

    def first_run_setup(self) -> None:
        """The first-run wizard again: language, calendar, office, currency, caller-ID device."""
        wizard = FirstRunWizard(self.settings, self, import_customers=self.import_customers, db=self.db)
        wizard.owner_created.connect(self.auth.signed_in_as)  # the new owner acts from now on
        wizard.accepted.connect(lambda: self.language_change_requested.emit(self.settings.value("language")))
        wizard.open()

    def import_customers(self) -> object:
        from ui.importing import open_import_wizard

        return open_import_wizard(self, self.db, self.actor, self.settings.phone_rules(), self.refresh)

    def _set_digits(self, code: str) -> None:
        self.settings.set_value("digits", code)
        self.language_change_requested.emit(self.settings.value("language"))  # rebuild with the new digits

    def _set_calendar(self, code: str) -> None:
        self.settings.set_value("calendar", code)
        self.language_change_requested.emit(self.settings.value("language"))  # rebuild with the new calendar

    def _reload_shown_lists(self) -> None:
        for view in [v for v in self._stale_lists if self.tabs.currentWidget() is v]:
            self._stale_lists.discard(view)
            view.refresh()

    def _tab_changed(self, index: int) -> None:
        self._reload_shown_lists()
        if self.tabs.currentWidget() is self.calls:
            self.calls.load_choices()
        build = self._lazy.pop(index, None)
        if build is not None:
            self.tabs.widget(index).layout().addWidget(build())

    def _add_lazy_tab(self, title: str, build: Callable[[], QWidget]) -> int:
        holder = QWidget()
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        index = self.tabs.addTab(holder, title)
        self._lazy[index] = build
        return index

    def _build_dashboard(self) -> QWidget:
        from ui.reports.dashboard import Dashboard

        self.dashboard = Dashboard(self.db, self.fmt, self.qcalendar)
        return self.dashboard

    def _build_value(self) -> QWidget:
        from ui.reports.value_view import CustomerValueView

        self.value = CustomerValueView(self.db, self.settings.phone_rules(), self.fmt)
        self.value.open_customer.connect(self.open_card)
        self.value.dial_requested.connect(self.dial_customer)
        self.value.refresh()
        return self.value

    def _build_staffing(self) -> QWidget:
        from ui.reports.staffing_view import StaffingView

        self.staffing = StaffingView(self.db, self.fmt)
        self.staffing.refresh()
        return self.staffing

    def dial_customer(self, customer_id: int) -> None:
        """Call a customer on their first number (lists that show customers, not numbers)."""

        def found(card: object) -> None:
            phones = getattr(card, "phones", [])
            if phones:
                self.dial(phones[0].display, customer_id)

        run_task(self, lambda: customers.customer_card(self.db, customer_id, self.settings.phone_rules()), found,
                 self._show_error)  # fmt: skip

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Tamas"),
            self.tr("Tamas keeps your customers and calls, and shows who is calling before you answer."),
        )

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def _place_pops(self, settings: Settings) -> None:
        """Pops stand where the agent last dragged one (per machine), else in the screen's corner."""
        x, _, y = settings.value("pop_corner").partition(",")
        try:  # a damaged setting ("²,x", huge numbers) leaves the pops in the screen's corner
            corner = (int(x), int(y))
        except ValueError:
            corner = (1 << 31, 0)
        if max(abs(n) for n in corner) < 1 << 24:
            self.pops.stack.corner = QPoint(*corner)
        self.pops.stack.moved_by_agent.connect(lambda p: settings.set_value("pop_corner", f"{p.x()},{p.y()}"))

    def quit(self) -> None:
        """File → Quit: stop for real (closing the window may only hide it to the tray)."""
        self.quitting = True
        self.close()
        QCoreApplication.quit()

    def _show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Tamas"), friendly(error))  # disk full, locked, damaged: never SQL

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quitting and self.keep_running():
            event.ignore()  # caller ID keeps listening; pops still appear
            self.hide()
            self.hidden_to_tray.emit()
            return
        self.pops.close_all()
        for card in list(self.cards.values()):
            card.close()
        super().closeEvent(event)
        if self.quit_on_close:
            QCoreApplication.quit()
