<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="52"/>
        <source>Tamas cannot start</source>
        <translation>تعذّر تشغيل تماس</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="27"/>
        <source>Attach caller %1 to a customer</source>
        <translation>ربط المتصل %1 بعميل</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="31"/>
        <source>Search the customer by name, company or phone</source>
        <translation>ابحث عن العميل بالاسم أو الشركة أو الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="34"/>
        <source>No customer matches this search.</source>
        <translation>لا يوجد عميل يطابق هذا البحث.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="38"/>
        <source>Every call from this number without a customer is attached, and the number is added to the customer&apos;s phones so the next call pops the right card.</source>
        <translation>تُربط كل مكالمات هذا الرقم غير المرتبطة بعميل، ويُضاف الرقم إلى هواتف العميل ليظهر ملفه الصحيح في المكالمة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="44"/>
        <source>Attach</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="60"/>
        <source>Choose a customer in the list first.</source>
        <translation>اختر عميلاً من القائمة أولاً.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="38"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="39"/>
        <source>Changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="40"/>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="41"/>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="42"/>
        <source>Answered</source>
        <translation>أُجيب</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="43"/>
        <source>Locked</source>
        <translation>قُفل</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="44"/>
        <source>Merged</source>
        <translation>دُمج</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="51"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="52"/>
        <source>Call</source>
        <translation>المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="53"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="54"/>
        <source>List value</source>
        <translation>قيمة قائمة</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="56"/>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="57"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="58"/>
        <source>Disposition</source>
        <translation>تصنيف الإنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="59"/>
        <source>Do-not-call number</source>
        <translation>رقم عدم الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="60"/>
        <source>Blocked number</source>
        <translation>رقم محظور</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="67"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="55"/>
        <location filename="../../ui/audit/audit_view.py" line="68"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="69"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="70"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="71"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="72"/>
        <source>Before → after</source>
        <translation>قبل ← بعد</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="91"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="94"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="95"/>
        <source>All tables</source>
        <translation>كل الجداول</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="98"/>
        <source>any</source>
        <translation>أي رقم</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="99"/>
        <source>Only from</source>
        <translation>فقط من</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="103"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="125"/>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="126"/>
        <source>Table:</source>
        <translation>الجدول:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="127"/>
        <source>Record number:</source>
        <translation>رقم السجل:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="131"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="134"/>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="167"/>
        <source>Export the audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="179"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="185"/>
        <source>%1 entries written.</source>
        <translation>كُتب %1 إدخال.</translation>
    </message>
</context>
<context>
    <name>AuthPanel</name>
    <message>
        <location filename="../../ui/auth/greying.py" line="72"/>
        <location filename="../../ui/backup/install.py" line="27"/>
        <source>Your role may not do this.</source>
        <translation>لا يسمح دورك بهذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/install.py" line="34"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;تبديل المستخدم…</translation>
    </message>
    <message>
        <location filename="../../ui/auth/install.py" line="37"/>
        <source>&amp;Users…</source>
        <translation>الم&amp;ستخدمون…</translation>
    </message>
    <message>
        <location filename="../../ui/auth/install.py" line="39"/>
        <source>&amp;Audit log…</source>
        <translation>سجل الت&amp;دقيق…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backup/errors.py" line="20"/>
        <source>The disk is full: this change was not saved (everything saved before it is safe). Free some space and try again.</source>
        <translation>القرص ممتلئ: لم يُحفظ هذا التغيير (كل ما حُفظ قبله سليم). حرّر بعض المساحة وحاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/errors.py" line="23"/>
        <source>The database is busy in another program: this change was not saved. Try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة ببرنامج آخر: لم يُحفظ هذا التغيير. حاول مجدداً بعد لحظات.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/errors.py" line="26"/>
        <source>The database is damaged: this change was not saved. Quit Tamas and restore the latest backup (Settings → Backups…).</source>
        <translation>قاعدة البيانات تالفة: لم يُحفظ هذا التغيير. أغلق تماس واستعد أحدث نسخة احتياطية (الإعدادات ← النسخ الاحتياطية…).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/errors.py" line="28"/>
        <source>The database could not save this change. Try again; if it keeps failing, restart Tamas.</source>
        <translation>تعذّر على قاعدة البيانات حفظ هذا التغيير. حاول مجدداً؛ وإن استمر الفشل، أعد تشغيل تماس.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/errors.py" line="31"/>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/install.py" line="33"/>
        <source>&amp;Backups…</source>
        <translation>النسخ الا&amp;حتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/install.py" line="56"/>
        <source>The database is damaged: restore the latest backup.</source>
        <translation>قاعدة البيانات تالفة: استعد أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restart.py" line="45"/>
        <source>Restored %1.</source>
        <translation>تمت استعادة %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restart.py" line="47"/>
        <source>The previous database was kept as %1.</source>
        <translation>حُفظت قاعدة البيانات السابقة في %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restart.py" line="52"/>
        <location filename="../../ui/backup/startup.py" line="43"/>
        <source>Tamas</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="40"/>
        <source>There is no database at %1. Create a new, empty database there?</source>
        <translation>لا توجد قاعدة بيانات في %1. هل تريد إنشاء قاعدة بيانات جديدة فارغة هناك؟</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="44"/>
        <source>Create new database</source>
        <translation>إنشاء قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="45"/>
        <location filename="../../ui/backup/startup.py" line="69"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="51"/>
        <source>The database %1 is damaged. Tamas has not changed it.</source>
        <translation>قاعدة البيانات %1 تالفة. لم يغيّرها تماس.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="54"/>
        <source>No backup of it was found: copy the file for a specialist, then quit.</source>
        <translation>لم يُعثر على أي نسخة احتياطية منها: انسخ الملف ليفحصه مختص، ثم اخرج من البرنامج.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="59"/>
        <source>Restore the latest backup (%1)? The damaged file is kept beside it.</source>
        <translation>هل تريد استعادة أحدث نسخة احتياطية (%1)؟ يُحفظ الملف التالف بجانبها.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="64"/>
        <source>Tamas: damaged database</source>
        <translation>تماس: قاعدة بيانات تالفة</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="67"/>
        <source>Restore the latest backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="91"/>
        <source>Tamas cannot start</source>
        <translation>تعذّر تشغيل تماس</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="116"/>
        <source>%1 does not exist. Check the path given with --db.</source>
        <translation>%1 غير موجود. تحقق من المسار المحدد بالخيار --db.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="141"/>
        <source>%1 is damaged (%2); it was left untouched. Restore a backup: Settings → Backups…, or main.py restore.</source>
        <translation>%1 تالف (%2)؛ وقد تُرك دون أي تغيير. استعد نسخة احتياطية: الإعدادات ← النسخ الاحتياطية…، أو main.py restore.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backup/dialog.py" line="44"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="46"/>
        <source>Beside the database (a “backups” folder)</source>
        <translation>بجانب قاعدة البيانات (مجلد باسم «backups»)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="49"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="58"/>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="59"/>
        <source>Backups to keep:</source>
        <translation>عدد النسخ الاحتياطية المحفوظة:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="63"/>
        <source>A backup is made every day and at exit; each is checked before older ones go.</source>
        <translation>تُنشأ نسخة احتياطية كل يوم وعند الخروج؛ وتُفحص كل نسخة قبل حذف النسخ الأقدم.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="65"/>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="67"/>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="81"/>
        <source>This database is on a server: back it up there, or with `main.py backup` (pg_dump).</source>
        <translation>قاعدة البيانات هذه على خادم: انسخها احتياطياً هناك، أو باستخدام `main.py backup` (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="95"/>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="124"/>
        <source>Checking the copy…</source>
        <translation>جارٍ فحص النسخة…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="134"/>
        <source>Backup written and checked: %1</source>
        <translation>كُتبت النسخة الاحتياطية وفُحصت: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="144"/>
        <location filename="../../ui/backup/dialog.py" line="156"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="145"/>
        <source>Tamas backups (*.db);;All files (*)</source>
        <translation>نسخ تماس الاحتياطية (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="151"/>
        <source>Checking the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="157"/>
        <source>Replace the database with %1? Tamas restarts; the current database is kept as a backup first.</source>
        <translation>هل تريد استبدال قاعدة البيانات بـ %1؟ سيُعاد تشغيل تماس؛ وتُحفظ قاعدة البيانات الحالية أولاً كنسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="159"/>
        <source>Restore and restart</source>
        <translation>استعادة وإعادة التشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="164"/>
        <source>%1 is a good backup.</source>
        <translation>%1 نسخة احتياطية سليمة.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="57"/>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="67"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="68"/>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="73"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="86"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="87"/>
        <location filename="../../ui/calls/call_dialog.py" line="133"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="88"/>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="89"/>
        <location filename="../../ui/calls/call_dialog.py" line="133"/>
        <source>Talk time</source>
        <translation>مدة المحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="90"/>
        <location filename="../../ui/calls/call_dialog.py" line="133"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="91"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="92"/>
        <location filename="../../ui/calls/call_dialog.py" line="134"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="93"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="94"/>
        <location filename="../../ui/calls/call_dialog.py" line="134"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>CallerIdSettingsDialog</name>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="119"/>
        <source>Caller ID settings</source>
        <translation>إعدادات معرّف المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="130"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="131"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="134"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="280"/>
        <source>test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="134"/>
        <source>CALL: %1</source>
        <translation>مكالمة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="137"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="138"/>
        <source>Raw log</source>
        <translation>السجل الخام</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="139"/>
        <source>Block list</source>
        <translation>قائمة الحظر</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="140"/>
        <source>Phone rules</source>
        <translation>قواعد الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="156"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="158"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="160"/>
        <source>Detect devices</source>
        <translation>اكتشاف الأجهزة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="161"/>
        <source>Ask every serial port which caller-ID device answers</source>
        <translation>اسأل كل منفذ تسلسلي أي جهاز معرّف متصل يجيب</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="163"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="259"/>
        <source>Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="164"/>
        <source>Open this source now and show what it says in the raw log</source>
        <translation>افتح هذا المصدر الآن واعرض ما يرسله في السجل الخام</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="228"/>
        <source>Asking every serial port… this takes a few seconds.</source>
        <translation>جارٍ سؤال كل المنافذ التسلسلية… يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="236"/>
        <source>The serial ports could not be asked. Close other programs using them, then Detect again.</source>
        <translation>تعذّر سؤال المنافذ التسلسلية. أغلق البرامج الأخرى التي تستخدمها، ثم اضغط «اكتشاف» مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="241"/>
        <source>No serial ports found. Plug the device in, then try again.</source>
        <translation>لم يُعثر على منافذ تسلسلية. صِل الجهاز ثم حاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="245"/>
        <source>%1 ports found, none answered like a caller-ID device.</source>
        <translation>عُثر على %1 منفذ، ولم يجب أي منها كجهاز معرّف متصل.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="249"/>
        <source>Found:</source>
        <translation>عُثر على:</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="268"/>
        <source>Stop test</source>
        <translation>إيقاف الاختبار</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="274"/>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="275"/>
        <source>%1 is connected. Make a test call: what the device says appears in the raw log.</source>
        <translation>%1 متصل. أجرِ مكالمة تجريبية: ما يرسله الجهاز يظهر في السجل الخام.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="276"/>
        <source>Test stopped.</source>
        <translation>توقف الاختبار.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="285"/>
        <source>Block a number…</source>
        <translation>حظر رقم…</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="287"/>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="291"/>
        <source>Calls from these numbers pop up marked as spam.</source>
        <translation>تظهر مكالمات هذه الأرقام موسومة كإزعاج.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="307"/>
        <source>Block a number</source>
        <translation>حظر رقم</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="307"/>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="329"/>
        <source>Two-letter country code, e.g. IR, AE, IQ</source>
        <translation>رمز الدولة من حرفين، مثل IR، AE، IQ</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="331"/>
        <source>Added to 8-digit local numbers, e.g. 21 for Tehran</source>
        <translation>يُضاف إلى الأرقام المحلية ذات 8 أرقام، مثل 21 لطهران</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="332"/>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="336"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="337"/>
        <source>Local area code</source>
        <translation>رمز المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="338"/>
        <source>Missed after</source>
        <translation>تُعدّ فائتة بعد</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../ui/formatting.py" line="179"/>
        <source>Inbound</source>
        <translation>واردة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="180"/>
        <source>Outbound</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="186"/>
        <source>Answered</source>
        <translation>مُجابة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="187"/>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="188"/>
        <source>Abandoned</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="189"/>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="190"/>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="191"/>
        <source>Ringing</source>
        <translation>يرن</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="58"/>
        <source>All directions</source>
        <translation>كل الاتجاهات</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="60"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="61"/>
        <source>All reasons</source>
        <translation>كل الأسباب</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="62"/>
        <source>All agents</source>
        <translation>كل الموظفين</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="63"/>
        <source>Unknown callers only</source>
        <translation>المتصلون غير المعروفين فقط</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="66"/>
        <source>Number or customer name</source>
        <translation>الرقم أو اسم العميل</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="67"/>
        <source>Only calls of a number (type its start) or of customers with this name</source>
        <translation>مكالمات رقم معيّن فقط (اكتب بدايته) أو مكالمات العملاء الذين يحملون هذا الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="73"/>
        <source>Attach to customer…</source>
        <translation>ربط بعميل…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="74"/>
        <source>Attach the selected unknown caller&apos;s calls to a customer</source>
        <translation>اربط مكالمات المتصل غير المعروف المحدد بعميل</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="76"/>
        <source>Log call…</source>
        <translation>تسجيل مكالمة…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="92"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="94"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="183"/>
        <source>No call matches these filters. Widen the dates or clear the filters to see more.</source>
        <translation>لا توجد مكالمة تطابق هذه المرشحات. وسّع نطاق التواريخ أو امسح المرشحات لعرض المزيد.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="185"/>
        <source>No calls in these dates. Calls appear here by themselves once a caller-ID device is set up (Caller ID → Caller ID settings); press Ctrl+L to log one by hand, or Ctrl+Shift+I to simulate a call.</source>
        <translation>لا توجد مكالمات في هذه التواريخ. تظهر المكالمات هنا تلقائياً بعد إعداد جهاز معرّف المتصل (معرّف المتصل ← إعدادات معرّف المتصل)؛ اضغط Ctrl+L لتسجيل مكالمة يدوياً، أو Ctrl+Shift+I لمحاكاة مكالمة.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="51"/>
        <source>Edit campaign</source>
        <translation>تعديل الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="51"/>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="64"/>
        <source>user names separated by commas; empty: every agent</source>
        <translation>أسماء المستخدمين مفصولة بفواصل؛ فارغ: كل الموظفين</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="66"/>
        <source>No script</source>
        <translation>بلا نص</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="72"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="72"/>
        <source>Left out because</source>
        <translation>سبب الاستبعاد</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="89"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="90"/>
        <source>Purpose:</source>
        <translation>الغرض:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="91"/>
        <source>Script:</source>
        <translation>نص المكالمة:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="92"/>
        <source>Most attempts per customer:</source>
        <translation>أقصى عدد محاولات لكل عميل:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="96"/>
        <source>Calling hours (office clock):</source>
        <translation>ساعات الاتصال (بتوقيت المكتب):</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="100"/>
        <source>Calling days:</source>
        <translation>أيام الاتصال:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="101"/>
        <source>Agents:</source>
        <translation>الموظفون:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="102"/>
        <source>Retry after no answer (minutes):</source>
        <translation>إعادة المحاولة بعد عدم الرد (دقائق):</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="103"/>
        <source>Retry after busy (minutes):</source>
        <translation>إعادة المحاولة بعد الانشغال (دقائق):</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="106"/>
        <source>Show who is left out</source>
        <translation>عرض المستبعَدين</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="112"/>
        <source>Who to call</source>
        <translation>مَن يُتصل بهم</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="113"/>
        <source>Left out</source>
        <translation>المستبعَدون</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="114"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="159"/>
        <location filename="../../ui/campaigns/editor.py" line="168"/>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="164"/>
        <source>%1 customers will be called.</source>
        <translation>سيُتصل بـ %1 عميل.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="172"/>
        <source>%1 in</source>
        <translation>مشمولون: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="204"/>
        <source>Saving and adding the customers…</source>
        <translation>جارٍ الحفظ وإضافة العملاء…</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="16"/>
        <source>Sales</source>
        <translation>مبيعات</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="17"/>
        <source>Survey</source>
        <translation>استطلاع</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="18"/>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="19"/>
        <source>Collection</source>
        <translation>تحصيل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="20"/>
        <source>Win-back</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="26"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="27"/>
        <source>Running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="28"/>
        <source>Paused</source>
        <translation>متوقفة مؤقتاً</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="29"/>
        <source>Finished</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="35"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="36"/>
        <source>Not for this campaign</source>
        <translation>ليس لهذه الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="37"/>
        <source>Number on the do-not-call list</source>
        <translation>الرقم في قائمة عدم الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="38"/>
        <source>No phone</source>
        <translation>بلا هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="39"/>
        <source>Already in the campaign</source>
        <translation>موجود في الحملة من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="40"/>
        <source>Already finished</source>
        <translation>انتهى من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="47"/>
        <source>This campaign is not running. Start it on the Campaigns tab.</source>
        <translation>هذه الحملة غير جارية. ابدأها من تبويب الحملات.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="50"/>
        <source>Outside this campaign&apos;s calling hours: nobody may be called now.</source>
        <translation>خارج ساعات الاتصال لهذه الحملة: لا يجوز الاتصال بأحد الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="53"/>
        <source>You are not assigned to this campaign. Ask a supervisor to add you.</source>
        <translation>لست مكلفاً بهذه الحملة. اطلب من المشرف إضافتك.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="56"/>
        <source>Nobody is due now: retries and callbacks come back at their time.</source>
        <translation>لا أحد مستحق الآن: تعود المحاولات ومعاودات الاتصال في موعدها.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="59"/>
        <source>Everyone on this list has been worked.</source>
        <translation>تم العمل على كل من في هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="69"/>
        <source>This customer may not be called (%1). Press Next call for the next one.</source>
        <translation>لا يجوز الاتصال بهذا العميل (%1). اضغط «المكالمة التالية» للانتقال إلى التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="76"/>
        <source>Another agent is working this customer now. Press Next call for the next one.</source>
        <translation>يعمل موظف آخر على هذا العميل الآن. اضغط «المكالمة التالية» للانتقال إلى التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="82"/>
        <source>Check these fields and try again: %1.</source>
        <translation>تحقق من هذه الحقول وحاول مرة أخرى: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="84"/>
        <source>This record was removed meanwhile. Refresh the list.</source>
        <translation>حُذف هذا السجل في الأثناء. حدّث القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="86"/>
        <source>The database could not be reached (%1). Try again in a moment.</source>
        <translation>تعذر الوصول إلى قاعدة البيانات (%1). حاول مرة أخرى بعد قليل.</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="37"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="37"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="37"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="37"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="37"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="38"/>
        <source>Members</source>
        <translation>المشمولون</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="38"/>
        <source>Still to call</source>
        <translation>متبقٍ للاتصال</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <location filename="../../ui/campaigns/install.py" line="37"/>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="44"/>
        <source>Ca&amp;mpaigns</source>
        <translation>ال&amp;حملات</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="49"/>
        <source>&amp;New campaign…</source>
        <translation>حملة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="51"/>
        <source>Next &amp;call…</source>
        <translation>الم&amp;كالمة التالية…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="55"/>
        <source>New call &amp;script…</source>
        <translation>&amp;نص مكالمة جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="57"/>
        <source>D&amp;ispositions…</source>
        <translation>ت&amp;صنيفات الإنهاء…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="60"/>
        <source>Add a number to the &amp;do-not-call list…</source>
        <translation>إضافة رقم إلى قائمة &amp;عدم الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="104"/>
        <source>Your role may not set up campaigns: ask a supervisor or the owner.</source>
        <translation>لا يسمح دورك بإعداد الحملات: اطلب ذلك من مشرف أو من المالك.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="106"/>
        <source>Win-back: %1</source>
        <translation>استعادة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="106"/>
        <source>Win-back: churn risk</source>
        <translation>استعادة: خطر الفقدان</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="114"/>
        <source>Choose a running campaign on the Campaigns tab first.</source>
        <translation>اختر أولاً حملة جارية في تبويب «الحملات».</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="124"/>
        <source>Next call</source>
        <translation>المكالمة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="143"/>
        <source>Export campaign</source>
        <translation>تصدير الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="152"/>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="158"/>
        <source>Do-not-call list</source>
        <translation>قائمة عدم الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="159"/>
        <source>Number nobody may call from a campaign:</source>
        <translation>رقم لا يجوز لأحد الاتصال به من أي حملة:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="164"/>
        <source>%1 is on the do-not-call list.</source>
        <translation>%1 مُدرج في قائمة عدم الاتصال.</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="89"/>
        <source>No campaign yet. A campaign is a call list built from a filter over your customers: press New campaign to make one.</source>
        <translation>لا توجد حملات بعد. الحملة قائمة اتصال تُبنى بمرشّح على عملائك: اضغط «حملة جديدة» لإنشاء واحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="93"/>
        <source>New campaign…</source>
        <translation>حملة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="97"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="97"/>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="97"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="98"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="98"/>
        <source>Next call…</source>
        <translation>المكالمة التالية…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="99"/>
        <source>Results…</source>
        <translation>النتائج…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="99"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
</context>
<context>
    <name>CategoryTargetsDialog</name>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="37"/>
        <source>SLA targets per category</source>
        <translation>أهداف SLA حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="42"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="42"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="42"/>
        <source>First response (hours)</source>
        <translation>أول رد (ساعات)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="42"/>
        <source>Resolution (hours)</source>
        <translation>الحل (ساعات)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="53"/>
        <source>Set target</source>
        <translation>تعيين الهدف</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="55"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="58"/>
        <source>First response</source>
        <translation>أول رد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="59"/>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="65"/>
        <source>A category&apos;s target replaces its priority&apos;s target for new tickets.</source>
        <translation>يحل هدف الفئة محل هدف الأولوية في التذاكر الجديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="108"/>
        <source>Add a ticket category first (Tickets → Ticket categories…).</source>
        <translation>أضف فئة تذاكر أولاً (التذاكر ← فئات التذاكر…).</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="112"/>
        <source>Give a resolution target no shorter than the first-response target.</source>
        <translation>حدّد هدف حل لا يقل عن هدف أول رد.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/reports/charts.py" line="88"/>
        <source>Save chart</source>
        <translation>حفظ الرسم</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="39"/>
        <location filename="../../ui/calls/missed_view.py" line="22"/>
        <source>(unknown caller)</source>
        <translation>(متصل غير معروف)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="42"/>
        <location filename="../../ui/calls/missed_view.py" line="34"/>
        <location filename="../../ui/tickets/list_view.py" line="31"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="49"/>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="50"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="51"/>
        <location filename="../../ui/customers/customers_view.py" line="52"/>
        <location filename="../../ui/tickets/list_view.py" line="32"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="30"/>
        <source>Last try</source>
        <translation>آخر محاولة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="32"/>
        <location filename="../../ui/customers/customer_card.py" line="53"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="35"/>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="36"/>
        <source>First try</source>
        <translation>أول محاولة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="37"/>
        <source>Handled</source>
        <translation>تمت المعالجة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="55"/>
        <source>Talk</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="56"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="57"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="58"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="60"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="48"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="49"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="50"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="51"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="46"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="54"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="38"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="39"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="40"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="41"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="42"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="43"/>
        <source>From a call</source>
        <translation>من مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="29"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="30"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="33"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="34"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="35"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="36"/>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="37"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="38"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="39"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="40"/>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
</context>
<context>
    <name>CustomerCardWindow</name>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="83"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="85"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="100"/>
        <source>No calls with this customer yet. Calls from or to their numbers appear here by themselves; press Ctrl+L to log one by hand.</source>
        <translation>لا توجد مكالمات مع هذا العميل بعد. تظهر هنا تلقائياً المكالمات الواردة من أرقامه أو الصادرة إليها؛ اضغط Ctrl+L لتسجيل مكالمة يدوياً.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="108"/>
        <location filename="../../ui/customers/customer_card.py" line="192"/>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="111"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="112"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="114"/>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="121"/>
        <source>Edit (Ctrl+E)</source>
        <translation>تعديل (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="123"/>
        <source>Log call (Ctrl+L)</source>
        <translation>تسجيل مكالمة (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="125"/>
        <source>Call… (Ctrl+D)</source>
        <translation>اتصال… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="126"/>
        <source>Dial one of this customer&apos;s numbers through the modem</source>
        <translation>اطلب أحد أرقام هذا العميل عبر المودم</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="130"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="147"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="183"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="188"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="189"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="190"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="191"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="193"/>
        <source>Last call</source>
        <translation>آخر مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="194"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="195"/>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="80"/>
        <source>Edit customer</source>
        <translation>تعديل العميل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="80"/>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="93"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="94"/>
        <location filename="../../ui/customers/customer_form.py" line="129"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="104"/>
        <source>Comma separated, e.g. VIP, wholesale</source>
        <translation>مفصولة بفواصل، مثل VIP، جملة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="106"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="107"/>
        <source>Do not text</source>
        <translation>لا ترسل رسائل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="108"/>
        <source>Do not email</source>
        <translation>لا ترسل بريداً</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="112"/>
        <source>The language of the messages that tell this customer how a ticket stands</source>
        <translation>لغة الرسائل التي تُبلغ هذا العميل بحالة تذكرته</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="113"/>
        <source>Same as the program</source>
        <translation>مثل لغة البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="118"/>
        <source>Add phone</source>
        <translation>إضافة هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="127"/>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="128"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="130"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="131"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="132"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="133"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="134"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="135"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="136"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="140"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="141"/>
        <source>Language for messages</source>
        <translation>لغة الرسائل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="142"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="229"/>
        <source>Phone already in use</source>
        <translation>الهاتف مستخدم مسبقاً</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="230"/>
        <source>%1 already belongs to %2. Is it a shared number (an office or a family)?</source>
        <translation>الرقم %1 يخص %2 بالفعل. هل هو رقم مشترك (مكتب أو عائلة)؟</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="233"/>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="234"/>
        <source>Save anyway</source>
        <translation>حفظ على أي حال</translation>
    </message>
</context>
<context>
    <name>CustomerValueView</name>
    <message>
        <location filename="../../ui/reports/value_view.py" line="71"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="71"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="71"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="83"/>
        <source>Cumulative share of value by customers, best first</source>
        <translation>النسبة التراكمية للقيمة حسب العملاء، الأفضل أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="86"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="86"/>
        <source>Days since last contact</source>
        <translation>أيام منذ آخر تواصل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="86"/>
        <source>Usual gap (days)</source>
        <translation>الفاصل المعتاد (أيام)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="86"/>
        <source>Overdue ×</source>
        <translation>مرات التأخر</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="92"/>
        <source>Call the selected customer</source>
        <translation>الاتصال بالعميل المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="97"/>
        <source>No customer value yet. This screen groups customers by how recently, how often and how much they buy (RFM), shows who brings most of the value, and lists customers going quiet. It fills as calls and orders are logged: add orders on the customer cards (Ctrl+Shift+O).</source>
        <translation>لا توجد قيمة للعملاء بعد. تجمع هذه الشاشة العملاء حسب حداثة شرائهم وتكراره وقيمته (RFM)، وتُظهر من يحقق معظم القيمة، وتسرد العملاء الذين بدأوا بالانقطاع. تمتلئ مع تسجيل المكالمات والطلبات: أضف الطلبات في ملفات العملاء (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="103"/>
        <source>Nobody is overdue: a customer appears here when their silence is over 1.5 times their own usual gap between contacts.</source>
        <translation>لا يوجد عميل متأخر: يظهر العميل هنا عندما يتجاوز انقطاعه 1.5 ضعف الفاصل المعتاد بين اتصالاته.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="118"/>
        <source>Save as PNG…</source>
        <translation>حفظ كصورة PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="123"/>
        <source>Customers whose silence is over 1.5 times their own usual gap (3+ contacts).</source>
        <translation>عملاء تجاوز انقطاعهم 1.5 ضعف فاصلهم المعتاد (3 اتصالات أو أكثر).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="127"/>
        <source>Start a win-back campaign…</source>
        <translation>بدء حملة استعادة…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="131"/>
        <source>RFM segments</source>
        <translation>شرائح RFM</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="132"/>
        <source>Pareto / ABC</source>
        <translation>باريتو / ABC</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="133"/>
        <source>Churn risk</source>
        <translation>خطر الفقدان</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="135"/>
        <source>Recompute</source>
        <translation>إعادة الحساب</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="138"/>
        <source>Start a campaign for this segment…</source>
        <translation>بدء حملة لهذه الشريحة…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="150"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="158"/>
        <source>Recomputing…</source>
        <translation>جارٍ إعادة الحساب…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="164"/>
        <source>Not computed yet.</source>
        <translation>لم يُحسب بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="165"/>
        <source>Figures as of %1.</source>
        <translation>الأرقام حتى %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="182"/>
        <source>%1% of customers (%2) give %3% of the value of the last 365 days. A: %4, B: %5, C: %6.</source>
        <translation>%1% من العملاء (%2) يحققون %3% من قيمة آخر 365 يوماً. A: %4، B: %5، C: %6.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="189"/>
        <source>No orders in the last 365 days: record orders on the customer cards.</source>
        <translation>لا طلبات في آخر 365 يوماً: سجّل الطلبات في ملفات العملاء.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="223"/>
        <source>Choose a segment on the left to list its customers.</source>
        <translation>اختر شريحة من اليسار لعرض عملائها.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="224"/>
        <source>No customer is in this segment now.</source>
        <translation>لا يوجد عميل في هذه الشريحة حالياً.</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../ui/formatting.py" line="197"/>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="198"/>
        <source>Prospect</source>
        <translation>مرشّح</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="199"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="200"/>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="207"/>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="208"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="209"/>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="210"/>
        <source>Exhibition</source>
        <translation>معرض</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="211"/>
        <source>Walk-in</source>
        <translation>زيارة مباشرة</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="212"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="213"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="219"/>
        <source>Mobile</source>
        <translation>جوال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="220"/>
        <source>Landline</source>
        <translation>أرضي</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="221"/>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="222"/>
        <source>Fax</source>
        <translation>فاكس</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="173"/>
        <source>Search by name, company, email or any phone number (Ctrl+F; Down to the list, Enter to open)</source>
        <translation>ابحث بالاسم أو الشركة أو البريد الإلكتروني أو أي رقم هاتف (Ctrl+F؛ السهم السفلي للانتقال إلى القائمة، Enter للفتح)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="178"/>
        <source>Show only the customers of one RFM segment (recency, frequency, value)</source>
        <translation>عرض عملاء شريحة RFM واحدة فقط (الحداثة، التكرار، القيمة)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="179"/>
        <source>All customers</source>
        <translation>كل العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="211"/>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="212"/>
        <source>Clear this filter and show every customer</source>
        <translation>مسح هذا المرشح وعرض كل العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="239"/>
        <source>Showing: %1</source>
        <translation>المعروض: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="319"/>
        <source>No customer is left in this list. Choose “Show all” to see everyone.</source>
        <translation>لم يبقَ أي عميل في هذه القائمة. اختر «عرض الكل» لعرض الجميع.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="322"/>
        <source>No customer is in this segment. Segments come from customers&apos; calls and orders; choose “All customers” to see everyone.</source>
        <translation>لا يوجد عميل في هذه الشريحة. تُحدَّد الشرائح من مكالمات العملاء وطلباتهم؛ اختر «كل العملاء» لعرض الجميع.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="328"/>
        <source>No customer matches “%1”. Check the spelling or type part of the number, or press Ctrl+N to add them.</source>
        <translation>لا يوجد عميل يطابق «%1». تحقق من الإملاء أو اكتب جزءاً من الرقم، أو اضغط Ctrl+N لإضافته.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="333"/>
        <source>No customers yet. This list shows everyone you call or who calls you. Press Ctrl+N to add the first one, or save an unknown caller from the pop-up when the phone rings.</source>
        <translation>لا يوجد عملاء بعد. تعرض هذه القائمة كل من تتصل بهم أو يتصلون بك. اضغط Ctrl+N لإضافة أول عميل، أو احفظ متصلاً غير معروف من النافذة المنبثقة عند رنين الهاتف.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="61"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="62"/>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="63"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="64"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يوماً</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="65"/>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="66"/>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="84"/>
        <source>Calls per hour today</source>
        <translation>المكالمات لكل ساعة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="85"/>
        <source>Calls per day</source>
        <translation>المكالمات لكل يوم</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="86"/>
        <source>Inbound calls by weekday and hour</source>
        <translation>المكالمات الواردة حسب يوم الأسبوع والساعة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="87"/>
        <source>Top call reasons</source>
        <translation>أكثر أسباب الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="91"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="92"/>
        <location filename="../../ui/reports/dashboard.py" line="302"/>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="93"/>
        <location filename="../../ui/reports/dashboard.py" line="123"/>
        <location filename="../../ui/reports/dashboard.py" line="289"/>
        <source>Answered</source>
        <translation>مُجابة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="94"/>
        <source>Talk time</source>
        <translation>مدة المحادثة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <location filename="../../ui/reports/dashboard.py" line="128"/>
        <source>Average handle time</source>
        <translation>متوسط مدة المعالجة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="96"/>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>No calls in this period yet</source>
        <translation>لا توجد مكالمات في هذه الفترة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="104"/>
        <source>The charts show calls per hour and day, the busiest hours, the top reasons and each agent&apos;s calls once calls are logged: set up a caller-ID device (Caller ID → Caller ID settings), log a call with Ctrl+L, or choose a longer period.</source>
        <translation>تعرض الرسوم المكالمات لكل ساعة ويوم، وأكثر الساعات ازدحاماً، وأهم أسباب الاتصال، ومكالمات كل موظف بعد تسجيل المكالمات: أعدّ جهاز معرّف المتصل (معرّف المتصل ← إعدادات معرّف المتصل)، أو سجّل مكالمة بـ Ctrl+L، أو اختر فترة أطول.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="118"/>
        <source>Share of offered calls answered within %1 seconds; abandoned calls count as offered.</source>
        <translation>نسبة المكالمات الواردة التي أُجيبت خلال %1 ثانية؛ تُحتسب المكالمات المتروكة ضمن الواردة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="119"/>
        <source>Answered inbound calls with no repeat call from the same number within 7 days.</source>
        <translation>المكالمات الواردة المُجابة دون اتصال متكرر من الرقم نفسه خلال 7 أيام.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="120"/>
        <source>Answered calls (both directions) per agent who answered.</source>
        <translation>المكالمات المُجابة (بالاتجاهين) لكل موظف أجاب.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Offered</source>
        <translation>الواردة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Inbound calls that reached us (ringing calls excluded).</source>
        <translation>المكالمات الواردة التي وصلتنا (دون المكالمات التي ترن).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="123"/>
        <source>Inbound calls an agent answered.</source>
        <translation>المكالمات الواردة التي أجابها موظف.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="124"/>
        <source>Missed / abandoned</source>
        <translation>فائتة / متروكة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="124"/>
        <source>Inbound calls nobody answered: missed plus abandoned.</source>
        <translation>مكالمات واردة لم يُجب عليها أحد: الفائتة والمتروكة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="125"/>
        <source>Abandonment rate</source>
        <translation>معدل الترك</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="125"/>
        <source>Unanswered inbound calls divided by offered calls.</source>
        <translation>المكالمات الواردة غير المُجابة مقسومة على الواردة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="126"/>
        <source>Service level</source>
        <translation>مستوى الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="127"/>
        <source>Average speed of answer</source>
        <translation>متوسط سرعة الرد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="127"/>
        <source>Average ring time of answered inbound calls.</source>
        <translation>متوسط زمن الرنين للمكالمات الواردة المُجابة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="128"/>
        <source>Average talk time of answered calls, both directions.</source>
        <translation>متوسط مدة المحادثة للمكالمات المُجابة بالاتجاهين.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="129"/>
        <source>Calls per agent</source>
        <translation>المكالمات لكل موظف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="130"/>
        <source>First contact resolution</source>
        <translation>الحل من أول اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="131"/>
        <source>Revenue per call</source>
        <translation>الإيراد لكل مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="131"/>
        <source>Order revenue in the period divided by answered calls.</source>
        <translation>إيراد الطلبات في الفترة مقسوماً على المكالمات المُجابة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="137"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="140"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="160"/>
        <source>Save as PNG…</source>
        <translation>حفظ كصورة PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="169"/>
        <source>Agents</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="230"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية قبل تاريخ البداية.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="232"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="282"/>
        <source>Inbound</source>
        <translation>واردة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="283"/>
        <source>Outbound</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="290"/>
        <source>Not answered</source>
        <translation>غير مُجابة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="319"/>
        <source>Updated %1</source>
        <translation>حُدّث %1</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../ui/database/dialog.py" line="15"/>
        <source>The password is kept in this computer&apos;s password store (keyring), never in the settings.</source>
        <translation>تُحفظ كلمة المرور في مخزن كلمات المرور على هذا الحاسوب (keyring)، ولا تُحفظ أبداً في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../ui/database/dialog.py" line="18"/>
        <source>This computer has no password store: Tamas asks for the password at each start and keeps it in memory only.</source>
        <translation>لا يوجد مخزن لكلمات المرور على هذا الحاسوب: يطلب تماس كلمة المرور عند كل تشغيل ويحتفظ بها في الذاكرة فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/database/dialog.py" line="33"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/database/dialog.py" line="38"/>
        <source>Tamas opens the chosen database at its next start. A --db on the command line still wins.</source>
        <translation>يفتح تماس قاعدة البيانات المختارة عند تشغيله التالي. ويبقى للخيار --db في سطر الأوامر الأولوية.</translation>
    </message>
    <message>
        <location filename="../../ui/database/install.py" line="16"/>
        <source>&amp;Database…</source>
        <translation>&amp;قاعدة البيانات…</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/database/wizard_page.py" line="28"/>
        <source>Where is your data?</source>
        <translation>أين بياناتك؟</translation>
    </message>
    <message>
        <location filename="../../ui/database/wizard_page.py" line="29"/>
        <source>One computer: keep it on this PC. Several seats: every seat uses the office server. This can be changed later in Settings → Database…</source>
        <translation>حاسوب واحد: احفظها على هذا الحاسوب. عدة محطات: تستخدم كل محطة خادم المكتب. يمكن تغيير ذلك لاحقاً من الإعدادات ← قاعدة البيانات…</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <location filename="../../ui/database/startup.py" line="20"/>
        <source>Office server password</source>
        <translation>كلمة مرور خادم المكتب</translation>
    </message>
    <message>
        <location filename="../../ui/database/startup.py" line="21"/>
        <source>Password of {0} on {1}:</source>
        <translation>كلمة مرور {0} على {1}:</translation>
    </message>
</context>
<context>
    <name>DayPlanDialog</name>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="35"/>
        <source>Technician day plan</source>
        <translation>خطة يوم الفني</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="44"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="47"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="47"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="47"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="48"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="48"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="57"/>
        <source>Technician</source>
        <translation>الفني</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="57"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="90"/>
        <source>%1 visits</source>
        <translation>%1 زيارة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="93"/>
        <source>Export day plan</source>
        <translation>تصدير خطة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="100"/>
        <source>%1 visits written to %2</source>
        <translation>كُتبت %1 زيارة في %2</translation>
    </message>
</context>
<context>
    <name>DeviceErrors</name>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="37"/>
        <source>Nothing is connected at %1. Plug the device in, or choose another port (Detect devices finds it), then press Test again.</source>
        <translation>لا يوجد جهاز متصل على %1. صِل الجهاز، أو اختر منفذاً آخر (يعثر عليه «اكتشاف الأجهزة»)، ثم اضغط «اختبار» مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="39"/>
        <source>Tamas may not open %1. Close any other program using it; on Linux, add your user to the dialout group and log in again.</source>
        <translation>لا يُسمح لتماس بفتح %1. أغلق أي برنامج آخر يستخدمه؛ وعلى Linux أضف مستخدمك إلى مجموعة dialout ثم سجّل الدخول مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="41"/>
        <source>%1 is in use by another program. Close it, then press Test again.</source>
        <translation>%1 مستخدم من برنامج آخر. أغلقه، ثم اضغط «اختبار» مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="42"/>
        <source>Nothing is listening at %1. Start the NCID server there, or correct the host and port, then press Test again.</source>
        <translation>لا شيء يستمع على %1. شغّل خادم NCID هناك، أو صحّح المضيف والمنفذ، ثم اضغط «اختبار» مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="44"/>
        <source>The server name in %1 cannot be found. Check its spelling, or type the server&apos;s IP address.</source>
        <translation>تعذّر العثور على اسم الخادم في %1. تحقق من كتابته، أو اكتب عنوان IP للخادم.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="46"/>
        <source>%1 does not answer. Check that the server is on and reachable from this computer, then press Test again.</source>
        <translation>%1 لا يستجيب. تأكد أن الخادم يعمل ويمكن الوصول إليه من هذا الحاسوب، ثم اضغط «اختبار» مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="48"/>
        <source>%1 cannot be opened. Check the cable (or the network) and the settings, then press Test again.</source>
        <translation>تعذّر فتح %1. تحقق من الكبل (أو الشبكة) والإعدادات، ثم اضغط «اختبار» مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="60"/>
        <source>Choose the port the device is plugged into (such as COM3), or press Detect devices.</source>
        <translation>اختر المنفذ الموصول به الجهاز (مثل COM3)، أو اضغط «اكتشاف الأجهزة».</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="49"/>
        <source>Caller-ID device</source>
        <translation>جهاز معرّف المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="50"/>
        <source>The box or modem that tells Tamas who is calling, so the caller&apos;s card pops up.</source>
        <translation>الصندوق أو المودم الذي يُعلم تماس بهوية المتصل، ليظهر ملف المتصل.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="51"/>
        <source>Use the device found below</source>
        <translation>استخدام الجهاز الموجود أدناه</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="52"/>
        <source>No device yet — simulate calls (Caller ID → Simulate, Ctrl+Shift+I)</source>
        <translation>لا يوجد جهاز بعد — محاكاة المكالمات (معرّف المتصل ← محاكاة، Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="53"/>
        <source>Detect</source>
        <translation>اكتشاف</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="54"/>
        <source>Ask every serial port which caller-ID device answers (a few seconds)</source>
        <translation>اسأل كل منفذ تسلسلي أي جهاز معرّف متصل يجيب (بضع ثوانٍ)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="61"/>
        <source>Asking every serial port… this takes a few seconds.</source>
        <translation>جارٍ سؤال كل المنافذ التسلسلية… يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="63"/>
        <source>Plug the device in, then press Detect.</source>
        <translation>صِل الجهاز، ثم اضغط «اكتشاف».</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="65"/>
        <source>Found %1 device(s). Choose one.</source>
        <translation>عُثر على %1 جهاز. اختر واحداً.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="67"/>
        <source>%1 serial ports found, none answered like a caller-ID device. Check the cable and power, or go on without a device.</source>
        <translation>عُثر على %1 منفذ تسلسلي، ولم يجب أي منها كجهاز معرّف متصل. تحقق من الكبل والطاقة، أو تابع دون جهاز.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="69"/>
        <source>No serial ports found. Plug the device in and press Detect again, or go on without a device.</source>
        <translation>لم يُعثر على منافذ تسلسلية. صِل الجهاز واضغط «اكتشاف» مجدداً، أو تابع دون جهاز.</translation>
    </message>
</context>
<context>
    <name>DispositionsDialog</name>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="35"/>
        <source>Dispositions</source>
        <translation>تصنيفات الإنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="40"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="40"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="40"/>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="40"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="40"/>
        <source>Contact made</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="41"/>
        <source>Success</source>
        <translation>نجاح</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="41"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="41"/>
        <source>Callback</source>
        <translation>معاودة اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="41"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="42"/>
        <source>Retry after (minutes)</source>
        <translation>إعادة المحاولة بعد (دقائق)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="42"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="45"/>
        <source>Add a disposition</source>
        <translation>إضافة تصنيف</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="194"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="196"/>
        <source>Press Finish to start. Customers you add (Ctrl+N) or save from a ringing call appear in the Customers tab; every call appears in Calls. You can run this setup again from Settings → First-run setup.</source>
        <translation>اضغط «إنهاء» للبدء. يظهر العملاء الذين تضيفهم (Ctrl+N) أو تحفظهم من مكالمة ترن في تبويب «العملاء»؛ وتظهر كل مكالمة في «المكالمات». يمكنك تشغيل هذا الإعداد مجدداً من الإعدادات ← إعداد التشغيل الأول.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="199"/>
        <source>Import my customers…</source>
        <translation>استيراد عملائي…</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="22"/>
        <location filename="../../ui/duplicates/duplicates_view.py" line="32"/>
        <source>Find duplicates</source>
        <translation>البحث عن التكرارات</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="25"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="25"/>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="25"/>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="25"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="33"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="34"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="55"/>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن التكرارات…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="71"/>
        <source>same phone</source>
        <translation>الهاتف نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="72"/>
        <source>same e-mail</source>
        <translation>البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="73"/>
        <source>near name, phone ends alike</source>
        <translation>اسم متقارب، ونهاية الهاتف متشابهة</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="74"/>
        <source>near name, same city</source>
        <translation>اسم متقارب، والمدينة نفسها</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="87"/>
        <source>%1 groups</source>
        <translation>%1 مجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="93"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/messages.py" line="13"/>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="14"/>
        <source>“%1” is not an email address (expected name@example.com).</source>
        <translation>«%1» ليس عنوان بريد إلكتروني (مثال: name@example.com).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="17"/>
        <source>“%1” cannot be a phone number: type 3 to 17 digits.</source>
        <translation>«%1» لا يمكن أن يكون رقم هاتف: اكتب من 3 إلى 17 رقماً.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>“%1” is not an amount: type digits, e.g. 1250000.</source>
        <translation>«%1» ليس مبلغاً: اكتب أرقاماً، مثل 1250000.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>“%1” is already in this list.</source>
        <translation>«%1» موجود في القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>Choose one of the listed values.</source>
        <translation>اختر إحدى القيم المدرجة.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>This value is out of range.</source>
        <translation>هذه القيمة خارج النطاق.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Too long: shorten it to %1 characters or fewer.</source>
        <translation>طويل جداً: اختصره إلى %1 حرفاً أو أقل.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>This record no longer exists (another seat may have deleted it).</source>
        <translation>هذا السجل لم يعد موجوداً (ربما حذفه مستخدم آخر).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Something went wrong (%1).</source>
        <translation>حدث خطأ (%1).</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ui/tickets/actions.py" line="122"/>
        <source>Escalate ticket</source>
        <translation>تصعيد التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="122"/>
        <source>Why does this ticket need another tier?</source>
        <translation>لماذا تحتاج هذه التذكرة إلى مستوى آخر؟</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="125"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="126"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="41"/>
        <source>An Excel (.xlsx), CSV or contacts (.vcf) file</source>
        <translation>ملف Excel (.xlsx) أو CSV أو جهات اتصال (.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="42"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="48"/>
        <source>Detect</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="48"/>
        <source>Windows Arabic (1256)</source>
        <translation>Windows عربي (1256)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="55"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="56"/>
        <source>Text encoding:</source>
        <translation>ترميز النص:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="57"/>
        <source>Sheet:</source>
        <translation>الورقة:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="66"/>
        <source>Import customers</source>
        <translation>استيراد العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="66"/>
        <source>Customer files (*.xlsx *.csv *.txt *.vcf);;All files (*)</source>
        <translation>ملفات العملاء (*.xlsx *.csv *.txt *.vcf);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="83"/>
        <source>%1 rows</source>
        <translation>%1 صف</translation>
    </message>
</context>
<context>
    <name>FilterForm</name>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="46"/>
        <source>any of these tags, separated by commas</source>
        <translation>أيٌّ من هذه الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="47"/>
        <source>any of these cities, separated by commas</source>
        <translation>أيٌّ من هذه المدن، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="55"/>
        <source>Only customers at churn risk</source>
        <translation>العملاء المعرّضون لخطر الفقدان فقط</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="56"/>
        <source>Only customers never called</source>
        <translation>العملاء الذين لم يُتصل بهم قط فقط</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="57"/>
        <source>Contacted since</source>
        <translation>تم التواصل معهم منذ</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="58"/>
        <source>Not contacted since</source>
        <translation>لم يُتواصل معهم منذ</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="60"/>
        <source>Ordered between</source>
        <translation>طلبوا بين</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="65"/>
        <source>Import a list of numbers…</source>
        <translation>استيراد قائمة أرقام…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="72"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="73"/>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="74"/>
        <source>Cities:</source>
        <translation>المدن:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="75"/>
        <source>RFM segments:</source>
        <translation>شرائح RFM:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="140"/>
        <source>%1 customers from the imported list</source>
        <translation>%1 عميل من القائمة المستوردة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="145"/>
        <source>Import a list of numbers</source>
        <translation>استيراد قائمة أرقام</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="146"/>
        <source>Text or CSV (*.txt *.csv)</source>
        <translation>نص أو CSV (*.txt *.csv)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="75"/>
        <source>Set up Tamas</source>
        <translation>إعداد تماس</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="76"/>
        <source>Skip setup</source>
        <translation>تخطي الإعداد</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/tickets/actions.py" line="142"/>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="143"/>
        <source>Call the customer back</source>
        <translation>معاودة الاتصال بالعميل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="149"/>
        <source>What</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="150"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="154"/>
        <source>Say what needs doing.</source>
        <translation>اذكر ما يجب القيام به.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/importing/fields.py" line="10"/>
        <source>(do not import)</source>
        <translation>(لا تستورد)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="11"/>
        <source>Customer ID (update)</source>
        <translation>معرّف العميل (تحديث)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="12"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="13"/>
        <source>Person or company</source>
        <translation>فرد أو شركة</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="14"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="15"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="16"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="17"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="18"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="19"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="20"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="21"/>
        <source>Mobile phone</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="22"/>
        <source>Landline</source>
        <translation>الهاتف الأرضي</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="23"/>
        <source>Work phone</source>
        <translation>هاتف العمل</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="24"/>
        <source>Fax</source>
        <translation>فاكس</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="25"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="26"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="27"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="28"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="29"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="30"/>
        <source>Do not SMS</source>
        <translation>لا ترسل رسائل SMS</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="31"/>
        <source>Do not e-mail</source>
        <translation>لا ترسل بريداً</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="32"/>
        <source>Customer since (date)</source>
        <translation>عميل منذ (تاريخ)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/importing/history.py" line="17"/>
        <source>Past imports</source>
        <translation>عمليات الاستيراد السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="20"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="20"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="20"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="20"/>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="20"/>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="21"/>
        <source>Skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="21"/>
        <source>Left out</source>
        <translation>مُستبعد</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="21"/>
        <source>Undone</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="28"/>
        <location filename="../../ui/importing/history.py" line="58"/>
        <source>Undo this import</source>
        <translation>التراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="59"/>
        <source>Remove the %1 customers import %2 added and restore those it changed?</source>
        <translation>إزالة العملاء الـ%1 الذين أضافهم الاستيراد %2 واستعادة من عدّلهم؟</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="66"/>
        <source>Undone: %1 customers removed or restored.</source>
        <translation>تم التراجع: أُزيل أو استُعيد %1 عميل.</translation>
    </message>
</context>
<context>
    <name>ImportMenu</name>
    <message>
        <location filename="../../ui/importing/menu.py" line="46"/>
        <source>&amp;Import customers…</source>
        <translation>ا&amp;ستيراد العملاء…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/menu.py" line="47"/>
        <source>Past &amp;imports…</source>
        <translation>عمليات الاستيراد ال&amp;سابقة…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/menu.py" line="49"/>
        <source>Find &amp;duplicates…</source>
        <translation>البحث عن الت&amp;كرارات…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/menu.py" line="50"/>
        <source>Data &amp;quality…</source>
        <translation>&amp;جودة البيانات…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="34"/>
        <source>Import customers</source>
        <translation>استيراد العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="47"/>
        <source>&lt; Back</source>
        <translation>&lt; السابق</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="47"/>
        <location filename="../../ui/importing/wizard.py" line="69"/>
        <source>Next &gt;</source>
        <translation>التالي &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="48"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="69"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="80"/>
        <source>Import cancelled: nothing was saved.</source>
        <translation>أُلغي الاستيراد: لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="120"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="134"/>
        <source>Done: %1 customers added, %2 updated, %3 merged, %4 skipped, %5 rows left out.</source>
        <translation>تم: أُضيف %1 عميل، وحُدّث %2، ودُمج %3، وتُخطّي %4، واستُبعد %5 صف.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="54"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="59"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="59"/>
        <source>Ticket</source>
        <translation>التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="59"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="66"/>
        <source>Mark read</source>
        <translation>تحديد كمقروء</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="68"/>
        <source>Mark all read</source>
        <translation>تحديد الكل كمقروء</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="81"/>
        <source>Ticket #%1 missed its resolution target.</source>
        <translation>فات التذكرة #%1 موعد الحل المستهدف.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="83"/>
        <source>Follow-up due: %1</source>
        <translation>متابعة مستحقة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="102"/>
        <source>%1 unread</source>
        <translation>%1 غير مقروء</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="103"/>
        <source>No notifications. Breached tickets and due follow-ups appear here.</source>
        <translation>لا توجد إشعارات. تظهر هنا التذاكر المتجاوزة والمتابعات المستحقة.</translation>
    </message>
</context>
<context>
    <name>KnowledgeDialog</name>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="37"/>
        <source>Knowledge base</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="41"/>
        <source>Search articles</source>
        <translation>البحث في المقالات</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="47"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="52"/>
        <source>New article</source>
        <translation>مقالة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="54"/>
        <source>Save article</source>
        <translation>حفظ المقالة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="63"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="64"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="88"/>
        <source>Could not load the articles: %1. Search again to retry.</source>
        <translation>تعذّر تحميل المقالات: %1. ابحث مجدداً لإعادة المحاولة.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="115"/>
        <source>Give the article a title.</source>
        <translation>أعطِ المقالة عنواناً.</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../ui/lookup_editor.py" line="122"/>
        <source>Translations of “%1”</source>
        <translation>ترجمات «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="129"/>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="130"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="131"/>
        <source>Leave a language empty to show the value as typed.</source>
        <translation>اترك اللغة فارغة لعرض القيمة كما كُتبت.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="99"/>
        <source>Language and calendar</source>
        <translation>اللغة والتقويم</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="100"/>
        <source>How Tamas speaks and shows dates. Both can be changed later in the Settings menu.</source>
        <translation>كيف يخاطبك تماس ويعرض التواريخ. يمكن تغيير كليهما لاحقاً من قائمة الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="101"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="102"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="103"/>
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالي (هجري شمسي)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="103"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
</context>
<context>
    <name>ListOverlay</name>
    <message>
        <location filename="../../ui/list_status.py" line="65"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/list_status.py" line="85"/>
        <source>Could not load: %1. Check that the database is reachable, then press Retry.</source>
        <translation>تعذّر التحميل: %1. تأكد من إمكانية الوصول إلى قاعدة البيانات، ثم اضغط «إعادة المحاولة».</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/paged_model.py" line="106"/>
        <source>This column cannot be sorted (the database has no index for it).</source>
        <translation>لا يمكن الفرز حسب هذا العمود (لا يوجد له فهرس في قاعدة البيانات).</translation>
    </message>
    <message>
        <location filename="../../ui/paged_model.py" line="109"/>
        <source>Click to sort by this column; click again to reverse.</source>
        <translation>انقر للفرز حسب هذا العمود؛ وانقر مجدداً لعكس الترتيب.</translation>
    </message>
</context>
<context>
    <name>LookupEditor</name>
    <message>
        <location filename="../../ui/lookup_editor.py" line="35"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="36"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="37"/>
        <source>Translations…</source>
        <translation>الترجمات…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="39"/>
        <location filename="../../ui/lookup_editor.py" line="82"/>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="45"/>
        <source>Retired values stay on old calls but are no longer offered.</source>
        <translation>تبقى القيم الموقوفة على المكالمات القديمة لكنها لا تُعرض بعد الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="68"/>
        <source>%1 (retired)</source>
        <translation>%1 (موقوف)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="82"/>
        <source>Bring back</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="85"/>
        <source>New value:</source>
        <translation>قيمة جديدة:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="93"/>
        <source>Rename to:</source>
        <translation>إعادة التسمية إلى:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Tamas — customers and calls</source>
        <translation>تماس — العملاء والمكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Missed calls</source>
        <translation>المكالمات الفائتة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Dashboard</source>
        <translation>لوحة المؤشرات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Customer value</source>
        <translation>قيمة العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Staffing</source>
        <translation>التوظيف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Caller ID: not set up</source>
        <translation>معرّف المتصل: غير مُعدّ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Agent: %1</source>
        <translation>الموظف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;New customer…</source>
        <translation>عميل &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Log call…</source>
        <translation>&amp;تسجيل مكالمة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Open customer card</source>
        <translation>&amp;فتح ملف العميل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Edit customer…</source>
        <translation>&amp;تعديل العميل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Delete customer…</source>
        <translation>&amp;حذف العميل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Find customer</source>
        <translation>&amp;بحث عن عميل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Caller &amp;ID</source>
        <translation>معرّف ال&amp;متصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Answer the newest call</source>
        <translation>الر&amp;د على أحدث مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Simulate incoming call</source>
        <translation>&amp;محاكاة مكالمة واردة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Replay a capture file…</source>
        <translation>إ&amp;عادة تشغيل ملف ملتقط…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Dial a number…</source>
        <translation>&amp;طلب رقم…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Caller ID &amp;settings…</source>
        <translation>إ&amp;عدادات معرّف المتصل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Calendar</source>
        <translation>الت&amp;قويم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالي (هجري شمسي)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Hijri (Islamic civil), with Gregorian beside it</source>
        <translation>هجري (مدني)، مع الميلادي بجانبه</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;Digits</source>
        <translation>الأ&amp;رقام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Persian or Arabic digits (۱۲۳ / ١٢٣)</source>
        <translation>أرقام فارسية أو عربية (۱۲۳ / ١٢٣)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Latin digits (123)</source>
        <translation>أرقام لاتينية (123)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Call &amp;reasons…</source>
        <translation>أ&amp;سباب المكالمات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Call &amp;outcomes…</source>
        <translation>&amp;نتائج المكالمات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>&amp;First-run setup…</source>
        <translation>إعداد التشغيل الأ&amp;ول…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;About Tamas</source>
        <translation>&amp;حول تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Your role may not delete customers: ask a supervisor or the owner.</source>
        <translation>لا يسمح دورك بحذف العملاء: اطلب ذلك من مشرف أو من المالك.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Delete customer</source>
        <translation>حذف العميل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Delete “%1”? Their calls are kept. You can undo this with Ctrl+Z.</source>
        <translation>حذف «%1»؟ ستبقى مكالماته. يمكنك التراجع بـ Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>“%1” deleted. Press Ctrl+Z to undo.</source>
        <translation>حُذف «%1». اضغط Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Replay a caller-ID capture</source>
        <translation>إعادة تشغيل التقاط معرّف المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>replay</source>
        <translation>إعادة تشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Caller ID: %1</source>
        <translation>معرّف المتصل: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>%1 is unplugged or not answering; reconnecting…</source>
        <translation>%1 مفصول أو لا يستجيب؛ جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>Dialling %1…</source>
        <translation>جارٍ طلب %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>No modem connected: dial %1 on the phone, then save the call.</source>
        <translation>لا يوجد مودم متصل: اطلب %1 من الهاتف ثم احفظ المكالمة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Dial a number</source>
        <translation>طلب رقم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>Call reasons</source>
        <translation>أسباب المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>Call outcomes</source>
        <translation>نتائج المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517"/>
        <source>About Tamas</source>
        <translation>حول تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>Tamas keeps your customers and calls, and shows who is calling before you answer.</source>
        <translation>يحفظ تماس عملاءك ومكالماتك، ويُظهر من المتصل قبل أن تجيب.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Tamas</source>
        <translation>تماس</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="105"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="105"/>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="105"/>
        <source>Import as</source>
        <translation>الاستيراد كـ</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="109"/>
        <source>Add new customers</source>
        <translation>إضافة عملاء جدد</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="109"/>
        <source>Add new, update by ID</source>
        <translation>إضافة الجدد، والتحديث حسب المعرّف</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="110"/>
        <source>Only update existing customers</source>
        <translation>تحديث العملاء الحاليين فقط</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="113"/>
        <source>Merge into the existing customer</source>
        <translation>الدمج مع العميل الحالي</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="113"/>
        <source>Skip the row</source>
        <translation>تخطي الصف</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="114"/>
        <source>Create another customer</source>
        <translation>إنشاء عميل آخر</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="117"/>
        <source>Import:</source>
        <translation>الاستيراد:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="118"/>
        <source>Same phone or e-mail as a customer:</source>
        <translation>الهاتف أو البريد الإلكتروني نفسه لعميل موجود:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="121"/>
        <source>Check which column holds what. Your choice is remembered for files like this.</source>
        <translation>تحقق مما يحتويه كل عمود. يُحفظ اختيارك للملفات المشابهة.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="49"/>
        <source>Merge customers</source>
        <translation>دمج العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="56"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="57"/>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="67"/>
        <source>Keep this record; merge the others into it:</source>
        <translation>الإبقاء على هذا السجل ودمج البقية فيه:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="148"/>
        <source>Merge undone: every customer is back as it was.</source>
        <translation>أُلغي الدمج: عاد كل عميل كما كان.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="91"/>
        <source>One of these customers no longer exists: find duplicates again.</source>
        <translation>أحد هؤلاء العملاء لم يعد موجوداً: ابحث عن التكرارات مجدداً.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="111"/>
        <source>Phones (all kept)</source>
        <translation>الهواتف (تُحفظ جميعها)</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="135"/>
        <source>Merged. Calls, orders and phones now belong to #%1.</source>
        <translation>تم الدمج. أصبحت المكالمات والطلبات والهواتف تابعة للعميل #%1.</translation>
    </message>
</context>
<context>
    <name>MissedCallsView</name>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="53"/>
        <source>No missed calls waiting for a call back.</source>
        <translation>لا توجد مكالمات فائتة بانتظار معاودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="55"/>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="57"/>
        <source>Dial the selected caller (or log the call by hand); reaching them clears the row</source>
        <translation>اطلب المتصل المحدد (أو سجّل المكالمة يدوياً)؛ الوصول إليه يزيل الصف</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="60"/>
        <source>Mark handled…</source>
        <translation>تحديد كمُعالَج…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="61"/>
        <source>Take the selected caller off the list, with an optional note</source>
        <translation>أزل المتصل المحدد من القائمة، مع ملاحظة اختيارية</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="63"/>
        <source>Show handled</source>
        <translation>عرض المُعالَجة</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="68"/>
        <source>Callers nobody has reached yet, one row per number</source>
        <translation>متصلون لم يصل إليهم أحد بعد، صف واحد لكل رقم</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="105"/>
        <source>Mark handled</source>
        <translation>تحديد كمُعالَج</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="105"/>
        <source>Note (optional):</source>
        <translation>ملاحظة (اختيارية):</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="119"/>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="121"/>
        <source>%1 callers, handled ones included</source>
        <translation>%1 متصل، بما فيهم المُعالَجون</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="123"/>
        <source>%1 callers to call back</source>
        <translation>%1 متصل لمعاودة الاتصال بهم</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="33"/>
        <source>Iranian rial</source>
        <translation>ريال إيراني</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="34"/>
        <source>US dollar</source>
        <translation>دولار أمريكي</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="35"/>
        <source>Euro</source>
        <translation>يورو</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="36"/>
        <source>UAE dirham</source>
        <translation>درهم إماراتي</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="37"/>
        <source>Iraqi dinar</source>
        <translation>دينار عراقي</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="38"/>
        <source>Saudi riyal</source>
        <translation>ريال سعودي</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="39"/>
        <source>Kuwaiti dinar</source>
        <translation>دينار كويتي</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="40"/>
        <source>Qatari riyal</source>
        <translation>ريال قطري</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="41"/>
        <source>Omani rial</source>
        <translation>ريال عماني</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="42"/>
        <source>Bahraini dinar</source>
        <translation>دينار بحريني</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="43"/>
        <source>Turkish lira</source>
        <translation>ليرة تركية</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="44"/>
        <source>Afghan afghani</source>
        <translation>أفغاني أفغانستاني</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="162"/>
        <source>Money</source>
        <translation>العملة والمبالغ</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="163"/>
        <source>The currency of your orders and how amounts are shown.</source>
        <translation>عملة طلباتك وطريقة عرض المبالغ.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="164"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="165"/>
        <source>Show rial amounts in Toman (1 Toman = 10 rials)</source>
        <translation>عرض المبالغ بالريال بوحدة التومان (1 تومان = 10 ريالات)</translation>
    </message>
</context>
<context>
    <name>MoreRinging</name>
    <message>
        <location filename="../../ui/callerid/pop_stack.py" line="48"/>
        <source>+%1 more ringing</source>
        <translation>+%1 مكالمة أخرى ترن</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="27"/>
        <source>New ticket</source>
        <translation>تذكرة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="32"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="40"/>
        <source>What is the problem or request, in a few words</source>
        <translation>ما المشكلة أو الطلب، في كلمات قليلة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="45"/>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="74"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="45"/>
        <source>(no customer)</source>
        <translation>(بلا عميل)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="47"/>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="74"/>
        <source>From call</source>
        <translation>من مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="48"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="49"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="50"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="51"/>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="74"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="52"/>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="75"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="68"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="75"/>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="76"/>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="77"/>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="82"/>
        <source>Enter a user name.</source>
        <translation>أدخل اسم مستخدم.</translation>
    </message>
</context>
<context>
    <name>NextCallView</name>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="71"/>
        <source>Next call (F5)</source>
        <translation>المكالمة التالية (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="74"/>
        <source>Dial (F12)</source>
        <translation>طلب (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="77"/>
        <source>I dialled by hand (Shift+F12)</source>
        <translation>طلبتُ الرقم يدوياً (Shift+F12)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="80"/>
        <source>Not for this campaign</source>
        <translation>ليس لهذه الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="81"/>
        <source>The customer asked not to be called for this campaign; other campaigns may still call them.</source>
        <translation>طلب العميل عدم الاتصال به في هذه الحملة؛ ويمكن للحملات الأخرى الاتصال به.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="92"/>
        <source>How did the call end?</source>
        <translation>كيف انتهت المكالمة؟</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="99"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="107"/>
        <source>Call back at:</source>
        <translation>معاودة الاتصال في:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="108"/>
        <source>Sale amount:</source>
        <translation>مبلغ البيع:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="109"/>
        <source>Product:</source>
        <translation>المنتج:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="110"/>
        <source>Quantity:</source>
        <translation>الكمية:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="111"/>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="157"/>
        <source>Nobody on the card</source>
        <translation>لا يوجد عميل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="163"/>
        <source>attempts: %1</source>
        <translation>المحاولات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="164"/>
        <source>orders: %1, %2</source>
        <translation>الطلبات: %1، %2</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="165"/>
        <source>last call: %1</source>
        <translation>آخر مكالمة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="166"/>
        <source>never</source>
        <translation>لا توجد</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="168"/>
        <source>callback promised for %1</source>
        <translation>وُعد بمعاودة الاتصال في %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="221"/>
        <source>Dialled by hand: pick how the call ended.</source>
        <translation>طُلب يدوياً: اختر كيف انتهت المكالمة.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="224"/>
        <source>Dialling %1…</source>
        <translation>جارٍ طلب %1…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="227"/>
        <source>No modem connected: dial %1 on the phone, then pick how the call ended.</source>
        <translation>لا يوجد مودم متصل: اطلب %1 من الهاتف، ثم اختر كيف انتهت المكالمة.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="249"/>
        <source>Saved. Press Next call for the next customer.</source>
        <translation>حُفظ. اضغط «المكالمة التالية» للانتقال إلى العميل التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="258"/>
        <source>Taken off this campaign. Press Next call for the next customer.</source>
        <translation>أُزيل من هذه الحملة. اضغط «المكالمة التالية» للانتقال إلى العميل التالي.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/tickets/actions.py" line="115"/>
        <source>Write a note saying why first.</source>
        <translation>اكتب أولاً ملاحظة توضح السبب.</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="35"/>
        <source>Notifications: breached tickets and follow-ups that are due</source>
        <translation>الإشعارات: التذاكر المتجاوزة والمتابعات المستحقة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="45"/>
        <source>%1 unread notifications</source>
        <translation>%1 إشعار غير مقروء</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="133"/>
        <source>Your office</source>
        <translation>مكتبك</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="134"/>
        <source>Where the phones are: numbers without a country code are read this way.</source>
        <translation>موقع الهواتف: تُقرأ الأرقام التي لا تتضمن رمز الدولة على هذا الأساس.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="135"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="136"/>
        <source>Area code</source>
        <translation>رمز المنطقة</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="137"/>
        <source>e.g. 21 for Tehran; empty if callers&apos; numbers always include it</source>
        <translation>مثل 21 لطهران؛ اتركه فارغاً إن كانت أرقام المتصلين تتضمنه دائماً</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="138"/>
        <source>The area code is added to local numbers of 8 digits, so 88776655 and 021 8877 6655 find the same customer.</source>
        <translation>يُضاف رمز المنطقة إلى الأرقام المحلية ذات 8 أرقام، فيعثر 88776655 و021 8877 6655 على العميل نفسه.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="52"/>
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
        <source>No orders yet.</source>
        <translation>لا توجد طلبات بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="119"/>
        <source>Add order… (Ctrl+Shift+O)</source>
        <translation>إضافة طلب… (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="124"/>
        <source>%1 orders</source>
        <translation>%1 طلب</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="37"/>
        <source>The owner&apos;s account</source>
        <translation>حساب المالك</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="38"/>
        <source>The owner adds users and decides who may export, import or delete. Leave the password empty to use Tamas without signing in on this PC.</source>
        <translation>يضيف المالك المستخدمين ويحدد من يمكنه التصدير أو الاستيراد أو الحذف. اترك كلمة المرور فارغة لاستخدام تماس دون تسجيل الدخول على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="40"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="41"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="42"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="43"/>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="59"/>
        <source>Enter the owner&apos;s user name.</source>
        <translation>أدخل اسم مستخدم المالك.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="43"/>
        <source>New password for %1</source>
        <translation>كلمة مرور جديدة لـ %1</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="47"/>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="48"/>
        <source>Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="46"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="47"/>
        <source>Remove this phone number</source>
        <translation>إزالة رقم الهاتف هذا</translation>
    </message>
</context>
<context>
    <name>PopManager</name>
    <message>
        <location filename="../../ui/callerid/pop_manager.py" line="388"/>
        <source>Caller ID could not reach the database (%1): check the call log for this call.</source>
        <translation>تعذّر على معرّف المتصل الوصول إلى قاعدة البيانات (%1): تحقق من سجل المكالمات لهذه المكالمة.</translation>
    </message>
</context>
<context>
    <name>PopStack</name>
    <message>
        <location filename="../../ui/callerid/pop_stack.py" line="126"/>
        <source>Unknown caller</source>
        <translation>متصل غير معروف</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importing/preview.py" line="46"/>
        <location filename="../../ui/importing/preview.py" line="48"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="46"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="46"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="46"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="47"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="47"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="47"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="48"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="51"/>
        <source>Save rejected rows…</source>
        <translation>حفظ الصفوف المرفوضة…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="72"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="80"/>
        <source>%1 rows can be imported; %2 rows have problems and will be left out.</source>
        <translation>يمكن استيراد %1 صف؛ و%2 صف بها مشكلات وستُستبعد.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="87"/>
        <source>Save rejected rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="31"/>
        <source>Data quality</source>
        <translation>جودة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="34"/>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="34"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="35"/>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="35"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="35"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="45"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="48"/>
        <source>Count again</source>
        <translation>إعادة العد</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="71"/>
        <source>Without any phone</source>
        <translation>بلا أي هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="72"/>
        <source>With an invalid e-mail</source>
        <translation>ببريد إلكتروني غير صالح</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="73"/>
        <source>With a phone not valid for its region</source>
        <translation>بهاتف غير صالح لمنطقته</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="74"/>
        <source>In a duplicate group (same phone or e-mail)</source>
        <translation>ضمن مجموعة مكررة (الهاتف أو البريد الإلكتروني نفسه)</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="75"/>
        <source>Without consent information</source>
        <translation>بلا معلومات عن الموافقة</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="76"/>
        <source>Never contacted</source>
        <translation>لم يُتصل بهم قط</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="80"/>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
</context>
<context>
    <name>RangeLabel</name>
    <message>
        <location filename="../../ui/list_status.py" line="41"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../ui/list_status.py" line="43"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/list_status.py" line="45"/>
        <source>%1 of about %2</source>
        <translation>%1 من نحو %2</translation>
    </message>
    <message>
        <location filename="../../ui/list_status.py" line="47"/>
        <source>%1 of … (counting)</source>
        <translation>%1 من … (جارٍ العد)</translation>
    </message>
    <message>
        <location filename="../../ui/list_status.py" line="49"/>
        <source>%1; scroll for more</source>
        <translation>%1؛ مرّر لعرض المزيد</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../ui/auth/refusals.py" line="14"/>
        <source>adding or changing customers</source>
        <translation>إضافة العملاء أو تعديلهم</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="15"/>
        <source>deleting customers or bringing deleted ones back</source>
        <translation>حذف العملاء أو استرجاع المحذوفين</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="16"/>
        <source>recording orders</source>
        <translation>تسجيل الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="17"/>
        <source>answering and logging calls</source>
        <translation>الرد على المكالمات وتسجيلها</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="18"/>
        <source>opening and working on tickets</source>
        <translation>فتح التذاكر والعمل عليها</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="19"/>
        <source>changing many tickets at once</source>
        <translation>تغيير عدة تذاكر دفعة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="20"/>
        <source>editing the knowledge base</source>
        <translation>تحرير قاعدة المعرفة</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="21"/>
        <source>changing SLA targets and office hours</source>
        <translation>تغيير أهداف SLA وساعات العمل</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="22"/>
        <source>editing lists such as call reasons and ticket categories</source>
        <translation>تحرير القوائم مثل أسباب المكالمات وفئات التذاكر</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="25"/>
        <source>blocking or unblocking numbers</source>
        <translation>حظر الأرقام أو إلغاء حظرها</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="26"/>
        <source>exporting data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="27"/>
        <source>importing customers or undoing an import</source>
        <translation>استيراد العملاء أو التراجع عن استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="28"/>
        <source>merging duplicate customers or undoing a merge</source>
        <translation>دمج العملاء المكررين أو التراجع عن دمج</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="29"/>
        <source>reading the audit log</source>
        <translation>قراءة سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="30"/>
        <source>making backups</source>
        <translation>إنشاء نسخ احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="31"/>
        <source>restoring a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="32"/>
        <source>managing users and passwords</source>
        <translation>إدارة المستخدمين وكلمات المرور</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="33"/>
        <source>setting up campaigns, their call lists, scripts and do-not-call numbers</source>
        <translation>إعداد الحملات وقوائم اتصالها ونصوصها وأرقام عدم الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="36"/>
        <source>working campaign call lists</source>
        <translation>العمل على قوائم اتصال الحملات</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="37"/>
        <source>changing call routing</source>
        <translation>تغيير توجيه المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="43"/>
        <source>agent</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="44"/>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="45"/>
        <source>owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="52"/>
        <source>the owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="54"/>
        <source>a supervisor or the owner</source>
        <translation>المشرف أو المالك</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="55"/>
        <source>a colleague whose role allows it</source>
        <translation>زميل يسمح له دوره بذلك</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="60"/>
        <source>Sign in first: this database has user accounts.</source>
        <translation>سجّل الدخول أولاً: لقاعدة البيانات هذه حسابات مستخدمين.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="63"/>
        <source>“%1” is not a Tamas account: sign in with your user name and password.</source>
        <translation>«%1» ليس حساباً في تماس: سجّل الدخول باسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="70"/>
        <source>The account “%1” is disabled: ask the owner to enable it.</source>
        <translation>الحساب «%1» معطّل: اطلب من المالك تفعيله.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="74"/>
        <source>%1 (%2) may not do this: %3. Ask %4.</source>
        <translation>لا يحق لـ %1 (%2) القيام بهذا: %3. اطلب ذلك من %4.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="45"/>
        <source>Calls: every call in the period</source>
        <translation>المكالمات: كل مكالمات الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="46"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="47"/>
        <source>KPIs per day and per agent</source>
        <translation>المؤشرات لكل يوم ولكل موظف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="48"/>
        <source>RFM segments and customer value</source>
        <translation>شرائح RFM وقيمة العميل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="49"/>
        <source>Staffing plan (Erlang C)</source>
        <translation>خطة التوظيف (Erlang C)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="61"/>
        <source>Excel workbook (over 1,048,576 rows continue on further sheets)</source>
        <translation>مصنف Excel (ما يزيد على ١٬٠٤٨٬٥٧٦ صفًا يستمر في أوراق تالية)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="62"/>
        <source>CSV file (the rows only, no limit)</source>
        <translation>ملف CSV (الصفوف فقط، دون حد)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="63"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="65"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="72"/>
        <source>Open the workbook</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="77"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="78"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="79"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="80"/>
        <source>Language of the workbook</source>
        <translation>لغة الملف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="81"/>
        <source>File type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="105"/>
        <source>Save the workbook</source>
        <translation>حفظ الملف</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="118"/>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="119"/>
        <source>“%1” already exists. Replace it with the new workbook?</source>
        <translation>«%1» موجود مسبقاً. هل تريد استبداله بالملف الجديد؟</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="128"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية قبل تاريخ البداية.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="141"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="159"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="178"/>
        <source>Saved %1: %2 rows in %3 s.</source>
        <translation>حُفظ %1: %2 صف في %3 ثانية.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="185"/>
        <source>Excel holds 1,048,576 rows a sheet; the rows continue over %1 sheets: %2.</source>
        <translation>تتسع ورقة Excel لـ ١٬٠٤٨٬٥٧٦ صفًا؛ تستمر الصفوف عبر %1 أوراق: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="193"/>
        <source>Cancelled. No file was written.</source>
        <translation>أُلغي. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="196"/>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>المجلد %1 غير موجود. اختر مجلداً آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="198"/>
        <source>Could not write the file: %1. Choose another folder.</source>
        <translation>تعذّرت كتابة الملف: %1. اختر مجلداً آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="200"/>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="31"/>
        <source>Campaign results</source>
        <translation>نتائج الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="36"/>
        <source>Attempts by disposition</source>
        <translation>المحاولات حسب تصنيف الإنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="37"/>
        <source>Conversions per agent</source>
        <translation>التحويلات لكل موظف</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="39"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="39"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="39"/>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="45"/>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="46"/>
        <source>Charts</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="47"/>
        <source>Script answers</source>
        <translation>إجابات النص</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="56"/>
        <source>Agent</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="56"/>
        <source>Members</source>
        <translation>المشمولون</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="56"/>
        <source>Attempted</source>
        <translation>جرت محاولتهم</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="56"/>
        <source>Contacted</source>
        <translation>تم التواصل معهم</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="56"/>
        <source>Contact rate</source>
        <translation>معدل التواصل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="57"/>
        <location filename="../../ui/campaigns/results_view.py" line="85"/>
        <source>Conversions</source>
        <translation>التحويلات</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="57"/>
        <source>Conversion rate</source>
        <translation>معدل التحويل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="57"/>
        <source>Revenue</source>
        <translation>الإيراد</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="57"/>
        <source>Attempts per contact</source>
        <translation>المحاولات لكل تواصل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="58"/>
        <source>Do-not-call requests</source>
        <translation>طلبات عدم الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="58"/>
        <source>Callbacks kept on time</source>
        <translation>معاودات الاتصال في موعدها</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="66"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="72"/>
        <source>satisfaction %1 of 5</source>
        <translation>الرضا %1 من ٥</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="74"/>
        <source>Whole campaign</source>
        <translation>الحملة كاملة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="83"/>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="34"/>
        <location filename="../../ui/seats/routing_dialog.py" line="95"/>
        <location filename="../../ui/seats/routing_dialog.py" line="102"/>
        <source>Call routing</source>
        <translation>توجيه المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="36"/>
        <source>This seat: %1</source>
        <translation>هذه المحطة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="39"/>
        <source>A line not listed rings on every seat.</source>
        <translation>الخط غير المدرج يرن على كل المحطات.</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="41"/>
        <location filename="../../ui/seats/routing_dialog.py" line="52"/>
        <source>Line</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="41"/>
        <location filename="../../ui/seats/routing_dialog.py" line="53"/>
        <source>Pops on</source>
        <translation>يظهر على</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="41"/>
        <location filename="../../ui/seats/routing_dialog.py" line="54"/>
        <source>Seats or agent</source>
        <translation>المحطات أو الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="47"/>
        <source>All seats</source>
        <translation>كل المحطات</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="47"/>
        <source>These seats</source>
        <translation>هذه المحطات</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="48"/>
        <source>One agent&apos;s seat</source>
        <translation>محطة موظف واحد</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="51"/>
        <source>Seat names separated by commas, or the agent&apos;s user name</source>
        <translation>أسماء المحطات مفصولة بفواصل، أو اسم مستخدم الموظف</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="56"/>
        <source>Save route</source>
        <translation>حفظ التوجيه</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="94"/>
        <source>Type the line, and the seats or the agent its calls pop for.</source>
        <translation>اكتب الخط، والمحطات أو الموظف الذي تظهر له مكالماته.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/importing/preview.py" line="98"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="90"/>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>ScreenPopWindow</name>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="57"/>
        <source>Incoming call</source>
        <translation>مكالمة واردة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="94"/>
        <source> s talk</source>
        <translation> ث محادثة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="95"/>
        <source>Talk time measured since you answered; correct it if needed</source>
        <translation>مدة المحادثة مقيسة منذ أن أجبت؛ صحّحها إن لزم</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="100"/>
        <source>Answer</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="101"/>
        <source>Start the talk timer and type notes (F9 from any Tamas window)</source>
        <translation>ابدأ مؤقت المحادثة واكتب الملاحظات (F9 من أي نافذة في تماس)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="105"/>
        <source>Open ticket</source>
        <translation>فتح تذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="106"/>
        <source>A ticket for this call, the customer linked (Ctrl+T)</source>
        <translation>تذكرة لهذه المكالمة، مرتبطة بالعميل (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="179"/>
        <source>%1 customers share this number:</source>
        <translation>%1 عملاء يشتركون في هذا الرقم:</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="197"/>
        <source>Spam / blocked</source>
        <translation>إزعاج / محظور</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="199"/>
        <source>Do not call</source>
        <translation>لا تتصل</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="208"/>
        <source>Line</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="210"/>
        <source>Caller ID name</source>
        <translation>اسم معرّف المتصل</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="212"/>
        <source>Open tickets</source>
        <translation>تذاكر مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="214"/>
        <location filename="../../ui/customers/customer_card.py" line="174"/>
        <source>Lifetime value</source>
        <translation>القيمة الإجمالية</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="220"/>
        <source>Last calls</source>
        <translation>آخر المكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="220"/>
        <source>First call from this number</source>
        <translation>أول مكالمة من هذا الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="272"/>
        <source>Answered by %1</source>
        <translation>أجاب عليها %1</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="144"/>
        <source>(reason)</source>
        <translation>(السبب)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="90"/>
        <source>Notes for this call</source>
        <translation>ملاحظات هذه المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="103"/>
        <source>Open card</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="109"/>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="111"/>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="114"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="232"/>
        <source>unassigned</source>
        <translation>غير مُسند</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="246"/>
        <source>Private number</source>
        <translation>رقم خاص</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="247"/>
        <source>Number unavailable</source>
        <translation>الرقم غير متاح</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="251"/>
        <source>Unknown caller</source>
        <translation>متصل غير معروف</translation>
    </message>
</context>
<context>
    <name>ScriptDialog</name>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="49"/>
        <source>New call script</source>
        <translation>نص مكالمة جديد</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="54"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="54"/>
        <source>Answer type</source>
        <translation>نوع الإجابة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="54"/>
        <source>Choices (comma separated)</source>
        <translation>الخيارات (مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="55"/>
        <source>Skip to question (answer=N, …)</source>
        <translation>الانتقال إلى سؤال (الإجابة=N، …)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="55"/>
        <source>Satisfaction 1-5</source>
        <translation>الرضا ١–٥</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="60"/>
        <source>Add a question</source>
        <translation>إضافة سؤال</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="62"/>
        <source>Remove the selected question</source>
        <translation>إزالة السؤال المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="68"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="69"/>
        <source>Opening words:</source>
        <translation>عبارة الافتتاح:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="82"/>
        <source>Choice</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="82"/>
        <source>Yes / no</source>
        <translation>نعم / لا</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="82"/>
        <source>Number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="83"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
</context>
<context>
    <name>ScriptStepper</name>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="19"/>
        <source>Script</source>
        <translation>نص المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="32"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="33"/>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="65"/>
        <source>End of the script.</source>
        <translation>نهاية النص.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="76"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="77"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="95"/>
        <source>This answer does not fit the question; correct it to go on.</source>
        <translation>هذه الإجابة لا تناسب السؤال؛ صحّحها للمتابعة.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/search_box.py" line="13"/>
        <source>Search uses the first %1 characters.</source>
        <translation>يستخدم البحث أول %1 حرفاً.</translation>
    </message>
</context>
<context>
    <name>SeatStatus</name>
    <message>
        <location filename="../../ui/seats/status.py" line="38"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/seats/status.py" line="42"/>
        <location filename="../../ui/seats/status.py" line="58"/>
        <source>Office server: connected</source>
        <translation>خادم المكتب: متصل</translation>
    </message>
    <message>
        <location filename="../../ui/seats/status.py" line="45"/>
        <source>Office server lost; reconnecting… (pops stay on screen)</source>
        <translation>انقطع الاتصال بخادم المكتب؛ جارٍ إعادة الاتصال… (تبقى النوافذ المنبثقة ظاهرة)</translation>
    </message>
    <message>
        <location filename="../../ui/seats/status.py" line="48"/>
        <source>Office server unreachable: calls are kept on this PC until it is back</source>
        <translation>تعذّر الوصول إلى خادم المكتب: تُحفظ المكالمات على هذا الحاسوب حتى يعود</translation>
    </message>
    <message>
        <location filename="../../ui/seats/status.py" line="51"/>
        <source>No caller-ID host online: calls will not pop until the modem PC runs Tamas</source>
        <translation>لا يعمل أي حاسوب لمعرّف المتصل: لن تظهر المكالمات حتى يُشغَّل تماس على حاسوب المودم</translation>
    </message>
    <message>
        <location filename="../../ui/seats/status.py" line="60"/>
        <source>%1 calls kept on this PC during the outage were written to the server.</source>
        <translation>كُتبت إلى الخادم %1 مكالمة حُفظت على هذا الحاسوب أثناء الانقطاع.</translation>
    </message>
</context>
<context>
    <name>Seats</name>
    <message>
        <location filename="../../ui/seats/install.py" line="45"/>
        <source>&amp;View</source>
        <translation>ع&amp;رض</translation>
    </message>
    <message>
        <location filename="../../ui/seats/install.py" line="49"/>
        <source>&amp;Wallboard</source>
        <translation>&amp;شاشة المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/seats/install.py" line="54"/>
        <source>Call &amp;routing…</source>
        <translation>&amp;توجيه المكالمات…</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="10"/>
        <source>Signed in</source>
        <translation>مسجّل الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="11"/>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="12"/>
        <source>On a call</source>
        <translation>في مكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="13"/>
        <source>Wrap-up</source>
        <translation>ما بعد المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="14"/>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="15"/>
        <source>Signed out</source>
        <translation>مسجّل الخروج</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../ui/formatting.py" line="257"/>
        <source>Champions</source>
        <translation>الأبطال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="258"/>
        <source>Loyal</source>
        <translation>الأوفياء</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="259"/>
        <source>New</source>
        <translation>جدد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="260"/>
        <source>Promising</source>
        <translation>واعدون</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="261"/>
        <source>Potential loyalists</source>
        <translation>أوفياء محتملون</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="262"/>
        <source>Need attention</source>
        <translation>بحاجة إلى اهتمام</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="263"/>
        <source>About to sleep</source>
        <translation>على وشك الخمول</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="264"/>
        <source>Can&apos;t lose them</source>
        <translation>لا يجوز خسارتهم</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="265"/>
        <source>At risk</source>
        <translation>في خطر</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="266"/>
        <source>Hibernating</source>
        <translation>خاملون</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="267"/>
        <source>Lost</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="268"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <location filename="../../ui/database/form.py" line="69"/>
        <source>This PC only (a database file on this computer)</source>
        <translation>هذا الحاسوب فقط (ملف قاعدة بيانات على هذا الحاسوب)</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="70"/>
        <source>Office server (PostgreSQL, shared by every seat)</source>
        <translation>خادم المكتب (PostgreSQL، مشترك بين كل المحطات)</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="71"/>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="71"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="71"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="71"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="72"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="74"/>
        <source>e.g. 192.168.1.10 or office-server</source>
        <translation>مثل 192.168.1.10 أو office-server</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="75"/>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="97"/>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>أدخل اسم مضيف الخادم أو عنوانه.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="99"/>
        <source>Enter the database and the user Tamas signs in as.</source>
        <translation>أدخل قاعدة البيانات والمستخدم الذي يسجّل تماس الدخول به.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="108"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="114"/>
        <source>Connected to {0}: the Tamas database there is ready.</source>
        <translation>تم الاتصال بـ {0}: قاعدة بيانات تماس هناك جاهزة.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="116"/>
        <source>Connected to {0}. The database is empty: Tamas creates its tables at the next start (or copy this PC&apos;s data into it first with db copy).</source>
        <translation>تم الاتصال بـ {0}. قاعدة البيانات فارغة: سينشئ تماس جداوله عند التشغيل التالي (أو انسخ إليها بيانات هذا الحاسوب أولاً باستخدام db copy).</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="119"/>
        <source>Connected to {0}. Tamas updates the database there at the next start.</source>
        <translation>تم الاتصال بـ {0}. سيحدّث تماس قاعدة البيانات هناك عند التشغيل التالي.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="125"/>
        <location filename="../../ui/database/form.py" line="138"/>
        <source>Cannot connect: {0}</source>
        <translation>تعذّر الاتصال: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="128"/>
        <source>Cannot find the server {0}. Check the host name or address.</source>
        <translation>تعذّر العثور على الخادم {0}. تحقق من اسم المضيف أو العنوان.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="130"/>
        <source>The server {0} does not answer on port {1}. Check that PostgreSQL runs there and accepts connections from this PC.</source>
        <translation>الخادم {0} لا يستجيب على المنفذ {1}. تحقق من أن PostgreSQL يعمل هناك ويقبل الاتصالات من هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="133"/>
        <source>The server refused user {0} or the password. Check both.</source>
        <translation>رفض الخادم المستخدم {0} أو كلمة المرور. تحقق من كليهما.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="135"/>
        <source>There is no database {0} on the server. Check its name, or create it (README, Several seats).</source>
        <translation>لا توجد قاعدة بيانات باسم {0} على الخادم. تحقق من اسمها، أو أنشئها (README، قسم «Several seats»).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="34"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="37"/>
        <source>In a pop: not now (dismiss)</source>
        <translation>في النافذة المنبثقة: ليس الآن (إغلاق)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="38"/>
        <source>In a pop: log the call</source>
        <translation>في النافذة المنبثقة: تسجيل المكالمة</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>On a customer card: add an order</source>
        <translation>في ملف العميل: إضافة طلب</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="43"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="43"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="22"/>
        <source>Sign in to Tamas</source>
        <translation>تسجيل الدخول إلى تماس</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="31"/>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="32"/>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="34"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="46"/>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="66"/>
        <source>Too many wrong passwords: this account is locked until %1. Wait, or ask the owner to unlock it.</source>
        <translation>كلمات مرور خاطئة كثيرة: هذا الحساب مقفل حتى %1. انتظر، أو اطلب من المالك إلغاء قفله.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="70"/>
        <source>This account is disabled. Ask the owner to enable it.</source>
        <translation>هذا الحساب معطّل. اطلب من المالك تفعيله.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="72"/>
        <source>Wrong user name or password. Try again.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة. حاول مجدداً.</translation>
    </message>
</context>
<context>
    <name>SlaSettingsDialog</name>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="57"/>
        <source>SLA and office hours</source>
        <translation>SLA وساعات العمل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="59"/>
        <source>Office week</source>
        <translation>أسبوع العمل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="75"/>
        <source>Iran, Thursday off</source>
        <translation>إيران، الخميس عطلة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="76"/>
        <source>Iran, Thursday half day</source>
        <translation>إيران، الخميس نصف يوم</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="77"/>
        <source>Arab week (Friday–Saturday off)</source>
        <translation>الأسبوع العربي (عطلة الجمعة والسبت)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="81"/>
        <source>Holidays</source>
        <translation>العطل الرسمية</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="87"/>
        <source>Add holiday</source>
        <translation>إضافة عطلة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="87"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="98"/>
        <source>Targets per priority (business hours)</source>
        <translation>الأهداف حسب الأولوية (ساعات العمل)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="100"/>
        <source>First response</source>
        <translation>أول رد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="101"/>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="114"/>
        <source>A ticket is “to inform” after this many business days without news:</source>
        <translation>تصبح التذكرة «بانتظار الإبلاغ» بعد هذا العدد من أيام العمل دون مستجدات:</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="175"/>
        <source>Give at least one working day with opening hours before closing hours.</source>
        <translation>حدّد يوم عمل واحداً على الأقل يكون فيه وقت البدء قبل وقت الإغلاق.</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="70"/>
        <source>A serial port such as COM3 or /dev/ttyUSB0</source>
        <translation>منفذ تسلسلي مثل COM3 أو /dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="73"/>
        <source>Empty: try AT+VCID=1, AT#CID=1, … in turn</source>
        <translation>فارغ: تُجرّب AT+VCID=1 ثم AT#CID=1 … بالترتيب</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="76"/>
        <source>Use this source</source>
        <translation>استخدام هذا المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="78"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="79"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="80"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="81"/>
        <source>Speed (baud)</source>
        <translation>السرعة (باود)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="82"/>
        <source>Enable string</source>
        <translation>سلسلة التفعيل</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="83"/>
        <source>NCID host</source>
        <translation>مضيف NCID</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="84"/>
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
        <location filename="../../ui/reports/staffing_view.py" line="70"/>
        <source>Share of calls to answer within the threshold</source>
        <translation>نسبة المكالمات التي يجب الرد عليها ضمن الحد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="71"/>
        <location filename="../../ui/reports/staffing_view.py" line="75"/>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="72"/>
        <source>The service-level threshold: answered within this many seconds</source>
        <translation>حد مستوى الخدمة: الرد خلال هذا العدد من الثواني</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="73"/>
        <source>Highest share of time an agent may be busy on calls</source>
        <translation>أعلى نسبة من الوقت يمكن أن يكون فيها الموظف مشغولاً بالمكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="74"/>
        <source>Share of paid time agents are not on the phones (breaks, leave)</source>
        <translation>نسبة الوقت المدفوع الذي لا يكون فيه الموظفون على الهاتف (استراحات، إجازات)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="76"/>
        <source>measured</source>
        <translation>مُقاس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="77"/>
        <source>Average handle time; 0 uses the average of the last 8 weeks</source>
        <translation>متوسط مدة المعالجة؛ 0 يعني متوسط آخر 8 أسابيع</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="87"/>
        <source>No calls to plan from yet. This table will show how many agents to schedule each hour next week, forecast from the calls of past weeks; it fills once a few weeks of calls are logged.</source>
        <translation>لا توجد مكالمات للتخطيط بناءً عليها بعد. سيعرض هذا الجدول عدد الموظفين الواجب جدولتهم كل ساعة في الأسبوع القادم، متوقَّعاً من مكالمات الأسابيع الماضية؛ ويمتلئ بعد تسجيل مكالمات بضعة أسابيع.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="92"/>
        <source>Past weeks: forecast against actual inbound calls</source>
        <translation>الأسابيع الماضية: التوقع مقابل المكالمات الواردة الفعلية</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="107"/>
        <source>Service-level target</source>
        <translation>هدف مستوى الخدمة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="108"/>
        <source>Answer within</source>
        <translation>الرد خلال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="109"/>
        <source>Maximum occupancy</source>
        <translation>أقصى انشغال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="110"/>
        <source>Shrinkage</source>
        <translation>نسبة الغياب</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="111"/>
        <source>Average handle time</source>
        <translation>متوسط مدة المعالجة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="112"/>
        <source>Save chart as PNG…</source>
        <translation>حفظ الرسم كصورة PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="147"/>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="171"/>
        <source>%1 calls expected; %2 agents on the phones, %3 scheduled; service level %4, occupancy %5</source>
        <translation>%1 مكالمة متوقعة؛ %2 موظف على الهاتف، %3 في الجدول؛ مستوى الخدمة %4، الانشغال %5</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="180"/>
        <source>Week from %1: %2 inbound calls expected, %3 agent-hours scheduled.</source>
        <translation>الأسبوع من %1: %2 مكالمة واردة متوقعة، %3 ساعة عمل مجدولة.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="185"/>
        <source>Forecast</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="186"/>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="190"/>
        <source>Average forecast error over the last %1 weeks: %2 (WAPE).</source>
        <translation>متوسط خطأ التوقع خلال آخر %1 أسابيع: %2 (WAPE).</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/tickets/actions.py" line="65"/>
        <source>Change status to %1</source>
        <translation>تغيير الحالة إلى %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="72"/>
        <source>not asked</source>
        <translation>لم يُسأل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="73"/>
        <source>Tell the customer</source>
        <translation>إبلاغ العميل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="84"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="86"/>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="88"/>
        <source>Satisfaction (1–5)</source>
        <translation>الرضا (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="90"/>
        <source>How told</source>
        <translation>طريقة الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="91"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="96"/>
        <source>Write the message you told the customer, or untick “Tell the customer”.</source>
        <translation>اكتب الرسالة التي أبلغت بها العميل، أو ألغِ تحديد «إبلاغ العميل».</translation>
    </message>
</context>
<context>
    <name>SurveyFiguresPanel</name>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="18"/>
        <source>Survey satisfaction</source>
        <translation>الرضا في الاستطلاعات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="21"/>
        <source>Average answer (1 to 5) to the satisfaction questions of survey scripts, in the period</source>
        <translation>متوسط الإجابة (من ١ إلى ٥) على أسئلة الرضا في نصوص الاستطلاع، خلال الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="25"/>
        <location filename="../../ui/reports/survey_figures.py" line="54"/>
        <source>No answers in this period</source>
        <translation>لا توجد إجابات في هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="31"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="31"/>
        <source>Average</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="31"/>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="56"/>
        <source>%1 of 5</source>
        <translation>%1 من ٥</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="57"/>
        <source>from %1 answers</source>
        <translation>من %1 إجابة</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../ui/tickets/tasks_view.py" line="29"/>
        <source>My tasks today</source>
        <translation>مهامي اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/tasks_view.py" line="34"/>
        <source>Call back…</source>
        <translation>معاودة الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/tasks_view.py" line="36"/>
        <source>Log the follow-up call; the task is then done and the call joins the ticket</source>
        <translation>سجّل مكالمة المتابعة؛ عندها تكتمل المهمة وتُضاف المكالمة إلى التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/tasks_view.py" line="39"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/tasks_view.py" line="69"/>
        <source>My tasks today (%1)</source>
        <translation>مهامي اليوم (%1)</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <location filename="../../ui/text_guard.py" line="14"/>
        <source>Invisible control characters were removed from the pasted text: check it before saving.</source>
        <translation>أُزيلت أحرف تحكم غير مرئية من النص الملصق: راجعه قبل الحفظ.</translation>
    </message>
</context>
<context>
    <name>TicketFiguresPanel</name>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="18"/>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="24"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="24"/>
        <source>Tickets not resolved or closed, now</source>
        <translation>التذاكر غير المحلولة أو المغلقة حالياً</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="25"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="25"/>
        <source>Open tickets past their resolution target, now</source>
        <translation>التذاكر المفتوحة التي تجاوزت موعد الحل المستهدف حالياً</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="26"/>
        <source>Opened in the period</source>
        <translation>فُتحت في الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="26"/>
        <source>Tickets created in the period</source>
        <translation>التذاكر المنشأة في الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="27"/>
        <source>Resolved in the period</source>
        <translation>حُلّت في الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="27"/>
        <source>Tickets resolved in the period</source>
        <translation>التذاكر المحلولة في الفترة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="29"/>
        <source>Median time to resolve</source>
        <translation>الوسيط لمدة الحل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="30"/>
        <source>Business hours from opening to resolution, less the time waiting on the customer</source>
        <translation>ساعات العمل من الفتح حتى الحل، مطروحاً منها وقت انتظار العميل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="44"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="44"/>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="44"/>
        <source>Resolved</source>
        <translation>حُلّت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="44"/>
        <source>Open now</source>
        <translation>مفتوحة الآن</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="75"/>
        <source>(no category)</source>
        <translation>(بلا فئة)</translation>
    </message>
</context>
<context>
    <name>TicketWindow</name>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="69"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="69"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="69"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="69"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="77"/>
        <source>Change status…</source>
        <translation>تغيير الحالة…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="78"/>
        <source>Escalate…</source>
        <translation>تصعيد…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="79"/>
        <source>Reopen…</source>
        <translation>إعادة فتح…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="81"/>
        <location filename="../../ui/tickets/ticket_window.py" line="159"/>
        <source>(nobody)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="84"/>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="85"/>
        <source>Follow-up…</source>
        <translation>متابعة…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="87"/>
        <source>Add a note and press Enter</source>
        <translation>أضف ملاحظة واضغط Enter</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="107"/>
        <location filename="../../ui/tickets/ticket_window.py" line="159"/>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="122"/>
        <source>Answers for this category</source>
        <translation>إجابات لهذه الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="148"/>
        <source>Ticket #%1</source>
        <translation>التذكرة #%1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="154"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="155"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="156"/>
        <source>Type · priority</source>
        <translation>النوع · الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="157"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="158"/>
        <source>Tier · department</source>
        <translation>المستوى · القسم</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="160"/>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="161"/>
        <source>Resolution due</source>
        <translation>موعد الحل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="164"/>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="168"/>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="229"/>
        <source>Reopen ticket</source>
        <translation>إعادة فتح التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="229"/>
        <source>Why is this ticket coming back?</source>
        <translation>لماذا تعود هذه التذكرة؟</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <location filename="../../ui/tickets/bulk_commands.py" line="22"/>
        <source>Assign %1 tickets</source>
        <translation>إسناد %1 تذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/bulk_commands.py" line="48"/>
        <source>Change the status of %1 tickets</source>
        <translation>تغيير حالة %1 تذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="24"/>
        <source>%1 d</source>
        <translation>%1 ي</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="26"/>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="28"/>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="13"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="14"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="15"/>
        <location filename="../../ui/tickets/labels.py" line="93"/>
        <source>Escalated</source>
        <translation>مُصعّدة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="16"/>
        <location filename="../../ui/tickets/labels.py" line="56"/>
        <source>Waiting on customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="17"/>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="18"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="24"/>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="25"/>
        <source>Request</source>
        <translation>طلب</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="26"/>
        <source>Question</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="27"/>
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="28"/>
        <source>Technician visit</source>
        <translation>زيارة فني</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="34"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="35"/>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="36"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="37"/>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="43"/>
        <source>By phone</source>
        <translation>هاتفياً</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="44"/>
        <source>By SMS</source>
        <translation>برسالة SMS</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="45"/>
        <source>In person</source>
        <translation>حضورياً</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="51"/>
        <source>All open</source>
        <translation>كل المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="52"/>
        <source>Mine</source>
        <translation>تذاكري</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="53"/>
        <source>My department&apos;s</source>
        <translation>تذاكر قسمي</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="54"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="55"/>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="57"/>
        <source>To inform</source>
        <translation>بانتظار الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="58"/>
        <source>All tickets</source>
        <translation>كل التذاكر</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="65"/>
        <source>On time</source>
        <translation>في الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="66"/>
        <source>At risk</source>
        <translation>في خطر</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="67"/>
        <source>Breached</source>
        <translation>متجاوزة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="68"/>
        <source>Met</source>
        <translation>مُستوفاة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="69"/>
        <source>Missed</source>
        <translation>لم تُستوفَ</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="76"/>
        <source>%1 h left</source>
        <translation>متبقٍ %1 س</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="78"/>
        <source>%1 h over</source>
        <translation>تجاوز %1 س</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="81"/>
        <source>Paused</source>
        <translation>متوقفة مؤقتاً</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="89"/>
        <source>Ticket opened</source>
        <translation>فُتحت التذكرة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="92"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="94"/>
        <source>Reopened</source>
        <translation>أُعيد فتحها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="99"/>
        <source>Assigned</source>
        <translation>أُسندت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="103"/>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="107"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="114"/>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="116"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="118"/>
        <source>Customer informed</source>
        <translation>أُبلغ العميل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="120"/>
        <source>Resolution target missed (due %1)</source>
        <translation>فات موعد الحل المستهدف (كان مستحقاً %1)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="122"/>
        <source>Visit scheduled for %1</source>
        <translation>زيارة مجدولة في %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="124"/>
        <source>Follow-up due %1</source>
        <translation>متابعة مستحقة %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="126"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="127"/>
        <source>Follow-up done</source>
        <translation>اكتملت المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="134"/>
        <source>Write a note saying why first.</source>
        <translation>اكتب أولاً ملاحظة توضح السبب.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="137"/>
        <source>The ticket is already %1.</source>
        <translation>التذكرة %1 بالفعل.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="141"/>
        <source>A resolved or closed ticket comes back only through Reopen.</source>
        <translation>لا تعود التذكرة المحلولة أو المغلقة إلا عبر «إعادة فتح».</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="143"/>
        <source>A ticket that is %1 cannot become %2.</source>
        <translation>لا يمكن لتذكرة %1 أن تصبح %2.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="44"/>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="44"/>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="45"/>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="45"/>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="46"/>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="46"/>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="47"/>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <location filename="../../ui/tickets/install.py" line="61"/>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="92"/>
        <source>&amp;Tickets</source>
        <translation>الت&amp;ذاكر</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="96"/>
        <source>&amp;New ticket…</source>
        <translation>تذكرة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="100"/>
        <source>&amp;My tickets</source>
        <translation>&amp;تذاكري</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="100"/>
        <source>&amp;Overdue tickets</source>
        <translation>التذاكر الم&amp;تأخرة</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="101"/>
        <source>Tickets &amp;to inform</source>
        <translation>تذاكر بانتظار الإ&amp;بلاغ</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="104"/>
        <source>Technician &amp;day plan…</source>
        <translation>خطة ي&amp;وم الفني…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="107"/>
        <source>N&amp;otifications…</source>
        <translation>الإ&amp;شعارات…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="110"/>
        <source>&amp;Knowledge base…</source>
        <translation>قاعدة الم&amp;عرفة…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="113"/>
        <source>&amp;SLA and office hours…</source>
        <translation>SLA وساعات ال&amp;عمل…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="116"/>
        <source>SLA targets per &amp;category…</source>
        <translation>أهداف SLA &amp;حسب الفئة…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="120"/>
        <source>Ticket &amp;categories…</source>
        <translation>&amp;فئات التذاكر…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="120"/>
        <source>&amp;Departments…</source>
        <translation>الأ&amp;قسام…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="121"/>
        <source>T&amp;iers…</source>
        <translation>الم&amp;ستويات…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="131"/>
        <source>Open ticket for this call…</source>
        <translation>فتح تذكرة لهذه المكالمة…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="192"/>
        <source>Ticket #%1 opened.</source>
        <translation>فُتحت التذكرة #%1.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="204"/>
        <source>Tickets (%1 open, %2 overdue)</source>
        <translation>التذاكر (%1 مفتوحة، %2 متأخرة)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="204"/>
        <source>Tickets (%1 open)</source>
        <translation>التذاكر (%1 مفتوحة)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="222"/>
        <source>Follow-up due: %1</source>
        <translation>متابعة مستحقة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="240"/>
        <source>%1 tickets assigned. Press Ctrl+Z to undo.</source>
        <translation>أُسندت %1 تذكرة. اضغط Ctrl+Z للتراجع.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="246"/>
        <source>%1 tickets changed; %2 could not take that status.</source>
        <translation>تغيّرت %1 تذكرة؛ وتعذّر على %2 اتخاذ تلك الحالة.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="247"/>
        <source>%1 tickets changed.</source>
        <translation>تغيّرت %1 تذكرة.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="251"/>
        <source>Press Ctrl+Z to undo.</source>
        <translation>اضغط Ctrl+Z للتراجع.</translation>
    </message>
</context>
<context>
    <name>TicketsSection</name>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="37"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="37"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="37"/>
        <source>Status · age</source>
        <translation>الحالة · العمر</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="38"/>
        <source>Who has it</source>
        <translation>لدى مَن</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="46"/>
        <source>New ticket…</source>
        <translation>تذكرة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="63"/>
        <source>Open tickets: %1</source>
        <translation>التذاكر المفتوحة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="69"/>
        <source>(nobody)</source>
        <translation>(لا أحد)</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="58"/>
        <source>All departments</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="59"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="60"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="61"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="62"/>
        <source>New ticket…</source>
        <translation>تذكرة جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="66"/>
        <source>No tickets match this view.</source>
        <translation>لا توجد تذاكر تطابق هذا العرض.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="73"/>
        <source>(nobody)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="74"/>
        <source>Assign selected</source>
        <translation>إسناد المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="77"/>
        <source>Set status of selected</source>
        <translation>تعيين حالة المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="147"/>
        <source>%1 tickets shown; scroll for more</source>
        <translation>%1 تذكرة معروضة؛ مرّر لعرض المزيد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="147"/>
        <source>%1 tickets</source>
        <translation>%1 تذكرة</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="80"/>
        <source>Tamas — %1 missed callers to call back today</source>
        <translation>تماس — %1 متصل فائت لمعاودة الاتصال بهم اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="85"/>
        <source>Tamas — no missed calls to return today</source>
        <translation>تماس — لا مكالمات فائتة لمعاودتها اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="90"/>
        <source>Show Tamas</source>
        <translation>إظهار تماس</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="93"/>
        <source>Missed today</source>
        <translation>الفائتة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="96"/>
        <source>Call back %1 (%2 tries)</source>
        <translation>معاودة الاتصال بـ %1 (%2 محاولات)</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="99"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="103"/>
        <source>Tamas is still listening for calls</source>
        <translation>ما زال تماس يستمع للمكالمات</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="104"/>
        <source>Closing the window keeps Tamas in the tray so calls still pop. Use Quit in this menu to stop.</source>
        <translation>إغلاق النافذة يُبقي تماس في شريط النظام لتستمر المكالمات في الظهور. استخدم «خروج» في هذه القائمة لإيقافه.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="25"/>
        <source>The password needs at least %1 characters.</source>
        <translation>يجب أن تتكون كلمة المرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="29"/>
        <source>The password must not be the user name.</source>
        <translation>يجب ألا تكون كلمة المرور هي اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="31"/>
        <source>The password needs at least 4 different characters.</source>
        <translation>يجب أن تحتوي كلمة المرور على ٤ أحرف مختلفة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="33"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="18"/>
        <source>Agent</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="19"/>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="20"/>
        <source>Owner</source>
        <translation>مالك</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="26"/>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="28"/>
        <source>Locked until %1</source>
        <translation>مقفل حتى %1</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="31"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="66"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="66"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="67"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="67"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="38"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="46"/>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="47"/>
        <source>Change &amp;role…</source>
        <translation>تغيير ال&amp;دور…</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="48"/>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="49"/>
        <location filename="../../ui/auth/users_dialog.py" line="98"/>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="50"/>
        <source>&amp;Unlock</source>
        <translation>إلغاء ال&amp;قفل</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="51"/>
        <source>Start without signing in while I am the only user</source>
        <translation>البدء دون تسجيل الدخول ما دمتُ المستخدم الوحيد</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="98"/>
        <source>&amp;Enable</source>
        <translation>ت&amp;فعيل</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="151"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="151"/>
        <source>Role of %1:</source>
        <translation>دور %1:</translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="47"/>
        <source>Wallboard</source>
        <translation>شاشة المتابعة</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="50"/>
        <source>Ringing now</source>
        <translation>يرن الآن</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="50"/>
        <source>Answered today</source>
        <translation>المُجابة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="51"/>
        <source>Missed today</source>
        <translation>الفائتة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="51"/>
        <source>Service level today</source>
        <translation>مستوى الخدمة اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="53"/>
        <source>Longest current call</source>
        <translation>أطول مكالمة جارية</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="54"/>
        <source>Oldest unreturned missed call</source>
        <translation>أقدم مكالمة فائتة لم تُعاوَد</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="56"/>
        <source>Agents</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="97"/>
        <source>%1 (%2, with %3)</source>
        <translation>%1 (%2، مع %3)</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="98"/>
        <source>a caller</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="104"/>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="111"/>
        <source>%1 — on a call with %2 for %3</source>
        <translation>%1 — في مكالمة مع %2 منذ %3</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="113"/>
        <source>%1 — %2 for %3</source>
        <translation>%1 — %2 منذ %3</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="114"/>
        <source>Nobody is signed in</source>
        <translation>لا أحد مسجّل الدخول</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/seats/install.py" line="53"/>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
</context>
</TS>
