"""Users… (owners): add users, change a role, reset a password, disable or enable, unlock; and whether a
single-user install starts without the sign-in dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.auth import accounts
from app.auth.accounts import Account
from app.auth.permissions import ROLES
from app.db import Database
from ui.auth.account_dialogs import NewUserDialog, PasswordDialog
from ui.auth.accounts_model import AccountRole, AccountsModel, role_label
from ui.formatting import fill
from ui.tasks import run_task


class UsersDialog(QDialog):
    def __init__(self, db: Database, actor: str, parent: QWidget | None = None,
                 now: Callable[[], datetime] = datetime.now) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Users"))
        self.resize(640, 360)
        self.model = AccountsModel(now, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.password_button = QPushButton(self.tr("Reset &password…"))
        self.active_button = QPushButton(self.tr("&Disable"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.skip = QCheckBox(self.tr("Start without signing in while I am the only user"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button, slot in ((self.add_button, self.ask_new_user), (self.role_button, self.ask_role),
                             (self.password_button, self.ask_password), (self.active_button, self.toggle_active),
                             (self.unlock_button, self.unlock)):  # fmt: skip
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.skip)
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.skip.toggled.connect(self._skip_toggled)
        self.reload()

    # -- reading
    def reload(self, select: str = "") -> None:
        db = self.db
        run_task(self, lambda: accounts.list_accounts(db), lambda found: self._loaded(found, select), self._failed)

    def _loaded(self, found: list[Account], select: str) -> None:
        current = self.current()
        self.model.set_accounts(found)
        wanted = select or (current.username if current else "")
        for row, account in enumerate(found):
            if account.username == wanted:
                self.table.selectRow(row)
        me = next((a for a in found if a.username == self.actor), None)
        self.skip.blockSignals(True)
        self.skip.setChecked(bool(me and me.skip_sign_in))
        self.skip.setEnabled(me is not None and len(found) == 1)
        self.skip.blockSignals(False)
        self._selection_changed()

    def current(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.data(rows[0], AccountRole) if rows else None

    def _selection_changed(self) -> None:
        account = self.current()
        for button in (self.role_button, self.password_button, self.active_button, self.unlock_button):
            button.setEnabled(account is not None)
        if account is not None:
            self.active_button.setText(self.tr("&Disable") if account.active else self.tr("&Enable"))

    # -- changes (each one write on a worker; the list reloads after)
    def _write(self, op: Callable[[], Any], select: str = "") -> None:
        self.message.clear()
        run_task(self, op, lambda _r: self.reload(select), self._failed, write=True)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(str(error))

    def add_user(self, username: str, full_name: str, role: str, password: str) -> None:
        db, actor = self.db, self.actor
        self._write(lambda: accounts.create_account(db, username, password, role, actor, full_name), username)

    def change_role(self, role: str) -> None:
        account, db, actor = self.current(), self.db, self.actor
        if account is not None:
            self._write(lambda: accounts.set_role(db, account.id, role, actor))

    def reset_password(self, password: str) -> None:
        account, db, actor = self.current(), self.db, self.actor
        if account is not None:
            self._write(lambda: accounts.reset_password(db, account.id, password, actor))

    def toggle_active(self) -> None:
        account, db, actor = self.current(), self.db, self.actor
        if account is not None:
            self._write(lambda: accounts.set_active(db, account.id, not account.active, actor))

    def unlock(self) -> None:
        account, db, actor = self.current(), self.db, self.actor
        if account is not None:
            self._write(lambda: accounts.unlock(db, account.id, actor))

    def _skip_toggled(self, skip: bool) -> None:
        me = next((a for a in self.model.accounts if a.username == self.actor), None)
        db, actor = self.db, self.actor
        if me is not None:
            self._write(lambda: accounts.set_skip_sign_in(db, me.id, skip, actor))

    # -- the buttons' small dialogs
    def ask_new_user(self) -> NewUserDialog:
        dialog = NewUserDialog(self)
        dialog.accepted.connect(lambda: self.add_user(dialog.username, dialog.full_name.text().strip(),
                                                      dialog.role.currentData(), dialog.password.text()))  # fmt: skip
        dialog.open()
        return dialog

    def ask_role(self) -> None:
        account = self.current()
        if account is None:
            return
        labels = [role_label(r) for r in ROLES]
        label, ok = QInputDialog.getItem(self, self.tr("Role"), fill(self.tr("Role of %1:"), account.username),
                                         labels, ROLES.index(account.role), False)  # fmt: skip
        if ok:
            self.change_role(ROLES[labels.index(label)])

    def ask_password(self) -> PasswordDialog | None:
        account = self.current()
        if account is None:
            return None
        dialog = PasswordDialog(account.username, self)
        dialog.accepted.connect(lambda: self.reset_password(dialog.password.text()))
        dialog.open()
        return dialog
