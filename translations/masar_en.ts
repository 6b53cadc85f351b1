<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Masar::CalendarsPanel</name>
    <message numerus="yes">
        <source>%n holiday day(s) imported from %1 into %2.</source>
        <extracomment>%1 the file&apos;s name, %2 the calendar.</extracomment>
        <translation>
            <numerusform>%n holiday day imported from %1 into %2.</numerusform>
            <numerusform>%n holiday days imported from %1 into %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::CalendarCommands</name>
    <message numerus="yes">
        <source>“%1” confirmed in calendar %2 from %3 (computed: %4), %n day(s).</source>
        <extracomment>%1 the holiday, %2 the calendar, %3 the day announced, %4 the day computed.</extracomment>
        <translation>
            <numerusform>“%1” confirmed in calendar %2 from %3 (computed: %4), %n day.</numerusform>
            <numerusform>“%1” confirmed in calendar %2 from %3 (computed: %4), %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday day(s) imported into calendar %1.</source>
        <extracomment>%1 the calendar; the second sentence says how many of the file&apos;s days it had already.</extracomment>
        <translation>
            <numerusform>%n holiday day imported into calendar %1.</numerusform>
            <numerusform>%n holiday days imported into calendar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were there already.</source>
        <translation>
            <numerusform>%n was there already.</numerusform>
            <numerusform>%n were there already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::CliContext</name>
    <message numerus="yes">
        <source>Computing the deadlines of %Ln request(s)…</source>
        <translation>
            <numerusform>Computing the deadlines of %Ln request…</numerusform>
            <numerusform>Computing the deadlines of %Ln requests…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::DashboardCommand</name>
    <message numerus="yes">
        <source>Dashboard as of %1; due soon: within %n day(s).</source>
        <translation>
            <numerusform>Dashboard as of %1; due soon: within %n day.</numerusform>
            <numerusform>Dashboard as of %1; due soon: within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due within %n day(s)</source>
        <translation>
            <numerusform>due within %n day</numerusform>
            <numerusform>due within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::DemoCommand</name>
    <message numerus="yes">
        <source>Loaded %n demo request(s), assigned to these users:</source>
        <translation>
            <numerusform>Loaded %n demo request, assigned to these users:</numerusform>
            <numerusform>Loaded %n demo requests, assigned to these users:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::EditCommand</name>
    <message numerus="yes">
        <source>there is no number %1: the request has %n of them</source>
        <translation>
            <numerusform>there is no number %1: the request has %n of them</numerusform>
            <numerusform>there is no number %1: the request has %n of them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::LetterheadCommands</name>
    <message numerus="yes">
        <source>Logo: %1, %Ln byte(s).</source>
        <extracomment>%1 a media type (“image/png”); %Ln its size.</extracomment>
        <translation>
            <numerusform>Logo: %1, %Ln byte.</numerusform>
            <numerusform>Logo: %1, %Ln bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::ReassignCommand</name>
    <message numerus="yes">
        <source>Reassigned %n request(s) to %1.</source>
        <translation>
            <numerusform>Reassigned %n request to %1.</numerusform>
            <numerusform>Reassigned %n requests to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::ReportCommands</name>
    <message numerus="yes">
        <source>Wrote %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%Ln page).</numerusform>
            <numerusform>Wrote %1 (%Ln pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::RequestCommands</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::RequestText</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::TransferCommands</name>
    <message numerus="yes">
        <source>Imported %n request(s).</source>
        <translation>
            <numerusform>Imported %n request.</numerusform>
            <numerusform>Imported %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::ConfirmHolidayDialog</name>
    <message numerus="yes">
        <source>%1 (%n day(s) later)</source>
        <translation>
            <numerusform>%1 (%n day later)</numerusform>
            <numerusform>%1 (%n days later)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) earlier)</source>
        <translation>
            <numerusform>%1 (%n day earlier)</numerusform>
            <numerusform>%1 (%n days earlier)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DashboardWindow</name>
    <message numerus="yes">
        <source>Due within %Ln day(s)</source>
        <translation>
            <numerusform>Due within %Ln day</numerusform>
            <numerusform>Due within %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineCalculator</name>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln working day</numerusform>
            <numerusform>%Ln working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Urgent: half of %Ln day(s).</source>
        <translation>
            <numerusform>Urgent: half of %Ln day.</numerusform>
            <numerusform>Urgent: half of %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused from %1 to %2: %Ln day(s) added.</source>
        <translation>
            <numerusform>Paused from %1 to %2: %Ln day added.</numerusform>
            <numerusform>Paused from %1 to %2: %Ln days added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineStatus</name>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>overdue by %Ln day</numerusform>
            <numerusform>overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>due in %Ln day</numerusform>
            <numerusform>due in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DemoCatalogue</name>
    <message numerus="yes">
        <source>has more than %n events of the request on one day</source>
        <translation>
            <numerusform>has more than %n event of the request on one day</numerusform>
            <numerusform>has more than %n events of the request on one day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The demo catalogue has %n problem(s):</source>
        <translation>
            <numerusform>The demo catalogue has %n problem:</numerusform>
            <numerusform>The demo catalogue has %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DemoData</name>
    <message numerus="yes">
        <source>The demo data is loaded only into a register without requests; this one has %n request(s).</source>
        <translation>
            <numerusform>The demo data is loaded only into a register without requests; this one has %n request.</numerusform>
            <numerusform>The demo data is loaded only into a register without requests; this one has %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DeskStatusBar</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) shown</source>
        <translation>
            <numerusform>%Ln request shown</numerusform>
            <numerusform>%Ln requests shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::HolidayFile</name>
    <message numerus="yes">
        <source>“%1” is larger than a calendar file may be (%Ln bytes).</source>
        <translation>
            <numerusform>“%1” is larger than a calendar file may be (%Ln byte).</numerusform>
            <numerusform>“%1” is larger than a calendar file may be (%Ln bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::ListExportRunner</name>
    <message numerus="yes">
        <source>%Ln request(s) written to %1.</source>
        <extracomment>%Ln requests, %1 the file.</extracomment>
        <translation>
            <numerusform>%Ln request written to %1.</numerusform>
            <numerusform>%Ln requests written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::OverdueNoticeBar</name>
    <message numerus="yes">
        <source>%Ln request(s) became overdue since you last looked on %1: %2</source>
        <extracomment>%Ln requests; %1 the day the user last looked; %2 the first references, as links.</extracomment>
        <translation>
            <numerusform>%Ln request became overdue since you last looked on %1: %2</numerusform>
            <numerusform>%Ln requests became overdue since you last looked on %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more.</source>
        <extracomment>After the first few references of requests that became overdue.</extracomment>
        <translation>
            <numerusform>and %Ln more.</numerusform>
            <numerusform>and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::PrintDialog</name>
    <message numerus="yes">
        <source>Status report of the %Ln request(s) listed</source>
        <translation>
            <numerusform>Status report of the %Ln request listed</numerusform>
            <numerusform>Status report of the %Ln requests listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RecomputeDialog</name>
    <message numerus="yes">
        <source>Stopped: %Ln request(s) still wait to be computed; Masar computes them when it next starts.</source>
        <translation>
            <numerusform>Stopped: %Ln request still waits to be computed; Masar computes it when it next starts.</numerusform>
            <numerusform>Stopped: %Ln requests still wait to be computed; Masar computes them when it next starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are listed.</source>
        <translation>
            <numerusform>The first %Ln is listed.</numerusform>
            <numerusform>The first %Ln are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RecomputeReport</name>
    <message numerus="yes">
        <source>%Ln open deadline(s) recomputed</source>
        <translation>
            <numerusform>%Ln open deadline recomputed</numerusform>
            <numerusform>%Ln open deadlines recomputed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <extracomment>How many of the deadlines recomputed fall on another day now.</extracomment>
        <translation>
            <numerusform>%Ln moved</numerusform>
            <numerusform>%Ln moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RegistrationRunner</name>
    <message numerus="yes">
        <source>Loaded %n demonstration request(s).</source>
        <translation>
            <numerusform>Loaded %n demonstration request.</numerusform>
            <numerusform>Loaded %n demonstration requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RequestCsv</name>
    <message numerus="yes">
        <source>%1: has %n cell(s) but the header has %2</source>
        <translation>
            <numerusform>%1: has %n cell but the header has %2</numerusform>
            <numerusform>%1: has %n cells but the header has %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RequestFilterBar</name>
    <message numerus="yes">
        <source>Due within %Ln day(s)</source>
        <translation>
            <numerusform>Due within %Ln day</numerusform>
            <numerusform>Due within %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RequestService</name>
    <message numerus="yes">
        <source>Request %1 was changed after you opened it (%n change(s)), last by %2 on %3: “%4”. Nothing was saved; open it again and redo your changes.</source>
        <translation>
            <numerusform>Request %1 was changed after you opened it (%n change), last by %2 on %3: “%4”. Nothing was saved; open it again and redo your changes.</numerusform>
            <numerusform>Request %1 was changed after you opened it (%n changes), last by %2 on %3: “%4”. Nothing was saved; open it again and redo your changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The step “%1” was taken on none of the %Ln request(s), because of:</source>
        <translation>
            <numerusform>The step “%1” was not taken on the request, because of:</numerusform>
            <numerusform>The step “%1” was taken on none of the %Ln requests, because of:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A step is taken on at most %Ln requests at once.</source>
        <translation>
            <numerusform>A step is taken on at most %Ln request at once.</numerusform>
            <numerusform>A step is taken on at most %Ln requests at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 was changed after you opened it (%n change(s)), last by %2 on %3: “%4”. “%5” was not taken; look at the request again first.</source>
        <extracomment>%1 a reference, %2 a user, %3 a date and time, %4 the last step taken; %5 the step refused.</extracomment>
        <translation>
            <numerusform>Request %1 was changed after you opened it (%n change), last by %2 on %3: “%4”. “%5” was not taken; look at the request again first.</numerusform>
            <numerusform>Request %1 was changed after you opened it (%n changes), last by %2 on %3: “%4”. “%5” was not taken; look at the request again first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RequestValidator</name>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>is longer than %n character</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::SqliteDialect</name>
    <message numerus="yes">
        <source>The database is damaged: %n row(s) refer to rows that do not exist.</source>
        <translation>
            <numerusform>The database is damaged: %n row refers to rows that do not exist.</numerusform>
            <numerusform>The database is damaged: %n rows refer to rows that do not exist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::StatusReport</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::StatusSummary</name>
    <message numerus="yes">
        <source>%Ln person(s) named in the request, not printed (personal data).</source>
        <extracomment>In a printed summary printed without personal data.</extracomment>
        <translation>
            <numerusform>%Ln person named in the request, not printed (personal data).</numerusform>
            <numerusform>%Ln persons named in the request, not printed (personal data).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::StepDialog</name>
    <message numerus="yes">
        <source>%1 — %Ln request(s)</source>
        <extracomment>%1 a step, %Ln the number of requests it is taken on.</extracomment>
        <translation>
            <numerusform>%1 — %Ln request</numerusform>
            <numerusform>%1 — %Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <extracomment>After the first few references of the requests a step is taken on.</extracomment>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::StepEffects</name>
    <message numerus="yes">
        <source>Request %1 has no measure %2; it has %n measure(s).</source>
        <translation>
            <numerusform>Request %1 has no measure %2; it has %n measure.</numerusform>
            <numerusform>Request %1 has no measure %2; it has %n measures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::StepRunner</name>
    <message numerus="yes">
        <source>At most %Ln requests can be reassigned at once.</source>
        <translation>
            <numerusform>At most %Ln request can be reassigned at once.</numerusform>
            <numerusform>At most %Ln requests can be reassigned at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) reassigned.</source>
        <translation>
            <numerusform>%Ln request reassigned.</numerusform>
            <numerusform>%Ln requests reassigned.</numerusform>
        </translation>
    </message>
</context>
</TS>
