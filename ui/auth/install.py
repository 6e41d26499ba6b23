"""Users in the main window: File → Switch user…, File → Audit log… (supervisors and owners), Settings → Users…
(owners), the role's greyed-out actions, and the owner created by the first-run wizard signing in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.auth import PermissionDenied, acting_role
from ui.auth.greying import apply_role
from ui.auth.sign_in_dialog import SignInDialog


class AuthPanel(QObject):
    """`user_switched(name)` asks the shell to rebuild the window for another signed-in user."""

    user_switched = Signal(str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        try:
            self.role: str | None = acting_role(window.db, window.actor)
        except PermissionDenied:
            self.role = None  # not an account (disabled since): nothing guarded is enabled
        window.role = self.role
        self._menus()
        apply_role(window, self.role)

    def _menus(self) -> None:
        switch = QAction(self.tr("S&witch user…"), self.window)
        switch.setShortcut(QKeySequence("Ctrl+Shift+U"))
        switch.triggered.connect(lambda _checked=False: self.switch_user())
        users = QAction(self.tr("&Users…"), self.window)
        users.triggered.connect(lambda _checked=False: self.users())
        audit = QAction(self.tr("&Audit log…"), self.window)
        audit.triggered.connect(lambda _checked=False: self.audit_log())
        file_menu = self._menu("&File")
        if file_menu is not None:
            quit_action = file_menu.actions()[-1] if file_menu.actions() else None
            file_menu.insertActions(quit_action, [audit, switch])  # above Quit
            file_menu.insertSeparator(quit_action)
        settings = self._menu("&Settings")
        if settings is not None:
            settings.addAction(users)

    def _menu(self, title: str) -> QMenu | None:
        wanted = QCoreApplication.translate("MainWindow", title)
        for action in self.window.menuBar().actions():
            if action.text() == wanted and action.menu() is not None:
                return action.menu()
        return None

    def switch_user(self) -> SignInDialog:
        dialog = SignInDialog(self.window.db, self.window)
        dialog.accepted.connect(lambda: self.signed_in_as(dialog.account.username if dialog.account else ""))
        dialog.open()
        return dialog

    def signed_in_as(self, username: str) -> None:
        if username:
            self.user_switched.emit(username)

    def users(self) -> Any:
        from ui.auth.users_dialog import UsersDialog

        dialog = UsersDialog(self.window.db, self.window.actor, self.window)
        dialog.open()
        return dialog

    def audit_log(self) -> Any:
        from ui.audit.audit_view import AuditView

        view = AuditView(self.window.db, self.window.actor, self.window.fmt, self.window)
        view.show()
        return view


def install_auth(window: Any) -> AuthPanel:
    """Add sign-in, users and the audit log to the main window (one call from MainWindow.__init__)."""
    return AuthPanel(window)
