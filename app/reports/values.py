"""Values from a fixed set (direction, status, segment, weekday, yes/no) in English, Persian and Arabic.

A workbook column names its vocabulary (`Column.values`) and every cell is written translated; the
words match the screens' (ui.formatting). Editable lists (call reasons, outcomes) are not fixed: their
labels come from the database (app.services.lookups.label_map) and a value without one stays as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.lookup_defaults import CALL_OUTCOME, CALL_REASON

VALUES: dict[str, dict[Any, tuple[str, str, str]]] = {
    "direction": {"in": ("Inbound", "ورودی", "واردة"), "out": ("Outbound", "خروجی", "صادرة")},
    "call_status": {
        "answered": ("Answered", "پاسخ‌داده", "مُجابة"),
        "missed": ("Missed", "از دست رفته", "فائتة"),
        "abandoned": ("Abandoned", "رهاشده", "متروكة"),
        "busy": ("Busy", "اشغال", "مشغول"),
        "no-answer": ("No answer", "بی‌پاسخ", "لا رد"),
        "ringing": ("Ringing", "در حال زنگ", "يرن"),
    },
    "call_source": {
        "manual": ("Typed in", "ثبت دستی", "إدخال يدوي"),
        "modem": ("Caller ID modem", "مودم شناسه تماس", "مودم معرّف المتصل"),
        "ncid": ("NCID server", "سرور NCID", "خادم NCID"),
        "simulator": ("Simulator", "شبیه‌ساز", "المحاكي"),
        "demo": ("Demo data", "داده نمونه", "بيانات تجريبية"),
    },
    "customer_status": {
        "lead": ("Lead", "سرنخ", "عميل محتمل"),
        "prospect": ("Prospect", "مشتری بالقوه", "مرشّح"),
        "customer": ("Customer", "مشتری", "العميل"),
        "inactive": ("Inactive", "غیرفعال", "غير نشط"),
    },
    "segment": {
        "champions": ("Champions", "قهرمانان", "الأبطال"),
        "loyal": ("Loyal", "وفادار", "الأوفياء"),
        "new": ("New", "تازه", "جدد"),
        "promising": ("Promising", "امیدبخش", "واعدون"),
        "potential_loyalists": ("Potential loyalists", "وفاداران بالقوه", "أوفياء محتملون"),
        "need_attention": ("Need attention", "نیازمند توجه", "بحاجة إلى اهتمام"),
        "about_to_sleep": ("About to sleep", "در آستانهٔ خواب", "على وشك الخمول"),
        "cant_lose_them": ("Can't lose them", "نباید از دستشان داد", "لا يجوز خسارتهم"),
        "at_risk": ("At risk", "در خطر", "في خطر"),
        "hibernating": ("Hibernating", "خفته", "خاملون"),
        "lost": ("Lost", "از دست رفته", "مفقودون"),
        "other": ("Other", "دیگر", "أخرى"),
    },
    # ISO weekdays, Monday 1 … Sunday 7 (the order a sheet shows them follows the office week).
    "weekday": {
        1: ("Monday", "دوشنبه", "الاثنين"),
        2: ("Tuesday", "سه‌شنبه", "الثلاثاء"),
        3: ("Wednesday", "چهارشنبه", "الأربعاء"),
        4: ("Thursday", "پنجشنبه", "الخميس"),
        5: ("Friday", "جمعه", "الجمعة"),
        6: ("Saturday", "شنبه", "السبت"),
        7: ("Sunday", "یکشنبه", "الأحد"),
    },
    "yes_no": {True: ("Yes", "بله", "نعم"), False: ("No", "خیر", "لا")},
}
LOOKUP_KINDS = (CALL_REASON, CALL_OUTCOME)  # vocabularies whose labels live in the database


def value_map(vocabulary: str, lang: str, lookups: Mapping[tuple[str, str], str] | None = None) -> dict[Any, str]:
    """Stored value -> the text `lang` readers see, for one vocabulary (a fixed set or an editable list)."""
    if vocabulary in LOOKUP_KINDS:
        return {value: label for (kind, value), label in (lookups or {}).items() if kind == vocabulary}
    index = {"fa": 1, "ar": 2}.get(lang, 0)
    return {value: texts[index] for value, texts in VALUES[vocabulary].items()}


def translated(vocabulary: str, value: Any, lang: str) -> Any:
    """One fixed-set value in `lang`; a value outside the set as it is."""
    return value_map(vocabulary, lang).get(value, value)
