"""What the customer fields are called on screen (the mapping's drop-downs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_labels() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "": tr("ImportFields", "(do not import)"),
        "id": tr("ImportFields", "Customer ID (update)"),
        "name": tr("ImportFields", "Name"),
        "kind": tr("ImportFields", "Person or company"),
        "first_name": tr("ImportFields", "First name"),
        "last_name": tr("ImportFields", "Last name"),
        "company": tr("ImportFields", "Company"),
        "email": tr("ImportFields", "E-mail"),
        "address": tr("ImportFields", "Address"),
        "city": tr("ImportFields", "City"),
        "phone": tr("ImportFields", "Phone"),
        "phone_mobile": tr("ImportFields", "Mobile phone"),
        "phone_landline": tr("ImportFields", "Landline"),
        "phone_work": tr("ImportFields", "Work phone"),
        "phone_fax": tr("ImportFields", "Fax"),
        "tags": tr("ImportFields", "Tags"),
        "notes": tr("ImportFields", "Notes"),
        "status": tr("ImportFields", "Status"),
        "source": tr("ImportFields", "Source"),
        "do_not_call": tr("ImportFields", "Do not call"),
        "do_not_sms": tr("ImportFields", "Do not SMS"),
        "do_not_email": tr("ImportFields", "Do not e-mail"),
        "created_at": tr("ImportFields", "Customer since (date)"),
    }
