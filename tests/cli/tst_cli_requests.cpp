// masar-cli end to end, creating requests with `new`: what is stored, how
// references are numbered, invalid input refused, likely duplicates warned of;
// a stored document written out with `document -o`, whole or not at all.
#include "CliHarness.h"
#include "ScratchDisk.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

class TestCliRequests : public QObject
{
    Q_OBJECT

private slots:
    void newRequest_data();
    void newRequest();
    void newNumbersPerDirection();
    void newRefusesInvalidInput_data();
    void newRefusesInvalidInput();
    void newWarnsOfLikelyDuplicate();
    void showsTheNextDeadlineAndWhy();
    void documentToAFile();
    void documentToAFileThatCannotBeWritten_data();
    void documentToAFileThatCannotBeWritten();

private:
    // A register with one request holding a stored document, "scan.pdf"; the request's reference.
    static QString withDocument(const Register& reg, const QByteArray& content);
};

void TestCliRequests::newRequest_data()
{
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("creationStep");

    QTest::newRow("incoming") << str("incoming") << str("IN") << str("received") << str("log_receipt");
    QTest::newRow("outgoing") << str("outgoing") << str("OUT") << str("draft") << str("create_draft");
}

void TestCliRequests::newRequest()
{
    QFETCH(QString, direction);
    QFETCH(QString, prefix);
    QFETCH(QString, state);
    QFETCH(QString, creationStep);

    Register reg;
    QVERIFY(reg.setUp());
    const bool incoming = direction == QLatin1String("incoming");
    const QString summary = str("طَلَبُ مُسَاعَدَةٍ – Ministère de l'Intérieur, « urgent »");
    const CliRun run = reg.as(
        QStringLiteral("officer"),
        {QStringLiteral("new"), QStringLiteral("--direction"), direction,
         QStringLiteral("--requesting-country"), incoming ? QStringLiteral("TN") : QStringLiteral("FR"),
         QStringLiteral("--requested-country"), incoming ? QStringLiteral("FR") : QStringLiteral("TN"),
         QStringLiteral("--legal-basis"), QStringLiteral("riyadh-1983,untoc"), QStringLiteral("--offences"),
         QStringLiteral("terrorism"), QStringLiteral("--summary"), summary, QStringLiteral("--person"),
         str("suspect:محمد بن علي:TN:1985-04-12")});
    QCOMPARE_EXIT(run, 0);
    const QString reference = QStringLiteral("%1-%2-0001").arg(prefix).arg(QDate::currentDate().year());
    QCOMPARE(run.out, reference + QLatin1Char('\n'));
    QCOMPARE(run.err, QString());
    QCOMPARE(reg.rows(QStringLiteral("requests")), 1);

    const QJsonObject request = reg.show(reference);
    QCOMPARE(request.value(QStringLiteral("reference")).toString(), reference);
    QCOMPARE(request.value(QStringLiteral("direction")).toString(), direction);
    QCOMPARE(request.value(QStringLiteral("state")).toString(), state);
    QVERIFY(request.value(QStringLiteral("disposition")).isNull());
    QCOMPARE(request.value(QStringLiteral("assignee")).toString(), QStringLiteral("officer"));
    QCOMPARE(request.value(QStringLiteral("summary")).toString(), summary);
    QCOMPARE(request.value(QStringLiteral("legal_basis")).toArray(),
             QJsonArray({QStringLiteral("riyadh-1983"), QStringLiteral("untoc")}));
    QCOMPARE(request.value(QStringLiteral("received_on")).toString(),
             incoming ? isoDate(QDate::currentDate()) : QString());
    const QJsonObject person = request.value(QStringLiteral("persons")).toArray().at(0).toObject();
    QCOMPARE(person.value(QStringLiteral("name")).toString(), str("محمد بن علي"));
    QCOMPARE(person.value(QStringLiteral("role")).toString(), QStringLiteral("suspect"));
    QCOMPARE(person.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1985-04-12"));
    const QJsonArray history = request.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 1);
    const QJsonObject entry = history.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("step")).toString(), creationStep);
    QVERIFY(entry.value(QStringLiteral("from")).isNull());
    QCOMPARE(entry.value(QStringLiteral("to")).toString(), state);
    QCOMPARE(entry.value(QStringLiteral("by")).toString(), QStringLiteral("officer"));
}

void TestCliRequests::newNumbersPerDirection()
{
    Register reg;
    QVERIFY(reg.setUp());
    const int year = QDate::currentDate().year();
    QCOMPARE(reg.newRequest(QStringLiteral("incoming")), QStringLiteral("IN-%1-0001").arg(year));
    QCOMPARE(reg.newRequest(QStringLiteral("outgoing")), QStringLiteral("OUT-%1-0001").arg(year));
    QCOMPARE(reg.newRequest(QStringLiteral("incoming")), QStringLiteral("IN-%1-0002").arg(year));
    QCOMPARE(reg.newRequest(QStringLiteral("outgoing")), QStringLiteral("OUT-%1-0002").arg(year));
    QCOMPARE(reg.rows(QStringLiteral("requests")), 4);
}

void TestCliRequests::newRefusesInvalidInput_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messages");

    const QString tomorrow = isoDate(QDate::currentDate().addDays(1));
    const QString officer = str("officer");

    QTest::newRow("unknown requesting country")
        << officer << newArguments({option("--requesting-country", "XX")}) << 2
        << strs({"requesting_country", "“XX”"});
    QTest::newRow("unknown requested country")
        << officer << newArguments({option("--requested-country", "QQ")}) << 2
        << strs({"requested_country", "“QQ”"});
    QTest::newRow("same requesting and requested country")
        << officer << newArguments({option("--requested-country", "TN")}) << 2
        << strs({"requested_country", "same as the requesting country"});
    QTest::newRow("no requesting country")
        << officer << newArguments({option("--requesting-country", nullptr)}) << 2
        << strs({"requesting_country", "is required"});
    QTest::newRow("unknown legal basis")
        << officer << newArguments({option("--legal-basis", "untoc,hammurabi")}) << 2
        << strs({"legal_basis", "“hammurabi”"});
    QTest::newRow("bilateral treaty not named")
        << officer << newArguments({option("--legal-basis", "bilateral")}) << 2
        << strs({"legal_basis_detail"});
    QTest::newRow("received tomorrow")
        << officer << newArguments({{QStringLiteral("--received-on"), tomorrow}}) << 2
        << QStringList {QStringLiteral("received_on"), QStringLiteral("in the future")};
    QTest::newRow("received on no date") << officer << newArguments({option("--received-on", "2026-02-30")})
                                         << 2 << strs({"received_on", "2026-02-30"});
    QTest::newRow("urgent without a reason")
        << officer << newArguments({option("--priority", "urgent")}) << 2 << strs({"urgency_reason"});
    QTest::newRow("unknown channel") << officer << newArguments({option("--channel", "pigeon")}) << 2
                                     << strs({"channel", "“pigeon”"});
    QTest::newRow("unknown offence") << officer
                                     << newArguments({option("--offences", "terrorism,jaywalking")}) << 2
                                     << strs({"offences", "“jaywalking”"});
    QTest::newRow("person without a role") << officer << newArguments({option("--person", ":Ali Ben Salah")})
                                           << 2 << strs({"persons[0].role", "mandatory"});
    QTest::newRow("unknown measure") << officer
                                     << newArguments({option("--measures", "documents,teleportation")}) << 2
                                     << strs({"measures[1].type", "“teleportation”"});
    QTest::newRow("assignee unknown")
        << officer << newArguments({option("--assignee", "nobody")}) << 2 << strs({"assignee", "nobody"});
    QTest::newRow("assignee is a clerk") << officer << newArguments({option("--assignee", "clerk")}) << 2
                                         << strs({"assignee", "officers and supervisors"});
    QTest::newRow("link to an unknown request")
        << officer << newArguments({option("--link", "related:IN-1999-0001")}) << 2
        << strs({"links[0].reference", "IN-1999-0001"});
    QTest::newRow("unknown direction") << officer << newArguments({option("--direction", "sideways")}) << 2
                                       << strs({"direction", "“sideways”"});
    QTest::newRow("clerk may not create") << str("clerk") << newArguments() << 2 << strs({"You are: Clerk"});
    QTest::newRow("administrator may not create")
        << str("admin") << newArguments() << 2 << strs({"You are: Administrator"});
    QTest::newRow("unknown user") << str("ghost") << newArguments() << 2 << strs({"ghost"});
    QTest::newRow("no direction (usage)")
        << officer << newArguments({option("--direction", nullptr)}) << 1 << strs({"--direction"});
    QTest::newRow("unknown option (usage)")
        << officer << newArguments({option("--colour", "red")}) << 1 << strs({"colour"});
}

void TestCliRequests::newRefusesInvalidInput()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messages);

    Register reg;
    QVERIFY(reg.setUp());
    const CliRun run = reg.as(actor, arguments);
    QCOMPARE_EXIT(run, exitCode);
    QCOMPARE(run.out, QString());
    for (const QString& message : messages) {
        QVERIFY_CONTAINS(run.err, message);
    }
    // Nothing was written.
    QCOMPARE(reg.rows(QStringLiteral("requests")), 0);
    QCOMPARE(reg.rows(QStringLiteral("history")), 0);
    QCOMPARE(reg.rows(QStringLiteral("persons")), 0);
    QCOMPARE(reg.rows(QStringLiteral("measures")), 0);
}

void TestCliRequests::newWarnsOfLikelyDuplicate()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QStringList arguments = newArguments({option("--foreign-reference", "TN/PR/2026/77")});
    const CliRun first = reg.as(QStringLiteral("officer"), arguments);
    QCOMPARE_EXIT(first, 0);
    QCOMPARE(first.err, QString());
    const CliRun second = reg.as(QStringLiteral("officer"), arguments);
    QCOMPARE_EXIT(second, 0);
    const QString firstReference = first.out.trimmed();
    const QString secondReference = second.out.trimmed();
    QCOMPARE(second.out, secondReference + QLatin1Char('\n'));
    // The warning goes to standard error; the request is created all the same.
    QVERIFY_CONTAINS(
        second.err,
        QStringLiteral("Warning: %1 may be the same request as %2.").arg(secondReference, firstReference));
    QCOMPARE(reg.rows(QStringLiteral("requests")), 2);

    const CliRun registered = reg.as(QStringLiteral("officer"),
                                     {QStringLiteral("step"), secondReference, QStringLiteral("register")});
    QCOMPARE_EXIT(registered, 0);
    QVERIFY_CONTAINS(registered.err, firstReference);
}

void TestCliRequests::showsTheNextDeadlineAndWhy()
{
    // Received Monday 2 March 2026 by France: acknowledge within 5 working
    // days, Monday 9 March, past the weekend of 7 and 8 March.
    Register reg;
    QVERIFY(reg.setUp());
    const CliRun created = reg.as(
        QStringLiteral("officer"),
        {QStringLiteral("new"), QStringLiteral("--direction"), QStringLiteral("incoming"),
         QStringLiteral("--requesting-country"), QStringLiteral("TN"), QStringLiteral("--requested-country"),
         QStringLiteral("FR"), QStringLiteral("--received-on"), QStringLiteral("2026-03-02"),
         QStringLiteral("--legal-basis"), QStringLiteral("untoc")});
    QCOMPARE_EXIT(created, 0);
    const CliRun shown = reg.as(QStringLiteral("officer"), {QStringLiteral("show"), created.out.trimmed()});
    QCOMPARE_EXIT(shown, 0);
    QVERIFY2(shown.out.contains(QLatin1String("Next deadline (acknowledgement): 2026-03-09\n")),
             qPrintable(shown.out));
    QVERIFY(shown.out.contains(QLatin1String("    From 2026-03-02.\n")));
    QVERIFY(shown.out.contains(QLatin1String("    2026-03-07: weekend.\n")));
    QVERIFY(shown.out.contains(QLatin1String("    2026-03-08: weekend.\n")));
}

QString TestCliRequests::withDocument(const Register& reg, const QByteArray& content)
{
    if (!reg.setUp()) {
        return QString();
    }
    const QString reference = reg.newRequest(QStringLiteral("incoming"));
    const QString scan = reg.file(QStringLiteral("scan.pdf"));
    if (reference.isEmpty() || !writeFile(scan, content)) {
        return QString();
    }
    const CliRun attached = reg.as(QStringLiteral("officer"), {QStringLiteral("attach"), reference, scan});
    return attached.exitCode == 0 ? reference : QString();
}

void TestCliRequests::documentToAFile()
{
    Register reg;
    const QByteArray content = QByteArrayLiteral("%PDF-1.4\n\0\xff binary");
    const QString reference = withDocument(reg, content);
    QVERIFY(!reference.isEmpty());
    const QString copy = reg.file(QStringLiteral("copy.pdf"));
    const CliRun run = reg.as(
        QStringLiteral("officer"),
        {QStringLiteral("document"), reference, QStringLiteral("scan.pdf"), QStringLiteral("-o"), copy});
    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QString());
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestCliRequests::documentToAFileThatCannotBeWritten_data()
{
    QTest::addColumn<ScratchDisk::Kind>("kind");
    QTest::newRow("unwritable folder") << ScratchDisk::Kind::Unwritable;
    QTest::newRow("full disk") << ScratchDisk::Kind::Full;
}

void TestCliRequests::documentToAFileThatCannotBeWritten()
{
    QFETCH(ScratchDisk::Kind, kind);
    ScratchDisk disk(kind);
    SKIP_UNLESS_READY(disk);
    Register reg;
    const QString reference = withDocument(reg, QByteArray(32 * 1024, 'x'));
    QVERIFY(!reference.isEmpty());
    const QString path = disk.filePath(QStringLiteral("scan.pdf"));
    const CliRun run = reg.as(QStringLiteral("officer"),
                              {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("document"),
                               reference, QStringLiteral("scan.pdf"), QStringLiteral("-o"), path});
    // A storage problem, as for every other file: not "input refused".
    QCOMPARE_EXIT(run, 3);
    QVERIFY_CONTAINS(run.err, path);
    QVERIFY_CONTAINS(run.err, str("rien n’y a été enregistré"));
    QCOMPARE(disk.entries(), QStringList());
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
