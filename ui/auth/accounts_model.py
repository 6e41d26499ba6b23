"""The accounts as a table: user name, full name, role, and whether it is active, disabled or locked."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.auth.accounts import Account

AccountRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def role_label(role: str) -> str:
    return {
        "agent": QCoreApplication.translate("Users", "Agent"),
        "supervisor": QCoreApplication.translate("Users", "Supervisor"),
        "owner": QCoreApplication.translate("Users", "Owner"),
    }.get(role, role)


def state_label(account: Account, now: datetime) -> str:
    if not account.active:
        return QCoreApplication.translate("Users", "Disabled")
    if account.locked_until is not None and account.locked_until > now:
        return QCoreApplication.translate("Users", "Locked until %1").replace(
            "%1", account.locked_until.strftime("%H:%M")
        )
    return QCoreApplication.translate("Users", "Active")


class AccountsModel(QAbstractTableModel):
    def __init__(self, now: Any = datetime.now, parent: Any = None) -> None:
        super().__init__(parent)
        self.now = now
        self.accounts: list[Account] = []

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self.accounts = list(accounts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.accounts):
            return None
        account = self.accounts[index.row()]
        if role == AccountRole:
            return account
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (account.username, account.full_name, role_label(account.role), state_label(account, self.now()))
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 4:
            return None
        return (
            QCoreApplication.translate("Users", "User name"), QCoreApplication.translate("Users", "Name"),
            QCoreApplication.translate("Users", "Role"), QCoreApplication.translate("Users", "Status"),
        )[section]  # fmt: skip
