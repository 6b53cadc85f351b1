<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Masar::AssistanceType</name>
    <message>
        <source>Hearing of a witness</source>
        <translation>سماع شاهد</translation>
    </message>
    <message>
        <source>Hearing of a suspect</source>
        <translation>استجواب مشتبه فيه</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>خبرة</translation>
    </message>
    <message>
        <source>Production of documents</source>
        <translation>تقديم وثائق</translation>
    </message>
    <message>
        <source>Bank records</source>
        <translation>سجلات مصرفية</translation>
    </message>
    <message>
        <source>Search and seizure</source>
        <translation>تفتيش وحجز</translation>
    </message>
    <message>
        <source>Electronic evidence</source>
        <translation>أدلة إلكترونية</translation>
    </message>
    <message>
        <source>Service of documents</source>
        <translation>تبليغ وثائق</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>تجميد أصول</translation>
    </message>
    <message>
        <source>Confiscation</source>
        <translation>مصادرة</translation>
    </message>
    <message>
        <source>Hearing by videoconference</source>
        <translation>سماع عبر الاتصال المرئي</translation>
    </message>
    <message>
        <source>Temporary transfer of a detainee</source>
        <translation>نقل مؤقت لشخص محتجز</translation>
    </message>
    <message>
        <source>Identification or location of persons</source>
        <translation>تحديد هوية أشخاص أو أماكن وجودهم</translation>
    </message>
    <message>
        <source>Transfer of proceedings</source>
        <translation>نقل الإجراءات</translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation>مساعدة أخرى</translation>
    </message>
</context>
<context>
    <name>Masar::AuthorityCalendarDialog</name>
    <message>
        <source>Add an authority&apos;s calendar</source>
        <translation>إضافة تقويم جهة</translation>
    </message>
    <message>
        <source>Where one authority of a country keeps holidays of its own. The calendar counts for the requests whose authority&apos;s name contains the name given here; the others count with the country&apos;s.</source>
        <translation>حين تكون لإحدى جهات الدولة عطلها الخاصة. يُعتمد هذا التقويم للطلبات التي يتضمن اسم جهتها الاسم المذكور هنا؛ وتُحسب الطلبات الأخرى بتقويم الدولة.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>الدولة:(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>الجهة:(&amp;A)</translation>
    </message>
    <message>
        <source>A name or part of it, e.g. Benghazi</source>
        <translation>اسم أو جزء منه، مثل بنغازي</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>الرمز:(&amp;O)</translation>
    </message>
    <message>
        <source>How the calendar is named on the command line: 2 to 32 characters, not a country&apos;s code.</source>
        <translation>اسم التقويم في سطر الأوامر: من 2 إلى 32 حرفًا، وليس رمز دولة.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>Masar::CalendarOverview</name>
    <message>
        <source>fixed</source>
        <extracomment>A holiday Masar knows by itself (1 May).</extracomment>
        <translation>ثابتة</translation>
    </message>
    <message>
        <source>provisional</source>
        <extracomment>An Islamic holiday computed from the civil calendar, its date not announced yet.</extracomment>
        <translation>مؤقتة</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّدة</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <source>There is no calendar “%1”: a country&apos;s calendar has the country&apos;s code (EG, LY, ...).</source>
        <translation>لا يوجد تقويم «%1»: تقويم الدولة يحمل رمزها (EG وLY و...).</translation>
    </message>
</context>
<context>
    <name>Masar::CalendarsDialog</name>
    <message>
        <source>Calendars and deadlines</source>
        <translation>التقاويم والآجال</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>التقاويم</translation>
    </message>
    <message>
        <source>Deadline rules</source>
        <translation>قواعد الآجال</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>A change applies to the open requests at once: their deadlines are computed again, and those that move are listed.</source>
        <translation>يسري أي تغيير على الطلبات المفتوحة فورًا: يُعاد حساب آجالها، وتُعرض الآجال التي تتغير.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <extracomment>%1 the change (&quot;“Eid” added to MA.&quot;), %2 &quot;N open deadlines recomputed; M moved&quot;.</extracomment>
        <translation>%1 %2.</translation>
    </message>
</context>
<context>
    <name>Masar::CalendarsPanel</name>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>An authority&apos;s calendar: %1 the country, %2 the authority, %3 the calendar&apos;s code.</extracomment>
        <translation>%1، %2 (%3)</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>التقاويم</translation>
    </message>
    <message>
        <source>No calendar yet: the register has no request. Add an authority&apos;s calendar, or register a request first.</source>
        <translation>لا يوجد تقويم بعد: لا يتضمن السجل أي طلب. أضف تقويم جهة، أو سجّل طلبًا أولًا.</translation>
    </message>
    <message>
        <source>Weekend, as set by an administrator:</source>
        <translation>عطلة نهاية الأسبوع، كما حدّدها المسؤول:</translation>
    </message>
    <message>
        <source>Weekend, Masar&apos;s default from the locale data:</source>
        <translation>عطلة نهاية الأسبوع، كما يحدّدها مسار افتراضيًا من بيانات الإعدادات الإقليمية:</translation>
    </message>
    <message>
        <source>(no start)</source>
        <translation>(بلا بداية)</translation>
    </message>
    <message>
        <source>(no end)</source>
        <translation>(بلا نهاية)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>“%1” on %2 added to %3.</source>
        <extracomment>%1 a holiday&apos;s name, %2 its date, %3 the calendar.</extracomment>
        <translation>أُضيفت العطلة «%1» في %2 إلى %3.</translation>
    </message>
    <message>
        <source>Remove a holiday</source>
        <translation>حذف عطلة</translation>
    </message>
    <message>
        <source>Remove “%1” on %2 from the calendar? Deadlines will count that day as a working day again, unless it is a weekend day.</source>
        <translation>هل تُحذف العطلة «%1» في %2 من التقويم؟ ستحتسب الآجال ذلك اليوم يوم عمل من جديد، ما لم يكن من أيام عطلة نهاية الأسبوع.</translation>
    </message>
    <message>
        <source>“%1” on %2 removed from %3.</source>
        <translation>حُذفت العطلة «%1» في %2 من %3.</translation>
    </message>
    <message>
        <source>“%1” confirmed in %2 from %3.</source>
        <extracomment>%1 a holiday&apos;s name, %2 the calendar, %3 the day it begins on.</extracomment>
        <translation>أُكِّدت العطلة «%1» في %2 اعتبارًا من %3.</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>استيراد العطل</translation>
    </message>
    <message>
        <source>Import holidays from an iCalendar file (.ics)</source>
        <translation>استيراد العطل من ملف iCalendar ‏(.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday day(s) imported from %1 into %2.</source>
        <extracomment>%1 the file&apos;s name, %2 the calendar.</extracomment>
        <translation>
            <numerusform>لم يُستورد أي يوم عطلة من %1 إلى %2.</numerusform>
            <numerusform>استُورد يوم عطلة واحد من %1 إلى %2.</numerusform>
            <numerusform>استُورد يوما عطلة من %1 إلى %2.</numerusform>
            <numerusform>استُوردت %n أيام عطلة من %1 إلى %2.</numerusform>
            <numerusform>استُورد %n يوم عطلة من %1 إلى %2.</numerusform>
            <numerusform>استُورد %n يوم عطلة من %1 إلى %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the weekend is %2 from %3 on.</source>
        <translation>%1: عطلة نهاية الأسبوع هي %2 اعتبارًا من %3.</translation>
    </message>
    <message>
        <source>%1: the weekend is %2.</source>
        <translation>%1: عطلة نهاية الأسبوع هي %2.</translation>
    </message>
    <message>
        <source>Calendar %1 added for %2.</source>
        <extracomment>%1 the calendar&apos;s code, %2 the authority.</extracomment>
        <translation>أُضيف التقويم %1 للجهة %2.</translation>
    </message>
    <message>
        <source>&amp;Calendars:</source>
        <translation>التقاويم:(&amp;C)</translation>
    </message>
    <message>
        <source>Add an &amp;authority&apos;s calendar…</source>
        <translation>إضافة تقويم جهة…(&amp;A)</translation>
    </message>
    <message>
        <source>Set the &amp;weekend…</source>
        <translation>تحديد عطلة نهاية الأسبوع…(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Holidays of:</source>
        <translation>العطل في سنة:(&amp;H)</translation>
    </message>
    <message>
        <source>A&amp;dd a holiday…</source>
        <translation>إضافة عطلة…(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove the holiday</source>
        <translation>حذف العطلة(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;onfirm or move…</source>
        <translation>تأكيد أو نقل…(&amp;O)</translation>
    </message>
    <message>
        <source>An Islamic holiday is computed from the civil calendar: confirm it, or move it to the day announced.</source>
        <translation>تُحسب العطلة الإسلامية من التقويم الهجري الحسابي: أكّدها، أو انقلها إلى اليوم المعلن.</translation>
    </message>
    <message>
        <source>&amp;Import a .ics file…</source>
        <translation>استيراد ملف ‎.ics…(&amp;I)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>العطلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Masar::Channel</name>
    <message>
        <source>Central authority</source>
        <translation>السلطة المركزية</translation>
    </message>
    <message>
        <source>Diplomatic channel</source>
        <translation>القناة الدبلوماسية</translation>
    </message>
    <message>
        <source>Direct judicial contact</source>
        <translation>الاتصال القضائي المباشر</translation>
    </message>
    <message>
        <source>Interpol</source>
        <translation>الإنتربول</translation>
    </message>
    <message>
        <source>Eurojust</source>
        <translation>يوروجست</translation>
    </message>
    <message>
        <source>Liaison magistrate</source>
        <translation>قاضي الاتصال</translation>
    </message>
    <message>
        <source>EuroMed Justice network</source>
        <translation>شبكة يوروميد للعدالة</translation>
    </message>
    <message>
        <source>Electronic (e-CODEX / eEDES)</source>
        <translation>إلكتروني (e-CODEX / eEDES)</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>قناة أخرى</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::AdminCommands</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>الأمر init لا يأخذ وسائط.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>إصدار المخطط: %1</translation>
    </message>
    <message>
        <source>Administrator: %1 (created)</source>
        <translation>المسؤول: %1 (أُنشئ)</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>الأمر check لا يأخذ وسائط.</translation>
    </message>
    <message>
        <source>The database is sound: every page and every reference checked.</source>
        <translation>قاعدة البيانات سليمة: فُحصت كل الصفحات وكل الإحالات.</translation>
    </message>
    <message>
        <source>The new user&apos;s role: officer, supervisor, clerk or administrator.</source>
        <translation>دور المستخدم الجديد: officer أو supervisor أو clerk أو administrator.</translation>
    </message>
    <message>
        <source>The new user&apos;s full name.</source>
        <translation>الاسم الكامل للمستخدم الجديد.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>user add needs --role officer, supervisor, clerk or administrator.</source>
        <translation>الأمر user add يحتاج إلى ‎--role‎ بإحدى القيم officer أو supervisor أو clerk أو administrator.</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>أُضيف المستخدم %1 بدور %2.</translation>
    </message>
    <message>
        <source>Use “user list” or “user add NAME --role ROLE”.</source>
        <translation>استعمل «user list» أو «user add NAME --role ROLE».</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::CalendarCommands</name>
    <message>
        <source>calendar show: the year of the holidays (default: this year).</source>
        <translation>calendar show: سنة العطل (افتراضيًا: السنة الحالية).</translation>
    </message>
    <message>
        <source>calendar add: the country of the authority&apos;s calendar.</source>
        <translation>calendar add: دولة تقويم الجهة.</translation>
    </message>
    <message>
        <source>calendar add: the authority&apos;s name, as requests name it (a part is enough).</source>
        <translation>calendar add: اسم الجهة كما يرد في الطلبات (يكفي جزء منه).</translation>
    </message>
    <message>
        <source>calendar weekend: the first day of the new weekend (default: always).</source>
        <translation>calendar weekend: أول يوم تسري فيه عطلة نهاية الأسبوع الجديدة (افتراضيًا: دائمًا).</translation>
    </message>
    <message>
        <source>Use “calendar list”, “calendar show CODE [--year YYYY]”, “calendar add CODE --country CC --authority NAME”, “calendar weekend CODE DAYS [--from DATE]”, “calendar holiday add|remove CODE DATE NAME”, “calendar confirm CODE NAME COMPUTED ANNOUNCED” or “calendar import CODE FILE.ics”.</source>
        <translation>استعمل «calendar list» أو «calendar show CODE [--year YYYY]» أو «calendar add CODE --country CC --authority NAME» أو «calendar weekend CODE DAYS [--from DATE]» أو «calendar holiday add|remove CODE DATE NAME» أو «calendar confirm CODE NAME COMPUTED ANNOUNCED» أو «calendar import CODE FILE.ics».</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>weekend rules</source>
        <translation>قواعد عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>العطل</translation>
    </message>
    <message>
        <source>--year takes a year from %1 to %2, not “%3”.</source>
        <translation>يقبل ‎--year سنة من %1 إلى %2، لا «%3».</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>التقويم %1: %2</translation>
    </message>
    <message>
        <source>Calendar %1: %2, %3</source>
        <translation>التقويم %1: %2، %3</translation>
    </message>
    <message>
        <source>Weekend (set by an administrator):</source>
        <translation>عطلة نهاية الأسبوع (حدّدها المسؤول):</translation>
    </message>
    <message>
        <source>Weekend (Masar&apos;s default, from the locale data):</source>
        <translation>عطلة نهاية الأسبوع (افتراضية مسار، من بيانات الإعدادات الإقليمية):</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>until</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Holidays in %1:</source>
        <translation>العطل في %1:</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>calendar add needs --country CC and --authority NAME.</source>
        <translation>يحتاج calendar add إلى ‎--country CC و‎--authority NAME.</translation>
    </message>
    <message>
        <source>Calendar %1 added for %2 (%3): it counts for the requests whose authority&apos;s name contains “%2”.</source>
        <extracomment>%1 the new calendar&apos;s code, %2 the authority, %3 the country.</extracomment>
        <translation>أُضيف التقويم %1 للجهة %2 (%3): يُعتمد للطلبات التي يتضمن اسم جهتها «%2».</translation>
    </message>
    <message>
        <source>DAYS are days of the week separated by commas, “fri,sat” or “5,6” (Monday is 1), not “%1”.</source>
        <translation>DAYS أيام من الأسبوع تفصل بينها فواصل، مثل «fri,sat» أو «5,6» (الاثنين هو 1)، لا «%1».</translation>
    </message>
    <message>
        <source>Calendar %1: the weekend is %2 from %3 on.</source>
        <translation>التقويم %1: عطلة نهاية الأسبوع هي %2 اعتبارًا من %3.</translation>
    </message>
    <message>
        <source>Calendar %1: the weekend is %2.</source>
        <translation>التقويم %1: عطلة نهاية الأسبوع هي %2.</translation>
    </message>
    <message>
        <source>Holiday “%1” on %2 added to calendar %3.</source>
        <extracomment>%1 the holiday&apos;s name, %2 its date, %3 the calendar.</extracomment>
        <translation>أُضيفت العطلة «%1» في %2 إلى التقويم %3.</translation>
    </message>
    <message>
        <source>Holiday “%1” on %2 removed from calendar %3.</source>
        <translation>حُذفت العطلة «%1» في %2 من التقويم %3.</translation>
    </message>
    <message>
        <source>“%1” begins on %2: confirm it from its first day, which moves its other days with it.</source>
        <translation>تبدأ العطلة «%1» في %2: أكّدها من يومها الأول، فتنتقل أيامها الأخرى معه.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” confirmed in calendar %2 from %3 (computed: %4), %n day(s).</source>
        <extracomment>%1 the holiday, %2 the calendar, %3 the day announced, %4 the day computed.</extracomment>
        <translation>
            <numerusform>أُكِّدت العطلة «%1» في التقويم %2 اعتبارًا من %3 (المحسوب: %4)، بلا أيام.</numerusform>
            <numerusform>أُكِّدت العطلة «%1» في التقويم %2 اعتبارًا من %3 (المحسوب: %4)، يوم واحد.</numerusform>
            <numerusform>أُكِّدت العطلة «%1» في التقويم %2 اعتبارًا من %3 (المحسوب: %4)، يومان.</numerusform>
            <numerusform>أُكِّدت العطلة «%1» في التقويم %2 اعتبارًا من %3 (المحسوب: %4)، %n أيام.</numerusform>
            <numerusform>أُكِّدت العطلة «%1» في التقويم %2 اعتبارًا من %3 (المحسوب: %4)، %n يومًا.</numerusform>
            <numerusform>أُكِّدت العطلة «%1» في التقويم %2 اعتبارًا من %3 (المحسوب: %4)، %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday day(s) imported into calendar %1.</source>
        <extracomment>%1 the calendar; the second sentence says how many of the file&apos;s days it had already.</extracomment>
        <translation>
            <numerusform>لم يُستورد أي يوم عطلة إلى التقويم %1.</numerusform>
            <numerusform>استُورد يوم عطلة واحد إلى التقويم %1.</numerusform>
            <numerusform>استُورد يوما عطلة إلى التقويم %1.</numerusform>
            <numerusform>استُوردت %n أيام عطلة إلى التقويم %1.</numerusform>
            <numerusform>استُورد %n يوم عطلة إلى التقويم %1.</numerusform>
            <numerusform>استُورد %n يوم عطلة إلى التقويم %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were there already.</source>
        <translation>
            <numerusform>لم يكن أي منها موجودًا من قبل.</numerusform>
            <numerusform>كان يوم واحد منها موجودًا من قبل.</numerusform>
            <numerusform>كان يومان منها موجودين من قبل.</numerusform>
            <numerusform>كانت %n أيام منها موجودة من قبل.</numerusform>
            <numerusform>كان %n يومًا منها موجودًا من قبل.</numerusform>
            <numerusform>كان %n يوم منها موجودًا من قبل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::CliApplication</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>ملف قاعدة البيانات (افتراضيًا: %1).</translation>
    </message>
    <message>
        <source>The user acting (default: $MASAR_USER, else the login name).</source>
        <translation>المستخدم الذي يقوم بالعمل (افتراضيًا: ‎$MASAR_USER‎، وإلا اسم الدخول).</translation>
    </message>
    <message>
        <source>The language of messages: ar, fr or en.</source>
        <translation>لغة الرسائل: ar أو fr أو en.</translation>
    </message>
    <message>
        <source>Compute as of this date instead of today (reading commands only).</source>
        <translation>الحساب بتاريخ هذا اليوم بدلًا من اليوم الحالي (لأوامر القراءة فقط).</translation>
    </message>
    <message>
        <source>Usage: masar-cli [--db PATH] [--as USER] [--lang ar|fr|en] [--as-of YYYY-MM-DD] COMMAND ...</source>
        <translation>الاستعمال: masar-cli [--db PATH] [--as USER] [--lang ar|fr|en] [--as-of YYYY-MM-DD] COMMAND ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>“masar-cli COMMAND --help” shows a command&apos;s options. Exit status: 0 done, 1 usage error, 2 input refused, 3 storage problem.</source>
        <translation>يعرض «masar-cli COMMAND --help» خيارات الأمر. حالة الخروج: 0 تم، 1 خطأ في الاستعمال، 2 مُدخل مرفوض، 3 مشكلة في التخزين.</translation>
    </message>
    <message>
        <source>--lang takes ar, fr or en, not “%1”.</source>
        <translation>الخيار ‎--lang‎ يقبل ar أو fr أو en، لا «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>«%1» ليس أمرًا.</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>الخيار ‎--db‎ يحتاج إلى مسار ملف.</translation>
    </message>
    <message>
        <source>--as-of takes a date of the form YYYY-MM-DD, not “%1”.</source>
        <translation>الخيار ‎--as-of‎ يقبل تاريخًا بالصيغة YYYY-MM-DD، لا «%1».</translation>
    </message>
    <message>
        <source>--as-of cannot be used with “%1”: it changes the date things are computed for, and nothing is recorded with a date that is not today.</source>
        <translation>لا يمكن استعمال ‎--as-of‎ مع «%1»: فهو يغيّر التاريخ الذي تُحسب على أساسه الأمور، ولا يُسجَّل شيء بتاريخ غير تاريخ اليوم.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::CliContext</name>
    <message>
        <source>Create it with: masar-cli --db %1 init</source>
        <translation>أنشئها بالأمر: masar-cli --db %1 init</translation>
    </message>
    <message>
        <source>Say who you are with --as USER (or set MASAR_USER).</source>
        <translation>عرّف بنفسك بالخيار ‎--as USER‎ (أو اضبط المتغير MASAR_USER).</translation>
    </message>
    <message>
        <source>An administrator adds users with: masar-cli user add NAME --role ROLE</source>
        <translation>يضيف المسؤول المستخدمين بالأمر: masar-cli user add NAME --role ROLE</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>المخرج القياسي</translation>
    </message>
    <message>
        <source>The output could not be written to %1: %2</source>
        <translation>تعذّرت كتابة الناتج في %1: %2</translation>
    </message>
    <message>
        <source>Run “masar-cli --help” for the commands and their options.</source>
        <translation>شغّل «masar-cli --help» لعرض الأوامر وخياراتها.</translation>
    </message>
    <message numerus="yes">
        <source>Computing the deadlines of %Ln request(s)…</source>
        <translation>
            <numerusform>لا طلبات تُحسب آجالها…</numerusform>
            <numerusform>جارٍ حساب آجال طلب واحد…</numerusform>
            <numerusform>جارٍ حساب آجال طلبين…</numerusform>
            <numerusform>جارٍ حساب آجال %Ln طلبات…</numerusform>
            <numerusform>جارٍ حساب آجال %Ln طلبًا…</numerusform>
            <numerusform>جارٍ حساب آجال %Ln طلب…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::Commands</name>
    <message>
        <source>Create or upgrade the database; the first user becomes its administrator.</source>
        <translation>إنشاء قاعدة البيانات أو ترقيتها؛ يصبح أول مستخدم مسؤولها.</translation>
    </message>
    <message>
        <source>Read the whole database and check that nothing is damaged.</source>
        <translation>قراءة قاعدة البيانات كلها والتحقق من أن شيئًا منها غير تالف.</translation>
    </message>
    <message>
        <source>List users, or add one (administrators only).</source>
        <translation>عرض المستخدمين أو إضافة مستخدم (للمسؤولين فقط).</translation>
    </message>
    <message>
        <source>Register a new request; prints its reference.</source>
        <translation>تسجيل طلب جديد؛ يطبع مرجعه.</translation>
    </message>
    <message>
        <source>Take a workflow step on a request.</source>
        <translation>اتخاذ إجراء من مسار العمل على طلب.</translation>
    </message>
    <message>
        <source>Store a file with a request.</source>
        <translation>حفظ ملف مع طلب.</translation>
    </message>
    <message>
        <source>Write out a document stored with a request.</source>
        <translation>إخراج وثيقة محفوظة مع طلب.</translation>
    </message>
    <message>
        <source>Show one request with its history.</source>
        <translation>عرض طلب واحد مع سجلّه.</translation>
    </message>
    <message>
        <source>List requests.</source>
        <translation>عرض قائمة الطلبات.</translation>
    </message>
    <message>
        <source>Import requests from JSON or CSV, all or nothing.</source>
        <translation>استيراد طلبات من JSON أو CSV، كلها أو لا شيء.</translation>
    </message>
    <message>
        <source>Export requests as JSON or CSV.</source>
        <translation>تصدير الطلبات بصيغة JSON أو CSV.</translation>
    </message>
    <message>
        <source>Print the workflow: states and steps of both directions.</source>
        <translation>طباعة مسار العمل: الحالات والإجراءات في الاتجاهين.</translation>
    </message>
    <message>
        <source>Load invented demo requests into a register that has none (administrators only).</source>
        <translation>تحميل طلبات تجريبية مختلَقة في سجل خالٍ من الطلبات (للمسؤولين فقط).</translation>
    </message>
    <message>
        <source>Correct or complete a request&apos;s details (step amend).</source>
        <translation>تصحيح بيانات طلب أو استكمالها (الخطوة amend).</translation>
    </message>
    <message>
        <source>Reassign one or many requests to a user, all or none (supervisors).</source>
        <translation>إعادة إسناد طلب أو عدة طلبات إلى مستخدم، كلها أو لا شيء (المشرفون).</translation>
    </message>
    <message>
        <source>Show the calendars deadlines count with; change weekends and holidays (administrators only).</source>
        <translation>عرض التقاويم التي تُحسب بها الآجال؛ وتغيير عطلات نهاية الأسبوع والعطل الرسمية (للمسؤولين فقط).</translation>
    </message>
    <message>
        <source>Show the periods of deadlines; set or reset one (administrators only).</source>
        <translation>عرض مُدد الآجال؛ وتحديد إحداها أو إعادتها إلى الافتراضي (للمسؤولين فقط).</translation>
    </message>
    <message>
        <source>Show open requests by state, overdue and due soon by assignee and partner, their ages, and the days to results.</source>
        <translation>عرض الطلبات المفتوحة بحسب الحالة، والمتأخرة والتي تحل قريبًا بحسب المكلَّف والدولة الشريكة، وأقدميتها، والأيام حتى النتائج.</translation>
    </message>
    <message>
        <source>Print a status summary or a status report to a file.</source>
        <translation>طباعة ملخص حالة طلب أو تقرير حالة في ملف.</translation>
    </message>
    <message>
        <source>Show the letterhead of printed documents; change it (administrators only).</source>
        <translation>عرض ترويسة المستندات المطبوعة؛ وتغييرها (للمسؤولين فقط).</translation>
    </message>
    <message>
        <source>List the documents printed: who, when, what (administrators and supervisors).</source>
        <translation>سرد المستندات المطبوعة: من طبعها ومتى وماذا (للمسؤولين والمشرفين).</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::DashboardCommand</name>
    <message>
        <source>“Due soon” means due within this many days (default %1).</source>
        <translation>«تحل قريبًا» تعني أنها تحل خلال هذا العدد من الأيام (افتراضيًا %1).</translation>
    </message>
    <message>
        <source>dashboard takes options only.</source>
        <translation>لا يقبل dashboard سوى خيارات.</translation>
    </message>
    <message>
        <source>--due-within takes a number of days from 0 to %1, not “%2”.</source>
        <translation>يقبل ‎--due-within عدد أيام من 0 إلى %1، لا «%2».</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <extracomment>In the dashboard: the requests assigned to nobody.</extracomment>
        <translation>(غير مسند)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>من 0 إلى 30 يومًا</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>من 31 إلى 90 يومًا</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>من 91 إلى 180 يومًا</translation>
    </message>
    <message>
        <source>over 180 days</source>
        <translation>أكثر من 180 يومًا</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>لم تُرسل بعد</translation>
    </message>
    <message numerus="yes">
        <source>Dashboard as of %1; due soon: within %n day(s).</source>
        <translation>
            <numerusform>لوحة المتابعة بتاريخ %1؛ تحل قريبًا: اليوم.</numerusform>
            <numerusform>لوحة المتابعة بتاريخ %1؛ تحل قريبًا: خلال يوم واحد.</numerusform>
            <numerusform>لوحة المتابعة بتاريخ %1؛ تحل قريبًا: خلال يومين.</numerusform>
            <numerusform>لوحة المتابعة بتاريخ %1؛ تحل قريبًا: خلال %n أيام.</numerusform>
            <numerusform>لوحة المتابعة بتاريخ %1؛ تحل قريبًا: خلال %n يومًا.</numerusform>
            <numerusform>لوحة المتابعة بتاريخ %1؛ تحل قريبًا: خلال %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests: %1 (incoming %2, outgoing %3).</source>
        <translation>الطلبات المفتوحة: %1 (الواردة %2، الصادرة %3).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>direction</source>
        <extracomment>The median number of days from receipt to results sent (incoming), or from sending to results received (outgoing).</extracomment>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message numerus="yes">
        <source>due within %n day(s)</source>
        <translation>
            <numerusform>تحل اليوم</numerusform>
            <numerusform>تحل خلال يوم واحد</numerusform>
            <numerusform>تحل خلال يومين</numerusform>
            <numerusform>تحل خلال %n أيام</numerusform>
            <numerusform>تحل خلال %n يومًا</numerusform>
            <numerusform>تحل خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>الدولة الشريكة</translation>
    </message>
    <message>
        <source>open for</source>
        <translation>الأقدمية</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>الواردة</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>الصادرة</translation>
    </message>
    <message>
        <source>closed with results</source>
        <translation>المغلقة بنتائج</translation>
    </message>
    <message>
        <source>median days</source>
        <translation>الوسيط (بالأيام)</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>الكتابة في هذا الملف بدلًا من المخرج القياسي.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::DemoCommand</name>
    <message>
        <source>demo takes no arguments.</source>
        <translation>الأمر demo لا يأخذ وسائط.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demo request(s), assigned to these users:</source>
        <translation>
            <numerusform>لم يُحمَّل أي طلب تجريبي، والمستخدمون المكلَّفون:</numerusform>
            <numerusform>حُمِّل طلب تجريبي واحد، مكلَّف به هؤلاء المستخدمون:</numerusform>
            <numerusform>حُمِّل طلبان تجريبيان، مكلَّف بهما هؤلاء المستخدمون:</numerusform>
            <numerusform>حُمِّلت %n طلبات تجريبية، مكلَّف بها هؤلاء المستخدمون:</numerusform>
            <numerusform>حُمِّل %n طلبًا تجريبيًا، مكلَّف بها هؤلاء المستخدمون:</numerusform>
            <numerusform>حُمِّل %n طلب تجريبي، مكلَّف بها هؤلاء المستخدمون:</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>The demo requests are loaded, but the demo letterhead could not be set.</source>
        <translation>حُمِّلت الطلبات التجريبية، لكن تعذّر ضبط الترويسة التجريبية.</translation>
    </message>
    <message>
        <source>The demo letterhead is set: see “masar-cli letterhead”.</source>
        <translation>ضُبطت الترويسة التجريبية: انظر «masar-cli letterhead».</translation>
    </message>
    <message>
        <source>The register&apos;s own letterhead is kept.</source>
        <translation>أُبقي على ترويسة السجل الخاصة به.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::EditCommand</name>
    <message>
        <source>An offence to add (repeatable).</source>
        <translation>جريمة تُضاف (يمكن التكرار).</translation>
    </message>
    <message>
        <source>An offence to remove (repeatable).</source>
        <translation>جريمة تُحذف (يمكن التكرار).</translation>
    </message>
    <message>
        <source>A person to add (repeatable): ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</source>
        <translation>شخص يُضاف (يمكن التكرار): ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</translation>
    </message>
    <message>
        <source>Person N as it should read (repeatable): N:ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</source>
        <translation>الشخص رقم N كما ينبغي أن يكون (يمكن التكرار): N:ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</translation>
    </message>
    <message>
        <source>Person N to remove (repeatable).</source>
        <translation>الشخص رقم N يُحذف (يمكن التكرار).</translation>
    </message>
    <message>
        <source>A measure to add, pending (repeatable): TYPE[:NOTE].</source>
        <translation>تدبير يُضاف، قيد الانتظار (يمكن التكرار): TYPE[:NOTE].</translation>
    </message>
    <message>
        <source>Measure N&apos;s type and note (repeatable): N:TYPE[:NOTE]. Its status changes with the step record_measure_result.</source>
        <translation>نوع التدبير رقم N وملاحظته (يمكن التكرار): N:TYPE[:NOTE]. وتتغير حالته بالخطوة record_measure_result.</translation>
    </message>
    <message>
        <source>Measure N to remove, if pending (repeatable).</source>
        <translation>التدبير رقم N يُحذف إن كان قيد الانتظار (يمكن التكرار).</translation>
    </message>
    <message>
        <source>A link to add, or of another kind (repeatable): KIND:REFERENCE.</source>
        <translation>رابط يُضاف أو يُغيَّر نوعه (يمكن التكرار): KIND:REFERENCE.</translation>
    </message>
    <message>
        <source>The link to this request to remove (repeatable).</source>
        <translation>الرابط بهذا الطلب يُحذف (يمكن التكرار).</translation>
    </message>
    <message>
        <source>Why the details change (optional).</source>
        <translation>سبب تغيير البيانات (اختياري).</translation>
    </message>
    <message>
        <source>edit needs one reference: edit REF [options].</source>
        <translation>يحتاج الأمر edit إلى مرجع واحد: edit REF [options].</translation>
    </message>
    <message>
        <source>edit needs at least one change; “masar-cli edit --help” lists them.</source>
        <translation>يحتاج الأمر edit إلى تغيير واحد على الأقل؛ والأمر «masar-cli edit --help» يسردها.</translation>
    </message>
    <message>
        <source>--%1 takes N:… where N is a number (1, 2, …), not “%2”.</source>
        <translation>الخيار ‎--%1 يأخذ N:… حيث N رقم (1، 2، …)، لا «%2».</translation>
    </message>
    <message>
        <source>--%1 takes a number (1, 2, …), not “%2”.</source>
        <translation>الخيار ‎--%1 يأخذ رقمًا (1، 2، …)، لا «%2».</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
    <message numerus="yes">
        <source>there is no number %1: the request has %n of them</source>
        <translation>
            <numerusform>لا يوجد الرقم %1: ليس في الطلب أي منها</numerusform>
            <numerusform>لا يوجد الرقم %1: في الطلب واحد منها فقط</numerusform>
            <numerusform>لا يوجد الرقم %1: في الطلب اثنان منها</numerusform>
            <numerusform>لا يوجد الرقم %1: في الطلب %n منها</numerusform>
            <numerusform>لا يوجد الرقم %1: في الطلب %n منها</numerusform>
            <numerusform>لا يوجد الرقم %1: في الطلب %n منها</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not among the request&apos;s offences</source>
        <translation>«%1» ليست من جرائم الطلب</translation>
    </message>
    <message>
        <source>the request is not linked to “%1”</source>
        <translation>الطلب غير مرتبط بـ«%1»</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::LetterheadCommands</name>
    <message>
        <source>The ministry&apos;s name in %1 (empty: none).</source>
        <extracomment>%1 a language (“Arabic”).</extracomment>
        <translation>اسم الوزارة باللغة %1 (فارغ: بلا اسم).</translation>
    </message>
    <message>
        <source>The line under it in %1, e.g. the central authority (empty: none).</source>
        <extracomment>%1 a language (“Arabic”).</extracomment>
        <translation>السطر الذي تحته باللغة %1، كالسلطة المركزية مثلًا (فارغ: بلا سطر).</translation>
    </message>
    <message>
        <source>The logo: a PNG or JPEG file of at most 1 MB.</source>
        <translation>الشعار: ملف PNG أو JPEG لا يتجاوز 1 ميغابايت.</translation>
    </message>
    <message>
        <source>Remove the logo.</source>
        <translation>حذف الشعار.</translation>
    </message>
    <message>
        <source>letterhead takes no arguments: its options say what to change.</source>
        <translation>الأمر letterhead لا يأخذ وسائط: خياراته تحدد ما يُغيَّر.</translation>
    </message>
    <message>
        <source>Give --logo FILE or --no-logo, not both.</source>
        <translation>استعمل ‎--logo FILE‎ أو ‎--no-logo‎، لا كليهما.</translation>
    </message>
    <message>
        <source>The letterhead is changed.</source>
        <translation>غُيِّرت الترويسة.</translation>
    </message>
    <message>
        <source>The first day of the period (default: the first print).</source>
        <translation>أول يوم في الفترة (افتراضيًا: أول طباعة).</translation>
    </message>
    <message>
        <source>The last day of the period (default: today).</source>
        <translation>آخر يوم في الفترة (افتراضيًا: اليوم).</translation>
    </message>
    <message>
        <source>print-log takes no arguments: --from and --until say the period.</source>
        <translation>الأمر print-log لا يأخذ وسائط: الخياران ‎--from‎ و‎--until‎ يحددان الفترة.</translation>
    </message>
    <message>
        <source>printed at</source>
        <translation>وقت الطباعة</translation>
    </message>
    <message>
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Whether a printed document showed the persons of its requests.</extracomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>ministry</source>
        <translation>الوزارة</translation>
    </message>
    <message>
        <source>department</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Logo: none.</source>
        <translation>الشعار: لا يوجد.</translation>
    </message>
    <message numerus="yes">
        <source>Logo: %1, %Ln byte(s).</source>
        <extracomment>%1 a media type (“image/png”); %Ln its size.</extracomment>
        <translation>
            <numerusform>الشعار: %1، %Ln بايت.</numerusform>
            <numerusform>الشعار: %1، %Ln بايت.</numerusform>
            <numerusform>الشعار: %1، %Ln بايت.</numerusform>
            <numerusform>الشعار: %1، %Ln بايت.</numerusform>
            <numerusform>الشعار: %1، %Ln بايت.</numerusform>
            <numerusform>الشعار: %1، %Ln بايت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::ReassignCommand</name>
    <message>
        <source>The user the requests go to (an active officer or supervisor).</source>
        <translation>المستخدم الذي تُسند إليه الطلبات (موظف أو مشرف نشط).</translation>
    </message>
    <message>
        <source>Why they are reassigned.</source>
        <translation>سبب إعادة الإسناد.</translation>
    </message>
    <message>
        <source>reassign needs one or more references and a user: reassign REF... --to USER.</source>
        <translation>يحتاج reassign إلى مرجع واحد أو أكثر وإلى مستخدم: reassign REF... --to USER.</translation>
    </message>
    <message numerus="yes">
        <source>Reassigned %n request(s) to %1.</source>
        <translation>
            <numerusform>لم يُعَد إسناد أي طلب إلى %1.</numerusform>
            <numerusform>أُعيد إسناد طلب واحد إلى %1.</numerusform>
            <numerusform>أُعيد إسناد طلبين إلى %1.</numerusform>
            <numerusform>أُعيد إسناد %n طلبات إلى %1.</numerusform>
            <numerusform>أُعيد إسناد %n طلبًا إلى %1.</numerusform>
            <numerusform>أُعيد إسناد %n طلب إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::ReportCommands</name>
    <message>
        <source>The file to write: .pdf, .html, or .csv (status report only).</source>
        <translation>الملف المطلوب كتابته: ‎.pdf أو ‎.html أو ‎.csv (لتقرير الحالة فقط).</translation>
    </message>
    <message>
        <source>Print the persons named in the request (personal data).</source>
        <translation>طباعة الأشخاص المذكورين في الطلب (بيانات شخصية).</translation>
    </message>
    <message>
        <source>Group a status report by state (default) or country.</source>
        <translation>تجميع تقرير الحالة حسب المرحلة (افتراضيًا) أو حسب الدولة.</translation>
    </message>
    <message>
        <source>Write the Hijri date beside the Gregorian one.</source>
        <translation>كتابة التاريخ الهجري بجانب التاريخ الميلادي.</translation>
    </message>
    <message>
        <source>Arabic documents: regional (default), arabic or latin digits.</source>
        <translation>المستندات العربية: الأرقام الإقليمية (افتراضيًا) أو العربية المشرقية أو اللاتينية.</translation>
    </message>
    <message>
        <source>Arabic documents: the country whose month names and digits are followed (default EG).</source>
        <translation>المستندات العربية: الدولة التي تُتَّبع أسماء أشهرها وأرقامها (افتراضيًا EG).</translation>
    </message>
    <message>
        <source>report needs “summary REF” or “status”.</source>
        <translation>يحتاج report إلى «summary REF» أو «status».</translation>
    </message>
    <message>
        <source>report needs -o FILE: the file to write.</source>
        <translation>يحتاج report إلى ‎-o FILE: الملف المطلوب كتابته.</translation>
    </message>
    <message>
        <source>report summary takes one reference.</source>
        <translation>يأخذ report summary مرجعًا واحدًا.</translation>
    </message>
    <message>
        <source>A status summary is written to a .pdf or .html file, not “%1”.</source>
        <translation>يُكتب ملخص الحالة في ملف ‎.pdf أو ‎.html، لا في «%1».</translation>
    </message>
    <message>
        <source>report status takes options only.</source>
        <translation>يأخذ report status خيارات فقط.</translation>
    </message>
    <message>
        <source>A status report is written to a .pdf, .html or .csv file, not “%1”.</source>
        <translation>يُكتب تقرير الحالة في ملف ‎.pdf أو ‎.html أو ‎.csv، لا في «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a report: summary or status.</source>
        <translation>«%1» ليس تقريرًا: summary أو status.</translation>
    </message>
    <message>
        <source>--digits takes regional, arabic or latin, not “%1”.</source>
        <translation>يأخذ ‎--digits القيمة regional أو arabic أو latin، لا «%1».</translation>
    </message>
    <message>
        <source>--region takes one of %1, not “%2”.</source>
        <translation>يأخذ ‎--region إحدى القيم %1، لا «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>كُتب %1 (بلا صفحات).</numerusform>
            <numerusform>كُتب %1 (صفحة واحدة).</numerusform>
            <numerusform>كُتب %1 (صفحتان).</numerusform>
            <numerusform>كُتب %1 (%Ln صفحات).</numerusform>
            <numerusform>كُتب %1 (%Ln صفحة).</numerusform>
            <numerusform>كُتب %1 (%Ln صفحة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>كُتب %1.</translation>
    </message>
    <message>
        <source>--group-by takes state or country, not “%1”.</source>
        <translation>يأخذ ‎--group-by القيمة state أو country، لا «%1».</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::RequestCommands</name>
    <message>
        <source>%1: codes separated by commas.</source>
        <translation>%1: رموز مفصولة بفواصل.</translation>
    </message>
    <message>
        <source>%1: a date YYYY-MM-DD.</source>
        <translation>%1: تاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>A command-line option&apos;s description: the name of what it gives, as a sentence.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Measures asked for: assistance types separated by commas (type or type:status).</source>
        <translation>التدابير المطلوبة: أنواع المساعدة مفصولة بفواصل (type أو type:status).</translation>
    </message>
    <message>
        <source>A person named in the request (repeatable): ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</source>
        <translation>شخص مذكور في الطلب (يمكن تكراره): ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</translation>
    </message>
    <message>
        <source>A link to another request (repeatable): KIND:REFERENCE.</source>
        <translation>صلة بطلب آخر (يمكن تكرارها): KIND:REFERENCE.</translation>
    </message>
    <message>
        <source>new takes options only.</source>
        <translation>الأمر new لا يأخذ إلا خيارات.</translation>
    </message>
    <message>
        <source>new needs --direction incoming or --direction outgoing.</source>
        <translation>الأمر new يحتاج إلى ‎--direction incoming‎ أو ‎--direction outgoing‎.</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD</source>
        <translation>«%1» ليس تاريخًا بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Warning: %1 may be the same request as %2.</source>
        <translation>تنبيه: قد يكون %1 هو الطلب نفسه %2.</translation>
    </message>
    <message>
        <source>Why the step is taken.</source>
        <translation>سبب اتخاذ الإجراء.</translation>
    </message>
    <message>
        <source>The step&apos;s date (reply-by, review, sent or new deadline), YYYY-MM-DD.</source>
        <translation>تاريخ الإجراء (أجل الرد أو المراجعة أو الإرسال أو الأجل الجديد)، بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1, separated by commas.</source>
        <translation>%1، مفصولة بفواصل.</translation>
    </message>
    <message>
        <source>The file to add (step add_document).</source>
        <translation>الملف المراد إضافته (الإجراء add_document).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
    <message>
        <source>step needs a reference and a step: step REF STEP.</source>
        <translation>الأمر step يحتاج إلى مرجع وإجراء: step REF STEP.</translation>
    </message>
    <message>
        <source>“%1” is not a step. “masar-cli workflow” lists them.</source>
        <translation>«%1» ليس إجراءً. يسردها الأمر «masar-cli workflow».</translation>
    </message>
    <message>
        <source>The document&apos;s name (default: the file&apos;s name).</source>
        <translation>اسم الوثيقة (افتراضيًا: اسم الملف).</translation>
    </message>
    <message>
        <source>The document&apos;s media type (default: guessed).</source>
        <translation>نوع وسائط الوثيقة (افتراضيًا: يُستنتج).</translation>
    </message>
    <message>
        <source>A note about the document.</source>
        <translation>ملاحظة حول الوثيقة.</translation>
    </message>
    <message>
        <source>attach needs a reference and a file: attach REF FILE.</source>
        <translation>الأمر attach يحتاج إلى مرجع وملف: attach REF FILE.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>الكتابة في هذا الملف بدلًا من المخرج القياسي.</translation>
    </message>
    <message>
        <source>document needs a reference and a document name: document REF NAME.</source>
        <translation>الأمر document يحتاج إلى مرجع واسم وثيقة: document REF NAME.</translation>
    </message>
    <message>
        <source>show needs one reference: show REF.</source>
        <translation>الأمر show يحتاج إلى مرجع واحد: show REF.</translation>
    </message>
    <message>
        <source>list takes options only.</source>
        <translation>الأمر list لا يأخذ إلا خيارات.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>state</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>foreign reference</source>
        <translation>المرجع الأجنبي</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>next deadline</source>
        <translation>الأجل التالي</translation>
    </message>
    <message>
        <source>kind</source>
        <extracomment>The kind of the next deadline (acknowledgement, decision, ...).</extracomment>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::RequestOptions</name>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation>صيغة الناتج: %1 (افتراضيًا %2).</translation>
    </message>
    <message>
        <source>--format takes %1, not “%2”.</source>
        <translation>الخيار ‎--format‎ يقبل %1، لا «%2».</translation>
    </message>
    <message>
        <source>Only requests whose next deadline has passed (before today, or the --as-of date).</source>
        <translation>الطلبات التي فات أجلها التالي فقط (قبل اليوم، أو قبل تاريخ --as-of).</translation>
    </message>
    <message>
        <source>Only requests whose next deadline falls from today to N days later (0: due today).</source>
        <translation>الطلبات التي يحل أجلها التالي من اليوم إلى N يومًا بعده فقط (0: يحل اليوم).</translation>
    </message>
    <message>
        <source>--overdue and --due-within cannot be used together.</source>
        <translation>لا يُستعمل ‎--overdue و‎--due-within معًا.</translation>
    </message>
    <message>
        <source>--due-within takes a number of days from 0 to 36500, not “%1”.</source>
        <translation>يأخذ ‎--due-within عدد أيام من 0 إلى 36500، لا «%1».</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <extracomment>An option of a filter, then what is wrong with its value.</extracomment>
        <translation>الخيار ‎--%1‎: %2</translation>
    </message>
    <message>
        <source>--%1 cannot be used with --%2 or --%3.</source>
        <translation>لا يُستعمل ‎--%1‎ مع ‎--%2‎ أو ‎--%3‎.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::RequestText</name>
    <message>
        <source>Measures:</source>
        <translation>التدابير:</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>الأشخاص:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>الصلات:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>الوثائق:</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>History:</source>
        <translation>السجل:</translation>
    </message>
    <message>
        <source>when (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>by</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>step</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Next deadline (%1): %2</source>
        <extracomment>%1 is the kind of deadline (&quot;decision&quot;), %2 its date.</extracomment>
        <translation>الأجل القادم (%1): %2</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::RuleCommands</name>
    <message>
        <source>rules set, rules reset: the legal basis of the rule (default: all others).</source>
        <translation>rules set وrules reset: الأساس القانوني للقاعدة (افتراضيًا: جميع الأسس الأخرى).</translation>
    </message>
    <message>
        <source>rules set: where the period comes from, in words.</source>
        <translation>rules set: مصدر المهلة، بنص حر.</translation>
    </message>
    <message>
        <source>Use “rules list”, “rules set KIND [--legal-basis CODE] LENGTH calendar|working [--source TEXT]” or “rules reset KIND [--legal-basis CODE]”.</source>
        <translation>استعمل «rules list» أو «rules set KIND [--legal-basis CODE] LENGTH calendar|working [--source TEXT]» أو «rules reset KIND [--legal-basis CODE]».</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>period</source>
        <translation>المهلة</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>set by</source>
        <translation>حدّدها</translation>
    </message>
    <message>
        <source>KIND is one of %1, not “%2”.</source>
        <translation>KIND أحد ما يلي: %1، لا «%2».</translation>
    </message>
    <message>
        <source>LENGTH is a number of days, not “%1”.</source>
        <translation>LENGTH عدد أيام، لا «%1».</translation>
    </message>
    <message>
        <source>The unit is calendar or working, not “%1”.</source>
        <translation>الوحدة calendar أو working، لا «%1».</translation>
    </message>
    <message>
        <source>Rule %1: %2 %3.</source>
        <extracomment>%1 the rule (&quot;decision (all others)&quot;), %2 a number, %3 &quot;calendar days&quot; or &quot;working days&quot;.</extracomment>
        <translation>القاعدة %1: %2 %3.</translation>
    </message>
    <message>
        <source>Rule %1: Masar&apos;s default again.</source>
        <translation>القاعدة %1: عادت إلى الإعداد الافتراضي لمسار.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::SettingsCommandSupport</name>
    <message>
        <source>“%1” does not take --%2.</source>
        <extracomment>%1 is the command and its action (&quot;calendar show&quot;), %2 an option&apos;s name.</extracomment>
        <translation>لا يقبل «%1» الخيار ‎--%2.</translation>
    </message>
    <message>
        <source>--as-of cannot be used with “%1”: it changes the date things are computed for, and nothing is recorded with a date that is not today.</source>
        <translation>لا يمكن استعمال ‎--as-of‎ مع «%1»: فهو يغيّر التاريخ الذي تُحسب على أساسه الأمور، ولا يُسجَّل شيء بتاريخ غير تاريخ اليوم.</translation>
    </message>
    <message>
        <source>%1 takes a date of the form YYYY-MM-DD, not “%2”.</source>
        <extracomment>%1 names the argument (&quot;DATE&quot;, &quot;--from&quot;), %2 is what was given.</extracomment>
        <translation>يقبل %1 تاريخًا بالصيغة YYYY-MM-DD، لا «%2».</translation>
    </message>
    <message>
        <source>The change is saved, but the deadlines it moves could not be computed again: the next masar-cli command or start of Masar computes them.</source>
        <translation>حُفظ التغيير، لكن تعذّرت إعادة حساب الآجال التي يغيّرها: يحسبها أمر masar-cli التالي أو تشغيل مسار القادم.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::TransferCommands</name>
    <message>
        <source>import needs one file: import FILE.</source>
        <translation>الأمر import يحتاج إلى ملف واحد: import FILE.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>تتعذّر قراءة «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s).</source>
        <translation>
            <numerusform>لم يُستورد أي طلب.</numerusform>
            <numerusform>استُورد طلب واحد.</numerusform>
            <numerusform>استُورد طلبان.</numerusform>
            <numerusform>استُوردت %n طلبات.</numerusform>
            <numerusform>استُورد %n طلبًا.</numerusform>
            <numerusform>استُورد %n طلب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>الكتابة في هذا الملف بدلًا من المخرج القياسي.</translation>
    </message>
    <message>
        <source>export takes options only.</source>
        <translation>الأمر export لا يأخذ إلا خيارات.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>تتعذّر الكتابة في «%1»: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>المخرج القياسي</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::WorkflowCommand</name>
    <message>
        <source>Only this direction: incoming or outgoing.</source>
        <translation>هذا الاتجاه فقط: incoming أو outgoing.</translation>
    </message>
    <message>
        <source>workflow takes options only.</source>
        <translation>الأمر workflow لا يأخذ إلا خيارات.</translation>
    </message>
    <message>
        <source>--direction takes incoming or outgoing, not “%1”.</source>
        <translation>الخيار ‎--direction‎ يقبل incoming أو outgoing، لا «%1».</translation>
    </message>
</context>
<context>
    <name>Masar::ClockEffect</name>
    <message>
        <source>no change</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>start</source>
        <extracomment>What a step does to the deadline clock: it starts counting.</extracomment>
        <translation>بدء</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>إيقاف</translation>
    </message>
</context>
<context>
    <name>Masar::Confidentiality</name>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>مقيَّد</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>سري</translation>
    </message>
</context>
<context>
    <name>Masar::ConfirmHolidayDialog</name>
    <message>
        <source>Confirm or move a holiday</source>
        <translation>تأكيد عطلة أو نقلها</translation>
    </message>
    <message>
        <source>%1 was computed from the Islamic civil calendar to begin on %2. Choose the day it was announced to begin on: its other days move with it, and it is no longer provisional.</source>
        <extracomment>%1 a holiday (&quot;Eid al-Fitr&quot;), %2 the date computed.</extracomment>
        <translation>حُسب من التقويم الهجري الحسابي أن %1 يبدأ في %2. اختر اليوم الذي أُعلن أنه يبدأ فيه: تنتقل أيامه الأخرى معه، ولا يعود مؤقتًا.</translation>
    </message>
    <message>
        <source>&amp;Announced to begin on:</source>
        <translation>تاريخ البدء المعلن:(&amp;A)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A day of the week and a date: &quot;Friday, 20 March 2026&quot;.</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 (as computed)</source>
        <extracomment>A day offered for a holiday: the one computed.</extracomment>
        <translation>%1 (كما حُسب)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) later)</source>
        <translation>
            <numerusform>%1 (في اليوم نفسه)</numerusform>
            <numerusform>%1 (بعد يوم واحد)</numerusform>
            <numerusform>%1 (بعد يومين)</numerusform>
            <numerusform>%1 (بعد %n أيام)</numerusform>
            <numerusform>%1 (بعد %n يومًا)</numerusform>
            <numerusform>%1 (بعد %n يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) earlier)</source>
        <translation>
            <numerusform>%1 (في اليوم نفسه)</numerusform>
            <numerusform>%1 (قبل يوم واحد)</numerusform>
            <numerusform>%1 (قبل يومين)</numerusform>
            <numerusform>%1 (قبل %n أيام)</numerusform>
            <numerusform>%1 (قبل %n يومًا)</numerusform>
            <numerusform>%1 (قبل %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
</context>
<context>
    <name>Masar::Csv</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>الملف ليس نصًا بترميز UTF-8. احفظه من جدول البيانات بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a cell.</source>
        <translation>السطر %1: نص بعد علامة الاقتباس الختامية لخلية.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is not closed before the end of the file.</source>
        <translation>السطر %1: خلية بين علامتي اقتباس لم تُغلق قبل نهاية الملف.</translation>
    </message>
</context>
<context>
    <name>Masar::Dashboard</name>
    <message>
        <source>“Due soon” is from 0 to %1 days ahead, not %2.</source>
        <translation>مدة «تحل قريبًا» من 0 إلى %1 يومًا مقبلة، لا %2.</translation>
    </message>
</context>
<context>
    <name>Masar::DashboardTable</name>
    <message>
        <source>Show these requests in the list</source>
        <translation>عرض هذه الطلبات في القائمة</translation>
    </message>
</context>
<context>
    <name>Masar::DashboardWindow</name>
    <message>
        <source>%1–%2 days</source>
        <extracomment>An age band of the dashboard: open from %1 to %2 days.</extracomment>
        <translation>من %1 إلى %2 يومًا</translation>
    </message>
    <message>
        <source>Over %1 days</source>
        <extracomment>An age band of the dashboard: open more than %1 days.</extracomment>
        <translation>أكثر من %1 يومًا</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <extracomment>An age band of the dashboard: outgoing requests not sent yet.</extracomment>
        <translation>لم تُرسل بعد</translation>
    </message>
    <message>
        <source>As of %1: computing the figures…</source>
        <translation>الوضع بتاريخ %1: جارٍ حساب الأرقام…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>تعذّر حساب الأرقام: %1</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <extracomment>%1 is a date; the figures count requests as they stood on that day.</extracomment>
        <translation>الوضع بتاريخ %1.</translation>
    </message>
    <message numerus="yes">
        <source>Due within %Ln day(s)</source>
        <translation>
            <numerusform>تحل اليوم</numerusform>
            <numerusform>تحل خلال يوم واحد</numerusform>
            <numerusform>تحل خلال يومين</numerusform>
            <numerusform>تحل خلال %Ln أيام</numerusform>
            <numerusform>تحل خلال %Ln يومًا</numerusform>
            <numerusform>تحل خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests: %1</source>
        <translation>الطلبات المفتوحة: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>المتأخرة: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is &quot;Due within N days&quot;, %2 a number of requests.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Nobody</source>
        <extracomment>In the dashboard: the requests assigned to nobody.</extracomment>
        <translation>غير مسند</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الدولة الشريكة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Open requests by state</source>
        <translation>الطلبات المفتوحة بحسب الحالة</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>الأقدمية</translation>
    </message>
    <message>
        <source>How long open requests have been open</source>
        <translation>أقدمية الطلبات المفتوحة</translation>
    </message>
    <message>
        <source>Closed with results</source>
        <translation>المغلقة بنتائج</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>الوسيط (بالأيام)</translation>
    </message>
    <message>
        <source>Dashboard — Masar</source>
        <translation>لوحة المتابعة — مسار</translation>
    </message>
    <message>
        <source>&amp;Due soon means due within (days):</source>
        <translation>«تحل قريبًا» تعني خلال (أيام):(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث(&amp;R)</translation>
    </message>
    <message>
        <source>Count the requests again</source>
        <translation>إعادة عدّ الطلبات</translation>
    </message>
    <message>
        <source>Show these requests in the list</source>
        <translation>عرض هذه الطلبات في القائمة</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>الآجال</translation>
    </message>
    <message>
        <source>Open by state</source>
        <translation>المفتوحة بحسب الحالة</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>أقدمية الطلبات</translation>
    </message>
    <message>
        <source>Days to results</source>
        <translation>الأيام حتى النتائج</translation>
    </message>
    <message>
        <source>Overdue and due soon, by &amp;assignee</source>
        <translation>المتأخرة والتي تحل قريبًا، بحسب المكلَّف(&amp;A)</translation>
    </message>
    <message>
        <source>Overdue and due soon, by &amp;partner country</source>
        <translation>المتأخرة والتي تحل قريبًا، بحسب الدولة الشريكة(&amp;P)</translation>
    </message>
    <message>
        <source>Counted from the day an incoming request was received, and from the day an outgoing request was sent; outgoing requests not sent yet are counted apart.</source>
        <translation>تُحسب من يوم ورود الطلب الوارد، ومن يوم إرسال الطلب الصادر؛ وتُعدّ الطلبات الصادرة التي لم تُرسل بعد على حدة.</translation>
    </message>
    <message>
        <source>Closed requests: the median number of days from the day received to the day results were first sent (incoming), or from the day sent to the day results were first received (outgoing).</source>
        <translation>الطلبات المغلقة: الوسيط لعدد الأيام من يوم الورود إلى يوم إرسال النتائج أول مرة (الطلبات الواردة)، أو من يوم الإرسال إلى يوم ورود النتائج أول مرة (الطلبات الصادرة).</translation>
    </message>
</context>
<context>
    <name>Masar::Database</name>
    <message>
        <source>“%1” is a folder, not a Masar database.</source>
        <translation>«%1» مجلد وليس قاعدة بيانات مسار.</translation>
    </message>
    <message>
        <source>There is no Masar database at “%1”.</source>
        <translation>لا توجد قاعدة بيانات مسار في «%1».</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>تتعذّر قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>يتعذّر إنشاء المجلد «%1».</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>مشغّل Qt SQL ‏%1 غير مثبّت.</translation>
    </message>
    <message>
        <source>“%1” is not a Masar database. It was left unchanged.</source>
        <translation>«%1» ليس قاعدة بيانات مسار. تُرك دون تغيير.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Masar (schema version %2; this program knows versions up to %3). It was left unchanged; open it with a newer Masar.</source>
        <translation>كُتب «%1» بإصدار أحدث من مسار (إصدار المخطط %2؛ هذا البرنامج يعرف الإصدارات حتى %3). تُرك دون تغيير؛ افتحه بإصدار أحدث من مسار.</translation>
    </message>
    <message>
        <source>“%1” is not a Masar database or is damaged. It was left unchanged. (%2)</source>
        <translation>«%1» ليس قاعدة بيانات مسار أو أنه تالف. تُرك دون تغيير. (%2)</translation>
    </message>
    <message>
        <source>There is no Masar database at “%1” (the file is empty).</source>
        <translation>لا توجد قاعدة بيانات مسار في «%1» (الملف فارغ).</translation>
    </message>
    <message>
        <source>“%1” cannot be used: %2 It was left unchanged; restore it from a backup.</source>
        <translation>لا يمكن استعمال «%1»: %2 تُرك دون تغيير؛ استرجعه من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded to schema version %2 but the file is read-only.</source>
        <translation>يجب ترقية «%1» إلى إصدار المخطط %2 لكن الملف للقراءة فقط.</translation>
    </message>
    <message>
        <source>The file is not a Masar database.</source>
        <translation>الملف ليس قاعدة بيانات مسار.</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineCalculator</name>
    <message>
        <source>From %1.</source>
        <translation>اعتبارًا من %1.</translation>
    </message>
    <message>
        <source>Period: %1.</source>
        <translation>المهلة: %1.</translation>
    </message>
    <message>
        <source>Rule: %1: %2.</source>
        <extracomment>%1 is the rule and its source, %2 the period (&quot;30 days&quot;).</extracomment>
        <translation>القاعدة: %1: %2.</translation>
    </message>
    <message>
        <source>%1: weekend.</source>
        <translation>%1: عطلة نهاية الأسبوع.</translation>
    </message>
    <message>
        <source>%1: %2 (provisional date).</source>
        <translation>%1: %2 (تاريخ مؤقت).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>By the rule: %1; the requesting state asked for %2, which is earlier.</source>
        <translation>بحسب القاعدة: %1؛ وطلبت الدولة الطالبة %2، وهو أقرب.</translation>
    </message>
    <message>
        <source>The requesting state asked for %1, which is later.</source>
        <translation>طلبت الدولة الطالبة %1، وهو أبعد.</translation>
    </message>
    <message>
        <source>Due: %1.</source>
        <translation>الأجل: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>لا أيام عمل</numerusform>
            <numerusform>يوم عمل واحد</numerusform>
            <numerusform>يوما عمل</numerusform>
            <numerusform>%Ln أيام عمل</numerusform>
            <numerusform>%Ln يوم عمل</numerusform>
            <numerusform>%Ln يوم عمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Urgent: half of %Ln day(s).</source>
        <translation>
            <numerusform>عاجل: نصف مهلة لا أيام فيها.</numerusform>
            <numerusform>عاجل: نصف مهلة يوم واحد.</numerusform>
            <numerusform>عاجل: نصف مهلة يومين.</numerusform>
            <numerusform>عاجل: نصف مهلة %Ln أيام.</numerusform>
            <numerusform>عاجل: نصف مهلة %Ln يومًا.</numerusform>
            <numerusform>عاجل: نصف مهلة %Ln يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused from %1 to %2: %Ln day(s) added.</source>
        <translation>
            <numerusform>متوقفة من %1 إلى %2: لم يُضف أي يوم.</numerusform>
            <numerusform>متوقفة من %1 إلى %2: أُضيف يوم واحد.</numerusform>
            <numerusform>متوقفة من %1 إلى %2: أُضيف يومان.</numerusform>
            <numerusform>متوقفة من %1 إلى %2: أُضيفت %Ln أيام.</numerusform>
            <numerusform>متوقفة من %1 إلى %2: أُضيف %Ln يومًا.</numerusform>
            <numerusform>متوقفة من %1 إلى %2: أُضيف %Ln يوم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineEngine</name>
    <message>
        <source>Deadline for the %1.</source>
        <extracomment>%1 is the kind of deadline (&quot;decision&quot;, &quot;execution&quot;).</extracomment>
        <translation>أجل %1.</translation>
    </message>
    <message>
        <source>By the rule: %1.</source>
        <translation>بحسب القاعدة: %1.</translation>
    </message>
    <message>
        <source>Date %1 set by the step “%2” of %3 on %4</source>
        <extracomment>%1 a date, %2 the step (&quot;Extend deadline&quot;), %3 the user, %4 the date of the step.</extracomment>
        <translation>التاريخ %1 حدَّدته خطوة «%2» التي اتخذها %3 في %4</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Due: %1.</source>
        <translation>الأجل: %1.</translation>
    </message>
    <message>
        <source>Request %1 has no deadline in its state “%2”; there is nothing to extend.</source>
        <translation>لا أجل للطلب %1 في حالته «%2»؛ فلا شيء يُمدَّد.</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one, %1.</source>
        <translation>يجب أن يكون الأجل الجديد لاحقًا للأجل الحالي، %1.</translation>
    </message>
    <message>
        <source>The EIO allows the decision deadline to be extended once; it was on %1.</source>
        <translation>لا يجيز أمر التحقيق الأوروبي تمديد أجل القرار إلا مرة واحدة؛ وقد مُدِّد في %1.</translation>
    </message>
    <message>
        <source>The EIO allows at most 30 days more for the decision: %1 at the latest.</source>
        <translation>لا يجيز أمر التحقيق الأوروبي أكثر من 30 يومًا إضافية للقرار: %1 على الأكثر.</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlinePolicy</name>
    <message>
        <source>Only an administrator may change deadline rules and calendars. You are: %1.</source>
        <translation>لا يغيّر قواعد الآجال والتقاويم إلا المسؤول. صفتك: %1.</translation>
    </message>
    <message>
        <source>There is no calendar “%1”.</source>
        <translation>لا يوجد تقويم «%1».</translation>
    </message>
    <message>
        <source>A period is from 1 to 3650 days, not %1.</source>
        <translation>المهلة من 1 إلى 3650 يومًا، لا %1.</translation>
    </message>
    <message>
        <source>There is no legal basis “%1”.</source>
        <translation>لا يوجد أساس قانوني «%1».</translation>
    </message>
    <message>
        <source>The rule of the %1 deadline is Masar&apos;s own already.</source>
        <translation>قاعدة أجل %1 هي قاعدة مسار الأصلية أصلًا.</translation>
    </message>
    <message>
        <source>There is no calendar “%1”: a country&apos;s calendar has the country&apos;s code (EG, LY, ...).</source>
        <translation>لا يوجد تقويم «%1»: تقويم الدولة يحمل رمزها (EG وLY و...).</translation>
    </message>
    <message>
        <source>There is no country “%1”.</source>
        <translation>لا توجد دولة «%1».</translation>
    </message>
    <message>
        <source>An authority&apos;s calendar needs the authority&apos;s name.</source>
        <translation>يحتاج تقويم الجهة إلى اسم الجهة.</translation>
    </message>
    <message>
        <source>A calendar&apos;s code has 2 to 32 characters and is not a country&apos;s code, unlike “%1”.</source>
        <translation>رمز التقويم من 2 إلى 32 حرفًا وليس رمز دولة، بخلاف «%1».</translation>
    </message>
    <message>
        <source>There is a calendar “%1” already.</source>
        <translation>يوجد تقويم «%1» من قبل.</translation>
    </message>
    <message>
        <source>A weekend is one to three days.</source>
        <translation>عطلة نهاية الأسبوع من يوم إلى ثلاثة أيام.</translation>
    </message>
    <message>
        <source>A holiday needs a date and a name of at most 200 characters.</source>
        <translation>تحتاج العطلة إلى تاريخ وإلى اسم لا يتجاوز 200 حرف.</translation>
    </message>
    <message>
        <source>The calendar %1 has “%2” on that day already.</source>
        <translation>في التقويم %1 «%2» في ذلك اليوم من قبل.</translation>
    </message>
    <message>
        <source>An announced date is at most five days from the computed one.</source>
        <translation>لا يبعد التاريخ المعلن أكثر من خمسة أيام عن التاريخ المحسوب.</translation>
    </message>
    <message>
        <source>The calendar %1 has no provisional holiday “%2” on %3.</source>
        <translation>ليس في التقويم %1 عطلة مؤقتة «%2» في %3.</translation>
    </message>
    <message>
        <source>The calendar %1 keeps no holiday “%2” on %3: holidays Masar computes are moved by confirming them.</source>
        <translation>لا يحفظ التقويم %1 عطلة «%2» في %3: العطل التي يحسبها مسار تُنقل بتأكيدها.</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineRuleTable</name>
    <message>
        <source>all others</source>
        <extracomment>The rule that counts for every legal basis without a rule of its own.</extracomment>
        <translation>جميع الأسس الأخرى</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>أيام العمل</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>أيام تقويمية</translation>
    </message>
    <message>
        <source>set by an administrator</source>
        <translation>حدّدها المسؤول</translation>
    </message>
    <message>
        <source>Masar&apos;s default</source>
        <translation>الإعداد الافتراضي لمسار</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineRules</name>
    <message>
        <source>policy: acknowledge receipt</source>
        <translation>سياسة المكتب: الإشعار بالاستلام</translation>
    </message>
    <message>
        <source>EIO Directive, art. 16(1)</source>
        <translation>توجيه أمر التحقيق الأوروبي، المادة 16(1)</translation>
    </message>
    <message>
        <source>policy: decide</source>
        <translation>سياسة المكتب: البتّ في الطلب</translation>
    </message>
    <message>
        <source>EIO Directive, art. 12(3)</source>
        <translation>توجيه أمر التحقيق الأوروبي، المادة 12(3)</translation>
    </message>
    <message>
        <source>policy: execute, or by the date the requesting state asked for</source>
        <translation>سياسة المكتب: التنفيذ، أو قبل التاريخ الذي طلبته الدولة الطالبة</translation>
    </message>
    <message>
        <source>EIO Directive, art. 12(4)</source>
        <translation>توجيه أمر التحقيق الأوروبي، المادة 12(4)</translation>
    </message>
    <message>
        <source>policy: information asked for</source>
        <translation>سياسة المكتب: المعلومات المطلوبة</translation>
    </message>
    <message>
        <source>policy: chase an unacknowledged request</source>
        <translation>سياسة المكتب: تذكير بطلب لم يُشعَر باستلامه</translation>
    </message>
    <message>
        <source>policy: ask again while executed abroad</source>
        <translation>سياسة المكتب: المتابعة أثناء التنفيذ في الخارج</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>الإشعار بالاستلام</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>review of the postponement</source>
        <translation>مراجعة التأجيل</translation>
    </message>
    <message>
        <source>chaser</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>المتابعة</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineRulesPanel</name>
    <message>
        <source>Deadline rules</source>
        <translation>قواعد الآجال</translation>
    </message>
    <message>
        <source>The %1 deadline (%2) is %3 %4.</source>
        <extracomment>%1 a kind of deadline, %2 a legal basis or &quot;all others&quot;, %3 a number, %4 &quot;calendar days&quot;...</extracomment>
        <translation>أجل %1 (%2) هو %3 %4.</translation>
    </message>
    <message>
        <source>The %1 deadline (%2) is Masar&apos;s default again.</source>
        <translation>عاد أجل %1 (%2) إلى الإعداد الافتراضي لمسار.</translation>
    </message>
    <message>
        <source>How long each deadline is. A legal basis with a rule of its own (the EIO&apos;s) counts with it; every other with the rule for all others. An urgent request has half of each period.</source>
        <translation>مدة كل أجل. الأساس القانوني الذي له قاعدة خاصة به (كأمر التحقيق الأوروبي) يُحسب بها؛ وسائر الأسس بالقاعدة المقررة لجميع الأسس الأخرى. وللطلب العاجل نصف كل مهلة.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>المهلة</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>وحدة الحساب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>حدّدها</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>تغيير…(&amp;C)</translation>
    </message>
    <message>
        <source>Put Masar&apos;s &amp;default back</source>
        <translation>إعادة الإعداد الافتراضي لمسار(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineStatus</name>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>متأخر</numerusform>
            <numerusform>متأخر يومًا واحدًا</numerusform>
            <numerusform>متأخر يومين</numerusform>
            <numerusform>متأخر %Ln أيام</numerusform>
            <numerusform>متأخر %Ln يومًا</numerusform>
            <numerusform>متأخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>يحل اليوم</translation>
    </message>
    <message numerus="yes">
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>يحل اليوم</numerusform>
            <numerusform>يحل بعد يوم واحد</numerusform>
            <numerusform>يحل بعد يومين</numerusform>
            <numerusform>يحل بعد %Ln أيام</numerusform>
            <numerusform>يحل بعد %Ln يومًا</numerusform>
            <numerusform>يحل بعد %Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DemoCatalogue</name>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>must be a whole number of days, at least %1</source>
        <translation>يجب أن يكون عددًا صحيحًا من الأيام لا يقل عن %1</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>يجب أن يكون نصًا</translation>
    </message>
    <message>
        <source>is not a field of the demo catalogue</source>
        <translation>ليس حقلًا من حقول الفهرس التجريبي</translation>
    </message>
    <message>
        <source>“%1” is not a step</source>
        <translation>«%1» ليس خطوة</translation>
    </message>
    <message>
        <source>is not a field of a step</source>
        <translation>ليس حقلًا من حقول الخطوة</translation>
    </message>
    <message>
        <source>is a date: give it with date_in_days, counted from the step</source>
        <translation>هذا تاريخ: أعطِه بالحقل date_in_days محسوبًا من الخطوة</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>is set from the path and the dates</source>
        <translation>يُحدَّد من المسار والتواريخ</translation>
    </message>
    <message>
        <source>must be before today: at most %1 days after the first day</source>
        <translation>يجب أن يسبق اليوم: %1 يومًا على الأكثر بعد اليوم الأول</translation>
    </message>
    <message>
        <source>is before the day of the step before it</source>
        <translation>يسبق يوم الخطوة التي قبله</translation>
    </message>
    <message numerus="yes">
        <source>has more than %n events of the request on one day</source>
        <translation>
            <numerusform>فيه أكثر من %n حدث للطلب في يوم واحد</numerusform>
            <numerusform>فيه أكثر من حدث واحد للطلب في يوم واحد</numerusform>
            <numerusform>فيه أكثر من حدثين للطلب في يوم واحد</numerusform>
            <numerusform>فيه أكثر من %n أحداث للطلب في يوم واحد</numerusform>
            <numerusform>فيه أكثر من %n حدثًا للطلب في يوم واحد</numerusform>
            <numerusform>فيه أكثر من %n حدث للطلب في يوم واحد</numerusform>
        </translation>
    </message>
    <message>
        <source>must name another demo request as @key</source>
        <translation>يجب أن يسمي طلبًا تجريبيًا آخر بالصيغة ‎@key</translation>
    </message>
    <message>
        <source>there is no demo request “%1”</source>
        <translation>لا يوجد طلب تجريبي «%1»</translation>
    </message>
    <message>
        <source>“%1” comes in later than this</source>
        <translation>«%1» يرد بعد هذا</translation>
    </message>
    <message>
        <source>must be the home country %1</source>
        <translation>يجب أن يكون الدولة صاحبة السجل %1</translation>
    </message>
    <message>
        <source>must be a demo officer or supervisor</source>
        <translation>يجب أن يكون موظفًا أو مشرفًا تجريبيًا</translation>
    </message>
    <message>
        <source>must be a demo user</source>
        <translation>يجب أن يكون مستخدمًا تجريبيًا</translation>
    </message>
    <message>
        <source>The demo catalogue is not a JSON object: %1.</source>
        <translation>الفهرس التجريبي ليس كائن JSON: %1.</translation>
    </message>
    <message>
        <source>The demo catalogue is not of format “%1”, version %2.</source>
        <translation>الفهرس التجريبي ليس بالصيغة «%1»، الإصدار %2.</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 country code</source>
        <translation>يجب أن يكون رمز دولة وفق ISO 3166-1</translation>
    </message>
    <message>
        <source>demo request %1 (%2)</source>
        <translation>الطلب التجريبي %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is the key of another demo request</source>
        <translation>«%1» هو مفتاح طلب تجريبي آخر</translation>
    </message>
    <message>
        <source>The catalogue has no requests.</source>
        <translation>لا يحتوي الفهرس على طلبات.</translation>
    </message>
    <message numerus="yes">
        <source>The demo catalogue has %n problem(s):</source>
        <translation>
            <numerusform>لا مشكلات في الفهرس التجريبي:</numerusform>
            <numerusform>في الفهرس التجريبي مشكلة واحدة:</numerusform>
            <numerusform>في الفهرس التجريبي مشكلتان:</numerusform>
            <numerusform>في الفهرس التجريبي %n مشكلات:</numerusform>
            <numerusform>في الفهرس التجريبي %n مشكلة:</numerusform>
            <numerusform>في الفهرس التجريبي %n مشكلة:</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo catalogue has requests or users that are not valid:</source>
        <translation>في الفهرس التجريبي طلبات أو مستخدمون غير صالحين:</translation>
    </message>
    <message>
        <source>The catalogue has no supervisor to take the supervisors&apos; steps.</source>
        <translation>لا يوجد في الفهرس مشرف يتخذ خطوات المشرفين.</translation>
    </message>
</context>
<context>
    <name>Masar::DemoData</name>
    <message>
        <source>The demo data could not be prepared: no temporary folder could be made (%1).</source>
        <translation>تعذّر إعداد البيانات التجريبية: لم يمكن إنشاء مجلد مؤقت (%1).</translation>
    </message>
    <message>
        <source>The demo data was not loaded: %1 could not be created.</source>
        <translation>لم تُحمَّل البيانات التجريبية: تعذّر إنشاء %1.</translation>
    </message>
    <message>
        <source>The demo data was not loaded: %1, step %2 (%3), was refused.</source>
        <translation>لم تُحمَّل البيانات التجريبية: رُفضت الخطوة %2 (%3) من %1.</translation>
    </message>
    <message>
        <source>demo request %1</source>
        <translation>الطلب التجريبي %1</translation>
    </message>
    <message>
        <source>The demo catalogue %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة الفهرس التجريبي %1: %2</translation>
    </message>
    <message>
        <source>Only an administrator may load the demo data, as it adds the demo users. You are: %1.</source>
        <translation>لا يحمِّل البيانات التجريبية إلا المسؤول، لأنها تضيف المستخدمين التجريبيين. دورك: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The demo data is loaded only into a register without requests; this one has %n request(s).</source>
        <translation>
            <numerusform>لا تُحمَّل البيانات التجريبية إلا في سجل خالٍ من الطلبات؛ وهذا السجل لا طلبات فيه.</numerusform>
            <numerusform>لا تُحمَّل البيانات التجريبية إلا في سجل خالٍ من الطلبات؛ وفي هذا السجل طلب واحد.</numerusform>
            <numerusform>لا تُحمَّل البيانات التجريبية إلا في سجل خالٍ من الطلبات؛ وفي هذا السجل طلبان.</numerusform>
            <numerusform>لا تُحمَّل البيانات التجريبية إلا في سجل خالٍ من الطلبات؛ وفي هذا السجل %n طلبات.</numerusform>
            <numerusform>لا تُحمَّل البيانات التجريبية إلا في سجل خالٍ من الطلبات؛ وفي هذا السجل %n طلبًا.</numerusform>
            <numerusform>لا تُحمَّل البيانات التجريبية إلا في سجل خالٍ من الطلبات؛ وفي هذا السجل %n طلب.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data would be dated after the present time: the clock&apos;s date is ahead of its time.</source>
        <translation>ستحمل البيانات التجريبية تواريخ لاحقة للوقت الحاضر: تاريخ الساعة متقدم على وقتها.</translation>
    </message>
    <message>
        <source>The demo logo %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة الشعار التجريبي %1: %2</translation>
    </message>
    <message>
        <source>Only an administrator may set the demo letterhead. You are: %1.</source>
        <translation>لا يضبط الترويسة التجريبية إلا المسؤول. صفتك: %1.</translation>
    </message>
</context>
<context>
    <name>Masar::DeskActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>الطلب(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإعدادات (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Register an incoming request…</source>
        <translation>تسجيل طلب وارد…(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start an outgoing request…</source>
        <translation>بدء طلب صادر…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save the request</source>
        <translation>حفظ الطلب(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export the list as CSV…</source>
        <translation>تصدير القائمة بصيغة CSV…(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>بحث…(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next request</source>
        <translation>الطلب التالي(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous request</source>
        <translation>الطلب السابق(&amp;P)</translation>
    </message>
    <message>
        <source>Reassign the selected requests…</source>
        <translation>إعادة إسناد الطلبات المحددة…</translation>
    </message>
    <message>
        <source>Re&amp;load the list</source>
        <translation>إعادة تحميل القائمة(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>لوحة المتابعة…(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>المستخدمون…(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Calendars and deadlines…</source>
        <translation>التقاويم والآجال…(&amp;C)</translation>
    </message>
    <message>
        <source>Letter&amp;head…</source>
        <translation>الترويسة… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات (&amp;P)…</translation>
    </message>
    <message>
        <source>The &amp;workflow…</source>
        <translation>مسار العمل…(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About Masar…</source>
        <translation>حول مسار (&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Masar::DeskDialogs</name>
    <message>
        <source>About Masar</source>
        <translation>حول مسار</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Masar %1&lt;/h3&gt;&lt;p&gt;Tracks requests for mutual legal assistance in criminal matters, incoming and outgoing, from the day a request arrives to the day it closes.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;مسار %1&lt;/h3&gt;&lt;p&gt;يتتبّع طلبات المساعدة القضائية المتبادلة في المسائل الجنائية، الواردة والصادرة، من يوم ورود الطلب إلى يوم إغلاقه.&lt;/p&gt;&lt;p&gt;برمجية حرة بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Masar::DeskStatusBar</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 is &quot;N requests shown&quot;, %2 the register&apos;s size as a number.</extracomment>
        <translation>%1 من أصل %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) shown</source>
        <translation>
            <numerusform>لا طلبات معروضة</numerusform>
            <numerusform>طلب واحد معروض</numerusform>
            <numerusform>طلبان معروضان</numerusform>
            <numerusform>%Ln طلبات معروضة</numerusform>
            <numerusform>%Ln طلبًا معروضًا</numerusform>
            <numerusform>%Ln طلب معروض</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>الدخول باسم %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>قاعدة البيانات: %1 (المخطط %2)</translation>
    </message>
</context>
<context>
    <name>Masar::Direction</name>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>صادر</translation>
    </message>
</context>
<context>
    <name>Masar::Disposition</name>
    <message>
        <source>Executed</source>
        <translation>منفَّذ</translation>
    </message>
    <message>
        <source>Partially executed</source>
        <translation>منفَّذ جزئيًا</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>ساقط لعدم الرد</translation>
    </message>
    <message>
        <source>Returned as deficient</source>
        <translation>مُعاد لعدم الاستيفاء</translation>
    </message>
    <message>
        <source>Forwarded to the competent authority</source>
        <translation>محال إلى الجهة المختصة</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرر</translation>
    </message>
</context>
<context>
    <name>Masar::DocumentFile</name>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>تتعذّر قراءة الملف «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Masar::DocumentOpener</name>
    <message>
        <source>Save a copy of %1</source>
        <translation>حفظ نسخة من %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>حُفظت نسخة باسم %1.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
</context>
<context>
    <name>Masar::DocumentRenderer</name>
    <message>
        <source>The document cannot be printed there.</source>
        <translation>تتعذّر طباعة المستند هناك.</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>أُوقفت الطباعة.</translation>
    </message>
</context>
<context>
    <name>Masar::EditSession</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The changes to request %1 are not saved. Save them now?</source>
        <translation>لم تُحفظ التغييرات على الطلب %1. أتحفظها الآن؟</translation>
    </message>
    <message>
        <source>Request %1 was saved.</source>
        <translation>حُفظ الطلب %1.</translation>
    </message>
    <message>
        <source>Request %1 was saved; the current filter does not show it.</source>
        <translation>حُفظ الطلب %1؛ ولا يظهره عامل التصفية الحالي.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked.</source>
        <translation>لم يُحفظ شيء: صحِّح الحقول المعلَّمة.</translation>
    </message>
</context>
<context>
    <name>Masar::Error</name>
    <message>
        <source>field “%1”: %2</source>
        <translation>الحقل «%1»: %2</translation>
    </message>
    <message>
        <source>%1, field “%2”: %3</source>
        <translation>%1، الحقل «%2»: %3</translation>
    </message>
</context>
<context>
    <name>Masar::FormDialog</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Masar::GeneralEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>الأولوية: %1</translation>
    </message>
    <message>
        <source>Confidentiality: %1</source>
        <translation>درجة السرية: %1</translation>
    </message>
    <message>
        <source>Sent on: %1</source>
        <translation>تاريخ الإرسال: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>المآل: %1</translation>
    </message>
    <message>
        <source>Requesting state:</source>
        <translation>الدولة الطالبة:</translation>
    </message>
    <message>
        <source>Requested state:</source>
        <translation>الدولة المطلوب منها:</translation>
    </message>
    <message>
        <source>Foreign reference:</source>
        <translation>المرجع الأجنبي:</translation>
    </message>
    <message>
        <source>Requesting authority:</source>
        <translation>الجهة الطالبة:</translation>
    </message>
    <message>
        <source>Requested authority:</source>
        <translation>الجهة المطلوب منها:</translation>
    </message>
    <message>
        <source>Executing authority:</source>
        <translation>الجهة المنفِّذة:</translation>
    </message>
    <message>
        <source>Executing authority&apos;s reference:</source>
        <translation>مرجع الجهة المنفِّذة:</translation>
    </message>
    <message>
        <source>Eurojust reference:</source>
        <translation>مرجع يوروجست:</translation>
    </message>
    <message>
        <source>Interpol reference:</source>
        <translation>مرجع الإنتربول:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>الأساس القانوني:</translation>
    </message>
    <message>
        <source>Treaty and article:</source>
        <translation>المعاهدة والمادة:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>القناة:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>تاريخ الورود:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>مطلوب قبل:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>الملخص:</translation>
    </message>
    <message>
        <source>A date is asked for</source>
        <translation>طُلب تاريخ محدد</translation>
    </message>
</context>
<context>
    <name>Masar::HistoryText</name>
    <message>
        <source>Assigned to %1</source>
        <translation>أُسند إلى %1</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>أُعيد إسناده من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field of a step and its value: &quot;Reply-by date: 12 March 2026&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A field a step changed, its value before and after: &quot;Priority: normal → urgent&quot;. Arabic: the arrow points from the old value to the new one, right to left (←).</extracomment>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>تغيَّر: %1</translation>
    </message>
    <message>
        <source>Measure %1 (%2): %3</source>
        <extracomment>%1 a measure&apos;s number, %2 its type, %3 its result.</extracomment>
        <translation>الإجراء %1 (%2): %3</translation>
    </message>
    <message>
        <source>Measure %1 (%2): %3 → %4</source>
        <extracomment>%1 a measure&apos;s number, %2 its type, %3 and %4 its result before and after.</extracomment>
        <translation>الإجراء %1 (%2): %3 ← %4</translation>
    </message>
    <message>
        <source>Document: %1 (%2)</source>
        <extracomment>%1 a document&apos;s name, %2 its size (&quot;12 KB&quot;).</extracomment>
        <translation>المستند: %1 (%2)</translation>
    </message>
    <message>
        <source>Received on: %1</source>
        <translation>تاريخ الاستلام: %1</translation>
    </message>
</context>
<context>
    <name>Masar::HolidayDialog</name>
    <message>
        <source>Add a holiday</source>
        <translation>إضافة عطلة</translation>
    </message>
    <message>
        <source>A day off in %1: deadlines counted in this calendar pass over it.</source>
        <translation>يوم عطلة في %1: تتخطاه الآجال المحسوبة بهذا التقويم.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>اليوم:(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:(&amp;N)</translation>
    </message>
    <message>
        <source>As the decision that declares it names it</source>
        <translation>كما يرد اسمها في القرار الذي يعلنها</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>Masar::HolidayFile</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>تتعذر قراءة «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is larger than a calendar file may be (%Ln bytes).</source>
        <translation>
            <numerusform>حجم «%1» أكبر مما يُسمح به لملف تقويم (%Ln بايت).</numerusform>
            <numerusform>حجم «%1» أكبر مما يُسمح به لملف تقويم (%Ln بايت).</numerusform>
            <numerusform>حجم «%1» أكبر مما يُسمح به لملف تقويم (%Ln بايت).</numerusform>
            <numerusform>حجم «%1» أكبر مما يُسمح به لملف تقويم (%Ln بايت).</numerusform>
            <numerusform>حجم «%1» أكبر مما يُسمح به لملف تقويم (%Ln بايت).</numerusform>
            <numerusform>حجم «%1» أكبر مما يُسمح به لملف تقويم (%Ln بايت).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no holiday.</source>
        <translation>لا يتضمن «%1» أي عطلة.</translation>
    </message>
</context>
<context>
    <name>Masar::ICalendar</name>
    <message>
        <source>The file is not an iCalendar calendar: it does not begin with BEGIN:VCALENDAR.</source>
        <extracomment>BEGIN:VCALENDAR is written so in the file: not translated.</extracomment>
        <translation>الملف ليس تقويم iCalendar: لا يبدأ بـ BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid date.</source>
        <translation>السطر %1: «%2» ليس تاريخًا صحيحًا.</translation>
    </message>
    <message>
        <source>Line %1: the text is not UTF-8.</source>
        <translation>السطر %1: النص ليس بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a line of the form NAME:value.</source>
        <translation>السطر %1: «%2» ليس سطرًا على صيغة NAME:value.</translation>
    </message>
    <message>
        <source>Line %1: “%2” comes after the end of the calendar.</source>
        <translation>السطر %1: «%2» يأتي بعد نهاية التقويم.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 where END:%3 was expected.</source>
        <extracomment>%1 is a line number; %2 and %3 name parts of the file (VEVENT, VALARM...): not translated.</extracomment>
        <translation>السطر %1: ‏END:%2 حيث كان المنتظر END:%3.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not supported in a calendar of holidays: give each date an event of its own.</source>
        <extracomment>%1 is a line number; %2 is a keyword of the file (RDATE, RECURRENCE-ID): not translated.</extracomment>
        <translation>السطر %1: ‏%2 غير مدعوم في تقويم العطل: اجعل لكل تاريخ حدثًا خاصًا به.</translation>
    </message>
    <message>
        <source>Line %1: the event has a second %2.</source>
        <extracomment>%1 is a line number; %2 is a keyword of the file (DTSTART, SUMMARY...): not translated.</extracomment>
        <translation>السطر %1: للحدث %2 ثانٍ.</translation>
    </message>
    <message>
        <source>Line %1: the event has both an end (DTEND) and a duration.</source>
        <translation>السطر %1: للحدث نهاية (DTEND) ومدة معًا.</translation>
    </message>
    <message>
        <source>Line %1: the event ends before it starts.</source>
        <translation>السطر %1: ينتهي الحدث قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a duration in whole days or weeks.</source>
        <translation>السطر %1: «%2» ليست مدة بأيام أو أسابيع كاملة.</translation>
    </message>
    <message>
        <source>Line %1: the event lasts more than %2 days: that is not a public holiday.</source>
        <translation>السطر %1: يدوم الحدث أكثر من %2 يومًا: ليس هذا عطلة رسمية.</translation>
    </message>
    <message>
        <source>Line %1: only a yearly repetition with COUNT or UNTIL can be read, not “%2”.</source>
        <extracomment>%1 is a line number; COUNT, UNTIL and %2 are written so in the file: not translated.</extracomment>
        <translation>السطر %1: لا يُقرأ إلا التكرار السنوي مع COUNT أو UNTIL، لا «%2».</translation>
    </message>
    <message>
        <source>Line %1: the event has no start date (DTSTART).</source>
        <extracomment>%1 is a line number; DTSTART, in the file, is not translated.</extracomment>
        <translation>السطر %1: ليس للحدث تاريخ بداية (DTSTART).</translation>
    </message>
    <message>
        <source>Line %1: the event has no name (SUMMARY).</source>
        <translation>السطر %1: ليس للحدث اسم (SUMMARY).</translation>
    </message>
    <message>
        <source>The file gives more than %L1 days of holidays: too many for a calendar of public holidays.</source>
        <translation>يذكر الملف أكثر من %L1 يوم عطلة: هذا كثير على تقويم للعطل الرسمية.</translation>
    </message>
    <message>
        <source>The file ends before END:%1.</source>
        <translation>ينتهي الملف قبل END:%1.</translation>
    </message>
    <message>
        <source>The file is larger than %L1 MiB: too large for a calendar of public holidays.</source>
        <translation>حجم الملف أكبر من %L1 ميبيبايت: كبير جدًا على تقويم للعطل الرسمية.</translation>
    </message>
</context>
<context>
    <name>Masar::IslamicHolidays</name>
    <message>
        <source>Islamic New Year</source>
        <translation>رأس السنة الهجرية</translation>
    </message>
    <message>
        <source>The Prophet&apos;s Birthday</source>
        <translation>المولد النبوي الشريف</translation>
    </message>
    <message>
        <source>Eid al-Fitr</source>
        <translation>عيد الفطر</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>عيد الأضحى</translation>
    </message>
</context>
<context>
    <name>Masar::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
</context>
<context>
    <name>Masar::LegalBasis</name>
    <message>
        <source>UN Convention against Transnational Organized Crime</source>
        <translation>اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية</translation>
    </message>
    <message>
        <source>UN Convention against Corruption</source>
        <translation>اتفاقية الأمم المتحدة لمكافحة الفساد</translation>
    </message>
    <message>
        <source>Riyadh Arab Agreement for Judicial Cooperation</source>
        <translation>اتفاقية الرياض العربية للتعاون القضائي</translation>
    </message>
    <message>
        <source>Arab Convention for the Suppression of Terrorism</source>
        <translation>الاتفاقية العربية لمكافحة الإرهاب</translation>
    </message>
    <message>
        <source>European Convention on Mutual Assistance (1959)</source>
        <translation>الاتفاقية الأوروبية للمساعدة القضائية المتبادلة (1959)</translation>
    </message>
    <message>
        <source>European Investigation Order</source>
        <translation>أمر التحقيق الأوروبي</translation>
    </message>
    <message>
        <source>Bilateral treaty</source>
        <translation>معاهدة ثنائية</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>المعاملة بالمثل</translation>
    </message>
</context>
<context>
    <name>Masar::LetterheadDialog</name>
    <message>
        <source>Choose the logo</source>
        <translation>اختيار الشعار</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg)</source>
        <translation>صور PNG أو JPEG (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo: documents are printed without one.</source>
        <translation>لا شعار: تُطبع المستندات دونه.</translation>
    </message>
    <message>
        <source>%1 image, %2</source>
        <extracomment>%1 “PNG” or “JPEG”, %2 a size (“8.4 kB”).</extracomment>
        <translation>صورة %1، %2</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <extracomment>In the logo&apos;s place, when its image cannot be read.</extracomment>
        <translation>يتعذّر عرضه</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <source>Printed summaries and status reports carry these lines and the logo at their head, in the language of the document. A language left empty prints no name.</source>
        <translation>تحمل الملخصات وتقارير الحالة المطبوعة هذه الأسطر والشعار في رأسها، بلغة المستند. واللغة المتروكة فارغة لا يُطبع فيها اسم.</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>&amp;Ministry:</source>
        <translation>الوزارة (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>الإدارة (&amp;D):</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>اختيار… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف (&amp;R)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>Masar::LetterheadStore</name>
    <message>
        <source>Arabic</source>
        <extracomment>A language, in “The ministry&apos;s name in %1 …”.</extracomment>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French</source>
        <extracomment>A language, in “The ministry&apos;s name in %1 …”.</extracomment>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>A language, in “The ministry&apos;s name in %1 …”.</extracomment>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>The logo is empty.</source>
        <translation>الشعار فارغ.</translation>
    </message>
    <message>
        <source>The logo is larger than %1, the largest a logo may be.</source>
        <extracomment>%1 a size: “1 MB”.</extracomment>
        <translation>حجم الشعار أكبر من %1، وهو أقصى ما يُسمح به للشعار.</translation>
    </message>
    <message>
        <source>The logo is not a PNG or JPEG image.</source>
        <translation>الشعار ليس صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>تتعذّر قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 a file, %2 why it is no logo.</extracomment>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>The ministry&apos;s name in %1 has %2 characters; it may have at most %3.</source>
        <extracomment>%1 a language (“Arabic”), %2 and %3 numbers.</extracomment>
        <translation>اسم الوزارة باللغة %1 من %2 حرفًا، ولا يجوز أن يتجاوز %3.</translation>
    </message>
    <message>
        <source>The department&apos;s line in %1 has %2 characters; it may have at most %3.</source>
        <extracomment>%1 a language (“Arabic”), %2 and %3 numbers.</extracomment>
        <translation>سطر الإدارة باللغة %1 من %2 حرفًا، ولا يجوز أن يتجاوز %3.</translation>
    </message>
    <message>
        <source>The ministry&apos;s name in %1 is one line: it may not contain a line break, a tab or another control character.</source>
        <extracomment>%1 a language (“Arabic”).</extracomment>
        <translation>اسم الوزارة باللغة %1 سطر واحد: لا يجوز أن يحتوي على فاصل أسطر أو علامة جدولة أو أي محرف تحكم آخر.</translation>
    </message>
    <message>
        <source>The department&apos;s line in %1 is one line: it may not contain a line break, a tab or another control character.</source>
        <extracomment>%1 a language (“Arabic”).</extracomment>
        <translation>سطر الإدارة باللغة %1 سطر واحد: لا يجوز أن يحتوي على فاصل أسطر أو علامة جدولة أو أي محرف تحكم آخر.</translation>
    </message>
    <message>
        <source>A letterhead has lines in Arabic, French and English only, not in “%1”.</source>
        <translation>للترويسة أسطر بالعربية والفرنسية والإنجليزية فقط، لا بـ«%1».</translation>
    </message>
    <message>
        <source>The department&apos;s line in %1 needs the ministry&apos;s name above it.</source>
        <extracomment>%1 a language (“Arabic”).</extracomment>
        <translation>سطر الإدارة باللغة %1 يحتاج إلى اسم الوزارة فوقه.</translation>
    </message>
    <message>
        <source>Only an administrator may change the letterhead. You are: %1.</source>
        <translation>لا يغيّر الترويسة إلا المسؤول. صفتك: %1.</translation>
    </message>
</context>
<context>
    <name>Masar::LinkKind</name>
    <message>
        <source>Supplementary to</source>
        <translation>مكمِّل لـ</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>متابعة لـ</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>مكرر لـ</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>مرتبط بـ</translation>
    </message>
</context>
<context>
    <name>Masar::LinksEditor</name>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>&amp;Link a request</source>
        <translation>ربط طلب(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف(&amp;R)</translation>
    </message>
    <message>
        <source>Our reference of the other request, e.g. IN-2026-0042.</source>
        <translation>مرجعنا للطلب الآخر، مثل IN-2026-0042.</translation>
    </message>
</context>
<context>
    <name>Masar::ListExportRunner</name>
    <message>
        <source>Export the list as CSV</source>
        <translation>تصدير القائمة بصيغة CSV</translation>
    </message>
    <message>
        <source>requests-%1.csv</source>
        <translation>requests-%1.csv</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>جارٍ كتابة القائمة…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) written to %1.</source>
        <extracomment>%Ln requests, %1 the file.</extracomment>
        <translation>
            <numerusform>لم يُكتب أي طلب في %1.</numerusform>
            <numerusform>كُتب طلب واحد في %1.</numerusform>
            <numerusform>كُتب طلبان في %1.</numerusform>
            <numerusform>كُتبت %Ln طلبات في %1.</numerusform>
            <numerusform>كُتب %Ln طلبًا في %1.</numerusform>
            <numerusform>كُتب %Ln طلب في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::LocaleText</name>
    <message>
        <source>%2 (%1 AH)</source>
        <extracomment>%1 is the Hijri date, %2 the Gregorian one: &quot;11 ربيع الآخر 1445 هـ الموافق 26 أكتوبر 2023 م&quot;.</extracomment>
        <translation>%1 هـ الموافق %2 م</translation>
    </message>
</context>
<context>
    <name>Masar::MainWindow</name>
    <message>
        <source>Masar — mutual legal assistance requests</source>
        <translation>مسار — طلبات المساعدة القضائية المتبادلة</translation>
    </message>
    <message>
        <source>The register could not be read: %1 What is shown may be out of date. Check that its file is still there and reachable, then try again.</source>
        <extracomment>%1 what went wrong, from the database.</extracomment>
        <translation>تعذّرت قراءة السجل: %1 قد لا يكون المعروض محدَّثًا. تحقّق من أن ملفه ما زال موجودًا ويمكن الوصول إليه، ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>Masar::MeasureStatus</name>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Impossible</source>
        <translation>متعذّر</translation>
    </message>
</context>
<context>
    <name>Masar::MeasuresEditor</name>
    <message>
        <source>&amp;Offences:</source>
        <translation>الجرائم:(&amp;O)</translation>
    </message>
    <message>
        <source>Measures asked for:</source>
        <translation>التدابير المطلوبة:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Add a &amp;measure</source>
        <translation>إضافة تدبير(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف(&amp;R)</translation>
    </message>
    <message>
        <source>A measure&apos;s status changes with the step “%1”.</source>
        <translation>تتغير حالة التدبير بالخطوة «%1».</translation>
    </message>
</context>
<context>
    <name>Masar::Offence</name>
    <message>
        <source>Terrorism</source>
        <translation>الإرهاب</translation>
    </message>
    <message>
        <source>Financing of terrorism</source>
        <translation>تمويل الإرهاب</translation>
    </message>
    <message>
        <source>Participation in a terrorist group</source>
        <translation>المشاركة في جماعة إرهابية</translation>
    </message>
    <message>
        <source>Recruitment or training for terrorism</source>
        <translation>التجنيد أو التدريب لأغراض إرهابية</translation>
    </message>
    <message>
        <source>Foreign terrorist fighter</source>
        <translation>مقاتل إرهابي أجنبي</translation>
    </message>
    <message>
        <source>Incitement to terrorism</source>
        <translation>التحريض على الإرهاب</translation>
    </message>
    <message>
        <source>Money laundering</source>
        <translation>غسل الأموال</translation>
    </message>
    <message>
        <source>Organised crime</source>
        <translation>الجريمة المنظمة</translation>
    </message>
    <message>
        <source>Arms trafficking</source>
        <translation>الاتجار بالأسلحة</translation>
    </message>
    <message>
        <source>Drug trafficking</source>
        <translation>الاتجار بالمخدرات</translation>
    </message>
    <message>
        <source>Trafficking in persons</source>
        <translation>الاتجار بالأشخاص</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>الفساد</translation>
    </message>
    <message>
        <source>Cybercrime</source>
        <translation>الجريمة الإلكترونية</translation>
    </message>
    <message>
        <source>Homicide</source>
        <translation>القتل</translation>
    </message>
    <message>
        <source>Other offence</source>
        <translation>جريمة أخرى</translation>
    </message>
</context>
<context>
    <name>Masar::OverdueNoticeBar</name>
    <message>
        <source>Show them</source>
        <translation>اعرضها</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) became overdue since you last looked on %1: %2</source>
        <extracomment>%Ln requests; %1 the day the user last looked; %2 the first references, as links.</extracomment>
        <translation>
            <numerusform>لم يتجاوز أي طلب أجله منذ اطلاعك الأخير في %1: %2</numerusform>
            <numerusform>تجاوز طلب واحد أجله منذ اطلاعك الأخير في %1: %2</numerusform>
            <numerusform>تجاوز طلبان أجلهما منذ اطلاعك الأخير في %1: %2</numerusform>
            <numerusform>تجاوزت %Ln طلبات آجالها منذ اطلاعك الأخير في %1: %2</numerusform>
            <numerusform>تجاوز %Ln طلبًا آجالها منذ اطلاعك الأخير في %1: %2</numerusform>
            <numerusform>تجاوز %Ln طلب آجالها منذ اطلاعك الأخير في %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more.</source>
        <extracomment>After the first few references of requests that became overdue.</extracomment>
        <translation>
            <numerusform>ولا غيرها.</numerusform>
            <numerusform>وطلب آخر.</numerusform>
            <numerusform>وطلبان آخران.</numerusform>
            <numerusform>و%Ln طلبات أخرى.</numerusform>
            <numerusform>و%Ln طلبًا آخر.</numerusform>
            <numerusform>و%Ln طلب آخر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::PendingDeadlines</name>
    <message>
        <source>Computing deadlines: %1 of %2</source>
        <extracomment>In the status bar while the deadlines of a register are brought up to date.</extracomment>
        <translation>جارٍ حساب الآجال: %1 من %2</translation>
    </message>
    <message>
        <source>Computing deadlines…</source>
        <translation>جارٍ حساب الآجال…</translation>
    </message>
</context>
<context>
    <name>Masar::PersonRole</name>
    <message>
        <source>Suspect</source>
        <translation>مشتبه فيه</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>متهم</translation>
    </message>
    <message>
        <source>Convicted person</source>
        <translation>محكوم عليه</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>ضحية</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>خبير</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>صاحب حساب</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>شخص آخر</translation>
    </message>
</context>
<context>
    <name>Masar::PersonsEditor</name>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>إضافة شخص(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف(&amp;R)</translation>
    </message>
    <message>
        <source>Name only the persons the request needs, each with their role.</source>
        <translation>لا تذكر إلا الأشخاص الذين يحتاجهم الطلب، كلٌّ بصفته.</translation>
    </message>
</context>
<context>
    <name>Masar::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>Arabic &amp;dates as written in:</source>
        <translation>التواريخ العربية كما تُكتب في (&amp;D):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As written in that country</source>
        <translation>كما تُكتب في ذلك البلد</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>هندية (%1)</translation>
    </message>
    <message>
        <source>Latin (%1)</source>
        <translation>عربية (%1)</translation>
    </message>
    <message>
        <source>Show the &amp;Hijri date beside the Gregorian one</source>
        <translation>عرض التاريخ الهجري بجانب التاريخ الميلادي (&amp;H)</translation>
    </message>
    <message>
        <source>Today&apos;s date will read:</source>
        <translation>سيُكتب تاريخ اليوم هكذا:</translation>
    </message>
    <message>
        <source>Arabic d&amp;igits:</source>
        <translation>الأرقام العربية (&amp;I):</translation>
    </message>
</context>
<context>
    <name>Masar::PrintContext</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 with Masar</source>
        <extracomment>The foot of every printed page. %1 is a person&apos;s name, %2 a date and time.</extracomment>
        <translation>طبعه %1 في %2 بواسطة مسار</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The page number at the foot of every printed page.</extracomment>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>SECRET</source>
        <extracomment>The marking at the top and bottom of every page of a secret document.</extracomment>
        <translation>سري</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <extracomment>The marking at the top and bottom of every page of a restricted document.</extracomment>
        <translation>محدود التداول</translation>
    </message>
</context>
<context>
    <name>Masar::PrintDelivery</name>
    <message>
        <source>A status summary is printed, or written to a PDF or HTML file, not to CSV.</source>
        <translation>يُطبع ملخص الحالة أو يُكتب في ملف PDF أو HTML، لا في ملف CSV.</translation>
    </message>
    <message>
        <source>This program does not write PDF files.</source>
        <translation>لا يكتب هذا البرنامج ملفات PDF.</translation>
    </message>
    <message>
        <source>A document for the printer is not written to a file.</source>
        <translation>لا تُكتب الوثيقة المعدّة للطابعة في ملف.</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>أُوقفت الطباعة.</translation>
    </message>
    <message>
        <source>A file is logged as it is written, not as printed.</source>
        <translation>يُسجَّل الملف عند كتابته، لا بوصفه مطبوعًا.</translation>
    </message>
</context>
<context>
    <name>Masar::PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>المستند:</translation>
    </message>
    <message>
        <source>Status summary of the selected request</source>
        <translation>ملخص حالة الطلب المحدد</translation>
    </message>
    <message>
        <source>Status summary of %1</source>
        <translation>ملخص حالة %1</translation>
    </message>
    <message numerus="yes">
        <source>Status report of the %Ln request(s) listed</source>
        <translation>
            <numerusform>تقرير حالة الطلبات المعروضة (لا طلبات)</numerusform>
            <numerusform>تقرير حالة الطلب المعروض</numerusform>
            <numerusform>تقرير حالة الطلبين المعروضين</numerusform>
            <numerusform>تقرير حالة الطلبات الـ%Ln المعروضة</numerusform>
            <numerusform>تقرير حالة الطلبات المعروضة (%Ln طلبًا)</numerusform>
            <numerusform>تقرير حالة الطلبات المعروضة (%Ln طلب)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>لغة المستند: (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Hijri date beside the Gregorian one</source>
        <translation>التاريخ الهجري بجانب الميلادي (&amp;H)</translation>
    </message>
    <message>
        <source>Include the &amp;persons named (personal data)</source>
        <translation>تضمين الأشخاص المذكورين (بيانات شخصية) (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>التجميع حسب: (&amp;G)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>الدولة الشريكة</translation>
    </message>
    <message>
        <source>Names, roles, nationalities and dates of birth will be printed. The printing is recorded with your name.</source>
        <translation>ستُطبع الأسماء والصفات والجنسيات وتواريخ الميلاد. وتُسجَّل الطباعة باسمك.</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>معاينة الطباعة… (&amp;V)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة PDF… (&amp;D)</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>حفظ بصيغة HTML… (&amp;H)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>حفظ بصيغة CSV… (&amp;C)</translation>
    </message>
</context>
<context>
    <name>Masar::PrintFonts</name>
    <message>
        <source>The fonts of printed documents, %1 and %2, are not installed: install the package %3.</source>
        <extracomment>%1 and %2 are font names, %3 a Debian package.</extracomment>
        <translation>خطوط المستندات المطبوعة، %1 و%2، غير مثبتة: ثبّت الحزمة %3.</translation>
    </message>
</context>
<context>
    <name>Masar::PrintLog</name>
    <message>
        <source>Only a user of the register prints its documents.</source>
        <translation>لا يطبع مستندات السجل إلا أحد مستخدميه.</translation>
    </message>
    <message>
        <source>A printed document is a summary or a status report, not “%1”.</source>
        <translation>المستند المطبوع ملخص أو تقرير حالة، لا «%1».</translation>
    </message>
    <message>
        <source>A document&apos;s format is pdf, html, csv or printer, not “%1”.</source>
        <translation>صيغة المستند pdf أو html أو csv أو printer، لا «%1».</translation>
    </message>
    <message>
        <source>A document is in Arabic, French or English (ar, fr, en), not “%1”.</source>
        <translation>يكون المستند بالعربية أو الفرنسية أو الإنجليزية (ar أو fr أو en)، لا «%1».</translation>
    </message>
    <message>
        <source>A printed summary names its request.</source>
        <translation>الملخص المطبوع يذكر طلبه.</translation>
    </message>
    <message>
        <source>A status report is of a list of requests: it names no single request.</source>
        <translation>تقرير الحالة يخص قائمة طلبات: فلا يذكر طلبًا بعينه.</translation>
    </message>
    <message>
        <source>A document cannot show a negative number of requests (%1).</source>
        <translation>لا يمكن أن يعرض المستند عددًا سالبًا من الطلبات (%1).</translation>
    </message>
    <message>
        <source>There is no request “%1”.</source>
        <translation>لا يوجد طلب «%1».</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor may read the print log. You are: %1.</source>
        <translation>لا يطّلع على سجل الطباعة إلا المسؤول أو المشرف. صفتك: %1.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it begins on %2.</source>
        <extracomment>%1 and %2 are dates.</extracomment>
        <translation>تنتهي الفترة في %1، قبل أن تبدأ في %2.</translation>
    </message>
    <message>
        <source>A status report names as many requests as it shows.</source>
        <translation>يذكر تقرير الحالة من الطلبات بقدر ما يعرض.</translation>
    </message>
    <message>
        <source>The print log cannot be read back.</source>
        <translation>تتعذّر قراءة سجل الطباعة.</translation>
    </message>
</context>
<context>
    <name>Masar::PrintPreview</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
</context>
<context>
    <name>Masar::PrintRunner</name>
    <message>
        <source>%1-status-summary</source>
        <translation>%1-ملخص-الحالة</translation>
    </message>
    <message>
        <source>status-report-%1</source>
        <extracomment>The file name offered for a status report; %1 is a date in ISO form.</extracomment>
        <translation>تقرير-الحالة-%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>حفظ بصيغة HTML</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>حفظ بصيغة CSV</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>جارٍ إعداد المستند…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Printing was stopped; nothing was written.</source>
        <translation>أُوقفت الطباعة؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The document was sent to the printer.</source>
        <translation>أُرسل المستند إلى الطابعة.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <extracomment>%1 is a file.</extracomment>
        <translation>كُتب في %1.</translation>
    </message>
</context>
<context>
    <name>Masar::Priority</name>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
</context>
<context>
    <name>Masar::ProblemBar</name>
    <message>
        <source>Try again</source>
        <translation>أعد المحاولة</translation>
    </message>
</context>
<context>
    <name>Masar::RecomputeDialog</name>
    <message>
        <source>Deadlines computed again</source>
        <translation>الآجال المعاد حسابها</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stopping after the requests under way…</source>
        <translation>جارٍ الإيقاف بعد إتمام الطلبات الجارية…</translation>
    </message>
    <message>
        <source>Computing the open deadlines again: %1 of %2…</source>
        <extracomment>%1 and %2 are numbers: how many requests are done, of how many.</extracomment>
        <translation>جارٍ إعادة حساب الآجال المفتوحة: %1 من %2…</translation>
    </message>
    <message>
        <source>Computing the open deadlines again…</source>
        <translation>جارٍ إعادة حساب الآجال المفتوحة…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>The change is saved, but the deadlines it moves could not be computed again: Masar computes them when it next starts.
%1</source>
        <translation>حُفظ التغيير، لكن تعذّرت إعادة حساب الآجال التي يغيّرها: يحسبها مسار عند تشغيله القادم.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln request(s) still wait to be computed; Masar computes them when it next starts.</source>
        <translation>
            <numerusform>توقّف: لا طلبات تنتظر الحساب.</numerusform>
            <numerusform>توقّف: لا يزال طلب واحد ينتظر الحساب؛ يحسبه مسار عند تشغيله القادم.</numerusform>
            <numerusform>توقّف: لا يزال طلبان ينتظران الحساب؛ يحسبهما مسار عند تشغيله القادم.</numerusform>
            <numerusform>توقّف: لا تزال %Ln طلبات تنتظر الحساب؛ يحسبها مسار عند تشغيله القادم.</numerusform>
            <numerusform>توقّف: لا يزال %Ln طلبًا ينتظر الحساب؛ يحسبها مسار عند تشغيله القادم.</numerusform>
            <numerusform>توقّف: لا يزال %Ln طلب ينتظر الحساب؛ يحسبها مسار عند تشغيله القادم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are listed.</source>
        <translation>
            <numerusform>لا يُعرض أي منها.</numerusform>
            <numerusform>يُعرض الأول منها.</numerusform>
            <numerusform>يُعرض الأولان منها.</numerusform>
            <numerusform>تُعرض الـ%Ln الأولى منها.</numerusform>
            <numerusform>يُعرض الـ%Ln الأولى منها.</numerusform>
            <numerusform>يُعرض الـ%Ln الأولى منها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RecomputeReport</name>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 is &quot;N open deadlines recomputed&quot;, %2 &quot;M moved&quot;.</extracomment>
        <translation>%1؛ %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deadline(s) recomputed</source>
        <translation>
            <numerusform>لم يُعَد حساب أي أجل مفتوح</numerusform>
            <numerusform>أُعيد حساب أجل مفتوح واحد</numerusform>
            <numerusform>أُعيد حساب أجلين مفتوحين</numerusform>
            <numerusform>أُعيد حساب %Ln آجال مفتوحة</numerusform>
            <numerusform>أُعيد حساب %Ln أجلًا مفتوحًا</numerusform>
            <numerusform>أُعيد حساب %Ln أجل مفتوح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <extracomment>How many of the deadlines recomputed fall on another day now.</extracomment>
        <translation>
            <numerusform>لم يتغير أي منها</numerusform>
            <numerusform>تغيّر واحد منها</numerusform>
            <numerusform>تغيّر اثنان منها</numerusform>
            <numerusform>تغيّرت %Ln منها</numerusform>
            <numerusform>تغيّر %Ln منها</numerusform>
            <numerusform>تغيّر %Ln منها</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>In &quot;before → after&quot;, a deadline there is not (any more).</extracomment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <extracomment>%1 the request&apos;s reference, %2 the deadline before, %3 after, %4 its kind (&quot;acknowledgement&quot;).</extracomment>
        <translation>%1: %2 ← %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Masar::RefusalGround</name>
    <message>
        <source>Request does not meet the treaty</source>
        <translation>الطلب غير مطابق للاتفاقية</translation>
    </message>
    <message>
        <source>Sovereignty, security or public order</source>
        <translation>المساس بالسيادة أو الأمن أو النظام العام</translation>
    </message>
    <message>
        <source>Prohibited by domestic law</source>
        <translation>محظور بموجب القانون الوطني</translation>
    </message>
    <message>
        <source>Political offence</source>
        <translation>جريمة سياسية</translation>
    </message>
    <message>
        <source>Fiscal offence</source>
        <translation>جريمة مالية</translation>
    </message>
    <message>
        <source>No dual criminality</source>
        <translation>انتفاء ازدواجية التجريم</translation>
    </message>
    <message>
        <source>Ne bis in idem</source>
        <translation>عدم جواز المحاكمة عن الفعل ذاته مرتين</translation>
    </message>
    <message>
        <source>Death penalty (no assurance given)</source>
        <translation>عقوبة الإعدام (دون تقديم ضمانات)</translation>
    </message>
    <message>
        <source>Discriminatory prosecution</source>
        <translation>ملاحقة تمييزية</translation>
    </message>
    <message>
        <source>Immunity</source>
        <translation>الحصانة</translation>
    </message>
    <message>
        <source>Extraterritoriality</source>
        <translation>الاختصاص خارج الإقليم</translation>
    </message>
    <message>
        <source>Military offence</source>
        <translation>جريمة عسكرية</translation>
    </message>
    <message>
        <source>Insufficient information</source>
        <translation>عدم كفاية المعلومات</translation>
    </message>
    <message>
        <source>Confidentiality cannot be ensured</source>
        <translation>تعذّر ضمان السرية</translation>
    </message>
</context>
<context>
    <name>Masar::RegisterDialog</name>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>This may be a request already registered: %1. Check it, or press “Register anyway”.</source>
        <translation>قد يكون هذا طلبًا مسجَّلًا من قبل: %1. تحقَّق منه، أو اضغط «سجِّل على أي حال».</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>سجِّل على أي حال</translation>
    </message>
    <message>
        <source>Register an incoming request</source>
        <translation>تسجيل طلب وارد</translation>
    </message>
    <message>
        <source>Start an outgoing request</source>
        <translation>بدء طلب صادر</translation>
    </message>
    <message>
        <source>What the letter says first; persons, offences and measures are added once the request is registered.</source>
        <translation>ما تذكره الرسالة أولًا؛ وتُضاف الأشخاص والجرائم والتدابير بعد تسجيل الطلب.</translation>
    </message>
    <message>
        <source>The essentials first; persons, offences and measures are added once the draft exists.</source>
        <translation>الأساسيات أولًا؛ وتُضاف الأشخاص والجرائم والتدابير بعد إنشاء المسودة.</translation>
    </message>
    <message>
        <source>Choose a state…</source>
        <translation>اختر دولة…</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>الاتجاه:(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;questing state:</source>
        <translation>الدولة الطالبة:(&amp;Q)</translation>
    </message>
    <message>
        <source>Requested s&amp;tate:</source>
        <translation>الدولة المطلوب منها:(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Foreign reference:</source>
        <translation>المرجع الأجنبي:(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>تاريخ الورود:(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>القناة:(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>الأساس القانوني:(&amp;L)</translation>
    </message>
    <message>
        <source>Treaty and &amp;article:</source>
        <translation>المعاهدة والمادة:(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>الملخص:(&amp;S)</translation>
    </message>
    <message>
        <source>For a bilateral treaty: its name and article</source>
        <translation>للمعاهدة الثنائية: اسمها والمادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Masar::RegistrationRunner</name>
    <message>
        <source>Request %1 was registered; the current filter does not show it.</source>
        <translation>سُجِّل الطلب %1؛ ولا يظهره عامل التصفية الحالي.</translation>
    </message>
    <message>
        <source>Request %1 was registered.</source>
        <translation>سُجِّل الطلب %1.</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>البيانات التجريبية</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demonstration request(s).</source>
        <translation>
            <numerusform>لم يُحمَّل أي طلب تجريبي.</numerusform>
            <numerusform>حُمِّل طلب تجريبي واحد.</numerusform>
            <numerusform>حُمِّل طلبان تجريبيان.</numerusform>
            <numerusform>حُمِّلت %n طلبات تجريبية.</numerusform>
            <numerusform>حُمِّل %n طلبًا تجريبيًا.</numerusform>
            <numerusform>حُمِّل %n طلب تجريبي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RequestAmendment</name>
    <message>
        <source>changes only through the step “%1”</source>
        <translation>لا يتغير إلا بالخطوة «%1»</translation>
    </message>
    <message>
        <source>never changes</source>
        <translation>لا يتغير أبدًا</translation>
    </message>
    <message>
        <source>changes only through the workflow&apos;s steps</source>
        <translation>لا يتغير إلا بخطوات مسار العمل</translation>
    </message>
    <message>
        <source>a new measure is pending; its result is recorded with the step “%1”</source>
        <translation>التدبير الجديد يكون قيد الانتظار؛ وتُسجَّل نتيجته بالخطوة «%1»</translation>
    </message>
    <message>
        <source>is not a measure of this request</source>
        <translation>ليس تدبيرًا من تدابير هذا الطلب</translation>
    </message>
    <message>
        <source>is the same measure as one before it</source>
        <translation>هو التدبير نفسه المذكور قبله</translation>
    </message>
    <message>
        <source>cannot change while the measure is “%1”: its result belongs to its type; record it as pending first (step “%2”)</source>
        <translation>لا يتغير ما دام التدبير «%1»: فنتيجته تخص نوعه؛ سجِّله قيد الانتظار أولًا (الخطوة «%2»)</translation>
    </message>
    <message>
        <source>measure %1 (%2) is “%3” and cannot be removed: record it as pending first (step “%4”)</source>
        <translation>التدبير %1 (%2) «%3» ولا يمكن حذفه: سجِّله قيد الانتظار أولًا (الخطوة «%4»)</translation>
    </message>
    <message>
        <source>there is no request “%1”</source>
        <translation>لا يوجد طلب «%1»</translation>
    </message>
</context>
<context>
    <name>Masar::RequestCsv</name>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation>الملف فارغ: يحتاج إلى سطر عناوين يسمّي الأعمدة.</translation>
    </message>
    <message>
        <source>line %1: the column “%2” appears twice</source>
        <translation>السطر %1: العمود «%2» مكرر</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a column of the format (columns: %3)</source>
        <translation>السطر %1: «%2» ليس عمودًا في الصيغة (الأعمدة: %3)</translation>
    </message>
    <message>
        <source>line %1: the column “direction” is required</source>
        <translation>السطر %1: العمود «direction» مطلوب</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: has %n cell(s) but the header has %2</source>
        <translation>
            <numerusform>%1: لا خلايا فيه بينما في سطر العناوين %2</numerusform>
            <numerusform>%1: فيه خلية واحدة بينما في سطر العناوين %2</numerusform>
            <numerusform>%1: فيه خليتان بينما في سطر العناوين %2</numerusform>
            <numerusform>%1: فيه %n خلايا بينما في سطر العناوين %2</numerusform>
            <numerusform>%1: فيه %n خلية بينما في سطر العناوين %2</numerusform>
            <numerusform>%1: فيه %n خلية بينما في سطر العناوين %2</numerusform>
        </translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
</context>
<context>
    <name>Masar::RequestDetail</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · assigned to %3</source>
        <extracomment>%1 the direction, %2 the state, %3 the user the request is assigned to.</extracomment>
        <translation>%1 · %2 · المكلَّف: %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Leads to “%1”</source>
        <translation>يؤدي إلى «%1»</translation>
    </message>
    <message>
        <source>Persons (%1)</source>
        <translation>الأشخاص (%1)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>المستندات (%1)</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>الروابط (%1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Offences and measures</source>
        <translation>الجرائم والتدابير</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل الزمني</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف في</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح(&amp;O)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>حفظ نسخة…(&amp;C)</translation>
    </message>
    <message>
        <source>Select a request in the list to see it here.</source>
        <translation>اختر طلبًا من القائمة لعرضه هنا.</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>تسجيل…</translation>
    </message>
    <message>
        <source>Steps that record something without moving the request</source>
        <translation>خطوات تسجِّل أمرًا دون أن تنقل الطلب إلى حالة أخرى</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>إرفاق ملف…(&amp;A)</translation>
    </message>
    <message>
        <source>(modified)</source>
        <translation>(معدَّل)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes to this request (%1)</source>
        <translation>حفظ التغييرات على هذا الطلب (%1)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Next deadline (%1): %2</source>
        <extracomment>%1 is the kind of deadline (&quot;decision&quot;), %2 its date.</extracomment>
        <translation>الأجل القادم (%1): %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A step and the states it moved the request between: &quot;Register&quot; over &quot;Received → Registered&quot;. Arabic: the arrow points from the first state to the second, right to left (←).</extracomment>
        <translation>%1 ← %2</translation>
    </message>
</context>
<context>
    <name>Masar::RequestExport</name>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>أُوقف التصدير: لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>Masar::RequestField</name>
    <message>
        <source>Our reference</source>
        <translation>مرجعنا</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>مآل الطلب</translation>
    </message>
    <message>
        <source>Foreign reference</source>
        <translation>المرجع الأجنبي</translation>
    </message>
    <message>
        <source>Requesting state</source>
        <translation>الدولة الطالبة</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>الدولة المطلوب منها</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>الجهة الطالبة</translation>
    </message>
    <message>
        <source>Requested authority</source>
        <translation>الجهة المطلوب منها</translation>
    </message>
    <message>
        <source>Executing authority</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <source>Reference of the executing authority</source>
        <translation>مرجع الجهة المنفذة</translation>
    </message>
    <message>
        <source>Eurojust reference</source>
        <translation>مرجع يوروجست</translation>
    </message>
    <message>
        <source>Interpol reference</source>
        <translation>مرجع الإنتربول</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Treaty and article</source>
        <translation>المعاهدة والمادة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة الإحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Reason for urgency</source>
        <translation>سبب الاستعجال</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>درجة السرية</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الورود</translation>
    </message>
    <message>
        <source>Requested by (date)</source>
        <translation>مطلوب قبل (تاريخ)</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>الجرائم</translation>
    </message>
</context>
<context>
    <name>Masar::RequestFields</name>
    <message>
        <source>“%1” is not one of: incoming, outgoing</source>
        <translation>«%1» ليست من القيم: incoming، outgoing</translation>
    </message>
    <message>
        <source>“%1” is not a state</source>
        <translation>«%1» ليست حالة</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD</source>
        <translation>«%1» ليس تاريخًا بالصيغة YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>Masar::RequestFilterBar</name>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>عرض:(&amp;O)</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>الاتجاهان</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>The group of states where the deadline clock stands still.</extracomment>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>جميع الدول</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>أي أولوية</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>طلباتي(&amp;M)</translation>
    </message>
    <message>
        <source>Only the requests assigned to me</source>
        <translation>الطلبات المكلَّف بها أنا فقط</translation>
    </message>
    <message>
        <source>Find: reference, name, words of the summary…</source>
        <translation>بحث: مرجع، اسم، كلمات من الملخص…</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>أي أجل</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message numerus="yes">
        <source>Due within %Ln day(s)</source>
        <translation>
            <numerusform>تحل اليوم</numerusform>
            <numerusform>تحل خلال يوم واحد</numerusform>
            <numerusform>تحل خلال يومين</numerusform>
            <numerusform>تحل خلال %Ln أيام</numerusform>
            <numerusform>تحل خلال %Ln يومًا</numerusform>
            <numerusform>تحل خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests by their next deadline, as of today</source>
        <translation>الطلبات بحسب أجلها التالي، اعتبارًا من اليوم</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <extracomment>Conditions of the list set from the dashboard that the choices beside cannot show.</extracomment>
        <translation>أيضًا: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Show the list without these conditions</source>
        <translation>عرض القائمة دون هذه الشروط</translation>
    </message>
</context>
<context>
    <name>Masar::RequestFilterFields</name>
    <message>
        <source>Only requests of this direction: incoming or outgoing.</source>
        <translation>الطلبات ذات هذا الاتجاه فقط: incoming أو outgoing.</translation>
    </message>
    <message>
        <source>Only requests in these states (comma-separated), or “open” for all but closed.</source>
        <translation>الطلبات في هذه الحالات فقط (مفصولة بفواصل)، أو «open» لكل الحالات عدا المغلقة.</translation>
    </message>
    <message>
        <source>Only open requests: in any state but closed.</source>
        <translation>الطلبات المفتوحة فقط: في أي حالة عدا المغلقة.</translation>
    </message>
    <message>
        <source>Only requests with this requesting or requested country.</source>
        <translation>الطلبات التي تكون هذه الدولة فيها طالبة أو مطلوبًا منها فقط.</translation>
    </message>
    <message>
        <source>Only requests with this partner: the requesting country of an incoming request, the requested country of an outgoing one.</source>
        <translation>الطلبات ذات هذه الدولة الشريكة فقط: الدولة الطالبة في الطلب الوارد، والدولة المطلوب منها في الطلب الصادر.</translation>
    </message>
    <message>
        <source>Only requests assigned to this user.</source>
        <translation>الطلبات المسندة إلى هذا المستخدم فقط.</translation>
    </message>
    <message>
        <source>Only requests assigned to nobody.</source>
        <translation>الطلبات غير المسندة إلى أحد فقط.</translation>
    </message>
    <message>
        <source>Only requests of this priority: normal or urgent.</source>
        <translation>الطلبات ذات هذه الأولوية فقط: normal أو urgent.</translation>
    </message>
    <message>
        <source>Only requests with words beginning with these in a reference, an authority, the summary or a person’s name.</source>
        <translation>الطلبات التي في أحد مراجعها أو سلطاتها أو في ملخصها أو في اسم أحد أشخاصها كلمات تبدأ بهذه فقط.</translation>
    </message>
    <message>
        <source>Only requests whose next deadline falls on this day or later.</source>
        <translation>الطلبات التي يحل أجلها التالي في هذا اليوم أو بعده فقط.</translation>
    </message>
    <message>
        <source>Only requests whose next deadline falls on this day or earlier.</source>
        <translation>الطلبات التي يحل أجلها التالي في هذا اليوم أو قبله فقط.</translation>
    </message>
    <message>
        <source>Only requests received (incoming) or sent (outgoing) on this day or later.</source>
        <translation>الطلبات التي وردت (الواردة) أو أُرسلت (الصادرة) في هذا اليوم أو بعده فقط.</translation>
    </message>
    <message>
        <source>Only requests received (incoming) or sent (outgoing) on this day or earlier.</source>
        <translation>الطلبات التي وردت (الواردة) أو أُرسلت (الصادرة) في هذا اليوم أو قبله فقط.</translation>
    </message>
    <message>
        <source>Only outgoing requests not sent yet.</source>
        <translation>الطلبات الصادرة التي لم تُرسل بعد فقط.</translation>
    </message>
    <message>
        <source>Only requests whose history records this step (a key of masar-cli workflow).</source>
        <translation>الطلبات التي يتضمن سجلها هذا الإجراء فقط (أحد مفاتيح masar-cli workflow).</translation>
    </message>
    <message>
        <source>The value is of the wrong type.</source>
        <extracomment>A value of a filter, read from the settings or a file, that is neither text nor a list of texts.</extracomment>
        <translation>القيمة ليست من النوع الصحيح.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>«%1» ليست true ولا false.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>«%1» ليست من القيم: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 country code.</source>
        <translation>«%1» ليس رمز دولة وفق ISO 3166-1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A condition of a filter that could not be read: its key, then the problem.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>«%1» ليس تاريخًا بالصيغة YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>Masar::RequestFilterText</name>
    <message>
        <source>%1 requests</source>
        <extracomment>A condition of a list or report: incoming or outgoing requests.</extracomment>
        <translation>الطلبات: %1</translation>
    </message>
    <message>
        <source>country: %1</source>
        <extracomment>A condition of a list or report: the requesting or the requested state is this country.</extracomment>
        <translation>الدولة: %1</translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation>الأولوية: %1</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <extracomment>A condition of a list or report: the words of the quick find.</extracomment>
        <translation>المطابقة لـ«%1»</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>A condition of the list: the request is not closed.</extracomment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>مسندة إلى %1</translation>
    </message>
    <message>
        <source>assigned to nobody</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <source>partner: %1</source>
        <extracomment>A condition of the list: the other state of the request (requesting or requested) is this country.</extracomment>
        <translation>الدولة الشريكة: %1</translation>
    </message>
    <message>
        <source>next deadline from %1 to %2</source>
        <translation>الأجل التالي من %1 إلى %2</translation>
    </message>
    <message>
        <source>next deadline on %1 or later</source>
        <translation>الأجل التالي في %1 أو بعده</translation>
    </message>
    <message>
        <source>next deadline on %1 or earlier</source>
        <translation>الأجل التالي في %1 أو قبله</translation>
    </message>
    <message>
        <source>next deadline on %1</source>
        <translation>الأجل التالي في %1</translation>
    </message>
    <message>
        <source>received or sent from %1 to %2</source>
        <extracomment>A condition of the list: the day the request was received (incoming) or sent (outgoing).</extracomment>
        <translation>وردت أو أُرسلت من %1 إلى %2</translation>
    </message>
    <message>
        <source>received or sent on %1 or later</source>
        <translation>وردت أو أُرسلت في %1 أو بعده</translation>
    </message>
    <message>
        <source>received or sent on %1 or earlier</source>
        <translation>وردت أو أُرسلت في %1 أو قبله</translation>
    </message>
    <message>
        <source>received or sent on %1</source>
        <translation>وردت أو أُرسلت في %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>لم تُرسل بعد</translation>
    </message>
    <message>
        <source>“%1” taken</source>
        <extracomment>A condition of the list: the request&apos;s history records this step.</extracomment>
        <translation>اتُّخذ فيها الإجراء «%1»</translation>
    </message>
</context>
<context>
    <name>Masar::RequestImporter</name>
    <message>
        <source>Only an administrator or a supervisor may import requests. You are: %1.</source>
        <translation>لا يستورد الطلبات إلا مسؤول أو مشرف. دورك: %1.</translation>
    </message>
    <message>
        <source>“%1” is also the reference of %2</source>
        <translation>«%1» هو أيضًا مرجع %2</translation>
    </message>
    <message>
        <source>user “%1”</source>
        <translation>المستخدم «%1»</translation>
    </message>
    <message>
        <source>%1: is listed twice</source>
        <translation>%1: مذكور مرتين</translation>
    </message>
    <message>
        <source>%1: is not a user of this register, and only an administrator may import users</source>
        <translation>%1: ليس مستخدمًا لهذا السجل، ولا يستورد المستخدمين إلا مسؤول</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is already in the register</source>
        <translation>«%1» موجود بالفعل في السجل</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>لا يوجد مستخدم «%1»</translation>
    </message>
    <message>
        <source>requests are assigned to officers and supervisors; “%1” is: %2</source>
        <translation>تُسند الطلبات إلى الموظفين والمشرفين؛ ودور «%1»: %2</translation>
    </message>
    <message>
        <source>there is no request “%1” in the register or the file</source>
        <translation>لا يوجد طلب «%1» في السجل ولا في الملف</translation>
    </message>
</context>
<context>
    <name>Masar::RequestJson</name>
    <message>
        <source>must be a string or null</source>
        <translation>يجب أن يكون نصًا أو null</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>يجب أن يكون نصًا</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD</source>
        <translation>«%1» ليس تاريخًا بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>“%1” is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>«%1» ليس وقتًا بالتوقيت العالمي بالصيغة YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>is not a field of the format</source>
        <translation>ليس حقلًا في الصيغة</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>must be a list of codes</source>
        <translation>يجب أن يكون قائمة رموز</translation>
    </message>
    <message>
        <source>“%1” is not a step</source>
        <translation>«%1» ليس إجراءً</translation>
    </message>
    <message>
        <source>“%1” is not a state</source>
        <translation>«%1» ليست حالة</translation>
    </message>
    <message>
        <source>is not valid Base64</source>
        <translation>ليس ترميز Base64 صالحًا</translation>
    </message>
    <message>
        <source>says %1 bytes but the content has %2</source>
        <translation>يذكر %1 بايت لكن المحتوى %2 بايت</translation>
    </message>
    <message>
        <source>does not match the content (the file may be damaged)</source>
        <translation>لا يطابق المحتوى (قد يكون الملف تالفًا)</translation>
    </message>
    <message>
        <source>field “users”: must be a list</source>
        <translation>الحقل «users»: يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>المستخدم %1</translation>
    </message>
    <message>
        <source>user %1 (%2)</source>
        <translation>المستخدم %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» ليست من القيم: %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن يكون true أو false</translation>
    </message>
    <message>
        <source>%1: is not an object</source>
        <translation>%1: ليس كائنًا</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (line %2, column %3).</source>
        <translation>الملف ليس JSON صالحًا: %1 (السطر %2، العمود %3).</translation>
    </message>
    <message>
        <source>The file is JSON but not a Masar requests file (its “format” is not “%1”).</source>
        <translation>الملف بصيغة JSON لكنه ليس ملف طلبات مسار (حقله «format» ليس «%1»).</translation>
    </message>
    <message>
        <source>The file is of format version %1; this program reads version %2.</source>
        <translation>إصدار صيغة الملف %1؛ وهذا البرنامج يقرأ الإصدار %2.</translation>
    </message>
    <message>
        <source>The file has no list of “requests”.</source>
        <translation>لا يحتوي الملف على قائمة «requests».</translation>
    </message>
    <message>
        <source>field “%1”: is not a field of the format</source>
        <translation>الحقل «%1»: ليس حقلًا في الصيغة</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <source>request %1 (%2)</source>
        <translation>الطلب %1 (%2)</translation>
    </message>
    <message>
        <source>holds a NUL character (\u0000, line %1), which has no place in any field</source>
        <translation>يتضمن محرف NUL ‏(\u0000، السطر %1)، ولا مكان له في أي حقل</translation>
    </message>
    <message>
        <source>holds a NUL character (line %1), which has no place in any field</source>
        <translation>يتضمن محرف NUL ‏(السطر %1)، ولا مكان له في أي حقل</translation>
    </message>
    <message>
        <source>holds the control character U+%1 as it is (line %2); JSON allows it only escaped (\t, \n, \u%1)</source>
        <extracomment>%1 a character&apos;s code, such as 0009 for a tab. JSON allows it only escaped.</extracomment>
        <translation>يتضمن محرف التحكم U+%1 كما هو (السطر %2)؛ ولا يجيزه JSON إلا مُهرَّبًا (\t أو \n أو \u%1)</translation>
    </message>
    <message>
        <source>field “%1”: %2</source>
        <translation>الحقل «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Masar::RequestListModel</name>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Foreign reference</source>
        <translation>المرجع الأجنبي</translation>
    </message>
    <message>
        <source>Requesting state</source>
        <translation>الدولة الطالبة</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>الدولة المطلوب منها</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الورود</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the date of a deadline, %2 how it stands (&quot;overdue by 3 day(s)&quot;, &quot;due today&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next deadline (%1): %2</source>
        <extracomment>%1 is the kind of deadline (&quot;decision&quot;), %2 its date.</extracomment>
        <translation>الأجل التالي (%1): %2</translation>
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation>الأجل التالي: %1</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <extracomment>The date of the next deadline a request must meet.</extracomment>
        <translation>الأجل التالي</translation>
    </message>
</context>
<context>
    <name>Masar::RequestReader</name>
    <message>
        <source>There is no request “%1”.</source>
        <translation>لا يوجد طلب «%1».</translation>
    </message>
    <message>
        <source>Request “%1” has no document “%2”.</source>
        <translation>لا توجد في الطلب «%1» وثيقة «%2».</translation>
    </message>
</context>
<context>
    <name>Masar::RequestService</name>
    <message>
        <source>The request was not created:</source>
        <translation>لم يُنشأ الطلب:</translation>
    </message>
    <message>
        <source>there is no request “%1”</source>
        <translation>لا يوجد طلب «%1»</translation>
    </message>
    <message>
        <source>The history does not record which state the request was in before “%1”, so it cannot go back.</source>
        <translation>لا يسجل السجل الحالة التي كان عليها الطلب قبل «%1»، فلا يمكن الرجوع إليها.</translation>
    </message>
    <message>
        <source>Request %1 may be the same request: check before going on.</source>
        <translation>قد يكون الطلب %1 هو الطلب نفسه: تحقّق قبل المتابعة.</translation>
    </message>
    <message>
        <source>Request %1 was not changed:</source>
        <translation>لم يُغيَّر الطلب %1:</translation>
    </message>
    <message>
        <source>“%1” is recorded when a request&apos;s details are edited; it is not taken on its own.</source>
        <translation>تُسجَّل «%1» عند تعديل بيانات الطلب؛ ولا تُتخذ وحدها.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 was changed after you opened it (%n change(s)), last by %2 on %3: “%4”. Nothing was saved; open it again and redo your changes.</source>
        <translation>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (دون تغييرات)، آخرها من %2 في %3: «%4». لم يُحفظ شيء؛ افتحه من جديد وأعد تغييراتك.</numerusform>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (تغيير واحد)، آخره من %2 في %3: «%4». لم يُحفظ شيء؛ افتحه من جديد وأعد تغييراتك.</numerusform>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (تغييران)، آخرهما من %2 في %3: «%4». لم يُحفظ شيء؛ افتحه من جديد وأعد تغييراتك.</numerusform>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (%n تغييرات)، آخرها من %2 في %3: «%4». لم يُحفظ شيء؛ افتحه من جديد وأعد تغييراتك.</numerusform>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (%n تغييرًا)، آخرها من %2 في %3: «%4». لم يُحفظ شيء؛ افتحه من جديد وأعد تغييراتك.</numerusform>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (%n تغيير)، آخرها من %2 في %3: «%4». لم يُحفظ شيء؛ افتحه من جديد وأعد تغييراتك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: the details of request %1 are as they were.</source>
        <translation>لم يتغير شيء: بيانات الطلب %1 كما كانت.</translation>
    </message>
    <message>
        <source>The request was not found.</source>
        <translation>لم يُعثر على الطلب.</translation>
    </message>
    <message>
        <source>No request was given.</source>
        <translation>لم يُذكر أي طلب.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a request&apos;s reference, %2 why the step was refused on it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The step “%1” was taken on none of the %Ln request(s), because of:</source>
        <translation>
            <numerusform>لم تُتخذ الخطوة «%1» على أي طلب، للأسباب التالية:</numerusform>
            <numerusform>لم تُتخذ الخطوة «%1» على الطلب، للأسباب التالية:</numerusform>
            <numerusform>لم تُتخذ الخطوة «%1» على أي من الطلبين، للأسباب التالية:</numerusform>
            <numerusform>لم تُتخذ الخطوة «%1» على أي من الطلبات الـ%Ln، للأسباب التالية:</numerusform>
            <numerusform>لم تُتخذ الخطوة «%1» على أي من الطلبات الـ%Ln، للأسباب التالية:</numerusform>
            <numerusform>لم تُتخذ الخطوة «%1» على أي من الطلبات الـ%Ln، للأسباب التالية:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A step is taken on at most %Ln requests at once.</source>
        <translation>
            <numerusform>لا تُتخذ خطوة على أي طلب دفعة واحدة.</numerusform>
            <numerusform>تُتخذ الخطوة على طلب واحد على الأكثر دفعة واحدة.</numerusform>
            <numerusform>تُتخذ الخطوة على طلبين على الأكثر دفعة واحدة.</numerusform>
            <numerusform>تُتخذ الخطوة على %Ln طلبات على الأكثر دفعة واحدة.</numerusform>
            <numerusform>تُتخذ الخطوة على %Ln طلبًا على الأكثر دفعة واحدة.</numerusform>
            <numerusform>تُتخذ الخطوة على %Ln طلب على الأكثر دفعة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change does not say which version of request %1 it was made on; nothing was saved.</source>
        <translation>لا يبيّن التغيير على أي نسخة من الطلب %1 أُجري؛ لم يُحفظ شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 was changed after you opened it (%n change(s)), last by %2 on %3: “%4”. “%5” was not taken; look at the request again first.</source>
        <extracomment>%1 a reference, %2 a user, %3 a date and time, %4 the last step taken; %5 the step refused.</extracomment>
        <translation>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (دون تغييرات)، آخرها من %2 في %3: «%4». لم يُتَّخذ إجراء «%5»؛ راجع الطلب من جديد أولًا.</numerusform>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (تغيير واحد)، آخره من %2 في %3: «%4». لم يُتَّخذ إجراء «%5»؛ راجع الطلب من جديد أولًا.</numerusform>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (تغييران)، آخرهما من %2 في %3: «%4». لم يُتَّخذ إجراء «%5»؛ راجع الطلب من جديد أولًا.</numerusform>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (%n تغييرات)، آخرها من %2 في %3: «%4». لم يُتَّخذ إجراء «%5»؛ راجع الطلب من جديد أولًا.</numerusform>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (%n تغييرًا)، آخرها من %2 في %3: «%4». لم يُتَّخذ إجراء «%5»؛ راجع الطلب من جديد أولًا.</numerusform>
            <numerusform>تغيَّر الطلب %1 بعد أن فتحته (%n تغيير)، آخرها من %2 في %3: «%4». لم يُتَّخذ إجراء «%5»؛ راجع الطلب من جديد أولًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RequestValidator</name>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>أطول من %n حرف</numerusform>
            <numerusform>أطول من حرف واحد</numerusform>
            <numerusform>أطول من حرفين</numerusform>
            <numerusform>أطول من %n أحرف</numerusform>
            <numerusform>أطول من %n حرفًا</numerusform>
            <numerusform>أطول من %n حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» ليست من القيم: %2</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>«%1» مذكور مرتين</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 country code</source>
        <translation>«%1» ليس رمز دولة وفق ISO 3166-1</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>تاريخ في المستقبل</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… ولا مشكلات أخرى.</numerusform>
            <numerusform>… ومشكلة أخرى.</numerusform>
            <numerusform>… ومشكلتان أخريان.</numerusform>
            <numerusform>… و%n مشكلات أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>لم يُستورد شيء: لم توجد مشكلات.</numerusform>
            <numerusform>لم يُستورد شيء: وُجدت مشكلة واحدة.</numerusform>
            <numerusform>لم يُستورد شيء: وُجدت مشكلتان.</numerusform>
            <numerusform>لم يُستورد شيء: وُجدت %n مشكلات.</numerusform>
            <numerusform>لم يُستورد شيء: وُجدت %n مشكلة.</numerusform>
            <numerusform>لم يُستورد شيء: وُجدت %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not of the form IN-YYYY-NNNN or OUT-YYYY-NNNN</source>
        <translation>«%1» ليس بالصيغة IN-YYYY-NNNN أو OUT-YYYY-NNNN</translation>
    </message>
    <message>
        <source>“%1” does not begin with %2 as a reference of this direction must</source>
        <translation>«%1» لا يبدأ بـ%2 كما يجب لمرجع في هذا الاتجاه</translation>
    </message>
    <message>
        <source>is given but the request is not closed</source>
        <translation>مذكور مع أن الطلب غير مغلق</translation>
    </message>
    <message>
        <source>is the same as the requesting country</source>
        <translation>هي نفسها الدولة الطالبة</translation>
    </message>
    <message>
        <source>must name the bilateral treaty and its article</source>
        <translation>يجب أن يذكر المعاهدة الثنائية ومادتها</translation>
    </message>
    <message>
        <source>is required for an urgent request</source>
        <translation>مطلوب في الطلب العاجل</translation>
    </message>
    <message>
        <source>is required for an incoming request</source>
        <translation>مطلوب في الطلب الوارد</translation>
    </message>
    <message>
        <source>is only for outgoing requests</source>
        <translation>للطلبات الصادرة فقط</translation>
    </message>
    <message>
        <source>is only for incoming requests</source>
        <translation>للطلبات الواردة فقط</translation>
    </message>
    <message>
        <source>is before the date the request was received</source>
        <translation>سابق لتاريخ ورود الطلب</translation>
    </message>
    <message>
        <source>is before the date the request was sent</source>
        <translation>سابق لتاريخ إرسال الطلب</translation>
    </message>
    <message>
        <source>is mandatory for every person</source>
        <translation>إلزامي لكل شخص</translation>
    </message>
    <message>
        <source>a request cannot be linked to itself</source>
        <translation>لا يمكن ربط الطلب بنفسه</translation>
    </message>
    <message>
        <source>“%1” is linked twice</source>
        <translation>«%1» مربوط مرتين</translation>
    </message>
    <message>
        <source>is earlier than the entry before it</source>
        <translation>أقدم من القيد الذي يسبقه</translation>
    </message>
    <message>
        <source>ends in state “%1” but the request is in state “%2”</source>
        <translation>ينتهي بالحالة «%1» بينما الطلب في الحالة «%2»</translation>
    </message>
    <message>
        <source>“%1” is not a state of incoming requests</source>
        <translation>«%1» ليست حالة من حالات الطلبات الواردة</translation>
    </message>
    <message>
        <source>“%1” is not a state of outgoing requests</source>
        <translation>«%1» ليست حالة من حالات الطلبات الصادرة</translation>
    </message>
    <message>
        <source>is given but the request is not sent yet (state “%1”)</source>
        <translation>مذكور مع أن الطلب لم يُرسَل بعد (الحالة «%1»)</translation>
    </message>
    <message>
        <source>is required for an outgoing request closed as “%1”</source>
        <translation>مطلوب في الطلب الصادر المغلق بوصف «%1»</translation>
    </message>
    <message>
        <source>is required once an outgoing request is sent (state “%1”)</source>
        <translation>مطلوب في الطلب الصادر متى أُرسِل (الحالة «%1»)</translation>
    </message>
</context>
<context>
    <name>Masar::Role</name>
    <message>
        <source>Officer</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>Clerk</source>
        <extracomment>Staff who read and print status summaries and change nothing.</extracomment>
        <translation>كاتب</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
</context>
<context>
    <name>Masar::RuleDialog</name>
    <message>
        <source>Set a deadline rule</source>
        <translation>تحديد قاعدة أجل</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>الأجل:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>الأساس القانوني:(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>المهلة:(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Counted in:</source>
        <translation>وحدة الحساب:(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>المصدر:(&amp;S)</translation>
    </message>
    <message>
        <source>Where the period comes from, e.g. Circular 2026/4</source>
        <translation>مصدر المهلة، مثل التعميم 2026/4</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>تحديد</translation>
    </message>
</context>
<context>
    <name>Masar::SavedFile</name>
    <message>
        <source>%1 could not be written (%2), and nothing was saved there. Choose a folder you may write to, or make room on its disk, and try again.</source>
        <extracomment>%1 a file, %2 why it could not be written (from the system).</extracomment>
        <translation>تعذّرت كتابة %1 (%2)، ولم يُحفظ فيه شيء. اختر مجلدًا يحق لك الكتابة فيه، أو أفرغ مساحة على قرصه، ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>Masar::Sql</name>
    <message>
        <source>The database is locked by another program. Nothing was written; try again in a moment.</source>
        <translation>قاعدة البيانات مقفلة من برنامج آخر. لم يُكتب شيء؛ أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The database is read-only. Nothing was written.</source>
        <translation>قاعدة البيانات للقراءة فقط. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>القرص ممتلئ. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The database could not be read or written (%1).</source>
        <translation>تعذّرت قراءة قاعدة البيانات أو الكتابة فيها (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database (%1).</source>
        <translation>ملف قاعدة البيانات تالف أو ليس قاعدة بيانات (%1).</translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1).</source>
        <translation>يتعذّر فتح ملف قاعدة البيانات (%1).</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>أبلغت قاعدة البيانات عن خطأ: %1</translation>
    </message>
</context>
<context>
    <name>Masar::SqliteDialect</name>
    <message>
        <source>The database did not report the new row&apos;s id.</source>
        <translation>لم تُبلغ قاعدة البيانات عن معرّف الصف الجديد.</translation>
    </message>
    <message>
        <source>The database gave no answer to “%1”.</source>
        <translation>لم تُجب قاعدة البيانات عن «%1».</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تتعذّر قراءة الملف: %1</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>قاعدة البيانات تالفة (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The database is damaged: %n row(s) refer to rows that do not exist.</source>
        <translation>
            <numerusform>قاعدة البيانات تالفة: لا صفوف تشير إلى صفوف غير موجودة.</numerusform>
            <numerusform>قاعدة البيانات تالفة: صف واحد يشير إلى صفوف غير موجودة.</numerusform>
            <numerusform>قاعدة البيانات تالفة: صفان يشيران إلى صفوف غير موجودة.</numerusform>
            <numerusform>قاعدة البيانات تالفة: %n صفوف تشير إلى صفوف غير موجودة.</numerusform>
            <numerusform>قاعدة البيانات تالفة: %n صفًا يشير إلى صفوف غير موجودة.</numerusform>
            <numerusform>قاعدة البيانات تالفة: %n صف يشير إلى صفوف غير موجودة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging (journal mode is %1).</source>
        <translation>لا يمكن لقاعدة البيانات استعمال سجل الكتابة المسبقة (وضع السجل %1).</translation>
    </message>
</context>
<context>
    <name>Masar::Startup</name>
    <message>
        <source>Masar cannot start</source>
        <translation>يتعذّر تشغيل مسار</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The interface language: ar, fr or en.</source>
        <translation>لغة الواجهة: ar أو fr أو en.</translation>
    </message>
</context>
<context>
    <name>Masar::State</name>
    <message>
        <source>Received</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد الدراسة</translation>
    </message>
    <message>
        <source>Awaiting information</source>
        <translation>في انتظار معلومات</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>قيد التشاور</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>In execution</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>مؤجَّل</translation>
    </message>
    <message>
        <source>Partially executed</source>
        <translation>منفَّذ جزئيًا</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>منفَّذ</translation>
    </message>
    <message>
        <source>Results sent</source>
        <translation>أُرسلت النتائج</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In translation</source>
        <translation>قيد الترجمة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>أُكِّد استلامه</translation>
    </message>
    <message>
        <source>Information requested from us</source>
        <translation>طُلبت منا معلومات</translation>
    </message>
    <message>
        <source>In execution abroad</source>
        <translation>قيد التنفيذ في الخارج</translation>
    </message>
    <message>
        <source>Postponed abroad</source>
        <translation>مؤجَّل في الخارج</translation>
    </message>
    <message>
        <source>Partial results received</source>
        <translation>وردت نتائج جزئية</translation>
    </message>
    <message>
        <source>Results received</source>
        <translation>وردت النتائج</translation>
    </message>
    <message>
        <source>Results forwarded</source>
        <translation>أُحيلت النتائج</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
</context>
<context>
    <name>Masar::StatusReport</name>
    <message>
        <source>No partner country</source>
        <translation>بلا دولة شريكة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>لا متأخر</numerusform>
            <numerusform>واحد متأخر</numerusform>
            <numerusform>اثنان متأخران</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرًا</numerusform>
            <numerusform>%Ln متأخر</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was stopped.</source>
        <translation>أُوقف التقرير.</translation>
    </message>
    <message>
        <source>Status report</source>
        <extracomment>The title of the printed report on many requests.</extracomment>
        <translation>تقرير الحالة</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>Under the title of a status report.</extracomment>
        <translation>في %1</translation>
    </message>
    <message>
        <source>Requests covered</source>
        <translation>الطلبات المشمولة</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>عامل التصفية</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>كل الطلبات</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>التجميع حسب</translation>
    </message>
    <message>
        <source>state</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>partner country</source>
        <translation>الدولة الشريكة</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>الدولة الشريكة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>No request matches the filter.</source>
        <translation>لا يطابق عاملَ التصفية أيُّ طلب.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>الأجل القادم</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Masar::StatusSummary</name>
    <message>
        <source>Request status summary</source>
        <extracomment>The title of the printed status summary of one request.</extracomment>
        <translation>ملخص حالة الطلب</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <extracomment>Under the title of a status summary: %1 is our reference, %2 a date.</extracomment>
        <translation>%1 — في %2</translation>
    </message>
    <message>
        <source>References</source>
        <translation>المراجع</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>مرجعنا</translation>
    </message>
    <message>
        <source>Foreign reference</source>
        <translation>المرجع الأجنبي</translation>
    </message>
    <message>
        <source>Executing authority&apos;s reference</source>
        <translation>مرجع الجهة المنفذة</translation>
    </message>
    <message>
        <source>Eurojust reference</source>
        <translation>مرجع يوروجست</translation>
    </message>
    <message>
        <source>Interpol reference</source>
        <translation>مرجع الإنتربول</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Requesting state</source>
        <translation>الدولة الطالبة</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>الدولة المطلوب منها</translation>
    </message>
    <message>
        <source>Executing authority</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>قناة الإحالة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>السرية</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الورود</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Reply requested by</source>
        <translation>الرد مطلوب قبل</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>لا شيء مسجل.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>أين وصل الطلب</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>المرحلة الحالية</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>None running</source>
        <translation>لا أجل جاريًا</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>الأجل القادم</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>الجرائم</translation>
    </message>
    <message>
        <source>Measures requested</source>
        <translation>التدابير المطلوبة</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>ملخص الوقائع</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) named in the request, not printed (personal data).</source>
        <extracomment>In a printed summary printed without personal data.</extracomment>
        <translation>
            <numerusform>لا أشخاص مذكورون في الطلب.</numerusform>
            <numerusform>شخص واحد مذكور في الطلب، لم يُطبع (بيانات شخصية).</numerusform>
            <numerusform>شخصان مذكوران في الطلب، لم يُطبعا (بيانات شخصية).</numerusform>
            <numerusform>%Ln أشخاص مذكورون في الطلب، لم يُطبعوا (بيانات شخصية).</numerusform>
            <numerusform>%Ln شخصًا مذكورًا في الطلب، لم يُطبعوا (بيانات شخصية).</numerusform>
            <numerusform>%Ln شخص مذكور في الطلب، لم يُطبعوا (بيانات شخصية).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
</context>
<context>
    <name>Masar::Step</name>
    <message>
        <source>Log receipt</source>
        <translation>تسجيل الورود</translation>
    </message>
    <message>
        <source>Register</source>
        <extracomment>The verb: give a received request our reference and send the acknowledgement.</extracomment>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Return as deficient</source>
        <translation>إعادة لعدم الاستيفاء</translation>
    </message>
    <message>
        <source>Forward to the competent authority</source>
        <translation>إحالة إلى الجهة المختصة</translation>
    </message>
    <message>
        <source>Close as duplicate</source>
        <translation>إغلاق لأنه مكرر</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>بدء الدراسة</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>طلب معلومات</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>ورود المعلومات</translation>
    </message>
    <message>
        <source>Close as lapsed</source>
        <translation>إغلاق لعدم الرد</translation>
    </message>
    <message>
        <source>Consult the requesting state</source>
        <translation>التشاور مع الدولة الطالبة</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Postpone execution</source>
        <translation>تأجيل التنفيذ</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>The verb: resume a postponed execution.</extracomment>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Transmit to executing authority</source>
        <translation>إحالة إلى الجهة المنفذة</translation>
    </message>
    <message>
        <source>Record partial results</source>
        <translation>تسجيل نتائج جزئية</translation>
    </message>
    <message>
        <source>All measures resolved</source>
        <translation>تسوية جميع التدابير</translation>
    </message>
    <message>
        <source>Send results</source>
        <translation>إرسال النتائج</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>إنشاء مسودة</translation>
    </message>
    <message>
        <source>Send for translation</source>
        <translation>إرسال للترجمة</translation>
    </message>
    <message>
        <source>Send to the requested state</source>
        <translation>إرسال إلى الدولة المطلوب منها</translation>
    </message>
    <message>
        <source>Record acknowledgement</source>
        <translation>تسجيل الإشعار بالاستلام</translation>
    </message>
    <message>
        <source>Record execution abroad</source>
        <translation>تسجيل التنفيذ في الخارج</translation>
    </message>
    <message>
        <source>Record a request for information</source>
        <translation>تسجيل طلب معلومات</translation>
    </message>
    <message>
        <source>Reply with information</source>
        <translation>الرد بالمعلومات</translation>
    </message>
    <message>
        <source>Record postponement abroad</source>
        <translation>تسجيل التأجيل في الخارج</translation>
    </message>
    <message>
        <source>Record resumption abroad</source>
        <translation>تسجيل الاستئناف في الخارج</translation>
    </message>
    <message>
        <source>Record partial results received</source>
        <translation>تسجيل ورود نتائج جزئية</translation>
    </message>
    <message>
        <source>Record results received</source>
        <translation>تسجيل ورود النتائج</translation>
    </message>
    <message>
        <source>Forward results</source>
        <translation>إحالة النتائج</translation>
    </message>
    <message>
        <source>Record refusal abroad</source>
        <translation>تسجيل الرفض في الخارج</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>The verb: close the request for good, with its disposition.</extracomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Withdrawn by the requesting state</source>
        <translation>سحب من الدولة الطالبة</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>تمديد الأجل</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>تغيير الأولوية</translation>
    </message>
    <message>
        <source>Change confidentiality</source>
        <translation>تغيير درجة السرية</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>إعادة الإسناد</translation>
    </message>
    <message>
        <source>Record the result of a measure</source>
        <translation>تسجيل نتيجة تدبير</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>إضافة وثيقة</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>Amend details</source>
        <extracomment>Correct or complete a request&apos;s details (authorities, references, persons, measures, links).</extracomment>
        <translation>تعديل البيانات</translation>
    </message>
</context>
<context>
    <name>Masar::StepDialog</name>
    <message>
        <source>Attach a document</source>
        <translation>إرفاق مستند</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From “%1” to “%2”.</source>
        <extracomment>%1 is a request&apos;s state now, %2 the state the step leads to.</extracomment>
        <translation>من «%1» إلى «%2».</translation>
    </message>
    <message>
        <source>From “%1” back to the state before it.</source>
        <translation>من «%1» عودةً إلى الحالة السابقة.</translation>
    </message>
    <message>
        <source>The request stays “%1”.</source>
        <translation>يبقى الطلب «%1».</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <extracomment>A field the step cannot be taken without.</extracomment>
        <translation>%1 (إلزامي):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>السبب (إلزامي):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln request(s)</source>
        <extracomment>%1 a step, %Ln the number of requests it is taken on.</extracomment>
        <translation>
            <numerusform>%1 — لا طلبات</numerusform>
            <numerusform>%1 — طلب واحد</numerusform>
            <numerusform>%1 — طلبان</numerusform>
            <numerusform>%1 — %Ln طلبات</numerusform>
            <numerusform>%1 — %Ln طلبًا</numerusform>
            <numerusform>%1 — %Ln طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <extracomment>After the first few references of the requests a step is taken on.</extracomment>
        <translation>
            <numerusform>ولا غيرها</numerusform>
            <numerusform>وطلب آخر</numerusform>
            <numerusform>وطلبان آخران</numerusform>
            <numerusform>و%Ln طلبات أخرى</numerusform>
            <numerusform>و%Ln طلبًا آخر</numerusform>
            <numerusform>و%Ln طلب آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::StepEffects</name>
    <message>
        <source>The request&apos;s %1 is already “%2”.</source>
        <extracomment>%1 a field of a request (&quot;the priority&quot;), %2 its value.</extracomment>
        <translation>قيمة «%1» في الطلب هي «%2» أصلًا.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 has no measure %2; it has %n measure(s).</source>
        <translation>
            <numerusform>ليس في الطلب %1 التدبير %2؛ وليس فيه أي تدبير.</numerusform>
            <numerusform>ليس في الطلب %1 التدبير %2؛ وفيه تدبير واحد.</numerusform>
            <numerusform>ليس في الطلب %1 التدبير %2؛ وفيه تدبيران.</numerusform>
            <numerusform>ليس في الطلب %1 التدبير %2؛ وفيه %n تدابير.</numerusform>
            <numerusform>ليس في الطلب %1 التدبير %2؛ وفيه %n تدبيرًا.</numerusform>
            <numerusform>ليس في الطلب %1 التدبير %2؛ وفيه %n تدبير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 has several measures of type “%2”: give its number instead.</source>
        <translation>في الطلب %1 عدة تدابير من نوع «%2»: اذكر رقم التدبير بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Request %1 has no measure “%2”.</source>
        <translation>ليس في الطلب %1 تدبير «%2».</translation>
    </message>
    <message>
        <source>Measure %1 (%2) is already “%3”.</source>
        <translation>التدبير %1 (%2) حالته «%3» بالفعل.</translation>
    </message>
    <message>
        <source>A request cannot be a duplicate of itself.</source>
        <translation>لا يمكن أن يكون الطلب مكررًا لنفسه.</translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation>يجب أن يكون للوثيقة اسم.</translation>
    </message>
    <message>
        <source>Request “%1” already has a document “%2”.</source>
        <translation>في الطلب «%1» وثيقة «%2» بالفعل.</translation>
    </message>
</context>
<context>
    <name>Masar::StepField</name>
    <message>
        <source>refusal grounds</source>
        <translation>أسباب الرفض</translation>
    </message>
    <message>
        <source>article relied on</source>
        <translation>المادة المستند إليها</translation>
    </message>
    <message>
        <source>reply-by date</source>
        <translation>أجل الرد</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>date sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>new deadline</source>
        <translation>الأجل الجديد</translation>
    </message>
    <message>
        <source>receiving authority</source>
        <translation>الجهة المستلِمة</translation>
    </message>
    <message>
        <source>reference of the executing authority</source>
        <translation>مرجع الجهة المنفذة</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>مآل الطلب</translation>
    </message>
    <message>
        <source>foreign reference</source>
        <translation>المرجع الأجنبي</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>قناة الإحالة</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>درجة السرية</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>conditions of use</source>
        <translation>شروط الاستعمال</translation>
    </message>
    <message>
        <source>reference of the original request</source>
        <translation>مرجع الطلب الأصلي</translation>
    </message>
    <message>
        <source>measure (its number or type)</source>
        <translation>التدبير (رقمه أو نوعه)</translation>
    </message>
    <message>
        <source>result of the measure</source>
        <translation>نتيجة التدبير</translation>
    </message>
    <message>
        <source>document</source>
        <translation>الوثيقة</translation>
    </message>
</context>
<context>
    <name>Masar::StepRunner</name>
    <message>
        <source>%1: %2 done.</source>
        <translation>%1: تمّت خطوة «%2».</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>إعادة الإسناد</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln requests can be reassigned at once.</source>
        <translation>
            <numerusform>لا يمكن إعادة إسناد أي طلب دفعة واحدة.</numerusform>
            <numerusform>لا يمكن إعادة إسناد أكثر من طلب واحد دفعة واحدة.</numerusform>
            <numerusform>لا يمكن إعادة إسناد أكثر من طلبين دفعة واحدة.</numerusform>
            <numerusform>لا يمكن إعادة إسناد أكثر من %Ln طلبات دفعة واحدة.</numerusform>
            <numerusform>لا يمكن إعادة إسناد أكثر من %Ln طلبًا دفعة واحدة.</numerusform>
            <numerusform>لا يمكن إعادة إسناد أكثر من %Ln طلب دفعة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the requests to reassign first.</source>
        <translation>حدّد أولًا الطلبات المراد إعادة إسنادها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) reassigned.</source>
        <translation>
            <numerusform>لم يُعَد إسناد أي طلب.</numerusform>
            <numerusform>أُعيد إسناد طلب واحد.</numerusform>
            <numerusform>أُعيد إسناد طلبين.</numerusform>
            <numerusform>أُعيد إسناد %Ln طلبات.</numerusform>
            <numerusform>أُعيد إسناد %Ln طلبًا.</numerusform>
            <numerusform>أُعيد إسناد %Ln طلب.</numerusform>
        </translation>
    </message>
    <message>
        <source>The users of the register cannot be read: %1</source>
        <translation>تتعذّر قراءة مستخدمي السجل: %1</translation>
    </message>
</context>
<context>
    <name>Masar::Users</name>
    <message>
        <source>There is no user “%1”.</source>
        <translation>لا يوجد مستخدم «%1».</translation>
    </message>
    <message>
        <source>The user “%1” is no longer active.</source>
        <translation>المستخدم «%1» لم يعد نشطًا.</translation>
    </message>
    <message>
        <source>Only an administrator may add users. You are: %1.</source>
        <translation>لا يضيف المستخدمين إلا مسؤول النظام. دورك: %1.</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>يوجد بالفعل مستخدم «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a valid user name: use 1 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>«%1» ليس اسم مستخدم صالحًا: استعمل من 1 إلى 64 حرفًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية أو @.</translation>
    </message>
    <message>
        <source>Requests are assigned to officers and supervisors; “%1” is: %2.</source>
        <translation>تُسند الطلبات إلى الموظفين والمشرفين؛ ودور «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Masar::UsersDialog</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>أُضيف %1 بصفة %2.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>إضافة:(&amp;A)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Masar::WeekendDialog</name>
    <message>
        <source>Set the weekend</source>
        <translation>تحديد عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <source>The days of the week on which the administration of %1 does not work. From a day on, the rule before ends the day before, and earlier deadlines keep their days.</source>
        <translation>أيام الأسبوع التي لا تعمل فيها إدارة %1. إذا حُدّد يوم للبدء، انتهت القاعدة السابقة في اليوم الذي قبله، واحتفظت الآجال السابقة بأيامها.</translation>
    </message>
    <message>
        <source>Weekend days:</source>
        <translation>أيام عطلة نهاية الأسبوع:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>اعتبارًا من:(&amp;F)</translation>
    </message>
    <message>
        <source>Unchecked, the weekend is these days always.</source>
        <translation>إذا لم يُؤشَّر عليه، كانت عطلة نهاية الأسبوع هذه الأيام دائمًا.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>تحديد</translation>
    </message>
</context>
<context>
    <name>Masar::WelcomePage</name>
    <message>
        <source>Welcome to Masar</source>
        <translation>مرحبًا بك في مسار</translation>
    </message>
    <message>
        <source>The register is empty. Register the first request that has arrived; an administrator can also load a set of demonstration requests to show how Masar works.</source>
        <translation>السجل فارغ. سجِّل أول طلب ورد؛ ويمكن للمسؤول أيضًا تحميل مجموعة من الطلبات التجريبية لعرض طريقة عمل مسار.</translation>
    </message>
    <message>
        <source>The register is empty. Officers register requests; as %1 you add the people who work with Masar (Settings ▸ Users), or load a set of demonstration requests to see how Masar works.</source>
        <translation>السجل فارغ. يسجِّل الموظفون الطلبات؛ وبصفتك %1 تضيف من يعملون بمسار (الإعدادات ◂ المستخدمون)، أو تحمِّل مجموعة من الطلبات التجريبية لترى كيف يعمل مسار.</translation>
    </message>
    <message>
        <source>The register is empty: there is nothing to read yet. Officers register requests as they arrive.</source>
        <translation>السجل فارغ: لا شيء للاطلاع عليه بعد. يسجِّل الموظفون الطلبات حال ورودها.</translation>
    </message>
    <message>
        <source>&amp;Register the first request</source>
        <translation>تسجيل الطلب الأول(&amp;R)</translation>
    </message>
    <message>
        <source>Load &amp;demonstration data</source>
        <translation>تحميل البيانات التجريبية(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Masar::Workflow</name>
    <message>
        <source>acknowledgement due</source>
        <translation>الإشعار بالاستلام مستحق</translation>
    </message>
    <message>
        <source>decision due</source>
        <translation>القرار مستحق</translation>
    </message>
    <message>
        <source>paused; reply-by date set</source>
        <translation>متوقف؛ حُدد أجل للرد</translation>
    </message>
    <message>
        <source>execution due</source>
        <translation>التنفيذ مستحق</translation>
    </message>
    <message>
        <source>paused; review date set</source>
        <translation>متوقف؛ حُدد تاريخ للمراجعة</translation>
    </message>
    <message>
        <source>results to send</source>
        <translation>النتائج بانتظار الإرسال</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <source>translation due</source>
        <translation>الترجمة مستحقة</translation>
    </message>
    <message>
        <source>chase if unacknowledged</source>
        <translation>المتابعة إن لم يُؤكَّد الاستلام</translation>
    </message>
    <message>
        <source>our reply due</source>
        <translation>ردنا مستحق</translation>
    </message>
    <message>
        <source>chase periodically</source>
        <translation>متابعة دورية</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>forward due</source>
        <translation>الإحالة مستحقة</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>يسري</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Step “%1” needs every measure resolved; still pending: %2.</source>
        <translation>الإجراء «%1» يتطلب تسوية جميع التدابير؛ وما زال قيد الانتظار: %2.</translation>
    </message>
    <message>
        <source>every measure resolved</source>
        <translation>تسوية جميع التدابير</translation>
    </message>
    <message>
        <source>Only these roles may create a request: %1. You are: %2.</source>
        <translation>لا ينشئ الطلبات إلا هذه الأدوار: %1. دورك: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a step of incoming requests.</source>
        <translation>«%1» ليس من إجراءات الطلبات الواردة.</translation>
    </message>
    <message>
        <source>“%1” is not a step of outgoing requests.</source>
        <translation>«%1» ليس من إجراءات الطلبات الصادرة.</translation>
    </message>
    <message>
        <source>“%1” creates a new request; it cannot be taken on an existing one.</source>
        <translation>الإجراء «%1» ينشئ طلبًا جديدًا؛ ولا يُتخذ على طلب قائم.</translation>
    </message>
    <message>
        <source>Step “%1” cannot be taken in state “%2”. It can be taken in: %3.</source>
        <translation>لا يمكن اتخاذ الإجراء «%1» في الحالة «%2». يمكن اتخاذه في: %3.</translation>
    </message>
    <message>
        <source>Step “%1” may only be taken by: %2. You are: %3.</source>
        <translation>لا يتخذ الإجراء «%1» إلا: %2. دورك: %3.</translation>
    </message>
    <message>
        <source>Step “%1” does not take a date.</source>
        <translation>الإجراء «%1» لا يأخذ تاريخًا.</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>سبب</translation>
    </message>
    <message>
        <source>Step “%1” in state “%2” needs: %3.</source>
        <translation>الإجراء «%1» في الحالة «%2» يحتاج إلى: %3.</translation>
    </message>
    <message>
        <source>Step “%1” does not take: %2.</source>
        <translation>الإجراء «%1» لا يأخذ: %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date of the form YYYY-MM-DD.</source>
        <translation>%1: «%2» ليس تاريخًا بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1: ‏%2 تاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>%1: %2 is not after today.</source>
        <translation>%1: ‏%2 ليس بعد اليوم.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of: %3.</source>
        <translation>%1: «%2» ليست من القيم: %3.</translation>
    </message>
    <message>
        <source>%1: step “%2” closes a request only as: %3.</source>
        <translation>%1: الإجراء «%2» لا يغلق الطلب إلا بمآل: %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice.</source>
        <translation>%1: «%2» مذكور مرتين.</translation>
    </message>
    <message>
        <source>Step “%1” was not taken:</source>
        <translation>لم يُتخذ الإجراء «%1»:</translation>
    </message>
    <message>
        <source>(new request)</source>
        <translation>(طلب جديد)</translation>
    </message>
    <message>
        <source>any state</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>any open state</source>
        <translation>أي حالة مفتوحة</translation>
    </message>
</context>
<context>
    <name>Masar::WorkflowDocument</name>
    <message>
        <source>any open state</source>
        <translation>أي حالة مفتوحة</translation>
    </message>
    <message>
        <source>Incoming requests (we are the requested state)</source>
        <translation>الطلبات الواردة (نحن الدولة المطلوب منها)</translation>
    </message>
    <message>
        <source>Outgoing requests (we are the requesting state)</source>
        <translation>الطلبات الصادرة (نحن الدولة الطالبة)</translation>
    </message>
    <message>
        <source>%1 (to the state it closed from)</source>
        <translation>%1 (إلى الحالة التي أُغلق منها)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>who</source>
        <extracomment>Column: the roles that may take the step.</extracomment>
        <translation>من يتخذه</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>required data</source>
        <translation>البيانات المطلوبة</translation>
    </message>
    <message>
        <source>optional data</source>
        <translation>البيانات الاختيارية</translation>
    </message>
    <message>
        <source>clock</source>
        <extracomment>Column: what the step does to the deadline clock.</extracomment>
        <translation>عداد الأجل</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>(previous state)</source>
        <translation>(الحالة السابقة)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(دون تغيير)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>الطلبات الواردة</translation>
    </message>
    <message>
        <source>Outgoing requests</source>
        <translation>الطلبات الصادرة</translation>
    </message>
    <message>
        <source>States: %1</source>
        <translation>الحالات: %1</translation>
    </message>
</context>
<context>
    <name>Masar::WorkflowPanel</name>
    <message>
        <source>&amp;Workflow of:</source>
        <translation>مسار عمل (&amp;W):</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>الطلبات الواردة</translation>
    </message>
    <message>
        <source>Outgoing requests</source>
        <translation>الطلبات الصادرة</translation>
    </message>
</context>
<context>
    <name>Masar::WorkflowTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>the state it came from</source>
        <translation>الحالة التي جاء منها</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (اختياري)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من الحالة</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى الحالة</translation>
    </message>
    <message>
        <source>Who may take it</source>
        <translation>من يحق له اتخاذه</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Data asked for</source>
        <translation>البيانات المطلوبة</translation>
    </message>
    <message>
        <source>Deadline clock</source>
        <translation>عداد الأجل</translation>
    </message>
</context>
<context>
    <name>Masar::WorkingCalendar</name>
    <message>
        <source>Labour Day</source>
        <translation>عيد العمال</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate as RTL for a language written right to left, LTR otherwise.</comment>
        <translation>RTL</translation>
    </message>
</context>
</TS>
