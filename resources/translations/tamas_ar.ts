<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="41"/>
        <source>Tamas cannot start</source>
        <translation>تعذّر تشغيل تماس</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="115"/>
        <source>Show Tamas</source>
        <translation>إظهار تماس</translation>
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
        <translation>ربط المتصل %1 بعميل</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="28"/>
        <source>Search the customer by name, company or phone</source>
        <translation>ابحث عن العميل بالاسم أو الشركة أو الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="34"/>
        <source>Every call from this number without a customer is attached, and the number is added to the customer&apos;s phones so the next call pops the right card.</source>
        <translation>تُربط كل مكالمات هذا الرقم غير المرتبطة بعميل، ويُضاف الرقم إلى هواتف العميل ليظهر ملفه الصحيح في المكالمة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="40"/>
        <source>Attach</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="56"/>
        <source>Choose a customer in the list first.</source>
        <translation>اختر عميلاً من القائمة أولاً.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="44"/>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="56"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="57"/>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="62"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="73"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="74"/>
        <location filename="../../ui/calls/call_dialog.py" line="120"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="75"/>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="76"/>
        <location filename="../../ui/calls/call_dialog.py" line="120"/>
        <source>Talk time</source>
        <translation>مدة المحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="77"/>
        <location filename="../../ui/calls/call_dialog.py" line="120"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="78"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="79"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="80"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="81"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>CallerIdSettingsDialog</name>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="115"/>
        <source>Caller ID settings</source>
        <translation>إعدادات معرّف المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="126"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="127"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="129"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="260"/>
        <source>test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="129"/>
        <source>CALL: %1</source>
        <translation>مكالمة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="132"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="133"/>
        <source>Raw log</source>
        <translation>السجل الخام</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="134"/>
        <source>Block list</source>
        <translation>قائمة الحظر</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="135"/>
        <source>Phone rules</source>
        <translation>قواعد الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="151"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="153"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="155"/>
        <source>Detect devices</source>
        <translation>اكتشاف الأجهزة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="156"/>
        <source>Ask every serial port which caller-ID device answers</source>
        <translation>اسأل كل منفذ تسلسلي أي جهاز معرّف متصل يجيب</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="158"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="250"/>
        <source>Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="159"/>
        <source>Open this source now and show what it says in the raw log</source>
        <translation>افتح هذا المصدر الآن واعرض ما يرسله في السجل الخام</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="223"/>
        <source>Asking every serial port… this takes a few seconds.</source>
        <translation>جارٍ سؤال كل المنافذ التسلسلية… يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="233"/>
        <source>No serial ports found. Plug the device in, then try again.</source>
        <translation>لم يُعثر على منافذ تسلسلية. صِل الجهاز ثم حاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="236"/>
        <source>%1 ports found, none answered like a caller-ID device.</source>
        <translation>عُثر على %1 منفذ، ولم يجب أي منها كجهاز معرّف متصل.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="240"/>
        <source>Found:</source>
        <translation>عُثر على:</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="256"/>
        <source>Stop test</source>
        <translation>إيقاف الاختبار</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="265"/>
        <source>Block a number…</source>
        <translation>حظر رقم…</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="267"/>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="271"/>
        <source>Calls from these numbers pop up marked as spam.</source>
        <translation>تظهر مكالمات هذه الأرقام موسومة كإزعاج.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="287"/>
        <source>Block a number</source>
        <translation>حظر رقم</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="287"/>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="304"/>
        <source>Two-letter country code, e.g. IR, AE, IQ</source>
        <translation>رمز الدولة من حرفين، مثل IR، AE، IQ</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="306"/>
        <source>Added to 8-digit local numbers, e.g. 21 for Tehran</source>
        <translation>يُضاف إلى الأرقام المحلية ذات 8 أرقام، مثل 21 لطهران</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="307"/>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="311"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="312"/>
        <source>Local area code</source>
        <translation>رمز المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="313"/>
        <source>Missed after</source>
        <translation>تُعدّ فائتة بعد</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../ui/formatting.py" line="58"/>
        <source>Inbound</source>
        <translation>واردة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="59"/>
        <source>Outbound</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="65"/>
        <source>Answered</source>
        <translation>مُجابة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="66"/>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="67"/>
        <source>Abandoned</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="68"/>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="69"/>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="70"/>
        <source>Ringing</source>
        <translation>يرن</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="49"/>
        <source>All directions</source>
        <translation>كل الاتجاهات</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="51"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="52"/>
        <source>All reasons</source>
        <translation>كل الأسباب</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="53"/>
        <source>All agents</source>
        <translation>كل الموظفين</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="54"/>
        <source>Unknown callers only</source>
        <translation>المتصلون غير المعروفين فقط</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="55"/>
        <source>Attach to customer…</source>
        <translation>ربط بعميل…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="56"/>
        <source>Attach the selected unknown caller&apos;s calls to a customer</source>
        <translation>اربط مكالمات المتصل غير المعروف المحدد بعميل</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="58"/>
        <source>Log call…</source>
        <translation>تسجيل مكالمة…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="72"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="74"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="156"/>
        <source>%1 calls shown; scroll for more</source>
        <translation>عُرضت %1 مكالمة؛ مرّر للمزيد</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="156"/>
        <source>%1 calls</source>
        <translation>%1 مكالمة</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/reports/charts.py" line="65"/>
        <source>Save chart</source>
        <translation>حفظ الرسم</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="31"/>
        <location filename="../../ui/calls/missed_view.py" line="20"/>
        <source>(unknown caller)</source>
        <translation>(متصل غير معروف)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="33"/>
        <location filename="../../ui/calls/missed_view.py" line="26"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="22"/>
        <location filename="../../ui/customers/customer_card.py" line="38"/>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="39"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="40"/>
        <location filename="../../ui/customers/customers_view.py" line="41"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="24"/>
        <location filename="../../ui/customers/customer_card.py" line="42"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="44"/>
        <source>Talk</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="45"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="46"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="47"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="49"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="37"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="38"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="39"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="40"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="35"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="43"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="27"/>
        <source>Line</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="28"/>
        <source>Tries in 7 days</source>
        <translation>المحاولات خلال 7 أيام</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="36"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="37"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="38"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="39"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="40"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="41"/>
        <source>From a call</source>
        <translation>من مكالمة</translation>
    </message>
</context>
<context>
    <name>CustomerCardWindow</name>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="72"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="74"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="94"/>
        <location filename="../../ui/customers/customer_card.py" line="174"/>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="97"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="98"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="105"/>
        <source>Edit (Ctrl+E)</source>
        <translation>تعديل (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="107"/>
        <source>Log call (Ctrl+L)</source>
        <translation>تسجيل مكالمة (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="109"/>
        <source>Call… (Ctrl+D)</source>
        <translation>اتصال… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="110"/>
        <source>Dial one of this customer&apos;s numbers through the modem</source>
        <translation>اطلب أحد أرقام هذا العميل عبر المودم</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="114"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="131"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="157"/>
        <source>Lifetime value: %1 IRR</source>
        <translation>القيمة الإجمالية: %1 ريال</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="165"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="170"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="171"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="172"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="173"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="175"/>
        <source>Last call</source>
        <translation>آخر مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="176"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="177"/>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="198"/>
        <source>%1 calls shown; scroll for more</source>
        <translation>عُرضت %1 مكالمة؛ مرّر للمزيد</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="198"/>
        <source>%1 calls</source>
        <translation>%1 مكالمة</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="74"/>
        <source>Edit customer</source>
        <translation>تعديل العميل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="74"/>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="86"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="87"/>
        <location filename="../../ui/customers/customer_form.py" line="117"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="97"/>
        <source>Comma separated, e.g. VIP, wholesale</source>
        <translation>مفصولة بفواصل، مثل VIP، جملة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="99"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="100"/>
        <source>Do not text</source>
        <translation>لا ترسل رسائل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="101"/>
        <source>Do not email</source>
        <translation>لا ترسل بريداً</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="106"/>
        <source>Add phone</source>
        <translation>إضافة هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="115"/>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="116"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="118"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="119"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="120"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="121"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="122"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="123"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="124"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="128"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="129"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>CustomerValueView</name>
    <message>
        <location filename="../../ui/reports/value_view.py" line="67"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="67"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="67"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="79"/>
        <source>Cumulative share of value by customers, best first</source>
        <translation>النسبة التراكمية للقيمة حسب العملاء، الأفضل أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="82"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="82"/>
        <source>Days since last contact</source>
        <translation>أيام منذ آخر تواصل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="82"/>
        <source>Usual gap (days)</source>
        <translation>الفاصل المعتاد (أيام)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="82"/>
        <source>Overdue ×</source>
        <translation>مرات التأخر</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="88"/>
        <source>Call the selected customer</source>
        <translation>الاتصال بالعميل المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="102"/>
        <source>Save as PNG…</source>
        <translation>حفظ كصورة PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="107"/>
        <source>Customers whose silence is over 1.5 times their own usual gap (3+ contacts).</source>
        <translation>عملاء تجاوز انقطاعهم 1.5 ضعف فاصلهم المعتاد (3 اتصالات أو أكثر).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="111"/>
        <source>RFM segments</source>
        <translation>شرائح RFM</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="112"/>
        <source>Pareto / ABC</source>
        <translation>باريتو / ABC</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="113"/>
        <source>Churn risk</source>
        <translation>خطر الفقدان</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="115"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="126"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="146"/>
        <source>%1% of customers (%2) give %3% of the value of the last 365 days. A: %4, B: %5, C: %6.</source>
        <translation>%1% من العملاء (%2) يحققون %3% من قيمة آخر 365 يوماً. A: %4، B: %5، C: %6.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="153"/>
        <source>No orders in the last 365 days: record orders on the customer cards.</source>
        <translation>لا طلبات في آخر 365 يوماً: سجّل الطلبات في ملفات العملاء.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="164"/>
        <source>Updated %1</source>
        <translation>حُدّث %1</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../ui/formatting.py" line="76"/>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="77"/>
        <source>Prospect</source>
        <translation>مرشّح</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="78"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="79"/>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85"/>
        <source>Mobile</source>
        <translation>جوال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="86"/>
        <source>Landline</source>
        <translation>أرضي</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="87"/>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="88"/>
        <source>Fax</source>
        <translation>فاكس</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="108"/>
        <source>Search by name, company, email or any phone number (Ctrl+F)</source>
        <translation>ابحث بالاسم أو الشركة أو البريد أو أي رقم هاتف (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="111"/>
        <source>Show only the customers of one RFM segment (recency, frequency, value)</source>
        <translation>عرض عملاء شريحة RFM واحدة فقط (الحداثة، التكرار، القيمة)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="112"/>
        <source>All customers</source>
        <translation>كل العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="163"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="165"/>
        <source>No customers yet. Press Ctrl+N to add the first one.</source>
        <translation>لا يوجد عملاء بعد. اضغط Ctrl+N لإضافة أول عميل.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="167"/>
        <source>No customer matches “%1”. Press Ctrl+N to add one.</source>
        <translation>لا يوجد عميل يطابق «%1». اضغط Ctrl+N للإضافة.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="170"/>
        <source>%1 customers shown; scroll for more</source>
        <translation>عُرض %1 عميل؛ مرّر للمزيد</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="172"/>
        <source>%1 customers</source>
        <translation>%1 عميل</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="56"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="57"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="58"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="59"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يوماً</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="60"/>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="61"/>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="78"/>
        <source>Calls per hour today</source>
        <translation>المكالمات لكل ساعة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="79"/>
        <source>Calls per day</source>
        <translation>المكالمات لكل يوم</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="80"/>
        <source>Inbound calls by weekday and hour</source>
        <translation>المكالمات الواردة حسب يوم الأسبوع والساعة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="81"/>
        <source>Top call reasons</source>
        <translation>أكثر أسباب الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="85"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="86"/>
        <location filename="../../ui/reports/dashboard.py" line="257"/>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="87"/>
        <location filename="../../ui/reports/dashboard.py" line="106"/>
        <location filename="../../ui/reports/dashboard.py" line="244"/>
        <source>Answered</source>
        <translation>مُجابة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="88"/>
        <source>Talk time</source>
        <translation>مدة المحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="89"/>
        <location filename="../../ui/reports/dashboard.py" line="111"/>
        <source>Average handle time</source>
        <translation>متوسط مدة المعالجة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="90"/>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="101"/>
        <source>Share of offered calls answered within %1 seconds; abandoned calls count as offered.</source>
        <translation>نسبة المكالمات الواردة التي أُجيبت خلال %1 ثانية؛ تُحتسب المكالمات المتروكة ضمن الواردة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="102"/>
        <source>Answered inbound calls with no repeat call from the same number within 7 days.</source>
        <translation>المكالمات الواردة المُجابة دون اتصال متكرر من الرقم نفسه خلال 7 أيام.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>Answered calls (both directions) per agent who answered.</source>
        <translation>المكالمات المُجابة (بالاتجاهين) لكل موظف أجاب.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="105"/>
        <source>Offered</source>
        <translation>الواردة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="105"/>
        <source>Inbound calls that reached us (ringing calls excluded).</source>
        <translation>المكالمات الواردة التي وصلتنا (دون المكالمات التي ترن).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="106"/>
        <source>Inbound calls an agent answered.</source>
        <translation>المكالمات الواردة التي أجابها موظف.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="107"/>
        <source>Missed / abandoned</source>
        <translation>فائتة / متروكة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="107"/>
        <source>Inbound calls nobody answered: missed plus abandoned.</source>
        <translation>مكالمات واردة لم يُجب عليها أحد: الفائتة والمتروكة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="108"/>
        <source>Abandonment rate</source>
        <translation>معدل الترك</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="108"/>
        <source>Unanswered inbound calls divided by offered calls.</source>
        <translation>المكالمات الواردة غير المُجابة مقسومة على الواردة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="109"/>
        <source>Service level</source>
        <translation>مستوى الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="110"/>
        <source>Average speed of answer</source>
        <translation>متوسط سرعة الرد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="110"/>
        <source>Average ring time of answered inbound calls.</source>
        <translation>متوسط زمن الرنين للمكالمات الواردة المُجابة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="111"/>
        <source>Average talk time of answered calls, both directions.</source>
        <translation>متوسط مدة المحادثة للمكالمات المُجابة بالاتجاهين.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="112"/>
        <source>Calls per agent</source>
        <translation>المكالمات لكل موظف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="113"/>
        <source>First contact resolution</source>
        <translation>الحل من أول اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="114"/>
        <source>Revenue per call</source>
        <translation>الإيراد لكل مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="114"/>
        <source>Order revenue in the period divided by answered calls.</source>
        <translation>إيراد الطلبات في الفترة مقسوماً على المكالمات المُجابة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="120"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="123"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="141"/>
        <source>Save as PNG…</source>
        <translation>حفظ كصورة PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="149"/>
        <source>Agents</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="196"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية قبل تاريخ البداية.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="198"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="237"/>
        <source>Inbound</source>
        <translation>واردة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="238"/>
        <source>Outbound</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="245"/>
        <source>Not answered</source>
        <translation>غير مُجابة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="271"/>
        <source>Updated %1</source>
        <translation>حُدّث %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/messages.py" line="12"/>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="13"/>
        <source>“%1” is not an email address (expected name@example.com).</source>
        <translation>«%1» ليس عنوان بريد إلكتروني (مثال: name@example.com).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="16"/>
        <source>“%1” cannot be a phone number: type 3 to 17 digits.</source>
        <translation>«%1» لا يمكن أن يكون رقم هاتف: اكتب من 3 إلى 17 رقماً.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19"/>
        <source>“%1” is not an amount: type digits, e.g. 1250000.</source>
        <translation>«%1» ليس مبلغاً: اكتب أرقاماً، مثل 1250000.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>“%1” is already in this list.</source>
        <translation>«%1» موجود في القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Choose one of the listed values.</source>
        <translation>اختر إحدى القيم المدرجة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>This value is out of range.</source>
        <translation>هذه القيمة خارج النطاق.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>This record no longer exists (another seat may have deleted it).</source>
        <translation>هذا السجل لم يعد موجوداً (ربما حذفه مستخدم آخر).</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../ui/lookup_editor.py" line="120"/>
        <source>Translations of “%1”</source>
        <translation>ترجمات «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="127"/>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="128"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="129"/>
        <source>Leave a language empty to show the value as typed.</source>
        <translation>اترك اللغة فارغة لعرض القيمة كما كُتبت.</translation>
    </message>
</context>
<context>
    <name>LookupEditor</name>
    <message>
        <location filename="../../ui/lookup_editor.py" line="33"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="34"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="35"/>
        <source>Translations…</source>
        <translation>الترجمات…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="37"/>
        <location filename="../../ui/lookup_editor.py" line="80"/>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="43"/>
        <source>Retired values stay on old calls but are no longer offered.</source>
        <translation>تبقى القيم الموقوفة على المكالمات القديمة لكنها لا تُعرض بعد الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="66"/>
        <source>%1 (retired)</source>
        <translation>%1 (موقوف)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="80"/>
        <source>Bring back</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="83"/>
        <source>New value:</source>
        <translation>قيمة جديدة:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="91"/>
        <source>Rename to:</source>
        <translation>إعادة التسمية إلى:</translation>
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
        <translation>تماس — العملاء والمكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Missed calls</source>
        <translation>المكالمات الفائتة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Dashboard</source>
        <translation>لوحة المؤشرات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Customer value</source>
        <translation>قيمة العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Staffing</source>
        <translation>التوظيف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Caller ID: not set up</source>
        <translation>معرّف المتصل: غير مُعدّ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Agent: %1</source>
        <translation>الموظف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;New customer…</source>
        <translation>عميل &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Log call…</source>
        <translation>&amp;تسجيل مكالمة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Open customer card</source>
        <translation>&amp;فتح ملف العميل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Edit customer…</source>
        <translation>&amp;تعديل العميل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>&amp;Delete customer…</source>
        <translation>&amp;حذف العميل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Find customer</source>
        <translation>&amp;بحث عن عميل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Caller &amp;ID</source>
        <translation>معرّف ال&amp;متصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Simulate incoming call</source>
        <translation>&amp;محاكاة مكالمة واردة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Replay a capture file…</source>
        <translation>إ&amp;عادة تشغيل ملف ملتقط…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Dial a number…</source>
        <translation>&amp;طلب رقم…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Caller ID &amp;settings…</source>
        <translation>إ&amp;عدادات معرّف المتصل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Calendar</source>
        <translation>الت&amp;قويم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالي (هجري شمسي)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Call &amp;reasons…</source>
        <translation>أ&amp;سباب المكالمات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Call &amp;outcomes…</source>
        <translation>&amp;نتائج المكالمات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;About Tamas</source>
        <translation>&amp;حول تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Delete customer</source>
        <translation>حذف العميل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Delete “%1”? Their calls are kept. You can undo this with Ctrl+Z.</source>
        <translation>حذف «%1»؟ ستبقى مكالماته. يمكنك التراجع بـ Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>“%1” deleted. Press Ctrl+Z to undo.</source>
        <translation>حُذف «%1». اضغط Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Replay a caller-ID capture</source>
        <translation>إعادة تشغيل التقاط معرّف المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>replay</source>
        <translation>إعادة تشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Caller ID: %1</source>
        <translation>معرّف المتصل: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>%1 is unplugged or not answering; reconnecting…</source>
        <translation>%1 مفصول أو لا يستجيب؛ جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>Dialling %1…</source>
        <translation>جارٍ طلب %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>No modem connected: dial %1 on the phone, then save the call.</source>
        <translation>لا يوجد مودم متصل: اطلب %1 من الهاتف ثم احفظ المكالمة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>Dial a number</source>
        <translation>طلب رقم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Call reasons</source>
        <translation>أسباب المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Call outcomes</source>
        <translation>نتائج المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>About Tamas</source>
        <translation>حول تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Tamas keeps your customers and calls, and shows who is calling before you answer.</source>
        <translation>يحفظ تماس عملاءك ومكالماتك، ويُظهر من المتصل قبل أن تجيب.</translation>
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
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="43"/>
        <source>Dial the selected number through the modem and log the call</source>
        <translation>اطلب الرقم المحدد عبر المودم وسجّل المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="48"/>
        <source>Missed calls that nobody has returned yet</source>
        <translation>مكالمات فائتة لم يُعاوَد الاتصال بها بعد</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="76"/>
        <source>%1 missed calls to return</source>
        <translation>%1 مكالمة فائتة بانتظار المعاودة</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="50"/>
        <source>Add order</source>
        <translation>إضافة طلب</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="63"/>
        <source>(not from a call)</source>
        <translation>(ليس من مكالمة)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="67"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="67"/>
        <source>Product *</source>
        <translation>المنتج *</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="68"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="68"/>
        <source>Amount *</source>
        <translation>المبلغ *</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="69"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="69"/>
        <source>From the call</source>
        <translation>من المكالمة</translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="118"/>
        <source>Add order… (Ctrl+Shift+O)</source>
        <translation>إضافة طلب… (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="123"/>
        <source>%1 orders</source>
        <translation>%1 طلب</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="42"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="43"/>
        <source>Remove this phone number</source>
        <translation>إزالة رقم الهاتف هذا</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="36"/>
        <source>Calls: every call in the period</source>
        <translation>المكالمات: كل مكالمات الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="37"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="38"/>
        <source>KPIs per day and per agent</source>
        <translation>المؤشرات لكل يوم ولكل موظف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="39"/>
        <source>RFM segments and customer value</source>
        <translation>شرائح RFM وقيمة العميل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="40"/>
        <source>Staffing plan (Erlang C)</source>
        <translation>خطة التوظيف (Erlang C)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="53"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="55"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="62"/>
        <source>Open the workbook</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="67"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="68"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="69"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="70"/>
        <source>Language of the workbook</source>
        <translation>لغة الملف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="90"/>
        <source>Save the workbook</source>
        <translation>حفظ الملف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="97"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية قبل تاريخ البداية.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="105"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="120"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="138"/>
        <source>Saved %1: %2 rows in %3 s.</source>
        <translation>حُفظ %1: %2 صف في %3 ثانية.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="148"/>
        <source>Cancelled. No file was written.</source>
        <translation>أُلغي. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="151"/>
        <source>Could not write the file: %1. Choose another folder.</source>
        <translation>تعذّرت كتابة الملف: %1. اختر مجلداً آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="154"/>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="87"/>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>ScreenPopWindow</name>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="39"/>
        <source>Incoming call</source>
        <translation>مكالمة واردة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="50"/>
        <source>Spam / blocked</source>
        <translation>إزعاج / محظور</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="52"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="59"/>
        <source>Line</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="61"/>
        <source>Caller ID name</source>
        <translation>اسم معرّف المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="63"/>
        <source>Open tickets</source>
        <translation>تذاكر مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="65"/>
        <source>Lifetime value</source>
        <translation>القيمة الإجمالية</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="71"/>
        <source>Last calls</source>
        <translation>آخر المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="71"/>
        <source>First call from this number</source>
        <translation>أول مكالمة من هذا الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="73"/>
        <source>(reason)</source>
        <translation>(السبب)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="80"/>
        <source>Notes for this call</source>
        <translation>ملاحظات هذه المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="85"/>
        <source>Open card</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="88"/>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="91"/>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="94"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="118"/>
        <source>Private number</source>
        <translation>رقم خاص</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="119"/>
        <source>Number unavailable</source>
        <translation>الرقم غير متاح</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="123"/>
        <source>Unknown caller</source>
        <translation>متصل غير معروف</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../ui/formatting.py" line="101"/>
        <source>Champions</source>
        <translation>الأبطال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="102"/>
        <source>Loyal</source>
        <translation>الأوفياء</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="103"/>
        <source>New</source>
        <translation>جدد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="104"/>
        <source>Promising</source>
        <translation>واعدون</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="105"/>
        <source>Potential loyalists</source>
        <translation>أوفياء محتملون</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="106"/>
        <source>Need attention</source>
        <translation>بحاجة إلى اهتمام</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="107"/>
        <source>About to sleep</source>
        <translation>على وشك الخمول</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="108"/>
        <source>Can&apos;t lose them</source>
        <translation>لا يجوز خسارتهم</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="109"/>
        <source>At risk</source>
        <translation>في خطر</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="110"/>
        <source>Hibernating</source>
        <translation>خاملون</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="111"/>
        <source>Lost</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="112"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="66"/>
        <source>A serial port such as COM3 or /dev/ttyUSB0</source>
        <translation>منفذ تسلسلي مثل COM3 أو /dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="69"/>
        <source>Empty: try AT+VCID=1, AT#CID=1, … in turn</source>
        <translation>فارغ: تُجرّب AT+VCID=1 ثم AT#CID=1 … بالترتيب</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="72"/>
        <source>Use this source</source>
        <translation>استخدام هذا المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="74"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="75"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="76"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="77"/>
        <source>Speed (baud)</source>
        <translation>السرعة (باود)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="78"/>
        <source>Enable string</source>
        <translation>سلسلة التفعيل</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="79"/>
        <source>NCID host</source>
        <translation>مضيف NCID</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="80"/>
        <source>NCID port</source>
        <translation>منفذ NCID</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../ui/callerid/source_config.py" line="21"/>
        <source>Voice/data modem (Hayes AT)</source>
        <translation>مودم صوت/بيانات (Hayes AT)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/source_config.py" line="22"/>
        <source>CallerID.com Whozz Calling</source>
        <translation>CallerID.com Whozz Calling</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/source_config.py" line="23"/>
        <source>Iranian multi-line USB box</source>
        <translation>صندوق USB إيراني متعدد الخطوط</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/source_config.py" line="24"/>
        <source>Raw MDMF box (virtual COM port)</source>
        <translation>صندوق MDMF خام (منفذ COM افتراضي)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/source_config.py" line="25"/>
        <source>NCID server (network)</source>
        <translation>خادم NCID (الشبكة)</translation>
    </message>
</context>
<context>
    <name>StaffingView</name>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="67"/>
        <source>Share of calls to answer within the threshold</source>
        <translation>نسبة المكالمات التي يجب الرد عليها ضمن الحد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="68"/>
        <location filename="../../ui/reports/staffing_view.py" line="72"/>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="69"/>
        <source>The service-level threshold: answered within this many seconds</source>
        <translation>حد مستوى الخدمة: الرد خلال هذا العدد من الثواني</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="70"/>
        <source>Highest share of time an agent may be busy on calls</source>
        <translation>أعلى نسبة من الوقت يمكن أن يكون فيها الموظف مشغولاً بالمكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="71"/>
        <source>Share of paid time agents are not on the phones (breaks, leave)</source>
        <translation>نسبة الوقت المدفوع الذي لا يكون فيه الموظفون على الهاتف (استراحات، إجازات)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="73"/>
        <source>measured</source>
        <translation>مُقاس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="74"/>
        <source>Average handle time; 0 uses the average of the last 8 weeks</source>
        <translation>متوسط مدة المعالجة؛ 0 يعني متوسط آخر 8 أسابيع</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="79"/>
        <source>Past weeks: forecast against actual inbound calls</source>
        <translation>الأسابيع الماضية: التوقع مقابل المكالمات الواردة الفعلية</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="94"/>
        <source>Service-level target</source>
        <translation>هدف مستوى الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="95"/>
        <source>Answer within</source>
        <translation>الرد خلال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="96"/>
        <source>Maximum occupancy</source>
        <translation>أقصى انشغال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="97"/>
        <source>Shrinkage</source>
        <translation>نسبة الغياب</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="98"/>
        <source>Average handle time</source>
        <translation>متوسط مدة المعالجة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="99"/>
        <source>Save chart as PNG…</source>
        <translation>حفظ الرسم كصورة PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="120"/>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="143"/>
        <source>%1 calls expected; %2 agents on the phones, %3 scheduled; service level %4, occupancy %5</source>
        <translation>%1 مكالمة متوقعة؛ %2 موظف على الهاتف، %3 في الجدول؛ مستوى الخدمة %4، الانشغال %5</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="151"/>
        <source>Week from %1: %2 inbound calls expected, %3 agent-hours scheduled.</source>
        <translation>الأسبوع من %1: %2 مكالمة واردة متوقعة، %3 ساعة عمل مجدولة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="156"/>
        <source>Forecast</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="157"/>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="161"/>
        <source>Average forecast error over the last %1 weeks: %2 (WAPE).</source>
        <translation>متوسط خطأ التوقع خلال آخر %1 أسابيع: %2 (WAPE).</translation>
    </message>
</context>
</TS>
