<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="38" />
        <source>Tamas cannot start</source>
        <translation>تعذّر تشغيل تماس</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../ui/attach_dialog.py" line="25" />
        <source>Attach caller %1 to a customer</source>
        <translation>ربط المتصل %1 بعميل</translation>
    </message>
    <message>
        <location filename="../../ui/attach_dialog.py" line="28" />
        <source>Search the customer by name, company or phone</source>
        <translation>ابحث عن العميل بالاسم أو الشركة أو الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/attach_dialog.py" line="34" />
        <source>Every call from this number without a customer is attached, and the number is added to the customer's phones so the next call pops the right card.</source>
        <translation>تُربط كل مكالمات هذا الرقم غير المرتبطة بعميل، ويُضاف الرقم إلى هواتف العميل ليظهر ملفه الصحيح في المكالمة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/attach_dialog.py" line="40" />
        <source>Attach</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../ui/attach_dialog.py" line="56" />
        <source>Choose a customer in the list first.</source>
        <translation>اختر عميلاً من القائمة أولاً.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/call_dialog.py" line="52" />
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="64" />
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="65" />
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="70" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="85" />
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="86" />
        <location filename="../../ui/call_dialog.py" line="140" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="87" />
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="88" />
        <location filename="../../ui/call_dialog.py" line="140" />
        <source>Talk time</source>
        <translation>مدة المحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="89" />
        <location filename="../../ui/call_dialog.py" line="140" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="90" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="91" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="92" />
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/call_dialog.py" line="93" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../ui/formatting.py" line="57" />
        <source>Inbound</source>
        <translation>واردة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="58" />
        <source>Outbound</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="64" />
        <source>Answered</source>
        <translation>مُجابة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="65" />
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="66" />
        <source>Abandoned</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="67" />
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="68" />
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="69" />
        <source>Ringing</source>
        <translation>يرن</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../ui/calls_view.py" line="49" />
        <source>All directions</source>
        <translation>كل الاتجاهات</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="51" />
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="52" />
        <source>All reasons</source>
        <translation>كل الأسباب</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="53" />
        <source>All agents</source>
        <translation>كل الموظفين</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="54" />
        <source>Unknown callers only</source>
        <translation>المتصلون غير المعروفين فقط</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="55" />
        <source>Attach to customer…</source>
        <translation>ربط بعميل…</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="56" />
        <source>Attach the selected unknown caller's calls to a customer</source>
        <translation>اربط مكالمات المتصل غير المعروف المحدد بعميل</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="58" />
        <source>Log call…</source>
        <translation>تسجيل مكالمة…</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="72" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="74" />
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="156" />
        <source>%1 calls shown; scroll for more</source>
        <translation>عُرضت %1 مكالمة؛ مرّر للمزيد</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="156" />
        <source>%1 calls</source>
        <translation>%1 مكالمة</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/calls_view.py" line="31" />
        <source>(unknown caller)</source>
        <translation>(متصل غير معروف)</translation>
    </message>
    <message>
        <location filename="../../ui/calls_view.py" line="33" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="34" />
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="35" />
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="36" />
        <location filename="../../ui/customers_view.py" line="26" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="37" />
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="38" />
        <source>Talk</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="39" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="40" />
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="41" />
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="43" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="22" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="23" />
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="24" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="25" />
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="27" />
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="28" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>CustomerCardWindow</name>
    <message>
        <location filename="../../ui/customer_card.py" line="62" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="64" />
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="84" />
        <location filename="../../ui/customer_card.py" line="144" />
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="85" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="90" />
        <source>Edit (Ctrl+E)</source>
        <translation>تعديل (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="92" />
        <source>Log call (Ctrl+L)</source>
        <translation>تسجيل مكالمة (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="94" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="110" />
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="135" />
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="140" />
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="141" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="142" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="143" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="145" />
        <source>Last call</source>
        <translation>آخر مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="146" />
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="147" />
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="163" />
        <source>%1 calls shown; scroll for more</source>
        <translation>عُرضت %1 مكالمة؛ مرّر للمزيد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_card.py" line="163" />
        <source>%1 calls</source>
        <translation>%1 مكالمة</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customer_form.py" line="82" />
        <source>Edit customer</source>
        <translation>تعديل العميل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="82" />
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="102" />
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="103" />
        <location filename="../../ui/customer_form.py" line="133" />
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="113" />
        <source>Comma separated, e.g. VIP, wholesale</source>
        <translation>مفصولة بفواصل، مثل VIP، جملة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="115" />
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="116" />
        <source>Do not text</source>
        <translation>لا ترسل رسائل</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="117" />
        <source>Do not email</source>
        <translation>لا ترسل بريداً</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="122" />
        <source>Add phone</source>
        <translation>إضافة هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="131" />
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="132" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="134" />
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="135" />
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="136" />
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="137" />
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="138" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="139" />
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="140" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="144" />
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="145" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="245" />
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../ui/formatting.py" line="75" />
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="76" />
        <source>Prospect</source>
        <translation>مرشّح</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="77" />
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="78" />
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="84" />
        <source>Mobile</source>
        <translation>جوال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="85" />
        <source>Landline</source>
        <translation>أرضي</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="86" />
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="87" />
        <source>Fax</source>
        <translation>فاكس</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers_view.py" line="76" />
        <source>Search by name, company, email or any phone number (Ctrl+F)</source>
        <translation>ابحث بالاسم أو الشركة أو البريد أو أي رقم هاتف (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="107" />
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="109" />
        <source>No customers yet. Press Ctrl+N to add the first one.</source>
        <translation>لا يوجد عملاء بعد. اضغط Ctrl+N لإضافة أول عميل.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="111" />
        <source>No customer matches “%1”. Press Ctrl+N to add one.</source>
        <translation>لا يوجد عميل يطابق «%1». اضغط Ctrl+N للإضافة.</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="114" />
        <source>%1 customers shown; scroll for more</source>
        <translation>عُرض %1 عميل؛ مرّر للمزيد</translation>
    </message>
    <message>
        <location filename="../../ui/customers_view.py" line="116" />
        <source>%1 customers</source>
        <translation>%1 عميل</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/messages.py" line="12" />
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="13" />
        <source>“%1” is not an email address (expected name@example.com).</source>
        <translation>«%1» ليس عنوان بريد إلكتروني (مثال: name@example.com).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="16" />
        <source>“%1” cannot be a phone number: type 3 to 17 digits.</source>
        <translation>«%1» لا يمكن أن يكون رقم هاتف: اكتب من 3 إلى 17 رقماً.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19" />
        <source>“%1” is already in this list.</source>
        <translation>«%1» موجود في القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20" />
        <source>Choose one of the listed values.</source>
        <translation>اختر إحدى القيم المدرجة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21" />
        <source>This value is out of range.</source>
        <translation>هذه القيمة خارج النطاق.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27" />
        <source>This record no longer exists (another seat may have deleted it).</source>
        <translation>هذا السجل لم يعد موجوداً (ربما حذفه مستخدم آخر).</translation>
    </message>
</context>
<context>
    <name>LookupEditor</name>
    <message>
        <location filename="../../ui/lookup_editor.py" line="30" />
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="31" />
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="32" />
        <location filename="../../ui/lookup_editor.py" line="72" />
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="38" />
        <source>Retired values stay on old calls but are no longer offered.</source>
        <translation>تبقى القيم الموقوفة على المكالمات القديمة لكنها لا تُعرض بعد الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="58" />
        <source>%1 (retired)</source>
        <translation>%1 (موقوف)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="72" />
        <source>Bring back</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="75" />
        <source>New value:</source>
        <translation>قيمة جديدة:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="83" />
        <source>Rename to:</source>
        <translation>إعادة التسمية إلى:</translation>
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
        <translation>تماس — العملاء والمكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65" />
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66" />
        <source>Agent: %1</source>
        <translation>الموظف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>&amp;New customer…</source>
        <translation>عميل &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>&amp;Log call…</source>
        <translation>&amp;تسجيل مكالمة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>&amp;Open customer card</source>
        <translation>&amp;فتح ملف العميل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>&amp;Edit customer…</source>
        <translation>&amp;تعديل العميل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>&amp;Delete customer…</source>
        <translation>&amp;حذف العميل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>&amp;Find customer</source>
        <translation>&amp;بحث عن عميل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Calendar</source>
        <translation>الت&amp;قويم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالي (هجري شمسي)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>Call &amp;reasons…</source>
        <translation>أ&amp;سباب المكالمات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120" />
        <source>Call &amp;outcomes…</source>
        <translation>&amp;نتائج المكالمات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;About Tamas</source>
        <translation>&amp;حول تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>Delete customer</source>
        <translation>حذف العميل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Delete “%1”? Their calls are kept. You can undo this with Ctrl+Z.</source>
        <translation>حذف «%1»؟ ستبقى مكالماته. يمكنك التراجع بـ Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>“%1” deleted. Press Ctrl+Z to undo.</source>
        <translation>حُذف «%1». اضغط Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>Call reasons</source>
        <translation>أسباب المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>Call outcomes</source>
        <translation>نتائج المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>About Tamas</source>
        <translation>حول تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Tamas keeps your customers and calls, and shows who is calling before you answer.</source>
        <translation>يحفظ تماس عملاءك ومكالماتك، ويُظهر من المتصل قبل أن تجيب.</translation>
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
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/customer_form.py" line="47" />
        <source>Remove this phone number</source>
        <translation>إزالة رقم الهاتف هذا</translation>
    </message>
</context>
</TS>