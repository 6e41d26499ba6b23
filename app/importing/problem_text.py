"""An import problem ("'x' is not a date") in English, Persian or Arabic, for the rejected-rows file and the
wizard's list. The checks keep writing English (the CLI and the logs read it); this reads that text back by
pattern, so a problem no pattern knows stays as it is.
"""

from __future__ import annotations

import re

# pattern -> (English, Persian, Arabic), {v} the offending value as the file had it, {f} a field
_PROBLEMS: list[tuple[re.Pattern[str], tuple[str, str, str]]] = [
    (re.compile(r"(?P<v>.+) cannot be a phone number"),
     ("{v} cannot be a phone number", "{v} شماره تلفن نیست", "{v} ليس رقم هاتف")),
    (re.compile(r"(?P<v>.+) is not yes or no \((?P<f>[\w ]+)\)"),
     ("{v} is not yes or no ({f})", "{v} بله یا خیر نیست ({f})", "{v} ليس نعم أو لا ({f})")),
    (re.compile(r"(?P<v>.+) is not a customer id"),
     ("{v} is not a customer id", "{v} شناسه مشتری نیست", "{v} ليس معرّف عميل")),
    (re.compile(r"(?P<v>.+) is not a date"), ("{v} is not a date", "{v} تاریخ نیست", "{v} ليس تاريخًا")),
    (re.compile(r"(?P<v>.+) is not an e-mail address"),
     ("{v} is not an e-mail address", "{v} نشانی ایمیل نیست", "{v} ليس بريدًا إلكترونيًا")),
    (re.compile(r"no name and no phone"), ("no name and no phone", "نه نام دارد و نه تلفن", "لا اسم ولا هاتف")),
    (re.compile(r"no customer has the id (?P<v>\d+)"),
     ("no customer has the id {v}", "مشتری با شناسه {v} وجود ندارد", "لا عميل بالمعرّف {v}")),
    (re.compile(r"no customer has this id, phone or e-mail"),
     ("no customer has this id, phone or e-mail", "مشتری با این شناسه، تلفن یا ایمیل وجود ندارد",
      "لا عميل بهذا المعرّف أو الهاتف أو البريد")),
]  # fmt: skip
_FIELDS = {
    "do not call": ("do not call", "تماس نگیرید", "عدم الاتصال"),
    "do not sms": ("do not sms", "پیامک نفرستید", "عدم المراسلة"),
    "do not email": ("do not email", "ایمیل نفرستید", "عدم البريد"),
}
HEADERS = {"row": ("row", "ردیف", "الصف"), "reason": ("reason", "دلیل", "السبب")}
FSI, PDI = "\u2068", "\u2069"  # the file's own value keeps its direction inside a right-to-left sentence


def _index(lang: str) -> int:
    return {"fa": 1, "ar": 2}.get(lang, 0)


def problem_text(reason: str, lang: str) -> str:
    """`reason` (one problem or several joined by "; ") in `lang`."""
    if _index(lang) == 0:
        return reason
    return "؛ ".join(_one(part, lang) for part in reason.split("; "))


def _one(problem: str, lang: str) -> str:
    index = _index(lang)
    for pattern, texts in _PROBLEMS:
        found = pattern.fullmatch(problem)
        if found:
            values = found.groupdict()
            field = values.get("f")
            return texts[index].format(
                v=f"{FSI}{values.get('v', '')}{PDI}", f=_FIELDS[field][index] if field in _FIELDS else field
            )
    return problem


def header(key: str, lang: str) -> str:
    return HEADERS[key][_index(lang)]
