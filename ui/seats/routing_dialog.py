"""Settings → Call routing: per line, which seats pop its calls (all seats, a list of seats, one agent's seat).

The routes live in the database, so every seat pops the same way; this seat's name is shown to copy from.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.seats import routing
from ui.formatting import fill
from ui.tasks import run_task


class RoutingDialog(QDialog):
    def __init__(self, db: Database, seat: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.seat, self.actor = db, seat, actor
        self.setWindowTitle(self.tr("Call routing"))
        layout = QVBoxLayout(self)
        here = QLabel(fill(self.tr("This seat: %1"), seat))
        here.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(here)
        layout.addWidget(QLabel(self.tr("A line not listed rings on every seat.")))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Pops on"), self.tr("Seats or agent")])
        self.table.itemSelectionChanged.connect(self._picked)
        layout.addWidget(self.table)
        form = QFormLayout()
        self.line = QLineEdit()
        self.mode = QComboBox()
        for mode, text in (("all", self.tr("All seats")), ("seats", self.tr("These seats")),
                           ("agent", self.tr("One agent's seat"))):  # fmt: skip
            self.mode.addItem(text, mode)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("Seat names separated by commas, or the agent's user name"))
        form.addRow(self.tr("Line"), self.line)
        form.addRow(self.tr("Pops on"), self.mode)
        form.addRow(self.tr("Seats or agent"), self.target)
        layout.addLayout(form)
        self.save = QPushButton(self.tr("Save route"))
        self.save.clicked.connect(self.save_route)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.routes: dict[str, routing.Route] = {}
        self.reload()

    def reload(self) -> None:
        db = self.db
        run_task(self, lambda: routing.routes(db), self._show, self._failed)

    def _show(self, table: dict[str, routing.Route]) -> None:
        self.routes = table
        self.table.setRowCount(len(table))
        for row, route in enumerate(table.values()):
            target = ", ".join(route.seats) if route.mode == "seats" else route.agent
            for column, text in enumerate((route.line, self.mode.itemText(self.mode.findData(route.mode)), target)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _picked(self) -> None:
        items = self.table.selectedItems()
        route = self.routes.get(items[0].text()) if items else None
        if route is not None:
            self.line.setText(route.line)
            self.mode.setCurrentIndex(self.mode.findData(route.mode))
            self.target.setText(", ".join(route.seats) if route.mode == "seats" else route.agent)

    def route(self) -> routing.Route:
        mode, target = self.mode.currentData(), self.target.text()
        names = tuple(name.strip() for name in target.split(",") if name.strip())
        return routing.Route(self.line.text().strip(), mode, names if mode == "seats" else (),
                             target.strip() if mode == "agent" else "")  # fmt: skip

    def save_route(self) -> None:
        route = self.route()
        if not route.line or (route.mode != "all" and not (route.seats or route.agent)):
            message = self.tr("Type the line, and the seats or the agent its calls pop for.")
            QMessageBox.information(self, self.tr("Call routing"), message)
            return
        db, actor, seat = self.db, self.actor, self.seat
        run_task(self, lambda: routing.set_route(db, route, actor, seat), lambda _r: self.reload(), self._failed,
                 write=True)  # fmt: skip

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Call routing"), str(error))
