"""What the customer fields are called on screen (the mapping's drop-downs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_labels() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("ImportFields", "(do not import)"),
        "id": QCoreApplication.translate("ImportFields", "Customer ID (update)"),
        "name": QCoreApplication.translate("ImportFields", "Name"),
        "kind": QCoreApplication.translate("ImportFields", "Person or company"),
        "first_name": QCoreApplication.translate("ImportFields", "First name"),
        "last_name": QCoreApplication.translate("ImportFields", "Last name"),
        "company": QCoreApplication.translate("ImportFields", "Company"),
        "email": QCoreApplication.translate("ImportFields", "E-mail"),
        "address": QCoreApplication.translate("ImportFields", "Address"),
        "city": QCoreApplication.translate("ImportFields", "City"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "phone_mobile": QCoreApplication.translate("ImportFields", "Mobile phone"),
        "phone_landline": QCoreApplication.translate("ImportFields", "Landline"),
        "phone_work": QCoreApplication.translate("ImportFields", "Work phone"),
        "phone_fax": QCoreApplication.translate("ImportFields", "Fax"),
        "tags": QCoreApplication.translate("ImportFields", "Tags"),
        "notes": QCoreApplication.translate("ImportFields", "Notes"),
        "status": QCoreApplication.translate("ImportFields", "Status"),
        "source": QCoreApplication.translate("ImportFields", "Source"),
        "do_not_call": QCoreApplication.translate("ImportFields", "Do not call"),
        "do_not_sms": QCoreApplication.translate("ImportFields", "Do not SMS"),
        "do_not_email": QCoreApplication.translate("ImportFields", "Do not e-mail"),
        "created_at": QCoreApplication.translate("ImportFields", "Customer since (date)"),
    }
