"""The default dispositions, with their flags and labels; kept apart from the ORM so migration 0012 seeds them."""

from __future__ import annotations

from typing import Any

# code, label, Persian, Arabic, contact_made, success, do_not_call, callback, final, retry minutes, shortcut
# (Ctrl+digit: the F keys are taken, F9 answering a ringing pop from any window)
DEFAULTS: tuple[tuple[Any, ...], ...] = (
    ("SALE", "Sale", "فروش", "بيع", True, True, False, False, True, 0, "Ctrl+1"),
    ("NOT_INTERESTED", "Not interested", "تمایل ندارد", "غير مهتم", True, False, False, False, True, 0, "Ctrl+2"),
    ("CALLBACK", "Call back", "تماس مجدد", "معاودة الاتصال", True, False, False, True, False, 0, "Ctrl+3"),
    ("NO_ANSWER", "No answer", "پاسخ نداد", "لا رد", False, False, False, False, False, 120, "Ctrl+4"),
    ("BUSY", "Busy", "اشغال", "مشغول", False, False, False, False, False, 30, "Ctrl+5"),
    ("ANSWERING_MACHINE", "Answering machine", "پیغام‌گیر", "جهاز الرد الآلي", False, False, False, False, False,
     240, "Ctrl+6"),
    ("WRONG_NUMBER", "Wrong number", "شماره اشتباه", "رقم خاطئ", False, False, False, False, True, 0, "Ctrl+7"),
    ("DISCONNECTED", "Disconnected", "شماره قطع", "الرقم مفصول", False, False, False, False, True, 0, "Ctrl+8"),
    ("DNC", "Do not call", "تماس نگیرید", "عدم الاتصال", True, False, True, False, True, 0, "Ctrl+9"),
)  # fmt: skip
FIELDS = ("code", "label", "label_fa", "label_ar", "contact_made", "success", "do_not_call", "callback", "final",
          "retry_minutes", "shortcut")  # fmt: skip


def default_rows() -> list[dict[str, Any]]:
    return [{**dict(zip(FIELDS, row, strict=True)), "position": i, "active": True} for i, row in enumerate(DEFAULTS)]
