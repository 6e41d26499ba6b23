"""The default editable lists, each value with its Persian and Arabic label.

Kept apart from the service so the migration that adds labels to existing databases can use the
same table without importing the ORM.
"""

from __future__ import annotations

CALL_REASON = "call_reason"
CALL_OUTCOME = "call_outcome"

# English value -> (Persian, Arabic). The value is what calls store; the labels are what users see.
DEFAULT_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    CALL_REASON: {
        "Order": ("سفارش", "طلب"),
        "Complaint": ("شکایت", "شكوى"),
        "Question": ("پرسش", "استفسار"),
        "Support": ("پشتیبانی", "دعم فني"),
        "Billing": ("صورت‌حساب", "الفواتير"),
        "Delivery": ("ارسال", "التوصيل"),
        "Other": ("سایر", "أخرى"),
    },
    CALL_OUTCOME: {
        "Resolved": ("حل شد", "تم الحل"),
        "Call back": ("تماس مجدد", "معاودة الاتصال"),
        "Escalated": ("ارجاع به سطح بالاتر", "تم التصعيد"),
        "Sale": ("فروش", "بيع"),
        "No interest": ("عدم تمایل", "غير مهتم"),
        "Wrong number": ("شماره اشتباه", "رقم خاطئ"),
    },
}
