"""Which column holds what: guessed from header names in English, Persian and Arabic, editable, saved as JSON."""

from __future__ import annotations

import json
import os
import re

from app.text import normalize_text

# Target fields a column can feed ("" = ignore the column). Several phone columns may map to phone fields.
FIELDS = (
    "id", "name", "first_name", "last_name", "company", "email", "address", "city", "phone", "phone_mobile",
    "phone_landline", "phone_work", "phone_fax", "tags", "notes", "status", "source", "do_not_call",
    "do_not_sms", "do_not_email", "created_at",
)  # fmt: skip
PHONE_FIELDS = ("phone", "phone_mobile", "phone_landline", "phone_work", "phone_fax")
REPEATABLE = set(PHONE_FIELDS) | {"notes", "tags"}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "customer id", "شناسه", "کد مشتری", "شماره مشتری", "المعرف", "رقم العميل", "معرف"),
    "name": ("name", "full name", "customer", "customer name", "contact", "contact name", "display name",
             "نام", "نام کامل", "نام مشتری", "مشتری", "الاسم", "اسم", "الاسم الكامل", "العميل", "اسم العميل"),
    "first_name": ("first name", "firstname", "given name", "forename", "نام کوچک", "الاسم الاول", "الاسم الأول"),
    "last_name": ("last name", "lastname", "surname", "family name", "نام خانوادگی", "فامیل", "فامیلی",
                  "اسم العائلة", "العائلة", "الكنية", "اللقب"),
    "phone": ("phone", "phone number", "telephone", "tel", "number", "contact number", "تلفن", "شماره",
              "شماره تلفن", "شماره تماس", "تلفن تماس", "الهاتف", "هاتف", "رقم الهاتف", "الرقم", "رقم"),
    "phone_mobile": ("mobile", "cell", "cellphone", "cell phone", "mobile phone", "mobile number", "موبایل",
                     "همراه", "تلفن همراه", "شماره همراه", "شماره موبایل", "الجوال", "جوال", "الموبايل",
                     "المحمول", "رقم الجوال"),
    "phone_landline": ("landline", "home", "home phone", "تلفن ثابت", "تلفن منزل", "الهاتف الثابت", "هاتف المنزل"),
    "phone_work": ("work", "work phone", "office phone", "business phone", "تلفن محل کار", "تلفن کار",
                   "تلفن شرکت", "هاتف العمل"),
    "phone_fax": ("fax", "فکس", "فاکس", "نمابر", "الفاكس", "فاكس"),
    "company": ("company", "organization", "organisation", "org", "business", "company name", "شرکت",
                "نام شرکت", "سازمان", "الشركة", "شركة", "المؤسسة"),
    "email": ("email", "e mail", "mail", "email address", "ایمیل", "پست الکترونیک", "رایانامه", "البرید",
              "البريد", "البريد الالكتروني", "البريد الإلكتروني", "الايميل", "ايميل"),
    "address": ("address", "street", "street address", "آدرس", "نشانی", "العنوان", "عنوان"),
    "city": ("city", "town", "شهر", "المدينة", "مدينة"),
    "tags": ("tags", "tag", "labels", "groups", "برچسب", "برچسب ها", "برچسبها", "الوسوم", "وسوم"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "توضیحات", "یادداشت", "ملاحظات", "ملاحظة"),
    "status": ("status", "وضعیت", "الحالة"),
    "source": ("source", "lead source", "منبع", "المصدر"),
    "do_not_call": ("do not call", "dnc", "no calls", "no call", "تماس نگیرید", "عدم تماس", "تماس نگرفتن",
                    "عدم الاتصال", "لا تتصل"),
    "do_not_sms": ("do not sms", "no sms", "do not text", "پیامک نفرستید", "عدم ارسال پیامک", "بدون پیامک",
                   "عدم الرسائل", "لا رسائل", "عدم ارسال الرسائل"),
    "do_not_email": ("do not email", "no email", "no emails", "ایمیل نفرستید", "عدم ارسال ایمیل", "بدون ایمیل",
                     "عدم البريد", "لا بريد", "عدم ارسال البريد"),
    "created_at": ("created", "created at", "date", "customer since", "since", "joined", "ایجاد", "تاریخ",
                   "تاریخ ایجاد", "تاریخ عضویت", "تاريخ الانشاء", "تاريخ الإنشاء", "التاريخ", "تاريخ"),
}  # fmt: skip
_PUNCT = re.compile(r"[_\-.:/()#*]+")
_TRAILING_NUMBER = re.compile(r"\s*\d+$")


def header_key(header: str) -> str:
    """A header in one spelling: letters unified, punctuation and a trailing number ("Phone 2") dropped."""
    text = normalize_text(_PUNCT.sub(" ", header or ""))
    return _TRAILING_NUMBER.sub("", text).strip()


_INDEX = {header_key(word): field for field, words in _SYNONYMS.items() for word in words}


def guess_field(header: str) -> str:
    return _INDEX.get(header_key(header), "")


def guess_mapping(headers: list[str]) -> list[str]:
    """One field per column ("" to ignore); a field taken twice keeps its first column unless it repeats."""
    mapping: list[str] = []
    taken: set[str] = set()
    for header in headers:
        field = guess_field(header)
        if field in taken and field not in REPEATABLE:
            field = ""
        taken.add(field)
        mapping.append(field)
    # "نام" beside "نام خانوادگی" is the first name, as "Name" beside "Surname" is.
    if "last_name" in mapping and "name" in mapping and "first_name" not in mapping:
        mapping[mapping.index("name")] = "first_name"
    return mapping


def save_mapping(path: str | os.PathLike[str], headers: list[str], mapping: list[str]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(dict(zip(headers, mapping, strict=True)), handle, ensure_ascii=False, indent=1)


def mapping_from_json(headers: list[str], saved: dict[str, str]) -> list[str]:
    """Apply a saved {header: field} to these headers; headers it does not name are guessed."""
    known = {header_key(h): f for h, f in saved.items()}
    guessed = guess_mapping(headers)
    result = []
    for header, guess in zip(headers, guessed, strict=True):
        field = saved.get(header, known.get(header_key(header), guess))
        if field not in FIELDS and field != "":
            raise ValueError(f"{field!r} is not a customer field; use one of {', '.join(FIELDS)}")
        result.append(field)
    return result


def load_mapping(path: str | os.PathLike[str], headers: list[str]) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        saved = json.load(handle)
    if not isinstance(saved, dict):
        raise ValueError('a mapping file holds one JSON object: {"column header": "field", ...}')
    return mapping_from_json(headers, {str(k): str(v) for k, v in saved.items()})
