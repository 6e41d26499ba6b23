<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="52"/>
        <source>Tamas cannot start</source>
        <translation>تماس اجرا نمی‌شود</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="27"/>
        <source>Attach caller %1 to a customer</source>
        <translation>اتصال تماس‌گیرنده %1 به یک مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="31"/>
        <source>Search the customer by name, company or phone</source>
        <translation>جستجوی مشتری با نام، شرکت یا تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="34"/>
        <source>No customer matches this search.</source>
        <translation>هیچ مشتری‌ای با این جستجو پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="38"/>
        <source>Every call from this number without a customer is attached, and the number is added to the customer&apos;s phones so the next call pops the right card.</source>
        <translation>همهٔ تماس‌های بی‌مشتری این شماره متصل می‌شوند و شماره به تلفن‌های مشتری افزوده می‌شود تا تماس بعدی کارت درست را باز کند.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="44"/>
        <source>Attach</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/calls/attach_dialog.py" line="60"/>
        <source>Choose a customer in the list first.</source>
        <translation>ابتدا یک مشتری را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="38"/>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="39"/>
        <source>Changed</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="40"/>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="41"/>
        <source>Restored</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="42"/>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="43"/>
        <source>Locked</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="44"/>
        <source>Merged</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="51"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="52"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="53"/>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="54"/>
        <source>List value</source>
        <translation>مقدار فهرست</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="56"/>
        <source>Ticket</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="57"/>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="58"/>
        <source>Disposition</source>
        <translation>کد نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="59"/>
        <source>Do-not-call number</source>
        <translation>شمارهٔ «تماس نگیرید»</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="60"/>
        <source>Blocked number</source>
        <translation>شمارهٔ مسدود</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="67"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="55"/>
        <location filename="../../ui/audit/audit_view.py" line="68"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="69"/>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="70"/>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="71"/>
        <source>Action</source>
        <translation>عملیات</translation>
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
        <translation>گزارش ممیزی</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="94"/>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="95"/>
        <source>All tables</source>
        <translation>همهٔ جدول‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="98"/>
        <source>any</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="99"/>
        <source>Only from</source>
        <translation>فقط از</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="103"/>
        <source>Export to Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="125"/>
        <source>User:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="126"/>
        <source>Table:</source>
        <translation>جدول:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="127"/>
        <source>Record number:</source>
        <translation>شمارهٔ رکورد:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="131"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="134"/>
        <source>Period:</source>
        <translation>دوره:</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="167"/>
        <source>Export the audit log</source>
        <translation>خروجی گزارش ممیزی</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="179"/>
        <source>Exporting…</source>
        <translation>در حال ساخت خروجی…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="185"/>
        <source>%1 entries written.</source>
        <translation>%1 مورد نوشته شد.</translation>
    </message>
</context>
<context>
    <name>AuthPanel</name>
    <message>
        <location filename="../../ui/auth/greying.py" line="72"/>
        <location filename="../../ui/backup/install.py" line="27"/>
        <source>Your role may not do this.</source>
        <translation>نقش شما اجازهٔ این کار را ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/install.py" line="34"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;تغییر کاربر…</translation>
    </message>
    <message>
        <location filename="../../ui/auth/install.py" line="37"/>
        <source>&amp;Users…</source>
        <translation>&amp;کاربران…</translation>
    </message>
    <message>
        <location filename="../../ui/auth/install.py" line="39"/>
        <source>&amp;Audit log…</source>
        <translation>گزارش &amp;ممیزی…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/backup/errors.py" line="20"/>
        <source>The disk is full: this change was not saved (everything saved before it is safe). Free some space and try again.</source>
        <translation>دیسک پر است: این تغییر ذخیره نشد (هر آنچه پیش از آن ذخیره شده بود سالم است). مقداری فضا آزاد کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/errors.py" line="23"/>
        <source>The database is busy in another program: this change was not saved. Try again in a moment.</source>
        <translation>پایگاه داده در دست برنامهٔ دیگری است: این تغییر ذخیره نشد. چند لحظه بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/errors.py" line="26"/>
        <source>The database is damaged: this change was not saved. Quit Tamas and restore the latest backup (Settings → Backups…).</source>
        <translation>پایگاه داده آسیب دیده است: این تغییر ذخیره نشد. از تماس خارج شوید و آخرین نسخهٔ پشتیبان را بازیابی کنید («تنظیمات ← نسخه‌های پشتیبان…»).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/errors.py" line="28"/>
        <source>The database could not save this change. Try again; if it keeps failing, restart Tamas.</source>
        <translation>پایگاه داده نتوانست این تغییر را ذخیره کند. دوباره تلاش کنید؛ اگر باز هم نشد، تماس را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/errors.py" line="31"/>
        <source>The file could not be written: %1</source>
        <translation>فایل نوشته نشد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/install.py" line="33"/>
        <source>&amp;Backups…</source>
        <translation>&amp;نسخه‌های پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/install.py" line="56"/>
        <source>The database is damaged: restore the latest backup.</source>
        <translation>پایگاه داده آسیب دیده است: آخرین نسخهٔ پشتیبان را بازیابی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restart.py" line="45"/>
        <source>Restored %1.</source>
        <translation>%1 بازیابی شد.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/restart.py" line="47"/>
        <source>The previous database was kept as %1.</source>
        <translation>پایگاه دادهٔ قبلی در %1 نگه داشته شد.</translation>
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
        <translation>در %1 پایگاه داده‌ای نیست. یک پایگاه دادهٔ جدید و خالی آنجا ساخته شود؟</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="44"/>
        <source>Create new database</source>
        <translation>ساخت پایگاه دادهٔ جدید</translation>
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
        <translation>پایگاه دادهٔ %1 آسیب دیده است. تماس آن را تغییر نداده است.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="54"/>
        <source>No backup of it was found: copy the file for a specialist, then quit.</source>
        <translation>هیچ نسخهٔ پشتیبانی از آن پیدا نشد: یک رونوشت از فایل برای متخصص تهیه کنید، سپس خارج شوید.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="59"/>
        <source>Restore the latest backup (%1)? The damaged file is kept beside it.</source>
        <translation>آخرین نسخهٔ پشتیبان (%1) بازیابی شود؟ فایل آسیب‌دیده کنار آن نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="64"/>
        <source>Tamas: damaged database</source>
        <translation>تماس: پایگاه دادهٔ آسیب‌دیده</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="67"/>
        <source>Restore the latest backup</source>
        <translation>بازیابی آخرین نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="91"/>
        <source>Tamas cannot start</source>
        <translation>تماس اجرا نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="116"/>
        <source>%1 does not exist. Check the path given with --db.</source>
        <translation>%1 وجود ندارد. مسیری را که با --db داده‌اید بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/startup.py" line="141"/>
        <source>%1 is damaged (%2); it was left untouched. Restore a backup: Settings → Backups…, or main.py restore.</source>
        <translation>%1 آسیب دیده است (%2)؛ به آن دست زده نشد. یک نسخهٔ پشتیبان را بازیابی کنید: «تنظیمات ← نسخه‌های پشتیبان…» یا main.py restore.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backup/dialog.py" line="44"/>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="46"/>
        <source>Beside the database (a “backups” folder)</source>
        <translation>کنار پایگاه داده (پوشه‌ای به نام «backups»)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="49"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="58"/>
        <source>Folder:</source>
        <translation>پوشه:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="59"/>
        <source>Backups to keep:</source>
        <translation>تعداد نسخه‌های پشتیبانِ نگه‌داشته‌شده:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="63"/>
        <source>A backup is made every day and at exit; each is checked before older ones go.</source>
        <translation>هر روز و هنگام خروج یک نسخهٔ پشتیبان ساخته می‌شود؛ هر نسخه پیش از حذف نسخه‌های قدیمی‌تر بررسی می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="65"/>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری هم‌اکنون</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="67"/>
        <source>Restore…</source>
        <translation>بازیابی…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="81"/>
        <source>This database is on a server: back it up there, or with `main.py backup` (pg_dump).</source>
        <translation>این پایگاه داده روی سرور است: روی همان سرور از آن پشتیبان بگیرید، یا با `main.py backup` (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="95"/>
        <source>Backup folder</source>
        <translation>پوشهٔ نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="124"/>
        <source>Checking the copy…</source>
        <translation>در حال بررسی رونوشت…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="134"/>
        <source>Backup written and checked: %1</source>
        <translation>نسخهٔ پشتیبان نوشته و بررسی شد: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="144"/>
        <location filename="../../ui/backup/dialog.py" line="156"/>
        <source>Restore a backup</source>
        <translation>بازیابی نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="145"/>
        <source>Tamas backups (*.db);;All files (*)</source>
        <translation>نسخه‌های پشتیبان تماس (*.db);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="151"/>
        <source>Checking the backup…</source>
        <translation>در حال بررسی نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="157"/>
        <source>Replace the database with %1? Tamas restarts; the current database is kept as a backup first.</source>
        <translation>پایگاه داده با %1 جایگزین شود؟ تماس دوباره اجرا می‌شود؛ پیش از آن، از پایگاه دادهٔ کنونی یک نسخهٔ پشتیبان نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="159"/>
        <source>Restore and restart</source>
        <translation>بازیابی و اجرای دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/backup/dialog.py" line="164"/>
        <source>%1 is a good backup.</source>
        <translation>%1 نسخهٔ پشتیبان سالمی است.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="57"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="67"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="68"/>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="73"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="86"/>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="87"/>
        <location filename="../../ui/calls/call_dialog.py" line="133"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="88"/>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="89"/>
        <location filename="../../ui/calls/call_dialog.py" line="133"/>
        <source>Talk time</source>
        <translation>مدت مکالمه</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="90"/>
        <location filename="../../ui/calls/call_dialog.py" line="133"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="91"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="92"/>
        <location filename="../../ui/calls/call_dialog.py" line="134"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="93"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/calls/call_dialog.py" line="94"/>
        <location filename="../../ui/calls/call_dialog.py" line="134"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>CallerIdSettingsDialog</name>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="119"/>
        <source>Caller ID settings</source>
        <translation>تنظیمات شناسهٔ تماس‌گیرنده</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="130"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="131"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="134"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="280"/>
        <source>test</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="134"/>
        <source>CALL: %1</source>
        <translation>تماس: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="137"/>
        <source>Sources</source>
        <translation>منبع‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="138"/>
        <source>Raw log</source>
        <translation>گزارش خام</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="139"/>
        <source>Block list</source>
        <translation>فهرست مسدود</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="140"/>
        <source>Phone rules</source>
        <translation>قواعد تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="156"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="158"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="160"/>
        <source>Detect devices</source>
        <translation>شناسایی دستگاه‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="161"/>
        <source>Ask every serial port which caller-ID device answers</source>
        <translation>از همهٔ درگاه‌های سریال بپرس کدام دستگاه شناسهٔ تماس پاسخ می‌دهد</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="163"/>
        <location filename="../../ui/callerid/settings_dialog.py" line="259"/>
        <source>Test</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="164"/>
        <source>Open this source now and show what it says in the raw log</source>
        <translation>این منبع را اکنون باز کن و آنچه می‌گوید را در گزارش خام نشان بده</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="228"/>
        <source>Asking every serial port… this takes a few seconds.</source>
        <translation>در حال پرسیدن از همهٔ درگاه‌های سریال… چند ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="236"/>
        <source>The serial ports could not be asked. Close other programs using them, then Detect again.</source>
        <translation>پرسش از درگاه‌های سریال ممکن نشد. برنامه‌های دیگری را که از آن‌ها استفاده می‌کنند ببندید و سپس دوباره «شناسایی دستگاه‌ها» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="241"/>
        <source>No serial ports found. Plug the device in, then try again.</source>
        <translation>درگاه سریالی پیدا نشد. دستگاه را وصل کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="245"/>
        <source>%1 ports found, none answered like a caller-ID device.</source>
        <translation>%1 درگاه پیدا شد، هیچ‌کدام مانند دستگاه شناسهٔ تماس پاسخ نداد.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="249"/>
        <source>Found:</source>
        <translation>پیدا شد:</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="268"/>
        <source>Stop test</source>
        <translation>توقف آزمون</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="274"/>
        <source>Opening %1…</source>
        <translation>در حال باز کردن %1…</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="275"/>
        <source>%1 is connected. Make a test call: what the device says appears in the raw log.</source>
        <translation>%1 وصل است. یک تماس آزمایشی بگیرید: آنچه دستگاه می‌فرستد در گزارش خام نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="276"/>
        <source>Test stopped.</source>
        <translation>آزمون متوقف شد.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="285"/>
        <source>Block a number…</source>
        <translation>مسدود کردن شماره…</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="287"/>
        <source>Unblock</source>
        <translation>رفع انسداد</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="291"/>
        <source>Calls from these numbers pop up marked as spam.</source>
        <translation>تماس‌های این شماره‌ها با برچسب مزاحم نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="307"/>
        <source>Block a number</source>
        <translation>مسدود کردن شماره</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="307"/>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="329"/>
        <source>Two-letter country code, e.g. IR, AE, IQ</source>
        <translation>کد دوحرفی کشور، مثلاً IR، AE، IQ</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="331"/>
        <source>Added to 8-digit local numbers, e.g. 21 for Tehran</source>
        <translation>به شماره‌های محلی ۸ رقمی افزوده می‌شود، مثلاً ۲۱ برای تهران</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="332"/>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="336"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="337"/>
        <source>Local area code</source>
        <translation>پیش‌شمارهٔ محلی</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="338"/>
        <source>Missed after</source>
        <translation>از دست رفته پس از</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <location filename="../../ui/formatting.py" line="179"/>
        <source>Inbound</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="180"/>
        <source>Outbound</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="186"/>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="187"/>
        <source>Missed</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="188"/>
        <source>Abandoned</source>
        <translation>رهاشده</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="189"/>
        <source>Busy</source>
        <translation>اشغال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="190"/>
        <source>No answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="191"/>
        <source>Ringing</source>
        <translation>در حال زنگ</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="58"/>
        <source>All directions</source>
        <translation>همهٔ جهت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="60"/>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="61"/>
        <source>All reasons</source>
        <translation>همهٔ دلیل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="62"/>
        <source>All agents</source>
        <translation>همهٔ کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="63"/>
        <source>Unknown callers only</source>
        <translation>فقط تماس‌گیرندگان ناشناس</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="66"/>
        <source>Number or customer name</source>
        <translation>شماره یا نام مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="67"/>
        <source>Only calls of a number (type its start) or of customers with this name</source>
        <translation>فقط تماس‌های یک شماره (ابتدای آن را بنویسید) یا تماس‌های مشتریانی با این نام</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="73"/>
        <source>Attach to customer…</source>
        <translation>اتصال به مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="74"/>
        <source>Attach the selected unknown caller&apos;s calls to a customer</source>
        <translation>تماس‌های تماس‌گیرندهٔ ناشناس انتخاب‌شده را به یک مشتری متصل کنید</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="76"/>
        <source>Log call…</source>
        <translation>ثبت تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="92"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="94"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="183"/>
        <source>No call matches these filters. Widen the dates or clear the filters to see more.</source>
        <translation>هیچ تماسی با این فیلترها جور نیست. برای دیدن موارد بیشتر، بازهٔ تاریخ را بازتر کنید یا فیلترها را پاک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="185"/>
        <source>No calls in these dates. Calls appear here by themselves once a caller-ID device is set up (Caller ID → Caller ID settings); press Ctrl+L to log one by hand, or Ctrl+Shift+I to simulate a call.</source>
        <translation>در این تاریخ‌ها تماسی نیست. پس از راه‌اندازی دستگاه شناسهٔ تماس (شناسهٔ تماس ← تنظیمات شناسهٔ تماس)، تماس‌ها خودکار اینجا نمایش داده می‌شوند؛ برای ثبت دستی یک تماس Ctrl+L و برای شبیه‌سازی تماس Ctrl+Shift+I را بزنید.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="51"/>
        <source>Edit campaign</source>
        <translation>ویرایش کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="51"/>
        <source>New campaign</source>
        <translation>کمپین جدید</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="64"/>
        <source>user names separated by commas; empty: every agent</source>
        <translation>نام‌های کاربری، جداشده با ویرگول؛ خالی: همهٔ کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="66"/>
        <source>No script</source>
        <translation>بدون اسکریپت</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="72"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="72"/>
        <source>Left out because</source>
        <translation>دلیل کنار گذاشتن</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="89"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="90"/>
        <source>Purpose:</source>
        <translation>هدف:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="91"/>
        <source>Script:</source>
        <translation>اسکریپت:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="92"/>
        <source>Most attempts per customer:</source>
        <translation>حداکثر تلاش برای هر مشتری:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="96"/>
        <source>Calling hours (office clock):</source>
        <translation>ساعت‌های تماس (به وقت دفتر):</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="100"/>
        <source>Calling days:</source>
        <translation>روزهای تماس:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="101"/>
        <source>Agents:</source>
        <translation>کارشناسان:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="102"/>
        <source>Retry after no answer (minutes):</source>
        <translation>تلاش دوباره پس از بی‌پاسخ (دقیقه):</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="103"/>
        <source>Retry after busy (minutes):</source>
        <translation>تلاش دوباره پس از اشغال (دقیقه):</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="106"/>
        <source>Show who is left out</source>
        <translation>نمایش کنارگذاشته‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="112"/>
        <source>Who to call</source>
        <translation>مخاطبان تماس</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="113"/>
        <source>Left out</source>
        <translation>کنارگذاشته</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="114"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="159"/>
        <location filename="../../ui/campaigns/editor.py" line="168"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="164"/>
        <source>%1 customers will be called.</source>
        <translation>با %1 مشتری تماس گرفته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="172"/>
        <source>%1 in</source>
        <translation>%1 در فهرست</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/editor.py" line="204"/>
        <source>Saving and adding the customers…</source>
        <translation>در حال ذخیره و افزودن مشتریان…</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="16"/>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="17"/>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="18"/>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="19"/>
        <source>Collection</source>
        <translation>وصول مطالبات</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="20"/>
        <source>Win-back</source>
        <translation>بازگرداندن مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="26"/>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="27"/>
        <source>Running</source>
        <translation>در حال اجرا</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="28"/>
        <source>Paused</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="29"/>
        <source>Finished</source>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="35"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="36"/>
        <source>Not for this campaign</source>
        <translation>نه برای این کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="37"/>
        <source>Number on the do-not-call list</source>
        <translation>شماره در فهرست «تماس نگیرید»</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="38"/>
        <source>No phone</source>
        <translation>بدون تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="39"/>
        <source>Already in the campaign</source>
        <translation>از پیش در کمپین است</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="40"/>
        <source>Already finished</source>
        <translation>از پیش تمام شده</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="47"/>
        <source>This campaign is not running. Start it on the Campaigns tab.</source>
        <translation>این کمپین در حال اجرا نیست. آن را در زبانهٔ کمپین‌ها آغاز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="50"/>
        <source>Outside this campaign&apos;s calling hours: nobody may be called now.</source>
        <translation>بیرون از ساعت‌های تماس این کمپین است: اکنون با کسی نمی‌توان تماس گرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="53"/>
        <source>You are not assigned to this campaign. Ask a supervisor to add you.</source>
        <translation>شما به این کمپین گمارده نشده‌اید. از سرپرست بخواهید شما را بیفزاید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="56"/>
        <source>Nobody is due now: retries and callbacks come back at their time.</source>
        <translation>اکنون نوبت کسی نیست: تلاش‌های دوباره و تماس‌های برگشتی سر وقت خود بازمی‌گردند.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="59"/>
        <source>Everyone on this list has been worked.</source>
        <translation>با همهٔ افراد این فهرست کار شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="69"/>
        <source>This customer may not be called (%1). Press Next call for the next one.</source>
        <translation>با این مشتری نمی‌توان تماس گرفت (%1). برای نفر بعدی «تماس بعدی» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="76"/>
        <source>Another agent is working this customer now. Press Next call for the next one.</source>
        <translation>کارشناس دیگری اکنون روی این مشتری کار می‌کند. برای نفر بعدی «تماس بعدی» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="82"/>
        <source>Check these fields and try again: %1.</source>
        <translation>این فیلدها را بررسی کنید و دوباره بکوشید: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="84"/>
        <source>This record was removed meanwhile. Refresh the list.</source>
        <translation>این مورد در این فاصله حذف شده است. فهرست را تازه کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/labels.py" line="86"/>
        <source>The database could not be reached (%1). Try again in a moment.</source>
        <translation>دسترسی به پایگاه داده ممکن نشد (%1). کمی بعد دوباره بکوشید.</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="37"/>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="37"/>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="37"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="37"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="37"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="38"/>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="38"/>
        <source>Still to call</source>
        <translation>باقی‌مانده برای تماس</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <location filename="../../ui/campaigns/install.py" line="37"/>
        <source>Campaigns</source>
        <translation>کمپین‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="44"/>
        <source>Ca&amp;mpaigns</source>
        <translation>&amp;کمپین‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="49"/>
        <source>&amp;New campaign…</source>
        <translation>کمپین &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="51"/>
        <source>Next &amp;call…</source>
        <translation>&amp;تماس بعدی…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="55"/>
        <source>New call &amp;script…</source>
        <translation>&amp;اسکریپت تماس جدید…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="57"/>
        <source>D&amp;ispositions…</source>
        <translation>کدهای &amp;نتیجه…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="60"/>
        <source>Add a number to the &amp;do-not-call list…</source>
        <translation>افزودن شماره به فهرست «&amp;تماس نگیرید»…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="104"/>
        <source>Your role may not set up campaigns: ask a supervisor or the owner.</source>
        <translation>نقش شما اجازهٔ راه‌اندازی کمپین را ندارد: از سرپرست یا مالک بخواهید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="106"/>
        <source>Win-back: %1</source>
        <translation>بازگرداندن مشتری: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="106"/>
        <source>Win-back: churn risk</source>
        <translation>بازگرداندن مشتری: خطر ریزش</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="114"/>
        <source>Choose a running campaign on the Campaigns tab first.</source>
        <translation>ابتدا یک کمپین در حال اجرا را در زبانهٔ «کمپین‌ها» انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="124"/>
        <source>Next call</source>
        <translation>تماس بعدی</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="143"/>
        <source>Export campaign</source>
        <translation>خروجی کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="152"/>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="158"/>
        <source>Do-not-call list</source>
        <translation>فهرست «تماس نگیرید»</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="159"/>
        <source>Number nobody may call from a campaign:</source>
        <translation>شماره‌ای که در هیچ کمپینی نباید با آن تماس گرفت:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/install.py" line="164"/>
        <source>%1 is on the do-not-call list.</source>
        <translation>%1 در فهرست «تماس نگیرید» است.</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="89"/>
        <source>No campaign yet. A campaign is a call list built from a filter over your customers: press New campaign to make one.</source>
        <translation>هنوز کمپینی ندارید. کمپین فهرستی برای تماس است که با یک فیلتر روی مشتریان شما ساخته می‌شود: برای ساختن آن «کمپین جدید» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="93"/>
        <source>New campaign…</source>
        <translation>کمپین جدید…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="97"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="97"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="97"/>
        <source>Pause</source>
        <translation>توقف موقت</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="98"/>
        <source>Finish</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="98"/>
        <source>Next call…</source>
        <translation>تماس بعدی…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="99"/>
        <source>Results…</source>
        <translation>نتایج…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/list_view.py" line="99"/>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
</context>
<context>
    <name>CategoryTargetsDialog</name>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="37"/>
        <source>SLA targets per category</source>
        <translation>هدف‌های SLA برای هر دسته</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="42"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="42"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="42"/>
        <source>First response (hours)</source>
        <translation>نخستین پاسخ (ساعت)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="42"/>
        <source>Resolution (hours)</source>
        <translation>راه‌حل (ساعت)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="53"/>
        <source>Set target</source>
        <translation>تعیین هدف</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="55"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="58"/>
        <source>First response</source>
        <translation>نخستین پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="59"/>
        <source>Resolution</source>
        <translation>راه‌حل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="65"/>
        <source>A category&apos;s target replaces its priority&apos;s target for new tickets.</source>
        <translation>برای درخواست‌های جدید، هدف دسته جایگزین هدف اولویت آن می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="108"/>
        <source>Add a ticket category first (Tickets → Ticket categories…).</source>
        <translation>ابتدا یک دستهٔ درخواست بیفزایید (درخواست‌ها ← دسته‌های درخواست…).</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/category_targets.py" line="112"/>
        <source>Give a resolution target no shorter than the first-response target.</source>
        <translation>هدف حل را کوتاه‌تر از هدف نخستین پاسخ تعیین نکنید.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../ui/reports/charts.py" line="88"/>
        <source>Save chart</source>
        <translation>ذخیرهٔ نمودار</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="39"/>
        <location filename="../../ui/calls/missed_view.py" line="22"/>
        <source>(unknown caller)</source>
        <translation>(تماس‌گیرنده ناشناس)</translation>
    </message>
    <message>
        <location filename="../../ui/calls/calls_view.py" line="42"/>
        <location filename="../../ui/calls/missed_view.py" line="34"/>
        <location filename="../../ui/tickets/list_view.py" line="31"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="49"/>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="50"/>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="51"/>
        <location filename="../../ui/customers/customers_view.py" line="52"/>
        <location filename="../../ui/tickets/list_view.py" line="32"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="30"/>
        <source>Last try</source>
        <translation>آخرین تلاش</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="32"/>
        <location filename="../../ui/customers/customer_card.py" line="53"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="35"/>
        <source>Tries</source>
        <translation>تعداد تلاش</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="36"/>
        <source>First try</source>
        <translation>نخستین تلاش</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="37"/>
        <source>Handled</source>
        <translation>رسیدگی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="55"/>
        <source>Talk</source>
        <translation>مکالمه</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="56"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="57"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="58"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="60"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="48"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="49"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="50"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="51"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="46"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="54"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="38"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="39"/>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="40"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="41"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="42"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="43"/>
        <source>From a call</source>
        <translation>از تماس</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="29"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="30"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="33"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="34"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="35"/>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="36"/>
        <source>Assignee</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="37"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="38"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="39"/>
        <source>Department</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="40"/>
        <source>Opened</source>
        <translation>ثبت</translation>
    </message>
</context>
<context>
    <name>CustomerCardWindow</name>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="83"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="85"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="100"/>
        <source>No calls with this customer yet. Calls from or to their numbers appear here by themselves; press Ctrl+L to log one by hand.</source>
        <translation>هنوز تماسی با این مشتری ثبت نشده است. تماس‌ها از شماره‌های او یا به آن‌ها خودکار اینجا نمایش داده می‌شوند؛ برای ثبت دستی یک تماس Ctrl+L را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="108"/>
        <location filename="../../ui/customers/customer_card.py" line="192"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="111"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="112"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="114"/>
        <source>Tickets</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="121"/>
        <source>Edit (Ctrl+E)</source>
        <translation>ویرایش (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="123"/>
        <source>Log call (Ctrl+L)</source>
        <translation>ثبت تماس (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="125"/>
        <source>Call… (Ctrl+D)</source>
        <translation>تماس… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="126"/>
        <source>Dial one of this customer&apos;s numbers through the modem</source>
        <translation>یکی از شماره‌های این مشتری را با مودم بگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="130"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="147"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="183"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="188"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="189"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="190"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="191"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="193"/>
        <source>Last call</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="194"/>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_card.py" line="195"/>
        <source>Updated</source>
        <translation>به‌روزرسانی</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="80"/>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="80"/>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="93"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="94"/>
        <location filename="../../ui/customers/customer_form.py" line="129"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="104"/>
        <source>Comma separated, e.g. VIP, wholesale</source>
        <translation>با ویرگول جدا کنید، مثلاً VIP، عمده</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="106"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="107"/>
        <source>Do not text</source>
        <translation>پیامک نفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="108"/>
        <source>Do not email</source>
        <translation>ایمیل نفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="112"/>
        <source>The language of the messages that tell this customer how a ticket stands</source>
        <translation>زبان پیام‌هایی که وضعیت درخواست را به این مشتری اطلاع می‌دهند</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="113"/>
        <source>Same as the program</source>
        <translation>همانند برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="118"/>
        <source>Add phone</source>
        <translation>افزودن تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="127"/>
        <source>Name *</source>
        <translation>نام *</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="128"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="130"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="131"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="132"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="133"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="134"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="135"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="136"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="140"/>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="141"/>
        <source>Language for messages</source>
        <translation>زبان پیام‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="142"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="229"/>
        <source>Phone already in use</source>
        <translation>این تلفن قبلاً ثبت شده است</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="230"/>
        <source>%1 already belongs to %2. Is it a shared number (an office or a family)?</source>
        <translation>%1 پیش‌تر برای %2 ثبت شده است. آیا شمارهٔ مشترک است (یک اداره یا یک خانواده)؟</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="233"/>
        <source>Open %1</source>
        <translation>باز کردن %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="234"/>
        <source>Save anyway</source>
        <translation>ذخیره در هر صورت</translation>
    </message>
</context>
<context>
    <name>CustomerValueView</name>
    <message>
        <location filename="../../ui/reports/value_view.py" line="71"/>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="71"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="71"/>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="83"/>
        <source>Cumulative share of value by customers, best first</source>
        <translation>سهم انباشتهٔ ارزش بر پایهٔ مشتریان، از بهترین</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="86"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="86"/>
        <source>Days since last contact</source>
        <translation>روز از آخرین ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="86"/>
        <source>Usual gap (days)</source>
        <translation>فاصلهٔ معمول (روز)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="86"/>
        <source>Overdue ×</source>
        <translation>چند برابر دیرکرد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="92"/>
        <source>Call the selected customer</source>
        <translation>تماس با مشتری انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="97"/>
        <source>No customer value yet. This screen groups customers by how recently, how often and how much they buy (RFM), shows who brings most of the value, and lists customers going quiet. It fills as calls and orders are logged: add orders on the customer cards (Ctrl+Shift+O).</source>
        <translation>هنوز ارزش مشتری محاسبه نشده است. این صفحه مشتریان را بر پایهٔ تازگی، دفعات و میزان خریدشان (RFM) دسته‌بندی می‌کند، نشان می‌دهد بیشترِ ارزش از کدام مشتریان است و مشتریانی را که کم‌کم ساکت می‌شوند فهرست می‌کند. با ثبت تماس‌ها و سفارش‌ها پر می‌شود: سفارش‌ها را در کارت مشتری ثبت کنید (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="103"/>
        <source>Nobody is overdue: a customer appears here when their silence is over 1.5 times their own usual gap between contacts.</source>
        <translation>هیچ مشتری‌ای دیرکرد ندارد: مشتری وقتی اینجا نمایش داده می‌شود که سکوتش بیش از ۱٫۵ برابر فاصلهٔ معمول میان ارتباط‌هایش باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="118"/>
        <source>Save as PNG…</source>
        <translation>ذخیره به‌صورت PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="123"/>
        <source>Customers whose silence is over 1.5 times their own usual gap (3+ contacts).</source>
        <translation>مشتریانی که سکوتشان بیش از ۱٫۵ برابر فاصلهٔ معمول خودشان است (دست‌کم ۳ ارتباط).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="127"/>
        <source>Start a win-back campaign…</source>
        <translation>شروع کمپین بازگرداندن مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="131"/>
        <source>RFM segments</source>
        <translation>بخش‌های RFM</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="132"/>
        <source>Pareto / ABC</source>
        <translation>پارتو / ABC</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="133"/>
        <source>Churn risk</source>
        <translation>خطر ریزش</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="135"/>
        <source>Recompute</source>
        <translation>محاسبهٔ دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="138"/>
        <source>Start a campaign for this segment…</source>
        <translation>شروع کمپین برای این بخش…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="150"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="158"/>
        <source>Recomputing…</source>
        <translation>در حال محاسبهٔ دوباره…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="164"/>
        <source>Not computed yet.</source>
        <translation>هنوز محاسبه نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="165"/>
        <source>Figures as of %1.</source>
        <translation>ارقام تا %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="182"/>
        <source>%1% of customers (%2) give %3% of the value of the last 365 days. A: %4, B: %5, C: %6.</source>
        <translation>%1٪ مشتریان (%2 نفر) %3٪ ارزش ۳۶۵ روز گذشته را می‌سازند. A: %4، B: %5، C: %6.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="189"/>
        <source>No orders in the last 365 days: record orders on the customer cards.</source>
        <translation>در ۳۶۵ روز گذشته سفارشی نیست: سفارش‌ها را در کارت مشتری ثبت کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="223"/>
        <source>Choose a segment on the left to list its customers.</source>
        <translation>یک بخش را از فهرست سمت راست انتخاب کنید تا مشتریانش نمایش داده شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/value_view.py" line="224"/>
        <source>No customer is in this segment now.</source>
        <translation>اکنون هیچ مشتری‌ای در این بخش نیست.</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../ui/formatting.py" line="197"/>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="198"/>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="199"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="200"/>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="207"/>
        <source>Referral</source>
        <translation>معرفی</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="208"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="209"/>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="210"/>
        <source>Exhibition</source>
        <translation>نمایشگاه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="211"/>
        <source>Walk-in</source>
        <translation>مراجعه حضوری</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="212"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="213"/>
        <source>WhatsApp</source>
        <translation>واتس‌اپ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="219"/>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="220"/>
        <source>Landline</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="221"/>
        <source>Work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="222"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="173"/>
        <source>Search by name, company, email or any phone number (Ctrl+F; Down to the list, Enter to open)</source>
        <translation>جستجو با نام، شرکت، ایمیل یا هر شمارهٔ تلفن (Ctrl+F؛ کلید پایین برای رفتن به فهرست، Enter برای باز کردن)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="178"/>
        <source>Show only the customers of one RFM segment (recency, frequency, value)</source>
        <translation>فقط مشتریان یک بخش RFM (تازگی، تکرار، ارزش)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="179"/>
        <source>All customers</source>
        <translation>همهٔ مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="211"/>
        <source>Show all</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="212"/>
        <source>Clear this filter and show every customer</source>
        <translation>پاک کردن این فیلتر و نمایش همهٔ مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="239"/>
        <source>Showing: %1</source>
        <translation>نمایش: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="319"/>
        <source>No customer is left in this list. Choose “Show all” to see everyone.</source>
        <translation>مشتری‌ای در این فهرست نمانده است. برای دیدن همه، «نمایش همه» را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="322"/>
        <source>No customer is in this segment. Segments come from customers&apos; calls and orders; choose “All customers” to see everyone.</source>
        <translation>هیچ مشتری‌ای در این بخش نیست. بخش‌ها از تماس‌ها و سفارش‌های مشتریان به دست می‌آیند؛ برای دیدن همه، «همهٔ مشتریان» را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="328"/>
        <source>No customer matches “%1”. Check the spelling or type part of the number, or press Ctrl+N to add them.</source>
        <translation>هیچ مشتری‌ای با «%1» پیدا نشد. املای آن را بررسی کنید یا بخشی از شماره را بنویسید، یا برای افزودن مشتری Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_view.py" line="333"/>
        <source>No customers yet. This list shows everyone you call or who calls you. Press Ctrl+N to add the first one, or save an unknown caller from the pop-up when the phone rings.</source>
        <translation>هنوز مشتری‌ای ثبت نشده است. این فهرست همهٔ کسانی را نشان می‌دهد که با آن‌ها تماس می‌گیرید یا با شما تماس می‌گیرند. برای افزودن نخستین مشتری Ctrl+N را بزنید، یا هنگام زنگ خوردن تلفن، تماس‌گیرندهٔ ناشناس را از پنجرهٔ بازشو ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="61"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="62"/>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="63"/>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="64"/>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="65"/>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="66"/>
        <source>Custom</source>
        <translation>دلخواه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="84"/>
        <source>Calls per hour today</source>
        <translation>تماس‌ها در هر ساعت امروز</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="85"/>
        <source>Calls per day</source>
        <translation>تماس‌ها در هر روز</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="86"/>
        <source>Inbound calls by weekday and hour</source>
        <translation>تماس‌های ورودی بر پایهٔ روز هفته و ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="87"/>
        <source>Top call reasons</source>
        <translation>دلیل‌های پرتکرار تماس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="91"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="92"/>
        <location filename="../../ui/reports/dashboard.py" line="302"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="93"/>
        <location filename="../../ui/reports/dashboard.py" line="123"/>
        <location filename="../../ui/reports/dashboard.py" line="289"/>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="94"/>
        <source>Talk time</source>
        <translation>مدت مکالمه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="95"/>
        <location filename="../../ui/reports/dashboard.py" line="128"/>
        <source>Average handle time</source>
        <translation>میانگین زمان رسیدگی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="96"/>
        <source>Missed</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="103"/>
        <source>No calls in this period yet</source>
        <translation>هنوز تماسی در این دوره نیست</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="104"/>
        <source>The charts show calls per hour and day, the busiest hours, the top reasons and each agent&apos;s calls once calls are logged: set up a caller-ID device (Caller ID → Caller ID settings), log a call with Ctrl+L, or choose a longer period.</source>
        <translation>پس از ثبت تماس‌ها، نمودارها تماس‌ها در هر ساعت و هر روز، شلوغ‌ترین ساعت‌ها، دلیل‌های پرتکرار و تماس‌های هر کارشناس را نشان می‌دهند: دستگاه شناسهٔ تماس را راه‌اندازی کنید (شناسهٔ تماس ← تنظیمات شناسهٔ تماس)، با Ctrl+L تماسی ثبت کنید یا دورهٔ طولانی‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="118"/>
        <source>Share of offered calls answered within %1 seconds; abandoned calls count as offered.</source>
        <translation>سهم تماس‌های ورودی که در %1 ثانیه پاسخ داده شدند؛ تماس‌های رهاشده هم شمرده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="119"/>
        <source>Answered inbound calls with no repeat call from the same number within 7 days.</source>
        <translation>تماس‌های ورودی پاسخ‌داده که تا ۷ روز از همان شماره تماس دوباره‌ای نداشتند.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="120"/>
        <source>Answered calls (both directions) per agent who answered.</source>
        <translation>تماس‌های پاسخ‌داده (هر دو جهت) برای هر کارشناسی که پاسخ داده است.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Offered</source>
        <translation>ورودی‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="122"/>
        <source>Inbound calls that reached us (ringing calls excluded).</source>
        <translation>تماس‌های ورودی رسیده (بدون تماس‌های در حال زنگ).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="123"/>
        <source>Inbound calls an agent answered.</source>
        <translation>تماس‌های ورودی که کارشناسی پاسخ داد.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="124"/>
        <source>Missed / abandoned</source>
        <translation>از دست رفته / رهاشده</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="124"/>
        <source>Inbound calls nobody answered: missed plus abandoned.</source>
        <translation>تماس‌های ورودی بی‌پاسخ: از دست رفته به‌اضافهٔ رهاشده.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="125"/>
        <source>Abandonment rate</source>
        <translation>نرخ رهاشدن</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="125"/>
        <source>Unanswered inbound calls divided by offered calls.</source>
        <translation>تماس‌های ورودی بی‌پاسخ تقسیم بر همهٔ ورودی‌ها.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="126"/>
        <source>Service level</source>
        <translation>سطح خدمت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="127"/>
        <source>Average speed of answer</source>
        <translation>میانگین سرعت پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="127"/>
        <source>Average ring time of answered inbound calls.</source>
        <translation>میانگین زمان زنگ تماس‌های ورودی پاسخ‌داده.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="128"/>
        <source>Average talk time of answered calls, both directions.</source>
        <translation>میانگین مدت مکالمهٔ تماس‌های پاسخ‌داده در هر دو جهت.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="129"/>
        <source>Calls per agent</source>
        <translation>تماس برای هر کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="130"/>
        <source>First contact resolution</source>
        <translation>حل در نخستین تماس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="131"/>
        <source>Revenue per call</source>
        <translation>درآمد هر تماس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="131"/>
        <source>Order revenue in the period divided by answered calls.</source>
        <translation>درآمد سفارش‌های دوره تقسیم بر تماس‌های پاسخ‌داده.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="137"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="140"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="160"/>
        <source>Save as PNG…</source>
        <translation>ذخیره به‌صورت PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="169"/>
        <source>Agents</source>
        <translation>کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="230"/>
        <source>The end date is before the start date.</source>
        <translation>تاریخ پایان پیش از تاریخ شروع است.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="232"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="282"/>
        <source>Inbound</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="283"/>
        <source>Outbound</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="290"/>
        <source>Not answered</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dashboard.py" line="319"/>
        <source>Updated %1</source>
        <translation>به‌روز شده %1</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../ui/database/dialog.py" line="15"/>
        <source>The password is kept in this computer&apos;s password store (keyring), never in the settings.</source>
        <translation>رمز عبور در انبارهٔ رمزهای عبور این رایانه (keyring) نگه داشته می‌شود و هرگز در تنظیمات ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/database/dialog.py" line="18"/>
        <source>This computer has no password store: Tamas asks for the password at each start and keeps it in memory only.</source>
        <translation>این رایانه انبارهٔ رمز عبور ندارد: تماس در هر بار اجرا رمز عبور را می‌پرسد و آن را فقط در حافظه نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/database/dialog.py" line="33"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../ui/database/dialog.py" line="38"/>
        <source>Tamas opens the chosen database at its next start. A --db on the command line still wins.</source>
        <translation>تماس پایگاه دادهٔ انتخاب‌شده را در اجرای بعدی باز می‌کند. گزینهٔ --db در خط فرمان همچنان اولویت دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/database/install.py" line="16"/>
        <source>&amp;Database…</source>
        <translation>&amp;پایگاه داده…</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../ui/database/wizard_page.py" line="28"/>
        <source>Where is your data?</source>
        <translation>داده‌های شما کجاست؟</translation>
    </message>
    <message>
        <location filename="../../ui/database/wizard_page.py" line="29"/>
        <source>One computer: keep it on this PC. Several seats: every seat uses the office server. This can be changed later in Settings → Database…</source>
        <translation>یک رایانه: داده‌ها روی همین رایانه می‌ماند. چند ایستگاه: همهٔ ایستگاه‌ها از سرور دفتر استفاده می‌کنند. تغییر این گزینه بعداً هم ممکن است: تنظیمات ← پایگاه داده…</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <location filename="../../ui/database/startup.py" line="20"/>
        <source>Office server password</source>
        <translation>رمز عبور سرور دفتر</translation>
    </message>
    <message>
        <location filename="../../ui/database/startup.py" line="21"/>
        <source>Password of {0} on {1}:</source>
        <translation>رمز عبور {0} در {1}:</translation>
    </message>
</context>
<context>
    <name>DayPlanDialog</name>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="35"/>
        <source>Technician day plan</source>
        <translation>برنامهٔ روزانهٔ تکنسین</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="44"/>
        <source>Export to Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="47"/>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="47"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="47"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="48"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="48"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="57"/>
        <source>Technician</source>
        <translation>تکنسین</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="57"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="90"/>
        <source>%1 visits</source>
        <translation>%1 بازدید</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="93"/>
        <source>Export day plan</source>
        <translation>خروجی برنامهٔ روزانه</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/day_plan_view.py" line="100"/>
        <source>%1 visits written to %2</source>
        <translation>%1 بازدید در %2 نوشته شد</translation>
    </message>
</context>
<context>
    <name>DeviceErrors</name>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="37"/>
        <source>Nothing is connected at %1. Plug the device in, or choose another port (Detect devices finds it), then press Test again.</source>
        <translation>چیزی به %1 وصل نیست. دستگاه را وصل کنید یا درگاه دیگری انتخاب کنید («شناسایی دستگاه‌ها» آن را پیدا می‌کند)، سپس دوباره «آزمون» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="39"/>
        <source>Tamas may not open %1. Close any other program using it; on Linux, add your user to the dialout group and log in again.</source>
        <translation>تماس اجازهٔ باز کردن %1 را ندارد. هر برنامهٔ دیگری را که از آن استفاده می‌کند ببندید؛ در لینوکس، کاربر خود را به گروه dialout بیفزایید و دوباره وارد شوید.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="41"/>
        <source>%1 is in use by another program. Close it, then press Test again.</source>
        <translation>%1 در دست برنامهٔ دیگری است. آن برنامه را ببندید و سپس دوباره «آزمون» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="42"/>
        <source>Nothing is listening at %1. Start the NCID server there, or correct the host and port, then press Test again.</source>
        <translation>هیچ سروری در %1 منتظر اتصال نیست. سرور NCID را آنجا اجرا کنید یا میزبان و درگاه را اصلاح کنید، سپس دوباره «آزمون» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="44"/>
        <source>The server name in %1 cannot be found. Check its spelling, or type the server&apos;s IP address.</source>
        <translation>نام سرور در %1 پیدا نمی‌شود. املای آن را بررسی کنید یا نشانی IP سرور را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="46"/>
        <source>%1 does not answer. Check that the server is on and reachable from this computer, then press Test again.</source>
        <translation>%1 پاسخ نمی‌دهد. بررسی کنید که سرور روشن و از این رایانه در دسترس باشد، سپس دوباره «آزمون» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="48"/>
        <source>%1 cannot be opened. Check the cable (or the network) and the settings, then press Test again.</source>
        <translation>%1 باز نمی‌شود. کابل (یا شبکه) و تنظیمات را بررسی کنید، سپس دوباره «آزمون» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/device_errors.py" line="60"/>
        <source>Choose the port the device is plugged into (such as COM3), or press Detect devices.</source>
        <translation>درگاهی را که دستگاه به آن وصل است انتخاب کنید (مانند COM3)، یا «شناسایی دستگاه‌ها» را بزنید.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="49"/>
        <source>Caller-ID device</source>
        <translation>دستگاه شناسهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="50"/>
        <source>The box or modem that tells Tamas who is calling, so the caller&apos;s card pops up.</source>
        <translation>جعبه یا مودمی که به تماس می‌گوید چه کسی زنگ می‌زند تا کارت تماس‌گیرنده باز شود.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="51"/>
        <source>Use the device found below</source>
        <translation>استفاده از دستگاه پیداشده در زیر</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="52"/>
        <source>No device yet — simulate calls (Caller ID → Simulate, Ctrl+Shift+I)</source>
        <translation>فعلاً بدون دستگاه — شبیه‌سازی تماس‌ها (شناسهٔ تماس ← شبیه‌سازی، Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="53"/>
        <source>Detect</source>
        <translation>شناسایی</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="54"/>
        <source>Ask every serial port which caller-ID device answers (a few seconds)</source>
        <translation>از همهٔ درگاه‌های سریال بپرس کدام دستگاه شناسهٔ تماس پاسخ می‌دهد (چند ثانیه)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="61"/>
        <source>Asking every serial port… this takes a few seconds.</source>
        <translation>در حال پرسیدن از همهٔ درگاه‌های سریال… چند ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="63"/>
        <source>Plug the device in, then press Detect.</source>
        <translation>دستگاه را وصل کنید و سپس «شناسایی» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="65"/>
        <source>Found %1 device(s). Choose one.</source>
        <translation>%1 دستگاه پیدا شد. یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="67"/>
        <source>%1 serial ports found, none answered like a caller-ID device. Check the cable and power, or go on without a device.</source>
        <translation>%1 درگاه سریال پیدا شد، هیچ‌کدام مانند دستگاه شناسهٔ تماس پاسخ نداد. کابل و برق را بررسی کنید یا بدون دستگاه ادامه دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/device_page.py" line="69"/>
        <source>No serial ports found. Plug the device in and press Detect again, or go on without a device.</source>
        <translation>درگاه سریالی پیدا نشد. دستگاه را وصل کنید و دوباره «شناسایی» را بزنید، یا بدون دستگاه ادامه دهید.</translation>
    </message>
</context>
<context>
    <name>DispositionsDialog</name>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="35"/>
        <source>Dispositions</source>
        <translation>کدهای نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="40"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="40"/>
        <source>Label</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="40"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="40"/>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="40"/>
        <source>Contact made</source>
        <translation>ارتباط برقرار شد</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="41"/>
        <source>Success</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="41"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="41"/>
        <source>Callback</source>
        <translation>تماس دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="41"/>
        <source>Final</source>
        <translation>پایانی</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="42"/>
        <source>Retry after (minutes)</source>
        <translation>تلاش دوباره پس از (دقیقه)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="42"/>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/dispositions_editor.py" line="45"/>
        <source>Add a disposition</source>
        <translation>افزودن کد نتیجه</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="194"/>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="196"/>
        <source>Press Finish to start. Customers you add (Ctrl+N) or save from a ringing call appear in the Customers tab; every call appears in Calls. You can run this setup again from Settings → First-run setup.</source>
        <translation>برای شروع «پایان» را بزنید. مشتریانی که می‌افزایید (Ctrl+N) یا از تماس در حال زنگ ذخیره می‌کنید در زبانهٔ «مشتریان» نمایش داده می‌شوند؛ همهٔ تماس‌ها در «تماس‌ها» دیده می‌شوند. می‌توانید این راه‌اندازی را بعداً از «تنظیمات ← راه‌اندازی اولیه» دوباره اجرا کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="199"/>
        <source>Import my customers…</source>
        <translation>درون‌ریزی مشتریانم…</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="22"/>
        <location filename="../../ui/duplicates/duplicates_view.py" line="32"/>
        <source>Find duplicates</source>
        <translation>یافتن موارد تکراری</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="25"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="25"/>
        <source>Names</source>
        <translation>نام‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="25"/>
        <source>Confidence</source>
        <translation>اطمینان</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="25"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="33"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="34"/>
        <source>Merge…</source>
        <translation>ادغام…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="55"/>
        <source>Looking for duplicates…</source>
        <translation>در حال جستجوی موارد تکراری…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="71"/>
        <source>same phone</source>
        <translation>تلفن یکسان</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="72"/>
        <source>same e-mail</source>
        <translation>ایمیل یکسان</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="73"/>
        <source>near name, phone ends alike</source>
        <translation>نام مشابه، پایان تلفن یکسان</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="74"/>
        <source>near name, same city</source>
        <translation>نام مشابه، شهر یکسان</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="87"/>
        <source>%1 groups</source>
        <translation>%1 گروه</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/duplicates_view.py" line="93"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/messages.py" line="13"/>
        <source>This field is required.</source>
        <translation>پر کردن این خانه لازم است.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="14"/>
        <source>“%1” is not an email address (expected name@example.com).</source>
        <translation>«%1» نشانی ایمیل نیست (نمونه: name@example.com).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="17"/>
        <source>“%1” cannot be a phone number: type 3 to 17 digits.</source>
        <translation>«%1» نمی‌تواند شمارهٔ تلفن باشد: ۳ تا ۱۷ رقم وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>“%1” is not an amount: type digits, e.g. 1250000.</source>
        <translation>«%1» مبلغ نیست: عدد وارد کنید، مثلاً 1250000.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>“%1” is already in this list.</source>
        <translation>«%1» در این فهرست هست.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>Choose one of the listed values.</source>
        <translation>یکی از گزینه‌های فهرست را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>This value is out of range.</source>
        <translation>این مقدار خارج از محدوده است.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Too long: shorten it to %1 characters or fewer.</source>
        <translation>بیش از حد طولانی است: آن را به %1 نویسه یا کمتر کوتاه کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>This record no longer exists (another seat may have deleted it).</source>
        <translation>این رکورد دیگر وجود ندارد (شاید کاربر دیگری آن را حذف کرده باشد).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Something went wrong (%1).</source>
        <translation>خطایی رخ داد (%1).</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ui/tickets/actions.py" line="122"/>
        <source>Escalate ticket</source>
        <translation>ارجاع درخواست به سطح بالاتر</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="122"/>
        <source>Why does this ticket need another tier?</source>
        <translation>چرا این درخواست به سطح دیگری نیاز دارد؟</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="125"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="126"/>
        <source>Department</source>
        <translation>واحد</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/importing/pages.py" line="41"/>
        <source>An Excel (.xlsx), CSV or contacts (.vcf) file</source>
        <translation>یک فایل اکسل (.xlsx)، CSV یا مخاطبین (.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="42"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="48"/>
        <source>Detect</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="48"/>
        <source>Windows Arabic (1256)</source>
        <translation>عربی ویندوز (1256)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="55"/>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="56"/>
        <source>Text encoding:</source>
        <translation>کدگذاری متن:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="57"/>
        <source>Sheet:</source>
        <translation>برگه:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="66"/>
        <source>Import customers</source>
        <translation>درون‌ریزی مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="66"/>
        <source>Customer files (*.xlsx *.csv *.txt *.vcf);;All files (*)</source>
        <translation>فایل‌های مشتری (*.xlsx *.csv *.txt *.vcf);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="83"/>
        <source>%1 rows</source>
        <translation>%1 ردیف</translation>
    </message>
</context>
<context>
    <name>FilterForm</name>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="46"/>
        <source>any of these tags, separated by commas</source>
        <translation>هر یک از این برچسب‌ها، جداشده با ویرگول</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="47"/>
        <source>any of these cities, separated by commas</source>
        <translation>هر یک از این شهرها، جداشده با ویرگول</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="55"/>
        <source>Only customers at churn risk</source>
        <translation>فقط مشتریان در خطر ریزش</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="56"/>
        <source>Only customers never called</source>
        <translation>فقط مشتریانی که هرگز با آن‌ها تماس گرفته نشده</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="57"/>
        <source>Contacted since</source>
        <translation>ارتباط از تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="58"/>
        <source>Not contacted since</source>
        <translation>بدون ارتباط از تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="60"/>
        <source>Ordered between</source>
        <translation>سفارش در بازهٔ</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="65"/>
        <source>Import a list of numbers…</source>
        <translation>درون‌ریزی فهرست شماره‌ها…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="72"/>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="73"/>
        <source>Tags:</source>
        <translation>برچسب‌ها:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="74"/>
        <source>Cities:</source>
        <translation>شهرها:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="75"/>
        <source>RFM segments:</source>
        <translation>بخش‌های RFM:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="140"/>
        <source>%1 customers from the imported list</source>
        <translation>%1 مشتری از فهرست درون‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="145"/>
        <source>Import a list of numbers</source>
        <translation>درون‌ریزی فهرست شماره‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/filter_form.py" line="146"/>
        <source>Text or CSV (*.txt *.csv)</source>
        <translation>متن یا CSV (*.txt *.csv)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="75"/>
        <source>Set up Tamas</source>
        <translation>راه‌اندازی تماس</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/wizard.py" line="76"/>
        <source>Skip setup</source>
        <translation>رد شدن از راه‌اندازی</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/tickets/actions.py" line="142"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="143"/>
        <source>Call the customer back</source>
        <translation>تماس دوباره با مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="149"/>
        <source>What</source>
        <translation>چه کاری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="150"/>
        <source>Due</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="154"/>
        <source>Say what needs doing.</source>
        <translation>بنویسید چه کاری باید انجام شود.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/importing/fields.py" line="10"/>
        <source>(do not import)</source>
        <translation>(درون‌ریزی نشود)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="11"/>
        <source>Customer ID (update)</source>
        <translation>شناسهٔ مشتری (به‌روزرسانی)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="12"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="13"/>
        <source>Person or company</source>
        <translation>شخص یا شرکت</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="14"/>
        <source>First name</source>
        <translation>نام کوچک</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="15"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="16"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="17"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="18"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="19"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="20"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="21"/>
        <source>Mobile phone</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="22"/>
        <source>Landline</source>
        <translation>تلفن ثابت</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="23"/>
        <source>Work phone</source>
        <translation>تلفن محل کار</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="24"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="25"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="26"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="27"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="28"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="29"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="30"/>
        <source>Do not SMS</source>
        <translation>پیامک نفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="31"/>
        <source>Do not e-mail</source>
        <translation>ایمیل نفرستید</translation>
    </message>
    <message>
        <location filename="../../ui/importing/fields.py" line="32"/>
        <source>Customer since (date)</source>
        <translation>مشتری از (تاریخ)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/importing/history.py" line="17"/>
        <source>Past imports</source>
        <translation>درون‌ریزی‌های گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="20"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="20"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="20"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="20"/>
        <source>Added</source>
        <translation>افزوده</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="20"/>
        <source>Updated</source>
        <translation>به‌روزشده</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="21"/>
        <source>Skipped</source>
        <translation>نادیده‌گرفته</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="21"/>
        <source>Left out</source>
        <translation>کنارگذاشته</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="21"/>
        <source>Undone</source>
        <translation>واگردشده</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="28"/>
        <location filename="../../ui/importing/history.py" line="58"/>
        <source>Undo this import</source>
        <translation>واگرد این درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="59"/>
        <source>Remove the %1 customers import %2 added and restore those it changed?</source>
        <translation>%1 مشتری‌ای که درون‌ریزی %2 افزوده است حذف شوند و مشتریانی که تغییر داده به حالت پیشین برگردند؟</translation>
    </message>
    <message>
        <location filename="../../ui/importing/history.py" line="66"/>
        <source>Undone: %1 customers removed or restored.</source>
        <translation>واگرد انجام شد: %1 مشتری حذف یا بازگردانده شد.</translation>
    </message>
</context>
<context>
    <name>ImportMenu</name>
    <message>
        <location filename="../../ui/importing/menu.py" line="46"/>
        <source>&amp;Import customers…</source>
        <translation>&amp;درون‌ریزی مشتریان…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/menu.py" line="47"/>
        <source>Past &amp;imports…</source>
        <translation>درون‌ریزی‌های &amp;گذشته…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/menu.py" line="49"/>
        <source>Find &amp;duplicates…</source>
        <translation>یافتن موارد &amp;تکراری…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/menu.py" line="50"/>
        <source>Data &amp;quality…</source>
        <translation>&amp;کیفیت داده‌ها…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/importing/wizard.py" line="34"/>
        <source>Import customers</source>
        <translation>درون‌ریزی مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="47"/>
        <source>&lt; Back</source>
        <translation>&lt; قبلی</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="47"/>
        <location filename="../../ui/importing/wizard.py" line="69"/>
        <source>Next &gt;</source>
        <translation>بعدی &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="48"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="69"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="80"/>
        <source>Import cancelled: nothing was saved.</source>
        <translation>درون‌ریزی لغو شد: چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="120"/>
        <source>Importing…</source>
        <translation>در حال درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/wizard.py" line="134"/>
        <source>Done: %1 customers added, %2 updated, %3 merged, %4 skipped, %5 rows left out.</source>
        <translation>انجام شد: %1 مشتری افزوده، %2 به‌روزرسانی، %3 ادغام و %4 نادیده گرفته شد؛ %5 ردیف کنار گذاشته شد.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="54"/>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="59"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="59"/>
        <source>Ticket</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="59"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="66"/>
        <source>Mark read</source>
        <translation>علامت خوانده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="68"/>
        <source>Mark all read</source>
        <translation>علامت همه به‌عنوان خوانده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="81"/>
        <source>Ticket #%1 missed its resolution target.</source>
        <translation>هدف زمانی حل درخواست #%1 رعایت نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="83"/>
        <source>Follow-up due: %1</source>
        <translation>مهلت پیگیری: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="102"/>
        <source>%1 unread</source>
        <translation>%1 خوانده‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="103"/>
        <source>No notifications. Breached tickets and due follow-ups appear here.</source>
        <translation>اعلانی نیست. درخواست‌های نقض‌شده و پیگیری‌های سررسیده اینجا نمایش داده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>KnowledgeDialog</name>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="37"/>
        <source>Knowledge base</source>
        <translation>پایگاه دانش</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="41"/>
        <source>Search articles</source>
        <translation>جستجوی مقاله‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="47"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="52"/>
        <source>New article</source>
        <translation>مقالهٔ جدید</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="54"/>
        <source>Save article</source>
        <translation>ذخیرهٔ مقاله</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="63"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="64"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="88"/>
        <source>Could not load the articles: %1. Search again to retry.</source>
        <translation>مقاله‌ها بارگذاری نشدند: %1. برای تلاش دوباره، دوباره جستجو کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/knowledge_dialog.py" line="115"/>
        <source>Give the article a title.</source>
        <translation>برای مقاله عنوانی بنویسید.</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../ui/lookup_editor.py" line="122"/>
        <source>Translations of “%1”</source>
        <translation>ترجمه‌های «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="129"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="130"/>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="131"/>
        <source>Leave a language empty to show the value as typed.</source>
        <translation>اگر زبانی را خالی بگذارید، مقدار همان‌طور که نوشته شده نمایش داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="99"/>
        <source>Language and calendar</source>
        <translation>زبان و تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="100"/>
        <source>How Tamas speaks and shows dates. Both can be changed later in the Settings menu.</source>
        <translation>زبانی که تماس با آن با شما سخن می‌گوید و شیوهٔ نمایش تاریخ‌ها. هر دو را بعداً می‌توانید از منوی «تنظیمات» تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="101"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="102"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="103"/>
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالی (هجری شمسی)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="103"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
</context>
<context>
    <name>ListOverlay</name>
    <message>
        <location filename="../../ui/list_status.py" line="65"/>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/list_status.py" line="85"/>
        <source>Could not load: %1. Check that the database is reachable, then press Retry.</source>
        <translation>بارگذاری نشد: %1. بررسی کنید پایگاه داده در دسترس باشد، سپس «تلاش دوباره» را بزنید.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../ui/paged_model.py" line="106"/>
        <source>This column cannot be sorted (the database has no index for it).</source>
        <translation>این ستون مرتب‌سازی نمی‌شود (پایگاه داده برای آن نمایه ندارد).</translation>
    </message>
    <message>
        <location filename="../../ui/paged_model.py" line="109"/>
        <source>Click to sort by this column; click again to reverse.</source>
        <translation>برای مرتب‌سازی بر پایهٔ این ستون کلیک کنید؛ برای ترتیب معکوس دوباره کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>LookupEditor</name>
    <message>
        <location filename="../../ui/lookup_editor.py" line="35"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="36"/>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="37"/>
        <source>Translations…</source>
        <translation>ترجمه‌ها…</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="39"/>
        <location filename="../../ui/lookup_editor.py" line="82"/>
        <source>Retire</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="45"/>
        <source>Retired values stay on old calls but are no longer offered.</source>
        <translation>گزینه‌های کنارگذاشته روی تماس‌های قدیمی می‌مانند ولی دیگر پیشنهاد نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="68"/>
        <source>%1 (retired)</source>
        <translation>%1 (کنارگذاشته)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="82"/>
        <source>Bring back</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="85"/>
        <source>New value:</source>
        <translation>مقدار جدید:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup_editor.py" line="93"/>
        <source>Rename to:</source>
        <translation>نام جدید:</translation>
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
        <translation>تماس — مشتریان و تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Missed calls</source>
        <translation>تماس‌های از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Customer value</source>
        <translation>ارزش مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Staffing</source>
        <translation>برنامهٔ نیرو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Caller ID: not set up</source>
        <translation>شناسهٔ تماس: راه‌اندازی نشده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>Agent: %1</source>
        <translation>کارشناس: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;New customer…</source>
        <translation>مشتری &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Log call…</source>
        <translation>&amp;ثبت تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Open customer card</source>
        <translation>&amp;باز کردن کارت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Edit customer…</source>
        <translation>&amp;ویرایش مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Delete customer…</source>
        <translation>&amp;حذف مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Find customer</source>
        <translation>&amp;یافتن مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Caller &amp;ID</source>
        <translation>&amp;شناسهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Answer the newest call</source>
        <translation>&amp;پاسخ به تازه‌ترین تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Simulate incoming call</source>
        <translation>&amp;شبیه‌سازی تماس ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Replay a capture file…</source>
        <translation>&amp;پخش دوبارهٔ فایل ضبط‌شده…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Dial a number…</source>
        <translation>&amp;گرفتن شماره…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Caller ID &amp;settings…</source>
        <translation>&amp;تنظیمات شناسهٔ تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Settings</source>
        <translation>&amp;تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Calendar</source>
        <translation>&amp;تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Jalali (Solar Hijri)</source>
        <translation>جلالی (هجری شمسی)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Hijri (Islamic civil), with Gregorian beside it</source>
        <translation>هجری قمری (مدنی)، همراه با میلادی</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;Digits</source>
        <translation>&amp;ارقام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Persian or Arabic digits (۱۲۳ / ١٢٣)</source>
        <translation>ارقام فارسی یا عربی (۱۲۳ / ١٢٣)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Latin digits (123)</source>
        <translation>ارقام لاتین (123)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Call &amp;reasons…</source>
        <translation>&amp;دلیل‌های تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Call &amp;outcomes…</source>
        <translation>&amp;نتیجه‌های تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>&amp;First-run setup…</source>
        <translation>&amp;راه‌اندازی اولیه…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;About Tamas</source>
        <translation>&amp;دربارهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Your role may not delete customers: ask a supervisor or the owner.</source>
        <translation>نقش شما اجازهٔ حذف مشتری را ندارد: از سرپرست یا مالک بخواهید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Delete customer</source>
        <translation>حذف مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Delete “%1”? Their calls are kept. You can undo this with Ctrl+Z.</source>
        <translation>«%1» حذف شود؟ تماس‌هایش می‌مانند. با Ctrl+Z می‌توانید برگردانید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>“%1” deleted. Press Ctrl+Z to undo.</source>
        <translation>«%1» حذف شد. برای بازگرداندن Ctrl+Z را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Replay a caller-ID capture</source>
        <translation>پخش دوبارهٔ ضبط شناسهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>replay</source>
        <translation>پخش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>connected</source>
        <translation>وصل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>reconnecting…</source>
        <translation>در حال اتصال دوباره…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Caller ID: %1</source>
        <translation>شناسهٔ تماس: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>%1 is unplugged or not answering; reconnecting…</source>
        <translation>%1 جدا شده یا پاسخ نمی‌دهد؛ در حال اتصال دوباره…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>Dialling %1…</source>
        <translation>در حال گرفتن %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>No modem connected: dial %1 on the phone, then save the call.</source>
        <translation>مودمی وصل نیست: %1 را با تلفن بگیرید و سپس تماس را ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Dial a number</source>
        <translation>گرفتن شماره</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>Call reasons</source>
        <translation>دلیل‌های تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>Call outcomes</source>
        <translation>نتیجه‌های تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517"/>
        <source>About Tamas</source>
        <translation>دربارهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>Tamas keeps your customers and calls, and shows who is calling before you answer.</source>
        <translation>تماس مشتریان و تماس‌های شما را نگه می‌دارد و پیش از پاسخ دادن نشان می‌دهد چه کسی زنگ می‌زند.</translation>
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
        <translation>ستون در فایل</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="105"/>
        <source>Example</source>
        <translation>نمونه</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="105"/>
        <source>Import as</source>
        <translation>درون‌ریزی به‌عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="109"/>
        <source>Add new customers</source>
        <translation>افزودن مشتریان جدید</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="109"/>
        <source>Add new, update by ID</source>
        <translation>افزودن جدیدها، به‌روزرسانی با شناسه</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="110"/>
        <source>Only update existing customers</source>
        <translation>فقط به‌روزرسانی مشتریان موجود</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="113"/>
        <source>Merge into the existing customer</source>
        <translation>ادغام با مشتری موجود</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="113"/>
        <source>Skip the row</source>
        <translation>نادیده گرفتن ردیف</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="114"/>
        <source>Create another customer</source>
        <translation>ایجاد مشتری دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="117"/>
        <source>Import:</source>
        <translation>درون‌ریزی:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="118"/>
        <source>Same phone or e-mail as a customer:</source>
        <translation>تلفن یا ایمیل برابر با یک مشتری:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/pages.py" line="121"/>
        <source>Check which column holds what. Your choice is remembered for files like this.</source>
        <translation>بررسی کنید هر ستون چه اطلاعاتی دارد. انتخاب شما برای فایل‌های مشابه به خاطر سپرده می‌شود.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="49"/>
        <source>Merge customers</source>
        <translation>ادغام مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="56"/>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="57"/>
        <source>Undo merge</source>
        <translation>واگرد ادغام</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="67"/>
        <source>Keep this record; merge the others into it:</source>
        <translation>این رکورد بماند؛ بقیه در آن ادغام شوند:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="148"/>
        <source>Merge undone: every customer is back as it was.</source>
        <translation>ادغام واگرد شد: همهٔ مشتریان به حالت پیشین بازگشتند.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="91"/>
        <source>One of these customers no longer exists: find duplicates again.</source>
        <translation>یکی از این مشتریان دیگر وجود ندارد: دوباره موارد تکراری را جستجو کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="111"/>
        <source>Phones (all kept)</source>
        <translation>تلفن‌ها (همه نگه داشته می‌شوند)</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_view.py" line="135"/>
        <source>Merged. Calls, orders and phones now belong to #%1.</source>
        <translation>ادغام شد. تماس‌ها، سفارش‌ها و تلفن‌ها اکنون به #%1 تعلق دارند.</translation>
    </message>
</context>
<context>
    <name>MissedCallsView</name>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="53"/>
        <source>No missed calls waiting for a call back.</source>
        <translation>تماس از دست رفته‌ای در انتظار تماس دوباره نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="55"/>
        <source>Call back</source>
        <translation>تماس دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="57"/>
        <source>Dial the selected caller (or log the call by hand); reaching them clears the row</source>
        <translation>شمارهٔ تماس‌گیرندهٔ انتخاب‌شده را بگیرید (یا تماس را دستی ثبت کنید)؛ با برقراری ارتباط، ردیف پاک می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="60"/>
        <source>Mark handled…</source>
        <translation>علامت رسیدگی‌شده…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="61"/>
        <source>Take the selected caller off the list, with an optional note</source>
        <translation>حذف تماس‌گیرندهٔ انتخاب‌شده از فهرست، با یادداشت اختیاری</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="63"/>
        <source>Show handled</source>
        <translation>نمایش رسیدگی‌شده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="68"/>
        <source>Callers nobody has reached yet, one row per number</source>
        <translation>تماس‌گیرندگانی که هنوز کسی با آن‌ها ارتباط نگرفته است، یک ردیف برای هر شماره</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="105"/>
        <source>Mark handled</source>
        <translation>علامت رسیدگی‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="105"/>
        <source>Note (optional):</source>
        <translation>یادداشت (اختیاری):</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="119"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="121"/>
        <source>%1 callers, handled ones included</source>
        <translation>%1 تماس‌گیرنده، با احتساب رسیدگی‌شده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/calls/missed_view.py" line="123"/>
        <source>%1 callers to call back</source>
        <translation>%1 تماس‌گیرنده برای تماس دوباره</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="33"/>
        <source>Iranian rial</source>
        <translation>ریال ایران</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="34"/>
        <source>US dollar</source>
        <translation>دلار آمریکا</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="35"/>
        <source>Euro</source>
        <translation>یورو</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="36"/>
        <source>UAE dirham</source>
        <translation>درهم امارات</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="37"/>
        <source>Iraqi dinar</source>
        <translation>دینار عراق</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="38"/>
        <source>Saudi riyal</source>
        <translation>ریال عربستان</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="39"/>
        <source>Kuwaiti dinar</source>
        <translation>دینار کویت</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="40"/>
        <source>Qatari riyal</source>
        <translation>ریال قطر</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="41"/>
        <source>Omani rial</source>
        <translation>ریال عمان</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="42"/>
        <source>Bahraini dinar</source>
        <translation>دینار بحرین</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="43"/>
        <source>Turkish lira</source>
        <translation>لیر ترکیه</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="44"/>
        <source>Afghan afghani</source>
        <translation>افغانی افغانستان</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="162"/>
        <source>Money</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="163"/>
        <source>The currency of your orders and how amounts are shown.</source>
        <translation>واحد پول سفارش‌های شما و شیوهٔ نمایش مبلغ‌ها.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="164"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="165"/>
        <source>Show rial amounts in Toman (1 Toman = 10 rials)</source>
        <translation>نمایش مبلغ‌های ریالی به تومان (هر تومان = ۱۰ ریال)</translation>
    </message>
</context>
<context>
    <name>MoreRinging</name>
    <message>
        <location filename="../../ui/callerid/pop_stack.py" line="48"/>
        <source>+%1 more ringing</source>
        <translation>+%1 تماس دیگر در حال زنگ</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="27"/>
        <source>New ticket</source>
        <translation>درخواست جدید</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="32"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="40"/>
        <source>What is the problem or request, in a few words</source>
        <translation>مشکل یا درخواست چیست، در چند کلمه</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="45"/>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="74"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="45"/>
        <source>(no customer)</source>
        <translation>(بدون مشتری)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="47"/>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="74"/>
        <source>From call</source>
        <translation>از تماس</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="48"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="49"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="50"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="51"/>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="74"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="52"/>
        <location filename="../../ui/tickets/new_ticket_dialog.py" line="75"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="68"/>
        <source>Add a user</source>
        <translation>افزودن کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="75"/>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="76"/>
        <source>Full name:</source>
        <translation>نام کامل:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="77"/>
        <source>Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="82"/>
        <source>Enter a user name.</source>
        <translation>نام کاربری را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>NextCallView</name>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="71"/>
        <source>Next call (F5)</source>
        <translation>تماس بعدی (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="74"/>
        <source>Dial (F12)</source>
        <translation>گرفتن شماره (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="77"/>
        <source>I dialled by hand (Shift+F12)</source>
        <translation>دستی شماره گرفتم (Shift+F12)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="80"/>
        <source>Not for this campaign</source>
        <translation>نه برای این کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="81"/>
        <source>The customer asked not to be called for this campaign; other campaigns may still call them.</source>
        <translation>مشتری خواسته است در این کمپین با او تماس گرفته نشود؛ کمپین‌های دیگر همچنان می‌توانند با او تماس بگیرند.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="92"/>
        <source>How did the call end?</source>
        <translation>تماس چگونه پایان یافت؟</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="99"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="107"/>
        <source>Call back at:</source>
        <translation>تماس دوباره در:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="108"/>
        <source>Sale amount:</source>
        <translation>مبلغ فروش:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="109"/>
        <source>Product:</source>
        <translation>کالا:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="110"/>
        <source>Quantity:</source>
        <translation>تعداد:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="111"/>
        <source>Notes:</source>
        <translation>یادداشت‌ها:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="157"/>
        <source>Nobody on the card</source>
        <translation>کسی روی کارت نیست</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="163"/>
        <source>attempts: %1</source>
        <translation>تلاش‌ها: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="164"/>
        <source>orders: %1, %2</source>
        <translation>سفارش‌ها: %1، %2</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="165"/>
        <source>last call: %1</source>
        <translation>آخرین تماس: %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="166"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="168"/>
        <source>callback promised for %1</source>
        <translation>قول تماس دوباره برای %1</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="221"/>
        <source>Dialled by hand: pick how the call ended.</source>
        <translation>شماره دستی گرفته شد: نتیجهٔ تماس را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="224"/>
        <source>Dialling %1…</source>
        <translation>در حال گرفتن %1…</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="227"/>
        <source>No modem connected: dial %1 on the phone, then pick how the call ended.</source>
        <translation>مودمی وصل نیست: %1 را با تلفن بگیرید و سپس نتیجهٔ تماس را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="249"/>
        <source>Saved. Press Next call for the next customer.</source>
        <translation>ذخیره شد. برای مشتری بعدی «تماس بعدی» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/next_call_view.py" line="258"/>
        <source>Taken off this campaign. Press Next call for the next customer.</source>
        <translation>از این کمپین کنار گذاشته شد. برای مشتری بعدی «تماس بعدی» را بزنید.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/tickets/actions.py" line="115"/>
        <source>Write a note saying why first.</source>
        <translation>ابتدا در یادداشتی دلیل را بنویسید.</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="35"/>
        <source>Notifications: breached tickets and follow-ups that are due</source>
        <translation>اعلان‌ها: درخواست‌های نقض‌شده و پیگیری‌های سررسیده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/inbox_view.py" line="45"/>
        <source>%1 unread notifications</source>
        <translation>%1 اعلان خوانده‌نشده</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="133"/>
        <source>Your office</source>
        <translation>دفتر شما</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="134"/>
        <source>Where the phones are: numbers without a country code are read this way.</source>
        <translation>محل تلفن‌ها: شماره‌های بدون کد کشور بر این پایه خوانده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="135"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="136"/>
        <source>Area code</source>
        <translation>پیش‌شماره</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="137"/>
        <source>e.g. 21 for Tehran; empty if callers&apos; numbers always include it</source>
        <translation>مثلاً ۲۱ برای تهران؛ اگر شمارهٔ تماس‌گیرندگان همیشه پیش‌شماره را دارد، خالی بگذارید</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun/pages.py" line="138"/>
        <source>The area code is added to local numbers of 8 digits, so 88776655 and 021 8877 6655 find the same customer.</source>
        <translation>پیش‌شماره به شماره‌های محلی ۸ رقمی افزوده می‌شود تا ۸۸۷۷۶۶۵۵ و ۰۲۱-۸۸۷۷۶۶۵۵ هر دو به همان مشتری برسند.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="52"/>
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
        <source>No orders yet.</source>
        <translation>هنوز سفارشی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="119"/>
        <source>Add order… (Ctrl+Shift+O)</source>
        <translation>افزودن سفارش… (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/orders/orders_view.py" line="124"/>
        <source>%1 orders</source>
        <translation>%1 سفارش</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="37"/>
        <source>The owner&apos;s account</source>
        <translation>حساب مالک</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="38"/>
        <source>The owner adds users and decides who may export, import or delete. Leave the password empty to use Tamas without signing in on this PC.</source>
        <translation>مالک کاربران را می‌افزاید و تعیین می‌کند چه کسی بتواند خروجی بگیرد، درون‌ریزی یا حذف کند. برای استفاده از تماس بدون ورود در این رایانه، رمز عبور را خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="40"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="41"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="42"/>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="43"/>
        <source>Password again</source>
        <translation>تکرار رمز عبور</translation>
    </message>
    <message>
        <location filename="../../ui/auth/owner_page.py" line="59"/>
        <source>Enter the owner&apos;s user name.</source>
        <translation>نام کاربری مالک را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="43"/>
        <source>New password for %1</source>
        <translation>رمز عبور جدید برای %1</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="47"/>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="48"/>
        <source>Again:</source>
        <translation>تکرار:</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="46"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customer_form.py" line="47"/>
        <source>Remove this phone number</source>
        <translation>حذف این شمارهٔ تلفن</translation>
    </message>
</context>
<context>
    <name>PopManager</name>
    <message>
        <location filename="../../ui/callerid/pop_manager.py" line="388"/>
        <source>Caller ID could not reach the database (%1): check the call log for this call.</source>
        <translation>شناسهٔ تماس به پایگاه داده دسترسی نیافت (%1): این تماس را در فهرست تماس‌ها بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>PopStack</name>
    <message>
        <location filename="../../ui/callerid/pop_stack.py" line="126"/>
        <source>Unknown caller</source>
        <translation>تماس‌گیرندهٔ ناشناس</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/importing/preview.py" line="46"/>
        <location filename="../../ui/importing/preview.py" line="48"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="46"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="46"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="46"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="47"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="47"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="47"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="48"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="51"/>
        <source>Save rejected rows…</source>
        <translation>ذخیرهٔ ردیف‌های ردشده…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="72"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="80"/>
        <source>%1 rows can be imported; %2 rows have problems and will be left out.</source>
        <translation>%1 ردیف قابل درون‌ریزی است؛ %2 ردیف مشکل دارد و کنار گذاشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview.py" line="87"/>
        <source>Save rejected rows</source>
        <translation>ذخیرهٔ ردیف‌های ردشده</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="31"/>
        <source>Data quality</source>
        <translation>کیفیت داده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="34"/>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="34"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="35"/>
        <source>ID</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="35"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="35"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="45"/>
        <source>More</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="48"/>
        <source>Count again</source>
        <translation>شمارش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="71"/>
        <source>Without any phone</source>
        <translation>بدون هیچ تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="72"/>
        <source>With an invalid e-mail</source>
        <translation>با ایمیل نامعتبر</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="73"/>
        <source>With a phone not valid for its region</source>
        <translation>با تلفن نامعتبر برای منطقهٔ خود</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="74"/>
        <source>In a duplicate group (same phone or e-mail)</source>
        <translation>در گروه تکراری (تلفن یا ایمیل یکسان)</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="75"/>
        <source>Without consent information</source>
        <translation>بدون اطلاعات رضایت</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="76"/>
        <source>Never contacted</source>
        <translation>بدون هیچ ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/quality/quality_view.py" line="80"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
</context>
<context>
    <name>RangeLabel</name>
    <message>
        <location filename="../../ui/list_status.py" line="41"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../ui/list_status.py" line="43"/>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <location filename="../../ui/list_status.py" line="45"/>
        <source>%1 of about %2</source>
        <translation>%1 از حدود %2</translation>
    </message>
    <message>
        <location filename="../../ui/list_status.py" line="47"/>
        <source>%1 of … (counting)</source>
        <translation>%1 از … (در حال شمارش)</translation>
    </message>
    <message>
        <location filename="../../ui/list_status.py" line="49"/>
        <source>%1; scroll for more</source>
        <translation>%1؛ برای دیدن بیشتر پیمایش کنید</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../ui/auth/refusals.py" line="14"/>
        <source>adding or changing customers</source>
        <translation>افزودن یا تغییر مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="15"/>
        <source>deleting customers or bringing deleted ones back</source>
        <translation>حذف مشتریان یا بازگرداندن حذف‌شده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="16"/>
        <source>recording orders</source>
        <translation>ثبت سفارش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="17"/>
        <source>answering and logging calls</source>
        <translation>پاسخ دادن و ثبت تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="18"/>
        <source>opening and working on tickets</source>
        <translation>باز کردن درخواست‌ها و رسیدگی به آن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="19"/>
        <source>changing many tickets at once</source>
        <translation>تغییر چند درخواست با هم</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="20"/>
        <source>editing the knowledge base</source>
        <translation>ویرایش پایگاه دانش</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="21"/>
        <source>changing SLA targets and office hours</source>
        <translation>تغییر اهداف SLA و ساعت‌های کاری</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="22"/>
        <source>editing lists such as call reasons and ticket categories</source>
        <translation>ویرایش فهرست‌هایی مانند دلیل تماس و دسته‌های درخواست</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="25"/>
        <source>blocking or unblocking numbers</source>
        <translation>مسدود کردن یا آزاد کردن شماره‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="26"/>
        <source>exporting data</source>
        <translation>خروجی گرفتن از داده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="27"/>
        <source>importing customers or undoing an import</source>
        <translation>ورود مشتریان یا برگرداندن یک ورود</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="28"/>
        <source>merging duplicate customers or undoing a merge</source>
        <translation>ادغام مشتریان تکراری یا برگرداندن ادغام</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="29"/>
        <source>reading the audit log</source>
        <translation>خواندن گزارش ممیزی</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="30"/>
        <source>making backups</source>
        <translation>تهیهٔ نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="31"/>
        <source>restoring a backup</source>
        <translation>بازیابی نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="32"/>
        <source>managing users and passwords</source>
        <translation>مدیریت کاربران و رمزهای عبور</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="33"/>
        <source>setting up campaigns, their call lists, scripts and do-not-call numbers</source>
        <translation>راه‌اندازی کمپین‌ها، فهرست‌های تماس، اسکریپت‌ها و شماره‌های «تماس نگیرید»</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="36"/>
        <source>working campaign call lists</source>
        <translation>کار روی فهرست‌های تماس کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="37"/>
        <source>changing call routing</source>
        <translation>تغییر مسیریابی تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="43"/>
        <source>agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="44"/>
        <source>supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="45"/>
        <source>owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="52"/>
        <source>the owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="54"/>
        <source>a supervisor or the owner</source>
        <translation>سرپرست یا مالک</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="55"/>
        <source>a colleague whose role allows it</source>
        <translation>همکاری که نقشش این اجازه را دارد</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="60"/>
        <source>Sign in first: this database has user accounts.</source>
        <translation>نخست وارد شوید: این پایگاه داده حساب کاربری دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="63"/>
        <source>“%1” is not a Tamas account: sign in with your user name and password.</source>
        <translation>«%1» حساب تماس نیست: با نام کاربری و رمز عبور خود وارد شوید.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="70"/>
        <source>The account “%1” is disabled: ask the owner to enable it.</source>
        <translation>حساب «%1» غیرفعال است: از مالک بخواهید آن را فعال کند.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/refusals.py" line="74"/>
        <source>%1 (%2) may not do this: %3. Ask %4.</source>
        <translation>%1 (%2) اجازهٔ این کار را ندارد: %3. از %4 بخواهید.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="45"/>
        <source>Calls: every call in the period</source>
        <translation>تماس‌ها: همهٔ تماس‌های دوره</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="46"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="47"/>
        <source>KPIs per day and per agent</source>
        <translation>شاخص‌ها برای هر روز و هر کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="48"/>
        <source>RFM segments and customer value</source>
        <translation>بخش‌های RFM و ارزش مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="49"/>
        <source>Staffing plan (Erlang C)</source>
        <translation>برنامهٔ نیرو (Erlang C)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="61"/>
        <source>Excel workbook (over 1,048,576 rows continue on further sheets)</source>
        <translation>کارپوشهٔ اکسل (بیش از ۱٬۰۴۸٬۵۷۶ ردیف در برگه‌های بعدی ادامه می‌یابد)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="62"/>
        <source>CSV file (the rows only, no limit)</source>
        <translation>فایل CSV (فقط ردیف‌ها، بدون محدودیت)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="63"/>
        <source>Export to Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="65"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="72"/>
        <source>Open the workbook</source>
        <translation>باز کردن فایل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="77"/>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="78"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="79"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="80"/>
        <source>Language of the workbook</source>
        <translation>زبان فایل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="81"/>
        <source>File type</source>
        <translation>نوع فایل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="105"/>
        <source>Save the workbook</source>
        <translation>ذخیرهٔ فایل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="118"/>
        <source>Replace the file?</source>
        <translation>فایل جایگزین شود؟</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="119"/>
        <source>“%1” already exists. Replace it with the new workbook?</source>
        <translation>«%1» از قبل وجود دارد. با فایل جدید جایگزین شود؟</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="128"/>
        <source>The end date is before the start date.</source>
        <translation>تاریخ پایان پیش از تاریخ شروع است.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="141"/>
        <source>Exporting…</source>
        <translation>در حال ساخت خروجی…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="159"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="178"/>
        <source>Saved %1: %2 rows in %3 s.</source>
        <translation>%1 ذخیره شد: %2 ردیف در %3 ثانیه.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="185"/>
        <source>Excel holds 1,048,576 rows a sheet; the rows continue over %1 sheets: %2.</source>
        <translation>هر برگهٔ اکسل ۱٬۰۴۸٬۵۷۶ ردیف جا دارد؛ ردیف‌ها در %1 برگه ادامه می‌یابند: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="193"/>
        <source>Cancelled. No file was written.</source>
        <translation>لغو شد. فایلی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="196"/>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>پوشهٔ %1 وجود ندارد. پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="198"/>
        <source>Could not write the file: %1. Choose another folder.</source>
        <translation>فایل نوشته نشد: %1. پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_view.py" line="200"/>
        <source>The export failed: %1</source>
        <translation>ساخت خروجی ناموفق بود: %1</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="31"/>
        <source>Campaign results</source>
        <translation>نتایج کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="36"/>
        <source>Attempts by disposition</source>
        <translation>تلاش‌ها بر پایهٔ کد نتیجه</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="37"/>
        <source>Conversions per agent</source>
        <translation>تبدیل‌ها برای هر کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="39"/>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="39"/>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="39"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="45"/>
        <source>Figures</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="46"/>
        <source>Charts</source>
        <translation>نمودارها</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="47"/>
        <source>Script answers</source>
        <translation>پاسخ‌های اسکریپت</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="56"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="56"/>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="56"/>
        <source>Attempted</source>
        <translation>تلاش‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="56"/>
        <source>Contacted</source>
        <translation>ارتباط‌گرفته</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="56"/>
        <source>Contact rate</source>
        <translation>نرخ ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="57"/>
        <location filename="../../ui/campaigns/results_view.py" line="85"/>
        <source>Conversions</source>
        <translation>تبدیل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="57"/>
        <source>Conversion rate</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="57"/>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="57"/>
        <source>Attempts per contact</source>
        <translation>تلاش برای هر ارتباط</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="58"/>
        <source>Do-not-call requests</source>
        <translation>درخواست‌های «تماس نگیرید»</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="58"/>
        <source>Callbacks kept on time</source>
        <translation>تماس‌های دوبارهٔ به‌موقع</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="66"/>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="72"/>
        <source>satisfaction %1 of 5</source>
        <translation>رضایت %1 از ۵</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="74"/>
        <source>Whole campaign</source>
        <translation>کل کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/results_view.py" line="83"/>
        <source>Attempts</source>
        <translation>تلاش‌ها</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="34"/>
        <location filename="../../ui/seats/routing_dialog.py" line="95"/>
        <location filename="../../ui/seats/routing_dialog.py" line="102"/>
        <source>Call routing</source>
        <translation>مسیریابی تماس</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="36"/>
        <source>This seat: %1</source>
        <translation>این ایستگاه: %1</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="39"/>
        <source>A line not listed rings on every seat.</source>
        <translation>خطی که در فهرست نیست روی همهٔ ایستگاه‌ها زنگ می‌خورد.</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="41"/>
        <location filename="../../ui/seats/routing_dialog.py" line="52"/>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="41"/>
        <location filename="../../ui/seats/routing_dialog.py" line="53"/>
        <source>Pops on</source>
        <translation>نمایش روی</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="41"/>
        <location filename="../../ui/seats/routing_dialog.py" line="54"/>
        <source>Seats or agent</source>
        <translation>ایستگاه‌ها یا کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="47"/>
        <source>All seats</source>
        <translation>همهٔ ایستگاه‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="47"/>
        <source>These seats</source>
        <translation>این ایستگاه‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="48"/>
        <source>One agent&apos;s seat</source>
        <translation>ایستگاه یک کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="51"/>
        <source>Seat names separated by commas, or the agent&apos;s user name</source>
        <translation>نام ایستگاه‌ها جداشده با ویرگول، یا نام کاربری کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="56"/>
        <source>Save route</source>
        <translation>ذخیرهٔ مسیر</translation>
    </message>
    <message>
        <location filename="../../ui/seats/routing_dialog.py" line="94"/>
        <source>Type the line, and the seats or the agent its calls pop for.</source>
        <translation>خط را وارد کنید و ایستگاه‌ها یا کارشناسی را که تماس‌هایش برای آن‌ها نمایش داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/importing/preview.py" line="98"/>
        <source>Cancel import</source>
        <translation>لغو درون‌ریزی</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="90"/>
        <source>Could not save: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>ScreenPopWindow</name>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="57"/>
        <source>Incoming call</source>
        <translation>تماس ورودی</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="94"/>
        <source> s talk</source>
        <translation> ثانیه مکالمه</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="95"/>
        <source>Talk time measured since you answered; correct it if needed</source>
        <translation>مدت مکالمه از لحظهٔ پاسخ شما اندازه‌گیری شده است؛ در صورت نیاز اصلاحش کنید</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="100"/>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="101"/>
        <source>Start the talk timer and type notes (F9 from any Tamas window)</source>
        <translation>شروع زمان‌سنج مکالمه و نوشتن یادداشت (F9 در هر پنجرهٔ تماس)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="105"/>
        <source>Open ticket</source>
        <translation>ثبت درخواست</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="106"/>
        <source>A ticket for this call, the customer linked (Ctrl+T)</source>
        <translation>ثبت درخواست برای این تماس، پیوندخورده به مشتری (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="179"/>
        <source>%1 customers share this number:</source>
        <translation>%1 مشتری این شماره را به‌طور مشترک دارند:</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="197"/>
        <source>Spam / blocked</source>
        <translation>مزاحم / مسدود</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="199"/>
        <source>Do not call</source>
        <translation>تماس نگیرید</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="208"/>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="210"/>
        <source>Caller ID name</source>
        <translation>نام شناسهٔ تماس</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="212"/>
        <source>Open tickets</source>
        <translation>درخواست‌های باز</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="214"/>
        <location filename="../../ui/customers/customer_card.py" line="174"/>
        <source>Lifetime value</source>
        <translation>ارزش کل</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="220"/>
        <source>Last calls</source>
        <translation>آخرین تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="220"/>
        <source>First call from this number</source>
        <translation>نخستین تماس از این شماره</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="272"/>
        <source>Answered by %1</source>
        <translation>پاسخ‌دهنده: %1</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="144"/>
        <source>(reason)</source>
        <translation>(دلیل)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="90"/>
        <source>Notes for this call</source>
        <translation>یادداشت این تماس</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="103"/>
        <source>Open card</source>
        <translation>باز کردن کارت</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="109"/>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="111"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="114"/>
        <source>Not now</source>
        <translation>اکنون نه</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="232"/>
        <source>unassigned</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="246"/>
        <source>Private number</source>
        <translation>شمارهٔ خصوصی</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="247"/>
        <source>Number unavailable</source>
        <translation>شماره در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/screen_pop.py" line="251"/>
        <source>Unknown caller</source>
        <translation>تماس‌گیرندهٔ ناشناس</translation>
    </message>
</context>
<context>
    <name>ScriptDialog</name>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="49"/>
        <source>New call script</source>
        <translation>اسکریپت تماس جدید</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="54"/>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="54"/>
        <source>Answer type</source>
        <translation>نوع پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="54"/>
        <source>Choices (comma separated)</source>
        <translation>گزینه‌ها (جداشده با ویرگول)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="55"/>
        <source>Skip to question (answer=N, …)</source>
        <translation>پرش به پرسش (پاسخ=N، …)</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="55"/>
        <source>Satisfaction 1-5</source>
        <translation>رضایت ۱ تا ۵</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="60"/>
        <source>Add a question</source>
        <translation>افزودن پرسش</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="62"/>
        <source>Remove the selected question</source>
        <translation>حذف پرسش انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="68"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="69"/>
        <source>Opening words:</source>
        <translation>جملهٔ آغازین:</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="82"/>
        <source>Choice</source>
        <translation>گزینه‌ای</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="82"/>
        <source>Yes / no</source>
        <translation>بله / خیر</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="82"/>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_editor.py" line="83"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
</context>
<context>
    <name>ScriptStepper</name>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="19"/>
        <source>Script</source>
        <translation>اسکریپت</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="32"/>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="33"/>
        <source>Next question</source>
        <translation>پرسش بعدی</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="65"/>
        <source>End of the script.</source>
        <translation>پایان اسکریپت.</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="76"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="77"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../ui/campaigns/script_stepper.py" line="95"/>
        <source>This answer does not fit the question; correct it to go on.</source>
        <translation>این پاسخ با پرسش جور نیست؛ برای ادامه آن را اصلاح کنید.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/search_box.py" line="13"/>
        <source>Search uses the first %1 characters.</source>
        <translation>جستجو فقط %1 نویسهٔ نخست را به کار می‌برد.</translation>
    </message>
</context>
<context>
    <name>SeatStatus</name>
    <message>
        <location filename="../../ui/seats/status.py" line="38"/>
        <source>Status: %1</source>
        <translation>وضعیت: %1</translation>
    </message>
    <message>
        <location filename="../../ui/seats/status.py" line="42"/>
        <location filename="../../ui/seats/status.py" line="58"/>
        <source>Office server: connected</source>
        <translation>سرور دفتر: وصل</translation>
    </message>
    <message>
        <location filename="../../ui/seats/status.py" line="45"/>
        <source>Office server lost; reconnecting… (pops stay on screen)</source>
        <translation>ارتباط با سرور دفتر قطع شد؛ در حال اتصال دوباره… (پنجره‌های بازشو روی صفحه می‌مانند)</translation>
    </message>
    <message>
        <location filename="../../ui/seats/status.py" line="48"/>
        <source>Office server unreachable: calls are kept on this PC until it is back</source>
        <translation>سرور دفتر در دسترس نیست: تماس‌ها تا برگشتن آن روی این رایانه نگه داشته می‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/seats/status.py" line="51"/>
        <source>No caller-ID host online: calls will not pop until the modem PC runs Tamas</source>
        <translation>هیچ میزبان شناسهٔ تماس آنلاین نیست: تا وقتی تماس روی رایانهٔ متصل به مودم اجرا نشود، تماس‌ها نمایش داده نمی‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/seats/status.py" line="60"/>
        <source>%1 calls kept on this PC during the outage were written to the server.</source>
        <translation>%1 تماسی که هنگام قطعی روی این رایانه نگه داشته شده بود در سرور نوشته شد.</translation>
    </message>
</context>
<context>
    <name>Seats</name>
    <message>
        <location filename="../../ui/seats/install.py" line="45"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../ui/seats/install.py" line="49"/>
        <source>&amp;Wallboard</source>
        <translation>&amp;تابلوی دیواری</translation>
    </message>
    <message>
        <location filename="../../ui/seats/install.py" line="54"/>
        <source>Call &amp;routing…</source>
        <translation>&amp;مسیریابی تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="10"/>
        <source>Signed in</source>
        <translation>وارد شده</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="11"/>
        <source>Available</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="12"/>
        <source>On a call</source>
        <translation>در حال مکالمه</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="13"/>
        <source>Wrap-up</source>
        <translation>جمع‌بندی تماس</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="14"/>
        <source>Break</source>
        <translation>استراحت</translation>
    </message>
    <message>
        <location filename="../../ui/seats/labels.py" line="15"/>
        <source>Signed out</source>
        <translation>خارج شده</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../ui/formatting.py" line="257"/>
        <source>Champions</source>
        <translation>قهرمانان</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="258"/>
        <source>Loyal</source>
        <translation>وفادار</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="259"/>
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="260"/>
        <source>Promising</source>
        <translation>امیدبخش</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="261"/>
        <source>Potential loyalists</source>
        <translation>وفاداران بالقوه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="262"/>
        <source>Need attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="263"/>
        <source>About to sleep</source>
        <translation>در آستانهٔ خواب</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="264"/>
        <source>Can&apos;t lose them</source>
        <translation>نباید از دستشان داد</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="265"/>
        <source>At risk</source>
        <translation>در خطر</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="266"/>
        <source>Hibernating</source>
        <translation>خفته</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="267"/>
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="268"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <location filename="../../ui/database/form.py" line="69"/>
        <source>This PC only (a database file on this computer)</source>
        <translation>فقط این رایانه (یک فایل پایگاه داده روی همین رایانه)</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="70"/>
        <source>Office server (PostgreSQL, shared by every seat)</source>
        <translation>سرور دفتر (PostgreSQL، مشترک میان همهٔ ایستگاه‌ها)</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="71"/>
        <source>Host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="71"/>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="71"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="71"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="72"/>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="74"/>
        <source>e.g. 192.168.1.10 or office-server</source>
        <translation>مثلاً 192.168.1.10 یا office-server</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="75"/>
        <source>Test connection</source>
        <translation>آزمون اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="97"/>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>نام میزبان یا نشانی سرور را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="99"/>
        <source>Enter the database and the user Tamas signs in as.</source>
        <translation>نام پایگاه داده و نام کاربری‌ای را که تماس با آن به سرور وارد می‌شود، وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="108"/>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="114"/>
        <source>Connected to {0}: the Tamas database there is ready.</source>
        <translation>به {0} وصل شد: پایگاه دادهٔ تماس در آنجا آماده است.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="116"/>
        <source>Connected to {0}. The database is empty: Tamas creates its tables at the next start (or copy this PC&apos;s data into it first with db copy).</source>
        <translation>به {0} وصل شد. پایگاه داده خالی است: تماس جدول‌هایش را در اجرای بعدی می‌سازد (یا پیش از آن، داده‌های این رایانه را با db copy در آن رونوشت کنید).</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="119"/>
        <source>Connected to {0}. Tamas updates the database there at the next start.</source>
        <translation>به {0} وصل شد. تماس پایگاه دادهٔ آنجا را در اجرای بعدی به‌روز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="125"/>
        <location filename="../../ui/database/form.py" line="138"/>
        <source>Cannot connect: {0}</source>
        <translation>اتصال برقرار نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="128"/>
        <source>Cannot find the server {0}. Check the host name or address.</source>
        <translation>سرور {0} پیدا نشد. نام میزبان یا نشانی را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="130"/>
        <source>The server {0} does not answer on port {1}. Check that PostgreSQL runs there and accepts connections from this PC.</source>
        <translation>سرور {0} روی درگاه {1} پاسخ نمی‌دهد. بررسی کنید که PostgreSQL آنجا در حال اجرا باشد و اتصال از این رایانه را بپذیرد.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="133"/>
        <source>The server refused user {0} or the password. Check both.</source>
        <translation>سرور کاربر {0} یا رمز عبور را نپذیرفت. هر دو را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/database/form.py" line="135"/>
        <source>There is no database {0} on the server. Check its name, or create it (README, Several seats).</source>
        <translation>پایگاه داده‌ای به نام {0} روی سرور نیست. نام آن را بررسی کنید یا آن را بسازید (README، بخش «Several seats»).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="34"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="37"/>
        <source>In a pop: not now (dismiss)</source>
        <translation>در پنجرهٔ بازشو: اکنون نه (بستن)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="38"/>
        <source>In a pop: log the call</source>
        <translation>در پنجرهٔ بازشو: ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>On a customer card: add an order</source>
        <translation>در کارت مشتری: افزودن سفارش</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="43"/>
        <source>Action</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="43"/>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="22"/>
        <source>Sign in to Tamas</source>
        <translation>ورود به تماس</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="31"/>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="32"/>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="34"/>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="46"/>
        <source>Enter your user name.</source>
        <translation>نام کاربری خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="66"/>
        <source>Too many wrong passwords: this account is locked until %1. Wait, or ask the owner to unlock it.</source>
        <translation>رمز عبور بیش از حد اشتباه وارد شد: این حساب تا %1 قفل است. صبر کنید یا از مالک بخواهید قفل آن را باز کند.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="70"/>
        <source>This account is disabled. Ask the owner to enable it.</source>
        <translation>این حساب غیرفعال است. از مالک بخواهید آن را فعال کند.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in_dialog.py" line="72"/>
        <source>Wrong user name or password. Try again.</source>
        <translation>نام کاربری یا رمز عبور نادرست است. دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>SlaSettingsDialog</name>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="57"/>
        <source>SLA and office hours</source>
        <translation>SLA و ساعات کاری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="59"/>
        <source>Office week</source>
        <translation>هفتهٔ کاری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="75"/>
        <source>Iran, Thursday off</source>
        <translation>ایران، پنجشنبه تعطیل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="76"/>
        <source>Iran, Thursday half day</source>
        <translation>ایران، پنجشنبه نیمه‌وقت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="77"/>
        <source>Arab week (Friday–Saturday off)</source>
        <translation>هفتهٔ عربی (جمعه و شنبه تعطیل)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="81"/>
        <source>Holidays</source>
        <translation>تعطیلات</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="87"/>
        <source>Add holiday</source>
        <translation>افزودن تعطیلی</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="87"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="98"/>
        <source>Targets per priority (business hours)</source>
        <translation>هدف‌ها برای هر اولویت (ساعت کاری)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="100"/>
        <source>First response</source>
        <translation>نخستین پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="101"/>
        <source>Resolution</source>
        <translation>حل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="114"/>
        <source>A ticket is “to inform” after this many business days without news:</source>
        <translation>درخواست پس از این تعداد روز کاری بی‌خبری «در انتظار اطلاع‌رسانی» می‌شود:</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="175"/>
        <source>Give at least one working day with opening hours before closing hours.</source>
        <translation>دست‌کم یک روز کاری تعیین کنید که ساعت شروع کارش پیش از ساعت پایان باشد.</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="70"/>
        <source>A serial port such as COM3 or /dev/ttyUSB0</source>
        <translation>یک درگاه سریال مانند COM3 یا /dev/ttyUSB0</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="73"/>
        <source>Empty: try AT+VCID=1, AT#CID=1, … in turn</source>
        <translation>خالی: به‌ترتیب AT+VCID=1، AT#CID=1، … امتحان می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="76"/>
        <source>Use this source</source>
        <translation>استفاده از این منبع</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="78"/>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="79"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="80"/>
        <source>Port</source>
        <translation>درگاه</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="81"/>
        <source>Speed (baud)</source>
        <translation>سرعت (باود)</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="82"/>
        <source>Enable string</source>
        <translation>رشتهٔ فعال‌سازی</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="83"/>
        <source>NCID host</source>
        <translation>میزبان NCID</translation>
    </message>
    <message>
        <location filename="../../ui/callerid/settings_dialog.py" line="84"/>
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
        <location filename="../../ui/reports/staffing_view.py" line="70"/>
        <source>Share of calls to answer within the threshold</source>
        <translation>سهم تماس‌هایی که باید در آستانه پاسخ داده شوند</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="71"/>
        <location filename="../../ui/reports/staffing_view.py" line="75"/>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="72"/>
        <source>The service-level threshold: answered within this many seconds</source>
        <translation>آستانهٔ سطح خدمت: پاسخ در این تعداد ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="73"/>
        <source>Highest share of time an agent may be busy on calls</source>
        <translation>بیشترین سهم زمانی که کارشناس می‌تواند درگیر تماس باشد</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="74"/>
        <source>Share of paid time agents are not on the phones (breaks, leave)</source>
        <translation>سهم زمان کاری که کارشناسان پای تلفن نیستند (استراحت، مرخصی)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="76"/>
        <source>measured</source>
        <translation>اندازه‌گیری‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="77"/>
        <source>Average handle time; 0 uses the average of the last 8 weeks</source>
        <translation>میانگین زمان رسیدگی؛ ۰ یعنی میانگین ۸ هفتهٔ گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="87"/>
        <source>No calls to plan from yet. This table will show how many agents to schedule each hour next week, forecast from the calls of past weeks; it fills once a few weeks of calls are logged.</source>
        <translation>هنوز تماسی برای برنامه‌ریزی نیست. این جدول نشان می‌دهد هفتهٔ آینده در هر ساعت چند کارشناس باید در برنامه باشند، بر پایهٔ پیش‌بینی از تماس‌های هفته‌های گذشته؛ پس از ثبت تماس‌های چند هفته پر می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="92"/>
        <source>Past weeks: forecast against actual inbound calls</source>
        <translation>هفته‌های گذشته: پیش‌بینی در برابر تماس‌های ورودی واقعی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="107"/>
        <source>Service-level target</source>
        <translation>هدف سطح خدمت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="108"/>
        <source>Answer within</source>
        <translation>پاسخ در</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="109"/>
        <source>Maximum occupancy</source>
        <translation>بیشینهٔ اشغال</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="110"/>
        <source>Shrinkage</source>
        <translation>کاهش نیرو</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="111"/>
        <source>Average handle time</source>
        <translation>میانگین زمان رسیدگی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="112"/>
        <source>Save chart as PNG…</source>
        <translation>ذخیرهٔ نمودار به‌صورت PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="147"/>
        <source>Computing…</source>
        <translation>در حال محاسبه…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="171"/>
        <source>%1 calls expected; %2 agents on the phones, %3 scheduled; service level %4, occupancy %5</source>
        <translation>%1 تماس پیش‌بینی‌شده؛ %2 کارشناس پای تلفن، %3 در برنامه؛ سطح خدمت %4، اشغال %5</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="180"/>
        <source>Week from %1: %2 inbound calls expected, %3 agent-hours scheduled.</source>
        <translation>هفته از %1: %2 تماس ورودی پیش‌بینی‌شده، %3 ساعت-کارشناس در برنامه.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="185"/>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="186"/>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <location filename="../../ui/reports/staffing_view.py" line="190"/>
        <source>Average forecast error over the last %1 weeks: %2 (WAPE).</source>
        <translation>میانگین خطای پیش‌بینی در %1 هفتهٔ گذشته: %2 (WAPE).</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/tickets/actions.py" line="65"/>
        <source>Change status to %1</source>
        <translation>تغییر وضعیت به %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="72"/>
        <source>not asked</source>
        <translation>پرسیده نشده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="73"/>
        <source>Tell the customer</source>
        <translation>اطلاع به مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="84"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="86"/>
        <source>Resolution</source>
        <translation>راه‌حل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="88"/>
        <source>Satisfaction (1–5)</source>
        <translation>رضایت (۱ تا ۵)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="90"/>
        <source>How told</source>
        <translation>روش اطلاع‌رسانی</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="91"/>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/actions.py" line="96"/>
        <source>Write the message you told the customer, or untick “Tell the customer”.</source>
        <translation>پیامی را که به مشتری گفتید بنویسید، یا تیک «اطلاع به مشتری» را بردارید.</translation>
    </message>
</context>
<context>
    <name>SurveyFiguresPanel</name>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="18"/>
        <source>Survey satisfaction</source>
        <translation>رضایت در نظرسنجی‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="21"/>
        <source>Average answer (1 to 5) to the satisfaction questions of survey scripts, in the period</source>
        <translation>میانگین پاسخ (۱ تا ۵) به پرسش‌های رضایت در اسکریپت‌های نظرسنجی، در این بازه</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="25"/>
        <location filename="../../ui/reports/survey_figures.py" line="54"/>
        <source>No answers in this period</source>
        <translation>در این بازه پاسخی نیامده است</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="31"/>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="31"/>
        <source>Average</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="31"/>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="56"/>
        <source>%1 of 5</source>
        <translation>%1 از ۵</translation>
    </message>
    <message>
        <location filename="../../ui/reports/survey_figures.py" line="57"/>
        <source>from %1 answers</source>
        <translation>از %1 پاسخ</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../ui/tickets/tasks_view.py" line="29"/>
        <source>My tasks today</source>
        <translation>کارهای امروز من</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/tasks_view.py" line="34"/>
        <source>Call back…</source>
        <translation>تماس دوباره…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/tasks_view.py" line="36"/>
        <source>Log the follow-up call; the task is then done and the call joins the ticket</source>
        <translation>ثبت تماس پیگیری؛ سپس کار انجام‌شده به شمار می‌آید و تماس به درخواست افزوده می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/tasks_view.py" line="39"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/tasks_view.py" line="69"/>
        <source>My tasks today (%1)</source>
        <translation>کارهای امروز من (%1)</translation>
    </message>
</context>
<context>
    <name>TextGuard</name>
    <message>
        <location filename="../../ui/text_guard.py" line="14"/>
        <source>Invisible control characters were removed from the pasted text: check it before saving.</source>
        <translation>نویسه‌های کنترلی نامرئی از متن چسبانده‌شده حذف شدند: پیش از ذخیره آن را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>TicketFiguresPanel</name>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="18"/>
        <source>Tickets</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="24"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="24"/>
        <source>Tickets not resolved or closed, now</source>
        <translation>درخواست‌هایی که هم‌اکنون حل یا بسته نشده‌اند</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="25"/>
        <source>Overdue</source>
        <translation>گذشته از مهلت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="25"/>
        <source>Open tickets past their resolution target, now</source>
        <translation>درخواست‌های بازی که هم‌اکنون از هدف زمانی حل گذشته‌اند</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="26"/>
        <source>Opened in the period</source>
        <translation>ثبت‌شده در دوره</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="26"/>
        <source>Tickets created in the period</source>
        <translation>درخواست‌های ایجادشده در دوره</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="27"/>
        <source>Resolved in the period</source>
        <translation>حل‌شده در دوره</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="27"/>
        <source>Tickets resolved in the period</source>
        <translation>درخواست‌های حل‌شده در دوره</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="29"/>
        <source>Median time to resolve</source>
        <translation>میانهٔ زمان حل</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="30"/>
        <source>Business hours from opening to resolution, less the time waiting on the customer</source>
        <translation>ساعت‌های کاری از ثبت تا حل، بدون زمان انتظار برای پاسخ مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="44"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="44"/>
        <source>Opened</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="44"/>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="44"/>
        <source>Open now</source>
        <translation>اکنون باز</translation>
    </message>
    <message>
        <location filename="../../ui/reports/ticket_figures.py" line="75"/>
        <source>(no category)</source>
        <translation>(بدون دسته)</translation>
    </message>
</context>
<context>
    <name>TicketWindow</name>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="69"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="69"/>
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="69"/>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="69"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="77"/>
        <source>Change status…</source>
        <translation>تغییر وضعیت…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="78"/>
        <source>Escalate…</source>
        <translation>ارجاع به سطح بالاتر…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="79"/>
        <source>Reopen…</source>
        <translation>بازگشایی…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="81"/>
        <location filename="../../ui/tickets/ticket_window.py" line="159"/>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="84"/>
        <source>Assign</source>
        <translation>واگذاری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="85"/>
        <source>Follow-up…</source>
        <translation>پیگیری…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="87"/>
        <source>Add a note and press Enter</source>
        <translation>یادداشتی بنویسید و Enter را بزنید</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="107"/>
        <location filename="../../ui/tickets/ticket_window.py" line="159"/>
        <source>Assignee</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="122"/>
        <source>Answers for this category</source>
        <translation>پاسخ‌های این دسته</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="148"/>
        <source>Ticket #%1</source>
        <translation>درخواست #%1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="154"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="155"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="156"/>
        <source>Type · priority</source>
        <translation>نوع · اولویت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="157"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="158"/>
        <source>Tier · department</source>
        <translation>سطح · واحد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="160"/>
        <source>Opened</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="161"/>
        <source>Resolution due</source>
        <translation>مهلت حل</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="164"/>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="168"/>
        <source>SLA: %1</source>
        <translation>SLA: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="229"/>
        <source>Reopen ticket</source>
        <translation>بازگشایی درخواست</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/ticket_window.py" line="229"/>
        <source>Why is this ticket coming back?</source>
        <translation>چرا این درخواست دوباره باز می‌شود؟</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <location filename="../../ui/tickets/bulk_commands.py" line="22"/>
        <source>Assign %1 tickets</source>
        <translation>واگذاری %1 درخواست</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/bulk_commands.py" line="48"/>
        <source>Change the status of %1 tickets</source>
        <translation>تغییر وضعیت %1 درخواست</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="24"/>
        <source>%1 d</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="26"/>
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="28"/>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="13"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="14"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="15"/>
        <location filename="../../ui/tickets/labels.py" line="93"/>
        <source>Escalated</source>
        <translation>ارجاع‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="16"/>
        <location filename="../../ui/tickets/labels.py" line="56"/>
        <source>Waiting on customer</source>
        <translation>در انتظار مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="17"/>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="18"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="24"/>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="25"/>
        <source>Request</source>
        <translation>تقاضا</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="26"/>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="27"/>
        <source>Return</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="28"/>
        <source>Technician visit</source>
        <translation>بازدید تکنسین</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="34"/>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="35"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="36"/>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="37"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="43"/>
        <source>By phone</source>
        <translation>تلفنی</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="44"/>
        <source>By SMS</source>
        <translation>پیامکی</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="45"/>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="51"/>
        <source>All open</source>
        <translation>همهٔ درخواست‌های باز</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="52"/>
        <source>Mine</source>
        <translation>درخواست‌های من</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="53"/>
        <source>My department&apos;s</source>
        <translation>درخواست‌های واحد من</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="54"/>
        <source>Overdue</source>
        <translation>گذشته از مهلت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="55"/>
        <source>Unassigned</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="57"/>
        <source>To inform</source>
        <translation>در انتظار اطلاع‌رسانی</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="58"/>
        <source>All tickets</source>
        <translation>همهٔ درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="65"/>
        <source>On time</source>
        <translation>به‌موقع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="66"/>
        <source>At risk</source>
        <translation>در خطر</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="67"/>
        <source>Breached</source>
        <translation>نقض‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="68"/>
        <source>Met</source>
        <translation>رعایت‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="69"/>
        <source>Missed</source>
        <translation>رعایت‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="76"/>
        <source>%1 h left</source>
        <translation>%1 ساعت مانده</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="78"/>
        <source>%1 h over</source>
        <translation>%1 ساعت تأخیر</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="81"/>
        <source>Paused</source>
        <translation>معلق</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="89"/>
        <source>Ticket opened</source>
        <translation>درخواست ثبت شد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="92"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="94"/>
        <source>Reopened</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="99"/>
        <source>Assigned</source>
        <translation>واگذاری</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="103"/>
        <source>nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="107"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="114"/>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="116"/>
        <source>Department</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="118"/>
        <source>Customer informed</source>
        <translation>به مشتری اطلاع داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="120"/>
        <source>Resolution target missed (due %1)</source>
        <translation>هدف زمانی حل رعایت نشد (مهلت %1)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="122"/>
        <source>Visit scheduled for %1</source>
        <translation>بازدید برای %1 برنامه‌ریزی شد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="124"/>
        <source>Follow-up due %1</source>
        <translation>پیگیری با مهلت %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="126"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="127"/>
        <source>Follow-up done</source>
        <translation>پیگیری انجام شد</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="134"/>
        <source>Write a note saying why first.</source>
        <translation>ابتدا در یادداشتی دلیل را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="137"/>
        <source>The ticket is already %1.</source>
        <translation>این درخواست هم‌اکنون %1 است.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="141"/>
        <source>A resolved or closed ticket comes back only through Reopen.</source>
        <translation>درخواست حل‌شده یا بسته فقط با «بازگشایی» دوباره باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/labels.py" line="143"/>
        <source>A ticket that is %1 cannot become %2.</source>
        <translation>درخواستی که %1 است نمی‌تواند %2 شود.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="44"/>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="44"/>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="45"/>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="45"/>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="46"/>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="46"/>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/sla_settings.py" line="47"/>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
</context>
<context>
    <name>TicketsPanel</name>
    <message>
        <location filename="../../ui/tickets/install.py" line="61"/>
        <source>Tickets</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="92"/>
        <source>&amp;Tickets</source>
        <translation>&amp;درخواست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="96"/>
        <source>&amp;New ticket…</source>
        <translation>درخواست &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="100"/>
        <source>&amp;My tickets</source>
        <translation>درخواست‌های &amp;من</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="100"/>
        <source>&amp;Overdue tickets</source>
        <translation>درخواست‌های &amp;گذشته از مهلت</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="101"/>
        <source>Tickets &amp;to inform</source>
        <translation>درخواست‌های در انتظار &amp;اطلاع‌رسانی</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="104"/>
        <source>Technician &amp;day plan…</source>
        <translation>&amp;برنامهٔ روزانهٔ تکنسین…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="107"/>
        <source>N&amp;otifications…</source>
        <translation>&amp;اعلان‌ها…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="110"/>
        <source>&amp;Knowledge base…</source>
        <translation>&amp;پایگاه دانش…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="113"/>
        <source>&amp;SLA and office hours…</source>
        <translation>SLA و &amp;ساعات کاری…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="116"/>
        <source>SLA targets per &amp;category…</source>
        <translation>هدف‌های SLA برای هر &amp;دسته…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="120"/>
        <source>Ticket &amp;categories…</source>
        <translation>&amp;دسته‌های درخواست…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="120"/>
        <source>&amp;Departments…</source>
        <translation>&amp;واحدها…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="121"/>
        <source>T&amp;iers…</source>
        <translation>&amp;سطح‌ها…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="131"/>
        <source>Open ticket for this call…</source>
        <translation>ثبت درخواست برای این تماس…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="192"/>
        <source>Ticket #%1 opened.</source>
        <translation>درخواست #%1 ثبت شد.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="204"/>
        <source>Tickets (%1 open, %2 overdue)</source>
        <translation>درخواست‌ها (%1 باز، %2 گذشته از مهلت)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="204"/>
        <source>Tickets (%1 open)</source>
        <translation>درخواست‌ها (%1 باز)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="222"/>
        <source>Follow-up due: %1</source>
        <translation>مهلت پیگیری: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="240"/>
        <source>%1 tickets assigned. Press Ctrl+Z to undo.</source>
        <translation>%1 درخواست واگذار شد. برای بازگرداندن Ctrl+Z را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="246"/>
        <source>%1 tickets changed; %2 could not take that status.</source>
        <translation>%1 درخواست تغییر کرد؛ %2 درخواست نمی‌توانست این وضعیت را بگیرد.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="247"/>
        <source>%1 tickets changed.</source>
        <translation>%1 درخواست تغییر کرد.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/install.py" line="251"/>
        <source>Press Ctrl+Z to undo.</source>
        <translation>برای بازگرداندن Ctrl+Z را بزنید.</translation>
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
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="37"/>
        <source>Status · age</source>
        <translation>وضعیت · عمر</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="38"/>
        <source>Who has it</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="46"/>
        <source>New ticket…</source>
        <translation>درخواست جدید…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="63"/>
        <source>Open tickets: %1</source>
        <translation>درخواست‌های باز: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/card_section.py" line="69"/>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="58"/>
        <source>All departments</source>
        <translation>همهٔ واحدها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="59"/>
        <source>All statuses</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="60"/>
        <source>All types</source>
        <translation>همهٔ نوع‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="61"/>
        <source>All categories</source>
        <translation>همهٔ دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="62"/>
        <source>New ticket…</source>
        <translation>درخواست جدید…</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="66"/>
        <source>No tickets match this view.</source>
        <translation>هیچ درخواستی با این نما جور نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="73"/>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="74"/>
        <source>Assign selected</source>
        <translation>واگذاری انتخاب‌شده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="77"/>
        <source>Set status of selected</source>
        <translation>تعیین وضعیت انتخاب‌شده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="147"/>
        <source>%1 tickets shown; scroll for more</source>
        <translation>%1 درخواست نمایش داده شده؛ برای دیدن بیشتر پیمایش کنید</translation>
    </message>
    <message>
        <location filename="../../ui/tickets/list_view.py" line="147"/>
        <source>%1 tickets</source>
        <translation>%1 درخواست</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="80"/>
        <source>Tamas — %1 missed callers to call back today</source>
        <translation>تماس — امروز %1 تماس‌گیرندهٔ از دست رفته منتظر تماس دوباره‌اند</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="85"/>
        <source>Tamas — no missed calls to return today</source>
        <translation>تماس — امروز تماس از دست رفته‌ای برای پاسخ دادن نیست</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="90"/>
        <source>Show Tamas</source>
        <translation>نمایش تماس</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="93"/>
        <source>Missed today</source>
        <translation>از دست رفته‌های امروز</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="96"/>
        <source>Call back %1 (%2 tries)</source>
        <translation>تماس دوباره با %1 (%2 بار تلاش)</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="99"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="103"/>
        <source>Tamas is still listening for calls</source>
        <translation>تماس همچنان تماس‌های ورودی را دریافت می‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="104"/>
        <source>Closing the window keeps Tamas in the tray so calls still pop. Use Quit in this menu to stop.</source>
        <translation>با بستن پنجره، تماس در سینی سیستم می‌ماند تا تماس‌ها همچنان نمایش داده شوند. برای توقف، از «خروج» در همین منو استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="25"/>
        <source>The password needs at least %1 characters.</source>
        <translation>رمز عبور باید دست‌کم %1 نویسه باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="29"/>
        <source>The password must not be the user name.</source>
        <translation>رمز عبور نباید همان نام کاربری باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="31"/>
        <source>The password needs at least 4 different characters.</source>
        <translation>رمز عبور باید دست‌کم ۴ نویسهٔ متفاوت داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/account_dialogs.py" line="33"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>دو رمز عبور یکسان نیستند. یک رمز عبور را دو بار وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="18"/>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="19"/>
        <source>Supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="20"/>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="26"/>
        <source>Disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="28"/>
        <source>Locked until %1</source>
        <translation>قفل تا %1</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="31"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="66"/>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="66"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="67"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../ui/auth/accounts_model.py" line="67"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="38"/>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="46"/>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="47"/>
        <source>Change &amp;role…</source>
        <translation>تغییر &amp;نقش…</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="48"/>
        <source>Reset &amp;password…</source>
        <translation>بازنشانی &amp;رمز عبور…</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="49"/>
        <location filename="../../ui/auth/users_dialog.py" line="98"/>
        <source>&amp;Disable</source>
        <translation>&amp;غیرفعال کردن</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="50"/>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="51"/>
        <source>Start without signing in while I am the only user</source>
        <translation>تا وقتی تنها کاربر هستم، بدون ورود اجرا شود</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="98"/>
        <source>&amp;Enable</source>
        <translation>&amp;فعال کردن</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="151"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../ui/auth/users_dialog.py" line="151"/>
        <source>Role of %1:</source>
        <translation>نقش %1:</translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="47"/>
        <source>Wallboard</source>
        <translation>تابلوی دیواری</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="50"/>
        <source>Ringing now</source>
        <translation>در حال زنگ</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="50"/>
        <source>Answered today</source>
        <translation>پاسخ‌داده‌های امروز</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="51"/>
        <source>Missed today</source>
        <translation>از دست رفته‌های امروز</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="51"/>
        <source>Service level today</source>
        <translation>سطح خدمت امروز</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="53"/>
        <source>Longest current call</source>
        <translation>طولانی‌ترین تماس جاری</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="54"/>
        <source>Oldest unreturned missed call</source>
        <translation>قدیمی‌ترین تماس از دست رفتهٔ پیگیری‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="56"/>
        <source>Agents</source>
        <translation>کارشناسان</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="97"/>
        <source>%1 (%2, with %3)</source>
        <translation>%1 (%2، با %3)</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="98"/>
        <source>a caller</source>
        <translation>یک تماس‌گیرنده</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="104"/>
        <source>%1 days</source>
        <translation>%1 روز</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="111"/>
        <source>%1 — on a call with %2 for %3</source>
        <translation>%1 — در حال مکالمه با %2 به مدت %3</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="113"/>
        <source>%1 — %2 for %3</source>
        <translation>%1 — %2 به مدت %3</translation>
    </message>
    <message>
        <location filename="../../ui/seats/wallboard.py" line="114"/>
        <source>Nobody is signed in</source>
        <translation>هیچ‌کس وارد نشده است</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/seats/install.py" line="53"/>
        <source>&amp;Settings</source>
        <translation>&amp;تنظیمات</translation>
    </message>
</context>
</TS>
