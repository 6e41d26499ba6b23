"""`export dataquality`: one sheet with each check's count, and one sheet of the customers each check finds."""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell

from app.quality.checks import CHECKS, condition, quality_counts
from app.reports.printing import prepare
from app.reports.sheets import safe_text
from app.reports.workbook import ReportJob

LABELS: dict[str, tuple[str, str, str]] = {
    "sheet": ("Data quality", "کیفیت داده‌ها", "جودة البيانات"),
    "check": ("Check", "بررسی", "الفحص"),
    "customers": ("Customers", "مشتریان", "العملاء"),
    "no_phone": ("Without any phone", "بدون تلفن", "بدون هاتف"),
    "invalid_email": ("Invalid e-mail", "ایمیل نامعتبر", "بريد إلكتروني غير صالح"),
    "invalid_phone": ("Phone not valid for its region", "تلفن نامعتبر", "هاتف غير صالح"),
    "duplicates": ("In a duplicate group", "تکراری", "مكرر"),
    "no_consent": ("Without consent information", "بدون اطلاعات رضایت", "بدون معلومات الموافقة"),
    "never_contacted": ("Never contacted", "بدون هیچ تماس", "لم يتم الاتصال به"),
    "id": ("ID", "شناسه", "المعرّف"),
    "name": ("Name", "نام", "الاسم"),
}
LIST_LIMIT = 100_000  # rows per check sheet; the count sheet has the full numbers


def _t(key: str, lang: str) -> str:
    return LABELS[key][("en", "fa", "ar").index(lang)]


def build_dataquality(job: ReportJob) -> int:
    from sqlalchemy import select

    from app.models import Customer

    counts = quality_counts(job.db)
    job.total, job.label = len(CHECKS) + 1, "data quality"
    summary = job.wb.create_sheet(_t("sheet", job.lang)[:31])
    summary.sheet_view.rightToLeft = job.lang != "en"
    prepare(summary, 60)
    summary.append([_t("check", job.lang), _t("customers", job.lang)])
    for count in counts:
        summary.append([_t(count.check, job.lang), count.customers])
    job.tick()
    rows = 0
    for check in CHECKS:
        sheet = job.wb.create_sheet(_t(check, job.lang)[:31])
        sheet.sheet_view.rightToLeft = job.lang != "en"
        prepare(sheet, 60)
        sheet.append([_t("id", job.lang), _t("name", job.lang)])
        query = select(Customer.id, Customer.name).where(condition(check)).order_by(Customer.id).limit(LIST_LIMIT)
        for customer_id, name in job.stream(query):
            sheet.append([customer_id, safe_text(WriteOnlyCell(sheet), name)])  # "=..." stays text
            rows += 1
        job.tick()
    return rows
