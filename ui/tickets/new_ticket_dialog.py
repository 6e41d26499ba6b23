"""Opening a ticket in one step from a call: customer and call already linked, category and subject typed,
Enter saves."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app import errors
from app.db import Database
from app.services import lookups
from app.tickets import service
from app.tickets.dto import TicketDraft
from app.tickets.lists import TICKET_CATEGORY
from app.tickets.models import PRIORITIES, TYPES
from ui.forms import SaveDialog
from ui.messages import field_error
from ui.tickets.labels import priority_label, type_label


class NewTicketDialog(SaveDialog):
    def __init__(
        self, db: Database, actor: str, customer_id: int | None = None, customer_name: str = "",
        call_id: int | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.actor, self.customer_id, self.call_id = db, actor, customer_id, call_id
        self.setWindowTitle(self.tr("New ticket") + (f" — {customer_name}" if customer_name else ""))
        self.type = QComboBox()
        for kind in TYPES:
            self.type.addItem(type_label(kind), kind)
        self.category = QComboBox()
        self.category.addItem(self.tr("(none)"), None)
        for item in lookups.list_values(db, TICKET_CATEGORY):
            self.category.addItem(item.value, item.id)
        self.priority = QComboBox()
        for priority in PRIORITIES:
            self.priority.addItem(priority_label(priority), priority)
        self.priority.setCurrentIndex(PRIORITIES.index("normal"))
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("What is the problem or request, in a few words"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Customer"), QLabel(customer_name or self.tr("(no customer)")))
        if call_id is not None:
            form.addRow(self.tr("From call"), QLabel(f"#{call_id}"))
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Details"), self.description)
        self.finish_layout(form)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)  # Enter in the subject saves
        self.subject.setFocus()

    def draft(self) -> TicketDraft:
        return TicketDraft(
            subject=self.subject.text(), type=self.type.currentData(), priority=self.priority.currentData(),
            customer_id=self.customer_id, call_id=self.call_id, category_id=self.category.currentData(),
            description=self.description.toPlainText(),
        )  # fmt: skip

    def save(self) -> None:
        draft = self.draft()
        if not draft.subject.strip():
            self.show_errors(errors.ValidationError({"subject": errors.EMPTY}))
            self.subject.setFocus()
            return
        db, actor = self.db, self.actor
        self.submit(lambda: service.create_ticket(db, draft, actor))

    def show_errors(self, error: errors.ValidationError) -> None:
        labels = {"subject": self.tr("Subject"), "customer_id": self.tr("Customer"), "call_id": self.tr("From call")}
        labels["description"] = self.tr("Details")
        lines = (f"{labels.get(k, k)}: {field_error(c, error.values.get(k, ''))}" for k, c in error.errors.items())
        self.show_general("\n".join(lines))
