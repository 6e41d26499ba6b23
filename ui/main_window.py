"""The main window: customers and calls, the menus and shortcuts that reach every action."""

from __future__ import annotations

from PySide6.QtCore import QCalendar, QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from app.db import Database
from app.dto import CallRow, CustomerDraft, PhoneDraft
from app.services import customers, lookups
from ui.attach_dialog import AttachDialog
from ui.call_dialog import CallDialog
from ui.calls_view import CallsView
from ui.customer_card import CustomerCardWindow
from ui.customer_form import CustomerForm
from ui.customers_view import CustomersView
from ui.formatting import Formatter
from ui.i18n import LANGUAGES
from ui.lookup_editor import LookupEditor
from ui.settings import Settings
from ui.tasks import run_task


class DeleteCustomer(QUndoCommand):
    """Deleting is soft, so undo brings the customer back with phones and calls intact."""

    def __init__(self, window: MainWindow, customer_id: int, name: str) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Delete %1").replace("%1", name))
        self.window, self.customer_id = window, customer_id

    def redo(self) -> None:
        self.window.run_write(lambda: customers.delete_customer(self.window.db, self.customer_id, self.window.actor))

    def undo(self) -> None:
        self.window.run_write(lambda: customers.restore_customer(self.window.db, self.customer_id, self.window.actor))


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, db: Database, settings: Settings, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.settings, self.actor = db, settings, actor
        self.setWindowTitle(self.tr("Tamas — customers and calls"))
        self.resize(1200, 760)
        self.fmt = Formatter(settings.calendar(), settings.value("language"))
        self.qcalendar = QCalendar(
            QCalendar.System.Jalali if settings.calendar() == "jalali" else QCalendar.System.Gregorian
        )
        self.undo_stack = QUndoStack(self)
        self.cards: dict[int, CustomerCardWindow] = {}
        self.customers = CustomersView(db, settings.phone_rules, self.fmt)
        self.customers.open_customer.connect(self.open_card)
        self.calls = CallsView(db, settings.phone_rules, self.fmt, self.qcalendar)
        self.calls.open_customer.connect(self.open_card)
        self.calls.attach_requested.connect(self.attach_call)
        self.calls.log_call_requested.connect(lambda: self.log_call(None))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.customers, self.tr("Customers"))
        self.tabs.addTab(self.calls, self.tr("Calls"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        where = QLabel(self.tr("Database: %1").replace("%1", db.url))
        self.statusBar().addPermanentWidget(QLabel(self.tr("Agent: %1").replace("%1", actor)))
        self.statusBar().addWidget(where)
        self.customers.refresh()
        self.calls.load_choices()
        self.calls.refresh()

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
        file.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
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
        for code, name in (("jalali", self.tr("Jalali (Solar Hijri)")), ("gregorian", self.tr("Gregorian"))):
            action = calendars.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.settings.calendar())
            action.triggered.connect(lambda _c=False, code=code: self._set_calendar(code))
            cal_group.addAction(action)
        settings.addSeparator()
        settings.addAction(self._action(self.tr("Call &reasons…"), lambda: self._edit_list(lookups.CALL_REASON)))
        settings.addAction(self._action(self.tr("Call &outcomes…"), lambda: self._edit_list(lookups.CALL_OUTCOME)))
        help_menu = bar.addMenu(self.tr("&Help"))
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
        form.saved.connect(lambda customer_id: (self.refresh(), self.open_card(customer_id)))
        form.open()

    def edit_customer(self, customer_id: int) -> None:
        card = customers.customer_card(self.db, customer_id, self.settings.phone_rules())
        form = CustomerForm(self.db, self.actor, self.settings.phone_rules(), customer_id, card.draft, parent=self)
        form.saved.connect(lambda _id: self.refresh())
        form.open()

    def delete_customer(self, customer_id: int, name: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete customer"),
            self.tr("Delete “%1”? Their calls are kept. You can undo this with Ctrl+Z.").replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            if customer_id in self.cards:
                self.cards[customer_id].close()
            self.undo_stack.push(DeleteCustomer(self, customer_id, name))
            self.statusBar().showMessage(self.tr("“%1” deleted. Press Ctrl+Z to undo.").replace("%1", name), 10000)

    def open_card(self, customer_id: int) -> CustomerCardWindow:
        card = self.cards.get(customer_id)
        if card is None:
            card = CustomerCardWindow(self.db, customer_id, self.settings.phone_rules(), self.fmt, self)
            card.edit_requested.connect(self.edit_customer)
            card.log_call_requested.connect(self.log_call)
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
            card.numbers() if card is not None else None, parent=card or self,
        )  # fmt: skip
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def attach_call(self, call: CallRow) -> None:
        dialog = AttachDialog(self.db, self.actor, self.settings.phone_rules(), self.fmt, call, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def _edit_list(self, kind: str) -> None:
        title = self.tr("Call reasons") if kind == lookups.CALL_REASON else self.tr("Call outcomes")
        LookupEditor(self.db, kind, title, self).exec()
        self.calls.load_choices()

    def _set_calendar(self, code: str) -> None:
        self.settings.set_value("calendar", code)
        self.language_change_requested.emit(self.settings.value("language"))  # rebuild with the new calendar

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.calls:
            self.calls.load_choices()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Tamas"),
            self.tr("Tamas keeps your customers and calls, and shows who is calling before you answer."),
        )

    def _show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Tamas"), str(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        for card in list(self.cards.values()):
            card.close()
        super().closeEvent(event)
