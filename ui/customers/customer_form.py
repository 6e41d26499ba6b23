"""The customer form: create or edit one customer, with every field error shown where it belongs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.db import Database
from app.dto import CUSTOMER_KINDS, CUSTOMER_STATUSES, PHONE_KINDS, CustomerDraft, PhoneDraft
from app.phones import PhoneRules
from app.services import customers
from app.services.customer_rules import clean, validate
from ui.formatting import customer_status_label, fill, phone_kind_label
from ui.forms import SaveDialog, add_field, error_label
from ui.messages import field_error
from ui.tasks import run_task


class PhoneRow(QWidget):
    removed = Signal(QWidget)

    def __init__(self, phone: PhoneDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit(phone.raw)
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # numbers read left to right
        self.number.setPlaceholderText("0912 345 6789")
        self.kind = QComboBox()
        for kind in PHONE_KINDS:
            self.kind.addItem(phone_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, PHONE_KINDS.index(phone.kind) if phone.kind in PHONE_KINDS else 0))
        remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove this phone number"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        self.error = error_label()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number, 3)
        row.addWidget(self.kind, 1)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def draft(self) -> PhoneDraft:
        return PhoneDraft(self.number.text(), self.kind.currentData())


class CustomerForm(SaveDialog):
    """Modal form; on success `customer_id` holds the saved customer's id."""

    open_customer = Signal(int)  # the agent chose to open the customer who already has this phone

    def __init__(
        self,
        db: Database,
        actor: str,
        rules: PhoneRules,
        customer_id: int | None = None,
        draft: CustomerDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.rules, self.customer_id = db, actor, rules, customer_id
        self.setWindowTitle(self.tr("Edit customer") if customer_id else self.tr("New customer"))
        self.setMinimumWidth(520)
        self._errors: dict[str, QLabel] = {}
        self.duplicate_prompt: QMessageBox | None = None
        self._build()
        self.load(draft or CustomerDraft(name="", phones=[PhoneDraft("")]))

    def _field(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        self._errors[key] = add_field(form, label, widget)

    def _build(self) -> None:
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Company"), "company")
        self.company = QLineEdit()
        self.email = QLineEdit()
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.city = QLineEdit()
        self.address = QLineEdit()
        self.status = QComboBox()
        for status in CUSTOMER_STATUSES:
            self.status.addItem(customer_status_label(status), status)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma separated, e.g. VIP, wholesale"))
        self.source = QLineEdit()
        self.do_not_call = QCheckBox(self.tr("Do not call"))
        self.do_not_sms = QCheckBox(self.tr("Do not text"))
        self.do_not_email = QCheckBox(self.tr("Do not email"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.language = QComboBox()
        self.language.setToolTip(self.tr("The language of the messages that tell this customer how a ticket stands"))
        self.language.addItem(self.tr("Same as the program"), "")
        for code, name in (("en", "English"), ("fa", "فارسی"), ("ar", "العربية")):
            self.language.addItem(name, code)  # each language in its own name, as language menus do
        self.phone_box = QVBoxLayout()
        self.phone_rows: list[PhoneRow] = []
        add_phone = QPushButton(self.tr("Add phone"))
        add_phone.clicked.connect(lambda: self._add_phone(PhoneDraft("")))
        phones = QVBoxLayout()
        phones.addLayout(self.phone_box)
        phones.addWidget(add_phone, 0, Qt.AlignmentFlag.AlignLeading)
        phones_widget = QWidget()
        phones_widget.setLayout(phones)

        form = QFormLayout()
        self._field(form, self.tr("Name *"), "name", self.name)
        form.addRow(self.tr("Kind"), self.kind)
        self._field(form, self.tr("Company"), "company", self.company)
        form.addRow(self.tr("Phones"), phones_widget)
        self._field(form, self.tr("Email"), "email", self.email)
        self._field(form, self.tr("City"), "city", self.city)
        self._field(form, self.tr("Address"), "address", self.address)
        form.addRow(self.tr("Status"), self.status)
        self._field(form, self.tr("Tags"), "tags", self.tags)
        self._field(form, self.tr("Source"), "source", self.source)
        consent = QHBoxLayout()
        for box in (self.do_not_call, self.do_not_sms, self.do_not_email):
            consent.addWidget(box)
        form.addRow(self.tr("Consent"), consent)
        form.addRow(self.tr("Language for messages"), self.language)
        self._field(form, self.tr("Notes"), "notes", self.notes)

        self.finish_layout(form)

    def _add_phone(self, phone: PhoneDraft) -> PhoneRow:
        row = PhoneRow(phone)
        row.removed.connect(self._remove_phone)
        self.phone_rows.append(row)
        self.phone_box.addWidget(row)
        return row

    def _remove_phone(self, row: QWidget) -> None:
        self.phone_rows = [r for r in self.phone_rows if r is not row]
        row.deleteLater()

    def load(self, draft: CustomerDraft) -> None:
        self.name.setText(draft.name)
        self.kind.setCurrentIndex(CUSTOMER_KINDS.index(draft.kind) if draft.kind in CUSTOMER_KINDS else 0)
        self.company.setText(draft.company)
        self.email.setText(draft.email)
        self.city.setText(draft.city)
        self.address.setText(draft.address)
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
        self.tags.setText(draft.tags)
        self.source.setText(draft.source)
        self.do_not_call.setChecked(draft.do_not_call)
        self.do_not_sms.setChecked(draft.do_not_sms)
        self.do_not_email.setChecked(draft.do_not_email)
        self.notes.setPlainText(draft.notes)
        self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        for phone in draft.phones or [PhoneDraft("")]:
            self._add_phone(phone)

    def draft(self) -> CustomerDraft:
        return CustomerDraft(
            name=self.name.text(), kind=self.kind.currentData(), company=self.company.text(),
            email=self.email.text(), address=self.address.text(), city=self.city.text(),
            status=self.status.currentData(), tags=self.tags.text(), source=self.source.text(),
            do_not_call=self.do_not_call.isChecked(), do_not_sms=self.do_not_sms.isChecked(),
            do_not_email=self.do_not_email.isChecked(), notes=self.notes.toPlainText(),
            phones=[row.draft() for row in self.phone_rows], language=self.language.currentData(),
        )  # fmt: skip

    def show_errors(self, error: errors.ValidationError) -> None:
        """Put each message under its field; phone errors under the phone row they belong to."""
        for label in self._errors.values():
            label.hide()
        filled = [row for row in self.phone_rows if row.draft().raw.strip()]
        for row in self.phone_rows:
            row.error.hide()
        first: QWidget | None = None
        for key, code in error.errors.items():
            text = field_error(code, error.values.get(key, ""))
            if key.startswith("phones."):
                row = filled[int(key.split(".")[1])]
                row.error.setText(text)
                row.error.show()
                first = first or row.number
            elif key in self._errors:
                self._errors[key].setText(text)
                self._errors[key].show()
                first = first or getattr(self, key)
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        typed = self.draft()
        draft = replace(clean(typed), language=typed.language)  # clean() predates the language field
        try:
            validate(draft, self.rules)  # instant feedback; the service checks again
        except errors.ValidationError as error:
            self.show_errors(error)
            return
        self.buttons.setEnabled(False)
        db, rules, cid = self.db, self.rules, self.customer_id
        run_task(self, lambda: customers.shared_phones(db, draft, rules, cid),
                 lambda shared: self._checked(draft, shared), self._failed)  # fmt: skip

    def _checked(self, draft: CustomerDraft, shared: list[tuple[str, int, str]]) -> None:
        """Another live customer has one of these phones: ask (open them, or save anyway), never save silently."""
        self.buttons.setEnabled(True)
        if not shared:
            self._write(draft)
            return
        raw, other_id, other_name = shared[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Phone already in use"),
            fill(self.tr("%1 already belongs to %2. Is it a shared number (an office or a family)?"), raw, other_name),
            parent=self,
        )
        open_other = box.addButton(fill(self.tr("Open %1"), other_name), QMessageBox.ButtonRole.RejectRole)
        save_anyway = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_other)
        self.duplicate_prompt = box

        def answered(button: object) -> None:
            if button is save_anyway:
                self._write(draft)
            elif button is open_other:
                self.open_customer.emit(other_id)
                self.reject()

        box.buttonClicked.connect(answered)
        box.open()

    def _write(self, draft: CustomerDraft) -> None:
        if self.customer_id is None:
            op = lambda: customers.create_customer(self.db, draft, self.actor, self.rules)  # noqa: E731
        else:
            cid = self.customer_id
            op = lambda: customers.update_customer(self.db, cid, draft, self.actor, self.rules) or cid  # noqa: E731
        self.submit(op)

    def _saved(self, customer_id: int) -> None:
        self.customer_id = customer_id
        super()._saved(customer_id)
