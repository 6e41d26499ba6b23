"""Forms: a pasted control character is removed with a message; an overlong value is refused under its field."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db import Database
from app.models import Customer
from app.phones import PhoneRules
from ui.customers.customer_form import CustomerForm


def test_controls_pasted_into_a_form_are_removed_and_the_user_is_told(qtbot, db: Database) -> None:  # noqa: ANN001
    form = CustomerForm(db, "agent", PhoneRules())
    qtbot.addWidget(form)
    form.name.setFocus()
    form.name.insert("Ali\x00 Re\x1bza")  # what a paste does (insert emits textEdited)
    assert form.name.text() == "Ali Reza"
    assert form.general.isVisibleTo(form) and "control characters were removed" in form.general.text()
    form.notes.setPlainText("line 1\nline\x07 2")
    assert form.notes.toPlainText() == "line 1\nline 2"


def test_an_overlong_name_is_refused_under_its_field(qtbot, db: Database) -> None:  # noqa: ANN001
    form = CustomerForm(db, "agent", PhoneRules())
    qtbot.addWidget(form)
    form.name.setText("N" * 1_000_000)
    form.company.setText("C" * 201)
    form.save()
    qtbot.waitUntil(lambda: form._errors["name"].isVisibleTo(form), timeout=5000)
    assert form._errors["name"].text() == "Too long: shorten it to 200 characters or fewer."
    assert form._errors["company"].isVisibleTo(form)
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
