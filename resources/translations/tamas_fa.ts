<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="38" />
        <source>Tamas cannot start</source>
        <translation>تماس اجرا نمی‌شود</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../ui/attach_dialog.py" line="25" />
        <source>Attach caller %1 to a customer</source>
        <translation>اتصال تماس‌گیرنده %1 به یک مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/attach_dialog.py" line="28" />
        <source>Search the customer by name, company or phone</source>
        <translation>جستجوی مشتری با نام، شرکت یا تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/attach_dialog.py" line="34" />
        <source>Every call from this number without a customer is attached, and the number is added to the customer's phones so the next call pops the right card.</source>
        <translation>همهٔ تماس‌های بی‌مشتری این شماره متصل می‌شوند و شماره به تلفن‌های مشتری افزوده می‌شود تا تماس بعدی کارت درست را باز کند.</translation>
    </message>
    <message>
        <location filename="../../ui/attach_dialog.py" line="40" />
        <source>Attach</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/attach_dialog.py" line="56" />
        <source>Choose a customer in the list first.</source>
        <translation>ابتدا یک مشتری را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/call_dialog.py" line="52" />
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="64" />
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="65" />
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="70" />
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="85" />
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="86" />
        <location filename="../../ui/call_dialog.py" line="140" />
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="87" />
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="88" />
        <location filename="../../ui/call_dialog.py" line="140" />
        <source>Talk time</source>
        <translation>مدت مکالمه</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="89" />
        <location filename="../../ui/call_dialog.py" line="140" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="90" />
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="91" />
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="92" />
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="93" />
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../ui/formatting.py" line="57" />
        <source>Inbound</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="58" />
        <source>Outbound</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="64" />
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="65" />
        <source>Missed</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="66" />
        <source>Abandoned</source>
        <translation>رهاشده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="67" />
        <source>Busy</source>
        <translation>اشغال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="68" />
        <source>No answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="69" />
        <source>Ringing</source>
        <translation>در حال زنگ</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../ui/calls_view.py" line="49" />
        <source>All directions</source>
        <translation>همهٔ جهت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="51" />
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="52" />
        <source>All reasons</source>
        <translation>همهٔ دلیل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="53" />
        <source>All agents</source>
        <translation>همهٔ کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="54" />
        <source>Unknown callers only</source>
        <translation>فقط تماس‌گیرندگان ناشناس</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="55" />
        <source>Attach to customer…</source>
        <translation>اتصال به مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="56" />
        <source>Attach the selected unknown caller's calls to a customer</source>
        <translation>تماس‌های تماس‌گیرندهٔ ناشناس انتخاب‌شده را به یک مشتری متصل کنید</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="58" />
        <source>Log call…</source>
        <translation>ثبت تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="72" />
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="74" />
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="156" />
        <source>%1 calls shown; scroll for more</source>
        <translation>%1 تماس نمایش داده شد؛ برای بیشتر پایین بروید</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="156" />
        <source>%1 calls</source>
        <translation>%1 تماس</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/calls_view.py" line="31" />
        <source>(unknown caller)</source>
        <translation>(تماس‌گیرنده ناشناس)</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="33" />
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="34" />
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="35" />
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="36" />
        <location filename="../../ui/customers_view.py" line="26" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="37" />
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="38" />
        <source>Talk</source>
        <translation>مکالمه</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="39" />
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="40" />
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="41" />
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="43" />
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="22" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="23" />
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="24" />
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="25" />
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="27" />
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="28" />
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
</context>
<context>
    <name>CustomerCardWindow</name>
    <message>
        <location filename="../../ui/customer_card.py" line="62" />
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="64" />
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="84" />
        <location filename="../../ui/customer_card.py" line="144" />
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="85" />
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="90" />
        <source>Edit (Ctrl+E)</source>
        <translation>ویرایش (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="92" />
        <source>Log call (Ctrl+L)</source>
        <translation>ثبت تماس (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="94" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="110" />
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="135" />
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="140" />
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="141" />
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="142" />
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="143" />
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="145" />
        <source>Last call</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="146" />
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="147" />
        <source>Updated</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="163" />
        <source>%1 calls shown; scroll for more</source>
        <translation>%1 تماس نمایش داده شد؛ برای بیشتر پایین بروید</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="163" />
        <source>%1 calls</source>
        <translation>%1 تماس</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customer_form.py" line="82" />
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="82" />
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="102" />
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="103" />
        <location filename="../../ui/customer_form.py" line="133" />
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="113" />
        <source>Comma separated, e.g. VIP, wholesale</source>
        <translation>با ویرگول جدا کنید، مثلاً VIP، عمده</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="115" />
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="116" />
        <source>Do not text</source>
        <translation>پیامک نفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="117" />
        <source>Do not email</source>
        <translation>ایمیل نفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="122" />
        <source>Add phone</source>
        <translation>افزودن تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="131" />
        <source>Name *</source>
        <translation>نام *</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="132" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="134" />
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="135" />
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="136" />
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="137" />
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="138" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="139" />
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="140" />
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="144" />
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="145" />
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="245" />
        <source>Could not save: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../ui/formatting.py" line="75" />
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="76" />
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="77" />
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="78" />
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="84" />
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85" />
        <source>Landline</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="86" />
        <source>Work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="87" />
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="76" />
        <source>Search by name, company, email or any phone number (Ctrl+F)</source>
        <translation>جستجو با نام، شرکت، ایمیل یا هر شماره تلفن (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="107" />
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="109" />
        <source>No customers yet. Press Ctrl+N to add the first one.</source>
        <translation>هنوز مشتری‌ای نیست. برای افزودن اولین مشتری Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="111" />
        <source>No customer matches “%1”. Press Ctrl+N to add one.</source>
        <translation>هیچ مشتری‌ای با «%1» جور نیست. برای افزودن Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="114" />
        <source>%1 customers shown; scroll for more</source>
        <translation>%1 مشتری نمایش داده شد؛ برای بیشتر پایین بروید</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="116" />
        <source>%1 customers</source>
        <translation>%1 مشتری</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/messages.py" line="12" />
        <source>This field is required.</source>
        <translation>پر کردن این خانه لازم است.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="13" />
        <source>“%1” is not an email address (expected name@example.com).</source>
        <translation>«%1» نشانی ایمیل نیست (نمونه: name@example.com).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="16" />
        <source>“%1” cannot be a phone number: type 3 to 17 digits.</source>
        <translation>«%1» نمی‌تواند شمارهٔ تلفن باشد: ۳ تا ۱۷ رقم وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19" />
        <source>“%1” is already in this list.</source>
        <translation>«%1» در این فهرست هست.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20" />
        <source>Choose one of the listed values.</source>
        <translation>یکی از گزینه‌های فهرست را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21" />
        <source>This value is out of range.</source>
        <translation>این مقدار خارج از محدوده است.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27" />
        <source>This record no longer exists (another seat may have deleted it).</source>
        <translation>این رکورد دیگر وجود ندارد (شاید کاربر دیگری آن را حذف کرده باشد).</translation>
    </message>
</context>
<context>
    <name>LookupEditor</name>
    <message>
        <location filename="../../ui/lookup_editor.py" line="30" />
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="31" />
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="32" />
        <location filename="../../ui/lookup_editor.py" line="72" />
        <source>Retire</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="38" />
        <source>Retired values stay on old calls but are no longer offered.</source>
        <translation>گزینه‌های کنارگذاشته روی تماس‌های قدیمی می‌مانند ولی دیگر پیشنهاد نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="58" />
        <source>%1 (retired)</source>
        <translation>%1 (کنارگذاشته)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="72" />
        <source>Bring back</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="75" />
        <source>New value:</source>
        <translation>مقدار جدید:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="83" />
        <source>Rename to:</source>
        <translation>نام جدید:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="29" />
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45" />
        <source>Tamas — customers and calls</source>
        <translation>تماس — مشتریان و تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65" />
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66" />
        <source>Agent: %1</source>
        <translation>کارشناس: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>&amp;New customer…</source>
        <translation>مشتری &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>&amp;Log call…</source>
        <translation>&amp;ثبت تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>&amp;Open customer card</source>
        <translation>&amp;باز کردن کارت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>&amp;Edit customer…</source>
        <translation>&amp;ویرایش مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>&amp;Delete customer…</source>
        <translation>&amp;حذف مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>&amp;Find customer</source>
        <translation>&amp;یافتن مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>&amp;Settings</source>
        <translation>&amp;تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Calendar</source>
        <translation>&amp;تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالی (هجری شمسی)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Call &amp;reasons…</source>
        <translation>&amp;دلیل‌های تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>Call &amp;outcomes…</source>
        <translation>&amp;نتیجه‌های تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;About Tamas</source>
        <translation>&amp;دربارهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>Delete customer</source>
        <translation>حذف مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Delete “%1”? Their calls are kept. You can undo this with Ctrl+Z.</source>
        <translation>«%1» حذف شود؟ تماس‌هایش می‌مانند. با Ctrl+Z می‌توانید برگردانید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>“%1” deleted. Press Ctrl+Z to undo.</source>
        <translation>«%1» حذف شد. برای بازگرداندن Ctrl+Z را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>Call reasons</source>
        <translation>دلیل‌های تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>Call outcomes</source>
        <translation>نتیجه‌های تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>About Tamas</source>
        <translation>دربارهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Tamas keeps your customers and calls, and shows who is calling before you answer.</source>
        <translation>تماس مشتریان و تماس‌های شما را نگه می‌دارد و پیش از پاسخ دادن نشان می‌دهد چه کسی زنگ می‌زند.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Tamas</source>
        <translation>تماس</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <location filename="../../ui/customer_form.py" line="46" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="47" />
        <source>Remove this phone number</source>
        <translation>حذف این شمارهٔ تلفن</translation>
    </message>
</context>
</TS>