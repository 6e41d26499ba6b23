"""The "This PC only / Office server" choice with the server's address and a Test connection button.

Shared by Settings → Database… and the first-run wizard. The test runs on a worker (a wrong host can
take seconds) and ends in one sentence saying what to fix.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.office_server import DEFAULT_PORT, ServerAddress, ServerInfo, ServerProblem, check_server
from ui.database.store import FILE, SERVER, DatabaseChoice, PasswordStore
from ui.tasks import run_task


class ServerForm(QWidget):
    tested = Signal(bool)  # a connection test ended: True when it connected

    def __init__(self, choice: DatabaseChoice, passwords: PasswordStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passwords = passwords
        self.local, self.server = QRadioButton(), QRadioButton()
        address = choice.address or ServerAddress("")
        self.host, self.database, self.user = (
            QLineEdit(address.host),
            QLineEdit(address.database),
            QLineEdit(address.user),
        )
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(address.port or DEFAULT_PORT)
        self.password = QLineEdit((passwords.get(address) or "") if address.host else "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button, self.result = QPushButton(), QLabel()
        self.result.setWordWrap(True)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels, (self.host, self.port, self.database, self.user, self.password), strict=True
        ):
            form.addRow(label, field)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        form.addRow(test_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.local, self.server, self.fields):
            layout.addWidget(widget)
        (self.server if choice.kind == SERVER else self.local).setChecked(True)
        self.server.toggled.connect(self._kind_changed)
        self.test_button.clicked.connect(self.test_connection)
        self._kind_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.local.setText(self.tr("This PC only (a database file on this computer)"))
        self.server.setText(self.tr("Office server (PostgreSQL, shared by every seat)"))
        for label, text in zip(self.labels, (self.tr("Host"), self.tr("Port"), self.tr("Database"), self.tr("User"),
                                             self.tr("Password")), strict=True):  # fmt: skip
            label.setText(text)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or office-server"))
        self.test_button.setText(self.tr("Test connection"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _kind_changed(self) -> None:
        self.fields.setEnabled(self.server.isChecked())

    def address(self) -> ServerAddress:
        return ServerAddress(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                             self.user.text().strip())  # fmt: skip

    def choice(self) -> DatabaseChoice:
        return DatabaseChoice(SERVER, self.address()) if self.server.isChecked() else DatabaseChoice(FILE)

    def missing(self) -> str:
        """What must be filled in before the server can be used; empty when nothing."""
        if not self.server.isChecked():
            return ""
        if not self.host.text().strip():
            return self.tr("Enter the server's host name or address.")
        if not self.database.text().strip() or not self.user.text().strip():
            return self.tr("Enter the database and the user Tamas signs in as.")
        return ""

    def test_connection(self) -> None:
        problem = self.missing()
        if problem:
            self._show(problem, False)
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))
        address, password = self.address(), self.password.text()
        run_task(self, lambda: check_server(address, password), self._connected, self._failed)

    def _connected(self, info: ServerInfo) -> None:
        if info.revision == info.newest:
            text = self.tr("Connected to {0}: the Tamas database there is ready.").format(info.version)
        elif info.revision is None:
            text = self.tr("Connected to {0}. The database is empty: Tamas creates its tables at the next start "
                           "(or copy this PC's data into it first with db copy).").format(info.version)  # fmt: skip
        else:
            text = self.tr("Connected to {0}. Tamas updates the database there at the next start.").format(info.version)
        self._show(text, True)

    def _failed(self, error: BaseException) -> None:
        address = self.address()
        if not isinstance(error, ServerProblem):
            self._show(self.tr("Cannot connect: {0}").format(error), False)
            return
        texts = {
            "host": self.tr("Cannot find the server {0}. Check the host name or address.").format(address.host),
            "port": self.tr(
                "The server {0} does not answer on port {1}. Check that PostgreSQL runs there and "
                "accepts connections from this PC."
            ).format(address.host, address.port),  # fmt: skip
            "login": self.tr("The server refused user {0} or the password. Check both.").format(address.user),
            "database": self.tr(
                "There is no database {0} on the server. Check its name, or create it (README, Several seats)."
            ).format(address.database),  # fmt: skip
        }
        self._show(texts.get(error.kind, self.tr("Cannot connect: {0}").format(error.detail)), False)
        self.result.setToolTip(error.detail)

    def _show(self, text: str, ok: bool) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(text)
        self.tested.emit(ok)
