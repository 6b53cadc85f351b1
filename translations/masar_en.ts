<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>Masar::MainWindow</name>
    <message numerus="yes">
        <source>%Ln incoming request(s)</source>
        <translation>
            <numerusform>%Ln incoming request</numerusform>
            <numerusform>%Ln incoming requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln outgoing request(s)</source>
        <translation>
            <numerusform>%Ln outgoing request</numerusform>
            <numerusform>%Ln outgoing requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still open</source>
        <translation>
            <numerusform>%Ln still open</numerusform>
            <numerusform>%Ln still open</numerusform>
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
    <name>Masar::RequestService</name>
    <message numerus="yes">
        <source>Request %1 has no measure %2; it has %n measure(s).</source>
        <translation>
            <numerusform>Request %1 has no measure %2; it has %n measure.</numerusform>
            <numerusform>Request %1 has no measure %2; it has %n measures.</numerusform>
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
</TS>
