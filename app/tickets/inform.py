"""Short messages that tell a customer how their ticket stands, per status and language (ready for SMS)."""

from __future__ import annotations

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "open": "We are working on your request #{id} ({subject}).",
        "escalated": "Your request #{id} has been passed to our specialists; we will call you soon.",
        "waiting": "We need some information from you to continue with request #{id}. Please call us.",
        "resolved": "Your request #{id} ({subject}) has been resolved. Thank you for your patience.",
        "closed": "Your request #{id} is closed. Thank you for contacting us.",
    },
    "fa": {
        "open": "درخواست شما به شماره {id} ({subject}) در حال پیگیری است.",
        "escalated": "درخواست شماره {id} به کارشناسان ما ارجاع شد؛ به‌زودی با شما تماس می‌گیریم.",
        "waiting": "برای ادامه پیگیری درخواست شماره {id} به اطلاعاتی از شما نیاز داریم. لطفاً با ما تماس بگیرید.",
        "resolved": "درخواست شما به شماره {id} ({subject}) انجام شد. از شکیبایی شما سپاسگزاریم.",
        "closed": "درخواست شماره {id} بسته شد. از تماس شما سپاسگزاریم.",
    },
    "ar": {
        "open": "نعمل على طلبك رقم {id} ({subject}).",
        "escalated": "تم تحويل طلبك رقم {id} إلى المختصين لدينا؛ سنتصل بك قريباً.",
        "waiting": "نحتاج إلى بعض المعلومات منك لمتابعة الطلب رقم {id}. يرجى الاتصال بنا.",
        "resolved": "تم حل طلبك رقم {id} ({subject}). شكراً لصبرك.",
        "closed": "تم إغلاق طلبك رقم {id}. شكراً لتواصلك معنا.",
    },
}


def message_language(customer_language: str, program_language: str) -> str:
    """The customer's own language when it has templates, else the program's."""
    return customer_language if customer_language in TEMPLATES else program_language


def inform_message(status: str, language: str, ticket_id: int, subject: str) -> str:
    """The template for `status` in `language` (English when there is none), filled in."""
    templates = TEMPLATES.get(language) or TEMPLATES["en"]
    template = templates.get(status) or TEMPLATES["en"].get(status, "")
    return template.format(id=ticket_id, subject=subject)
