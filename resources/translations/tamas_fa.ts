<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="41"/>
        <source>Tamas cannot start</source>
        <translation>تماس اجرا نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="115"/>
        <source>Show Tamas</source>
        <translation>نمایش تماس</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="116"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="25"/>
        <source>Attach caller %1 to a customer</source>
        <translation>اتصال تماس‌گیرنده %1 به یک مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="28"/>
        <source>Search the customer by name, company or phone</source>
        <translation>جستجوی مشتری با نام، شرکت یا تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="34"/>
        <source>Every call from this number without a customer is attached, and the number is added to the customer&apos;s phones so the next call pops the right card.</source>
        <translation>همهٔ تماس‌های بی‌مشتری این شماره متصل می‌شوند و شماره به تلفن‌های مشتری افزوده می‌شود تا تماس بعدی کارت درست را باز کند.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="40"/>
        <source>Attach</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="56"/>
        <source>Choose a customer in the list first.</source>
        <translation>ابتدا یک مشتری را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="44"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="56"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="57"/>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="62"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="73"/>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="74"/>
        <location filename="../../ui/calls/call_dialog.py" line="120"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="75"/>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="76"/>
        <location filename="../../ui/calls/call_dialog.py" line="120"/>
        <source>Talk time</source>
        <translation>مدت مکالمه</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="77"/>
        <location filename="../../ui/calls/call_dialog.py" line="120"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="78"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="79"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="80"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="81"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>CallerIdSettingsDialog</name>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="115"/>
        <source>Caller ID settings</source>
        <translation>تنظیمات شناسهٔ تماس‌گیرنده</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="126"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="127"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="129"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="260"/>
        <source>test</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="129"/>
        <source>CALL: %1</source>
        <translation>تماس: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="132"/>
        <source>Sources</source>
        <translation>منبع‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="133"/>
        <source>Raw log</source>
        <translation>گزارش خام</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="134"/>
        <source>Block list</source>
        <translation>فهرست مسدود</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="135"/>
        <source>Phone rules</source>
        <translation>قواعد تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="151"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="153"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="155"/>
        <source>Detect devices</source>
        <translation>شناسایی دستگاه‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="156"/>
        <source>Ask every serial port which caller-ID device answers</source>
        <translation>از همهٔ درگاه‌های سریال بپرس کدام دستگاه شناسهٔ تماس پاسخ می‌دهد</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="158"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="250"/>
        <source>Test</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="159"/>
        <source>Open this source now and show what it says in the raw log</source>
        <translation>این منبع را اکنون باز کن و آنچه می‌گوید را در گزارش خام نشان بده</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="223"/>
        <source>Asking every serial port… this takes a few seconds.</source>
        <translation>در حال پرسیدن از همهٔ درگاه‌های سریال… چند ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="233"/>
        <source>No serial ports found. Plug the device in, then try again.</source>
        <translation>درگاه سریالی پیدا نشد. دستگاه را وصل کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="236"/>
        <source>%1 ports found, none answered like a caller-ID device.</source>
        <translation>%1 درگاه پیدا شد، هیچ‌کدام مانند دستگاه شناسهٔ تماس پاسخ نداد.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="240"/>
        <source>Found:</source>
        <translation>پیدا شد:</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="256"/>
        <source>Stop test</source>
        <translation>توقف آزمون</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="265"/>
        <source>Block a number…</source>
        <translation>مسدود کردن شماره…</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="267"/>
        <source>Unblock</source>
        <translation>رفع انسداد</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="271"/>
        <source>Calls from these numbers pop up marked as spam.</source>
        <translation>تماس‌های این شماره‌ها با برچسب مزاحم نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="287"/>
        <source>Block a number</source>
        <translation>مسدود کردن شماره</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="287"/>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="304"/>
        <source>Two-letter country code, e.g. IR, AE, IQ</source>
        <translation>کد دوحرفی کشور، مثلاً IR، AE، IQ</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="306"/>
        <source>Added to 8-digit local numbers, e.g. 21 for Tehran</source>
        <translation>به شماره‌های محلی ۸ رقمی افزوده می‌شود، مثلاً ۲۱ برای تهران</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="307"/>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="311"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="312"/>
        <source>Local area code</source>
        <translation>پیش‌شمارهٔ محلی</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="313"/>
        <source>Missed after</source>
        <translation>از دست رفته پس از</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../ui/formatting.py" line="58"/>
        <source>Inbound</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="59"/>
        <source>Outbound</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="65"/>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="66"/>
        <source>Missed</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="67"/>
        <source>Abandoned</source>
        <translation>رهاشده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="68"/>
        <source>Busy</source>
        <translation>اشغال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="69"/>
        <source>No answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="70"/>
        <source>Ringing</source>
        <translation>در حال زنگ</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="49"/>
        <source>All directions</source>
        <translation>همهٔ جهت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="51"/>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="52"/>
        <source>All reasons</source>
        <translation>همهٔ دلیل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="53"/>
        <source>All agents</source>
        <translation>همهٔ کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="54"/>
        <source>Unknown callers only</source>
        <translation>فقط تماس‌گیرندگان ناشناس</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="55"/>
        <source>Attach to customer…</source>
        <translation>اتصال به مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="56"/>
        <source>Attach the selected unknown caller&apos;s calls to a customer</source>
        <translation>تماس‌های تماس‌گیرندهٔ ناشناس انتخاب‌شده را به یک مشتری متصل کنید</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="58"/>
        <source>Log call…</source>
        <translation>ثبت تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="72"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="74"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="156"/>
        <source>%1 calls shown; scroll for more</source>
        <translation>%1 تماس نمایش داده شد؛ برای بیشتر پایین بروید</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="156"/>
        <source>%1 calls</source>
        <translation>%1 تماس</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/reports/charts.py" line="65"/>
        <source>Save chart</source>
        <translation>ذخیرهٔ نمودار</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="31"/>
        <location filename="../../ui/calls/missed_view.py" line="20"/>
        <source>(unknown caller)</source>
        <translation>(تماس‌گیرنده ناشناس)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="33"/>
        <location filename="../../ui/calls/missed_view.py" line="26"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="22"/>
        <location filename="../../ui/customers/customer_card.py" line="38"/>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="39"/>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="40"/>
        <location filename="../../ui/customers/customers_view.py" line="41"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="24"/>
        <location filename="../../ui/customers/customer_card.py" line="42"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="44"/>
        <source>Talk</source>
        <translation>مکالمه</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="45"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="46"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="47"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="49"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="37"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="38"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="39"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="40"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="35"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="43"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="27"/>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="28"/>
        <source>Tries in 7 days</source>
        <translation>تلاش در ۷ روز</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="36"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="37"/>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="38"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="39"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="40"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="41"/>
        <source>From a call</source>
        <translation>از تماس</translation>
    </message>
</context>
<context>
    <name>CustomerCardWindow</name>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="72"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="74"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="94"/>
        <location filename="../../ui/customers/customer_card.py" line="174"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="97"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="98"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="105"/>
        <source>Edit (Ctrl+E)</source>
        <translation>ویرایش (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="107"/>
        <source>Log call (Ctrl+L)</source>
        <translation>ثبت تماس (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="109"/>
        <source>Call… (Ctrl+D)</source>
        <translation>تماس… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="110"/>
        <source>Dial one of this customer&apos;s numbers through the modem</source>
        <translation>یکی از شماره‌های این مشتری را با مودم بگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="114"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="131"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="157"/>
        <source>Lifetime value: %1 IRR</source>
        <translation>ارزش کل: %1 ریال</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="165"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="170"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="171"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="172"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="173"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="175"/>
        <source>Last call</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="176"/>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="177"/>
        <source>Updated</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="198"/>
        <source>%1 calls shown; scroll for more</source>
        <translation>%1 تماس نمایش داده شد؛ برای بیشتر پایین بروید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="198"/>
        <source>%1 calls</source>
        <translation>%1 تماس</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="74"/>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="74"/>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="86"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="87"/>
        <location filename="../../ui/customers/customer_form.py" line="117"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="97"/>
        <source>Comma separated, e.g. VIP, wholesale</source>
        <translation>با ویرگول جدا کنید، مثلاً VIP، عمده</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="99"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="100"/>
        <source>Do not text</source>
        <translation>پیامک نفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="101"/>
        <source>Do not email</source>
        <translation>ایمیل نفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="106"/>
        <source>Add phone</source>
        <translation>افزودن تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="115"/>
        <source>Name *</source>
        <translation>نام *</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="116"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="118"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="119"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="120"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="121"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="122"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="123"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="124"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="128"/>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="129"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>CustomerValueView</name>
    <message>
        <location filename="../../ui/reports/value_view.py" line="67"/>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="67"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="67"/>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="79"/>
        <source>Cumulative share of value by customers, best first</source>
        <translation>سهم انباشتهٔ ارزش بر پایهٔ مشتریان، از بهترین</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="82"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="82"/>
        <source>Days since last contact</source>
        <translation>روز از آخرین ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="82"/>
        <source>Usual gap (days)</source>
        <translation>فاصلهٔ معمول (روز)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="82"/>
        <source>Overdue ×</source>
        <translation>چند برابر دیرکرد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="88"/>
        <source>Call the selected customer</source>
        <translation>تماس با مشتری انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="102"/>
        <source>Save as PNG…</source>
        <translation>ذخیره به‌صورت PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="107"/>
        <source>Customers whose silence is over 1.5 times their own usual gap (3+ contacts).</source>
        <translation>مشتریانی که سکوتشان بیش از ۱٫۵ برابر فاصلهٔ معمول خودشان است (دست‌کم ۳ ارتباط).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="111"/>
        <source>RFM segments</source>
        <translation>بخش‌های RFM</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="112"/>
        <source>Pareto / ABC</source>
        <translation>پارتو / ABC</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="113"/>
        <source>Churn risk</source>
        <translation>خطر ریزش</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="115"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="126"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="146"/>
        <source>%1% of customers (%2) give %3% of the value of the last 365 days. A: %4, B: %5, C: %6.</source>
        <translation>%1٪ مشتریان (%2 نفر) %3٪ ارزش ۳۶۵ روز گذشته را می‌سازند. A: %4، B: %5، C: %6.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="153"/>
        <source>No orders in the last 365 days: record orders on the customer cards.</source>
        <translation>در ۳۶۵ روز گذشته سفارشی نیست: سفارش‌ها را در کارت مشتری ثبت کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="164"/>
        <source>Updated %1</source>
        <translation>به‌روز شده %1</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../ui/formatting.py" line="76"/>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="77"/>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="78"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="79"/>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="86"/>
        <source>Landline</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="87"/>
        <source>Work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="88"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="108"/>
        <source>Search by name, company, email or any phone number (Ctrl+F)</source>
        <translation>جستجو با نام، شرکت، ایمیل یا هر شماره تلفن (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="111"/>
        <source>Show only the customers of one RFM segment (recency, frequency, value)</source>
        <translation>فقط مشتریان یک بخش RFM (تازگی، تکرار، ارزش)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="112"/>
        <source>All customers</source>
        <translation>همهٔ مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="163"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="165"/>
        <source>No customers yet. Press Ctrl+N to add the first one.</source>
        <translation>هنوز مشتری‌ای نیست. برای افزودن اولین مشتری Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="167"/>
        <source>No customer matches “%1”. Press Ctrl+N to add one.</source>
        <translation>هیچ مشتری‌ای با «%1» جور نیست. برای افزودن Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="170"/>
        <source>%1 customers shown; scroll for more</source>
        <translation>%1 مشتری نمایش داده شد؛ برای بیشتر پایین بروید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="172"/>
        <source>%1 customers</source>
        <translation>%1 مشتری</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="56"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="57"/>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="58"/>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="59"/>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="60"/>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="61"/>
        <source>Custom</source>
        <translation>دلخواه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="78"/>
        <source>Calls per hour today</source>
        <translation>تماس‌ها در هر ساعت امروز</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="79"/>
        <source>Calls per day</source>
        <translation>تماس‌ها در هر روز</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="80"/>
        <source>Inbound calls by weekday and hour</source>
        <translation>تماس‌های ورودی بر پایهٔ روز هفته و ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="81"/>
        <source>Top call reasons</source>
        <translation>دلیل‌های پرتکرار تماس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="85"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="86"/>
        <location filename="../../ui/reports/dashboard.py" line="257"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="87"/>
        <location filename="../../ui/reports/dashboard.py" line="106"/>
        <location filename="../../ui/reports/dashboard.py" line="244"/>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="88"/>
        <source>Talk time</source>
        <translation>مدت مکالمه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="89"/>
        <location filename="../../ui/reports/dashboard.py" line="111"/>
        <source>Average handle time</source>
        <translation>میانگین زمان رسیدگی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="90"/>
        <source>Missed</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="101"/>
        <source>Share of offered calls answered within %1 seconds; abandoned calls count as offered.</source>
        <translation>سهم تماس‌های ورودی که در %1 ثانیه پاسخ داده شدند؛ تماس‌های رهاشده هم شمرده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Answered inbound calls with no repeat call from the same number within 7 days.</source>
        <translation>تماس‌های ورودی پاسخ‌داده که تا ۷ روز از همان شماره تماس دوباره‌ای نداشتند.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>Answered calls (both directions) per agent who answered.</source>
        <translation>تماس‌های پاسخ‌داده (هر دو جهت) برای هر کارشناسی که پاسخ داده است.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="105"/>
        <source>Offered</source>
        <translation>ورودی‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="105"/>
        <source>Inbound calls that reached us (ringing calls excluded).</source>
        <translation>تماس‌های ورودی رسیده (بدون تماس‌های در حال زنگ).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="106"/>
        <source>Inbound calls an agent answered.</source>
        <translation>تماس‌های ورودی که کارشناسی پاسخ داد.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="107"/>
        <source>Missed / abandoned</source>
        <translation>از دست رفته / رهاشده</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="107"/>
        <source>Inbound calls nobody answered: missed plus abandoned.</source>
        <translation>تماس‌های ورودی بی‌پاسخ: از دست رفته به‌اضافهٔ رهاشده.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="108"/>
        <source>Abandonment rate</source>
        <translation>نرخ رهاشدن</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="108"/>
        <source>Unanswered inbound calls divided by offered calls.</source>
        <translation>تماس‌های ورودی بی‌پاسخ تقسیم بر همهٔ ورودی‌ها.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="109"/>
        <source>Service level</source>
        <translation>سطح خدمت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="110"/>
        <source>Average speed of answer</source>
        <translation>میانگین سرعت پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="110"/>
        <source>Average ring time of answered inbound calls.</source>
        <translation>میانگین زمان زنگ تماس‌های ورودی پاسخ‌داده.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="111"/>
        <source>Average talk time of answered calls, both directions.</source>
        <translation>میانگین مدت مکالمهٔ تماس‌های پاسخ‌داده در هر دو جهت.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="112"/>
        <source>Calls per agent</source>
        <translation>تماس برای هر کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="113"/>
        <source>First contact resolution</source>
        <translation>حل در نخستین تماس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="114"/>
        <source>Revenue per call</source>
        <translation>درآمد هر تماس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="114"/>
        <source>Order revenue in the period divided by answered calls.</source>
        <translation>درآمد سفارش‌های دوره تقسیم بر تماس‌های پاسخ‌داده.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="120"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="123"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="141"/>
        <source>Save as PNG…</source>
        <translation>ذخیره به‌صورت PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="149"/>
        <source>Agents</source>
        <translation>کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="196"/>
        <source>The end date is before the start date.</source>
        <translation>تاریخ پایان پیش از تاریخ شروع است.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="198"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="237"/>
        <source>Inbound</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="238"/>
        <source>Outbound</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="245"/>
        <source>Not answered</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="271"/>
        <source>Updated %1</source>
        <translation>به‌روز شده %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/messages.py" line="12"/>
        <source>This field is required.</source>
        <translation>پر کردن این خانه لازم است.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="13"/>
        <source>“%1” is not an email address (expected name@example.com).</source>
        <translation>«%1» نشانی ایمیل نیست (نمونه: name@example.com).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="16"/>
        <source>“%1” cannot be a phone number: type 3 to 17 digits.</source>
        <translation>«%1» نمی‌تواند شمارهٔ تلفن باشد: ۳ تا ۱۷ رقم وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19"/>
        <source>“%1” is not an amount: type digits, e.g. 1250000.</source>
        <translation>«%1» مبلغ نیست: عدد وارد کنید، مثلاً 1250000.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>“%1” is already in this list.</source>
        <translation>«%1» در این فهرست هست.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Choose one of the listed values.</source>
        <translation>یکی از گزینه‌های فهرست را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>This value is out of range.</source>
        <translation>این مقدار خارج از محدوده است.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>This record no longer exists (another seat may have deleted it).</source>
        <translation>این رکورد دیگر وجود ندارد (شاید کاربر دیگری آن را حذف کرده باشد).</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../ui/lookup_editor.py" line="120"/>
        <source>Translations of “%1”</source>
        <translation>ترجمه‌های «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="127"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="128"/>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="129"/>
        <source>Leave a language empty to show the value as typed.</source>
        <translation>اگر زبانی را خالی بگذارید، مقدار همان‌طور که نوشته شده نمایش داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>LookupEditor</name>
    <message>
        <location filename="../../ui/lookup_editor.py" line="33"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="34"/>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="35"/>
        <source>Translations…</source>
        <translation>ترجمه‌ها…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="37"/>
        <location filename="../../ui/lookup_editor.py" line="80"/>
        <source>Retire</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="43"/>
        <source>Retired values stay on old calls but are no longer offered.</source>
        <translation>گزینه‌های کنارگذاشته روی تماس‌های قدیمی می‌مانند ولی دیگر پیشنهاد نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="66"/>
        <source>%1 (retired)</source>
        <translation>%1 (کنارگذاشته)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="80"/>
        <source>Bring back</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="83"/>
        <source>New value:</source>
        <translation>مقدار جدید:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="91"/>
        <source>Rename to:</source>
        <translation>نام جدید:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Tamas — customers and calls</source>
        <translation>تماس — مشتریان و تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Missed calls</source>
        <translation>تماس‌های از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Customer value</source>
        <translation>ارزش مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Staffing</source>
        <translation>برنامهٔ نیرو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Caller ID: not set up</source>
        <translation>شناسهٔ تماس: راه‌اندازی نشده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Agent: %1</source>
        <translation>کارشناس: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;New customer…</source>
        <translation>مشتری &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Log call…</source>
        <translation>&amp;ثبت تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Open customer card</source>
        <translation>&amp;باز کردن کارت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Edit customer…</source>
        <translation>&amp;ویرایش مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Delete customer…</source>
        <translation>&amp;حذف مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Find customer</source>
        <translation>&amp;یافتن مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Caller &amp;ID</source>
        <translation>&amp;شناسهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Simulate incoming call</source>
        <translation>&amp;شبیه‌سازی تماس ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Replay a capture file…</source>
        <translation>&amp;پخش دوبارهٔ فایل ضبط‌شده…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Dial a number…</source>
        <translation>&amp;گرفتن شماره…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Caller ID &amp;settings…</source>
        <translation>&amp;تنظیمات شناسهٔ تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Settings</source>
        <translation>&amp;تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Calendar</source>
        <translation>&amp;تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالی (هجری شمسی)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Call &amp;reasons…</source>
        <translation>&amp;دلیل‌های تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Call &amp;outcomes…</source>
        <translation>&amp;نتیجه‌های تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;About Tamas</source>
        <translation>&amp;دربارهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Delete customer</source>
        <translation>حذف مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Delete “%1”? Their calls are kept. You can undo this with Ctrl+Z.</source>
        <translation>«%1» حذف شود؟ تماس‌هایش می‌مانند. با Ctrl+Z می‌توانید برگردانید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>“%1” deleted. Press Ctrl+Z to undo.</source>
        <translation>«%1» حذف شد. برای بازگرداندن Ctrl+Z را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Replay a caller-ID capture</source>
        <translation>پخش دوبارهٔ ضبط شناسهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>replay</source>
        <translation>پخش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>connected</source>
        <translation>وصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>reconnecting…</source>
        <translation>در حال اتصال دوباره…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Caller ID: %1</source>
        <translation>شناسهٔ تماس: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>%1 is unplugged or not answering; reconnecting…</source>
        <translation>%1 جدا شده یا پاسخ نمی‌دهد؛ در حال اتصال دوباره…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Dialling %1…</source>
        <translation>در حال گرفتن %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>No modem connected: dial %1 on the phone, then save the call.</source>
        <translation>مودمی وصل نیست: %1 را با تلفن بگیرید و سپس تماس را ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>Dial a number</source>
        <translation>گرفتن شماره</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Call reasons</source>
        <translation>دلیل‌های تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Call outcomes</source>
        <translation>نتیجه‌های تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>About Tamas</source>
        <translation>دربارهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Tamas keeps your customers and calls, and shows who is calling before you answer.</source>
        <translation>تماس مشتریان و تماس‌های شما را نگه می‌دارد و پیش از پاسخ دادن نشان می‌دهد چه کسی زنگ می‌زند.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Tamas</source>
        <translation>تماس</translation>
    </message>
</context>
<context>
    <name>MissedCallsView</name>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="42"/>
        <source>Call back</source>
        <translation>تماس دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="43"/>
        <source>Dial the selected number through the modem and log the call</source>
        <translation>شمارهٔ انتخاب‌شده را با مودم بگیرید و تماس را ثبت کنید</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="48"/>
        <source>Missed calls that nobody has returned yet</source>
        <translation>تماس‌های از دست رفته‌ای که هنوز کسی پاسخشان را نداده</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="76"/>
        <source>%1 missed calls to return</source>
        <translation>%1 تماس از دست رفته برای پاسخ</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="50"/>
        <source>Add order</source>
        <translation>افزودن سفارش</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="63"/>
        <source>(not from a call)</source>
        <translation>(بدون تماس)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="67"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="67"/>
        <source>Product *</source>
        <translation>کالا *</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="68"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="68"/>
        <source>Amount *</source>
        <translation>مبلغ *</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="69"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="69"/>
        <source>From the call</source>
        <translation>از تماس</translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="118"/>
        <source>Add order… (Ctrl+Shift+O)</source>
        <translation>افزودن سفارش… (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="123"/>
        <source>%1 orders</source>
        <translation>%1 سفارش</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="42"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="43"/>
        <source>Remove this phone number</source>
        <translation>حذف این شمارهٔ تلفن</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="36"/>
        <source>Calls: every call in the period</source>
        <translation>تماس‌ها: همهٔ تماس‌های دوره</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="37"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="38"/>
        <source>KPIs per day and per agent</source>
        <translation>شاخص‌ها برای هر روز و هر کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="39"/>
        <source>RFM segments and customer value</source>
        <translation>بخش‌های RFM و ارزش مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="40"/>
        <source>Staffing plan (Erlang C)</source>
        <translation>برنامهٔ نیرو (Erlang C)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="53"/>
        <source>Export to Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="55"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="62"/>
        <source>Open the workbook</source>
        <translation>باز کردن فایل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="67"/>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="68"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="69"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="70"/>
        <source>Language of the workbook</source>
        <translation>زبان فایل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="90"/>
        <source>Save the workbook</source>
        <translation>ذخیرهٔ فایل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="97"/>
        <source>The end date is before the start date.</source>
        <translation>تاریخ پایان پیش از تاریخ شروع است.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="105"/>
        <source>Exporting…</source>
        <translation>در حال ساخت خروجی…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="120"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="138"/>
        <source>Saved %1: %2 rows in %3 s.</source>
        <translation>%1 ذخیره شد: %2 ردیف در %3 ثانیه.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="148"/>
        <source>Cancelled. No file was written.</source>
        <translation>لغو شد. فایلی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="151"/>
        <source>Could not write the file: %1. Choose another folder.</source>
        <translation>فایل نوشته نشد: %1. پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="154"/>
        <source>The export failed: %1</source>
        <translation>ساخت خروجی ناموفق بود: %1</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="87"/>
        <source>Could not save: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>ScreenPopWindow</name>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="39"/>
        <source>Incoming call</source>
        <translation>تماس ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="50"/>
        <source>Spam / blocked</source>
        <translation>مزاحم / مسدود</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="52"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="59"/>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="61"/>
        <source>Caller ID name</source>
        <translation>نام شناسهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="63"/>
        <source>Open tickets</source>
        <translation>درخواست‌های باز</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="65"/>
        <source>Lifetime value</source>
        <translation>ارزش کل</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="71"/>
        <source>Last calls</source>
        <translation>آخرین تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="71"/>
        <source>First call from this number</source>
        <translation>نخستین تماس از این شماره</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="73"/>
        <source>(reason)</source>
        <translation>(دلیل)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="80"/>
        <source>Notes for this call</source>
        <translation>یادداشت این تماس</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="85"/>
        <source>Open card</source>
        <translation>باز کردن کارت</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="88"/>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="91"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="94"/>
        <source>Not now</source>
        <translation>اکنون نه</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="118"/>
        <source>Private number</source>
        <translation>شمارهٔ خصوصی</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="119"/>
        <source>Number unavailable</source>
        <translation>شماره در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="123"/>
        <source>Unknown caller</source>
        <translation>تماس‌گیرندهٔ ناشناس</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../ui/formatting.py" line="101"/>
        <source>Champions</source>
        <translation>قهرمانان</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="102"/>
        <source>Loyal</source>
        <translation>وفادار</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="103"/>
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="104"/>
        <source>Promising</source>
        <translation>امیدبخش</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="105"/>
        <source>Potential loyalists</source>
        <translation>وفاداران بالقوه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="106"/>
        <source>Need attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="107"/>
        <source>About to sleep</source>
        <translation>در آستانهٔ خواب</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="108"/>
        <source>Can&apos;t lose them</source>
        <translation>نباید از دستشان داد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="109"/>
        <source>At risk</source>
        <translation>در خطر</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="110"/>
        <source>Hibernating</source>
        <translation>خفته</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="111"/>
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="112"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="66"/>
        <source>A serial port such as COM3 or /dev/ttyUSB0</source>
        <translation>یک درگاه سریال مانند COM3 یا /dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="69"/>
        <source>Empty: try AT+VCID=1, AT#CID=1, … in turn</source>
        <translation>خالی: به‌ترتیب AT+VCID=1، AT#CID=1، … امتحان می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="72"/>
        <source>Use this source</source>
        <translation>استفاده از این منبع</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="74"/>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="75"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="76"/>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="77"/>
        <source>Speed (baud)</source>
        <translation>سرعت (باود)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="78"/>
        <source>Enable string</source>
        <translation>رشتهٔ فعال‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="79"/>
        <source>NCID host</source>
        <translation>میزبان NCID</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="80"/>
        <source>NCID port</source>
        <translation>درگاه NCID</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../ui/callerid/source_config.py" line="21"/>
        <source>Voice/data modem (Hayes AT)</source>
        <translation>مودم صوت/داده (Hayes AT)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/source_config.py" line="22"/>
        <source>CallerID.com Whozz Calling</source>
        <translation>CallerID.com Whozz Calling</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/source_config.py" line="23"/>
        <source>Iranian multi-line USB box</source>
        <translation>جعبهٔ چندخطی USB ایرانی</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/source_config.py" line="24"/>
        <source>Raw MDMF box (virtual COM port)</source>
        <translation>جعبهٔ MDMF خام (درگاه COM مجازی)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/source_config.py" line="25"/>
        <source>NCID server (network)</source>
        <translation>سرور NCID (شبکه)</translation>
    </message>
</context>
<context>
    <name>StaffingView</name>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="67"/>
        <source>Share of calls to answer within the threshold</source>
        <translation>سهم تماس‌هایی که باید در آستانه پاسخ داده شوند</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="68"/>
        <location filename="../../ui/reports/staffing_view.py" line="72"/>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="69"/>
        <source>The service-level threshold: answered within this many seconds</source>
        <translation>آستانهٔ سطح خدمت: پاسخ در این تعداد ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="70"/>
        <source>Highest share of time an agent may be busy on calls</source>
        <translation>بیشترین سهم زمانی که کارشناس می‌تواند درگیر تماس باشد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="71"/>
        <source>Share of paid time agents are not on the phones (breaks, leave)</source>
        <translation>سهم زمان کاری که کارشناسان پای تلفن نیستند (استراحت، مرخصی)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="73"/>
        <source>measured</source>
        <translation>اندازه‌گیری‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="74"/>
        <source>Average handle time; 0 uses the average of the last 8 weeks</source>
        <translation>میانگین زمان رسیدگی؛ ۰ یعنی میانگین ۸ هفتهٔ گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="79"/>
        <source>Past weeks: forecast against actual inbound calls</source>
        <translation>هفته‌های گذشته: پیش‌بینی در برابر تماس‌های ورودی واقعی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="94"/>
        <source>Service-level target</source>
        <translation>هدف سطح خدمت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="95"/>
        <source>Answer within</source>
        <translation>پاسخ در</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="96"/>
        <source>Maximum occupancy</source>
        <translation>بیشینهٔ اشغال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="97"/>
        <source>Shrinkage</source>
        <translation>کاهش نیرو</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="98"/>
        <source>Average handle time</source>
        <translation>میانگین زمان رسیدگی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="99"/>
        <source>Save chart as PNG…</source>
        <translation>ذخیرهٔ نمودار به‌صورت PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="120"/>
        <source>Computing…</source>
        <translation>در حال محاسبه…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="143"/>
        <source>%1 calls expected; %2 agents on the phones, %3 scheduled; service level %4, occupancy %5</source>
        <translation>%1 تماس پیش‌بینی‌شده؛ %2 کارشناس پای تلفن، %3 در برنامه؛ سطح خدمت %4، اشغال %5</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="151"/>
        <source>Week from %1: %2 inbound calls expected, %3 agent-hours scheduled.</source>
        <translation>هفته از %1: %2 تماس ورودی پیش‌بینی‌شده، %3 ساعت-کارشناس در برنامه.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="156"/>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="157"/>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="161"/>
        <source>Average forecast error over the last %1 weeks: %2 (WAPE).</source>
        <translation>میانگین خطای پیش‌بینی در %1 هفتهٔ گذشته: %2 (WAPE).</translation>
    </message>
</context>
</TS>
