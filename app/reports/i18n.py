"""Sheet names and column headers in English, Persian and Arabic (app/ has no Qt translator).

Every key has all three languages; a test checks it. Sheet names stay under Excel's 31 characters
and avoid the characters Excel forbids in them.
"""

from __future__ import annotations

LANGUAGES = ("en", "fa", "ar")
RTL_LANGUAGES = ("fa", "ar")

TEXT: dict[str, tuple[str, str, str]] = {
    # sheets
    "sheet.summary": ("Summary", "خلاصه", "الملخص"),
    "sheet.calls": ("Calls", "تماس‌ها", "المكالمات"),
    "sheet.per_day": ("Per day", "روزانه", "يومي"),
    "sheet.per_agent": ("Per agent", "کارشناسان", "الموظفون"),
    "sheet.customers": ("Customers", "مشتریان", "العملاء"),
    "sheet.by_status": ("By status", "بر اساس وضعیت", "حسب الحالة"),
    "sheet.rfm": ("RFM", "RFM", "RFM"),
    "sheet.segments": ("Segments", "بخش‌ها", "الشرائح"),
    "sheet.staffing": ("Staffing", "نیروی لازم", "التوظيف"),
    # columns
    "col.id": ("ID", "شناسه", "المعرّف"),
    "col.started_at": ("Started", "شروع", "البدء"),
    "col.jalali": ("Jalali date", "تاریخ شمسی", "التاريخ الشمسي"),
    "col.direction": ("Direction", "جهت", "الاتجاه"),
    "col.number": ("Number", "شماره", "الرقم"),
    "col.customer": ("Customer", "مشتری", "العميل"),
    "col.line": ("Line", "خط", "الخط"),
    "col.status": ("Status", "وضعیت", "الحالة"),
    "col.ring": ("Ring time", "زمان زنگ", "مدة الرنين"),
    "col.talk": ("Talk time", "زمان مکالمه", "مدة المحادثة"),
    "col.agent": ("Agent", "کارشناس", "الموظف"),
    "col.reason": ("Reason", "دلیل تماس", "سبب الاتصال"),
    "col.outcome": ("Outcome", "نتیجه", "النتيجة"),
    "col.notes": ("Notes", "یادداشت", "ملاحظات"),
    "col.source": ("Source", "منبع", "المصدر"),
    "col.name": ("Name", "نام", "الاسم"),
    "col.company": ("Company", "شرکت", "الشركة"),
    "col.phone": ("Phone", "تلفن", "الهاتف"),
    "col.email": ("Email", "ایمیل", "البريد الإلكتروني"),
    "col.city": ("City", "شهر", "المدينة"),
    "col.tags": ("Tags", "برچسب‌ها", "الوسوم"),
    "col.do_not_call": ("Do not call", "تماس نگیرید", "عدم الاتصال"),
    "col.created_at": ("Created", "ایجاد", "تاريخ الإنشاء"),
    "col.orders": ("Orders", "سفارش‌ها", "الطلبات"),
    "col.value": ("Value", "ارزش", "القيمة"),
    "col.customers": ("Customers", "مشتریان", "العملاء"),
    "col.day": ("Day", "روز", "اليوم"),
    "col.weekday": ("Weekday", "روز هفته", "يوم الأسبوع"),
    "col.hour": ("Hour", "ساعت", "الساعة"),
    "col.offered": ("Offered", "ورودی", "الواردة"),
    "col.answered": ("Answered", "پاسخ‌داده", "المُجابة"),
    "col.unanswered": ("Unanswered", "بی‌پاسخ", "غير المُجابة"),
    "col.abandonment_rate": ("Abandonment rate", "نرخ رهاشده", "نسبة التخلي"),
    "col.service_level": ("Service level", "سطح خدمت", "مستوى الخدمة"),
    "col.asa": ("Avg speed of answer", "میانگین زمان پاسخ", "متوسط سرعة الرد"),
    "col.aht": ("Avg handle time", "میانگین زمان رسیدگی", "متوسط مدة المعالجة"),
    "col.outbound": ("Outbound", "خروجی", "الصادرة"),
    "col.calls": ("Calls", "تماس‌ها", "المكالمات"),
    "col.missed": ("Missed", "از دست رفته", "الفائتة"),
    "col.last_contact": ("Last contact", "آخرین ارتباط", "آخر تواصل"),
    "col.recency": ("Recency (days)", "تازگی (روز)", "الحداثة (أيام)"),
    "col.frequency": ("Frequency", "تکرار", "التكرار"),
    "col.monetary": ("Monetary", "مبلغ", "القيمة المالية"),
    "col.r": ("R", "R", "R"),
    "col.f": ("F", "F", "F"),
    "col.m": ("M", "M", "M"),
    "col.segment": ("Segment", "بخش", "الشريحة"),
    "col.forecast": ("Forecast calls", "پیش‌بینی تماس", "المكالمات المتوقعة"),
    "col.agents": ("Agents", "کارشناس لازم", "الموظفون اللازمون"),
    "col.scheduled": ("Scheduled agents", "کارشناس در برنامه", "الموظفون المجدولون"),
    "col.occupancy": ("Occupancy", "اشغال", "الإشغال"),
    "col.measure": ("Measure", "شاخص", "المؤشر"),
    "col.amount": ("Amount", "مقدار", "القيمة"),
    # summary lines
    "kpi.period_from": ("From", "از", "من"),
    "kpi.period_to": ("To", "تا", "إلى"),
    "kpi.fcr": ("First contact resolution", "حل در اولین تماس", "الحل من أول اتصال"),
    "kpi.calls_per_agent": ("Calls per agent", "تماس به ازای کارشناس", "المكالمات لكل موظف"),
    "kpi.revenue": ("Revenue", "درآمد", "الإيرادات"),
    "kpi.revenue_per_call": ("Revenue per call", "درآمد به ازای تماس", "الإيراد لكل مكالمة"),
    "kpi.top_customers": ("Top customers (share)", "مشتریان برتر (سهم)", "كبار العملاء (النسبة)"),
    "kpi.top_value": ("Their share of value", "سهم آن‌ها از ارزش", "حصتهم من القيمة"),
    "kpi.rows": ("Rows", "ردیف‌ها", "الصفوف"),
    "kpi.split": ("Rows per sheet", "ردیف‌ها در هر برگه", "الصفوف في كل ورقة"),
    "chart.per_day": ("Calls per day", "تماس‌ها در روز", "المكالمات يوميًا"),
    "chart.per_agent": ("Calls per agent", "تماس‌های هر کارشناس", "مكالمات كل موظف"),
    "chart.by_status": ("Customers by status", "مشتریان بر اساس وضعیت", "العملاء حسب الحالة"),
    "chart.segments": ("Customers per segment", "مشتریان هر بخش", "العملاء في كل شريحة"),
    "chart.staffing": ("Agents per interval", "کارشناس در هر بازه", "الموظفون في كل فترة"),
    # axis titles, the staffing chart's time slot, printing, and summary notes
    "axis.count": ("Count", "تعداد", "العدد"),
    "axis.day_hour": ("Day and hour", "روز و ساعت", "اليوم والساعة"),
    "col.slot": ("Day and hour", "روز و ساعت", "اليوم والساعة"),
    "print.page": ("Page {page} of {pages}", "صفحه {page} از {pages}", "صفحة {page} من {pages}"),
    "kpi.currency": ("Amounts in", "واحد مبلغ‌ها", "المبالغ بـ"),
    "kpi.no_calls": ("Calls", "تماس‌ها", "المكالمات"),
    "kpi.no_calls_text": ("No calls in this period", "در این دوره تماسی ثبت نشده است", "لا مكالمات في هذه الفترة"),
    "kpi.no_rows": ("Rows", "ردیف‌ها", "الصفوف"),
    "kpi.no_rows_text": (
        "Nothing to list for this period",
        "در این دوره موردی برای فهرست نیست",
        "لا شيء لعرضه في هذه الفترة",
    ),
    "kpi.listed": ("Customers listed", "مشتریان فهرست‌شده", "العملاء المدرجون"),
    "kpi.listed_all": (
        "All customers, whatever the period (the KPIs are the period's)",
        "همه مشتریان، جدا از دوره (شاخص‌ها مربوط به دوره‌اند)",
        "كل العملاء بغض النظر عن الفترة (المؤشرات للفترة)",
    ),
    "kpi.created_in_period": ("Created in the period", "ایجادشده در دوره", "أُنشئوا في الفترة"),
    "kpi.gregorian": ("Gregorian", "میلادی", "ميلادي"),
    # report names, for the printed footer
    "report.calls": ("Calls", "تماس‌ها", "المكالمات"),
    "report.customers": ("Customers", "مشتریان", "العملاء"),
    "report.kpis": ("KPIs", "شاخص‌ها", "المؤشرات"),
    "report.rfm": ("RFM segments", "بخش‌بندی RFM", "شرائح RFM"),
    "report.staffing": ("Staffing", "نیروی لازم", "التوظيف"),
    "report.dataquality": ("Data quality", "کیفیت داده", "جودة البيانات"),
    "report.tickets": ("Tickets", "تیکت‌ها", "التذاكر"),
}


def tr(key: str, lang: str) -> str:
    """The text for `key` in `lang` (English for an unknown language)."""
    en, fa, ar = TEXT[key]
    return {"fa": fa, "ar": ar}.get(lang, en)
