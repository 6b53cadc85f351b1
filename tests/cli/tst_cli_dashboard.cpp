// masar-cli end to end, `dashboard`: the JSON figures are the model's
// (Dashboard) for the same day and window, every count with its filter;
// --as-of and --due-within move them; the text is for people; bad options
// are usage errors.
#include "CliHarness.h"
#include "DashboardSample.h"
#include "ScratchDisk.h"
#include "TestDatabase.h"
#include "services/Dashboard.h"
#include "services/RequestFilterFields.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// Fails the test when a count of the JSON is not the model's, with its filter.
void compareCount(const QJsonValue& json, const DashboardCount& count, const QString& where)
{
    const QJsonObject o = json.toObject();
    QVERIFY2(o.value(QStringLiteral("count")).toInt(-1) == count.count,
             qPrintable(QStringLiteral("%1: %2, the model says %3")
                            .arg(where)
                            .arg(o.value(QStringLiteral("count")).toInt(-1))
                            .arg(count.count)));
    // The filter read back by the keys of the settings and the command line: the model's.
    QStringList problems;
    const QJsonObject filter = o.value(QStringLiteral("filter")).toObject();
    const RequestFilter read = RequestFilterFields::fromMap(filter.toVariantMap(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(where + QLatin1Char(' ') + problems.join(QLatin1Char(' '))));
    QVERIFY2(read == count.filter, qPrintable(where));
    for (const QString& key : filter.keys()) {
        QVERIFY2(RequestFilterFields::fromKey(key), qPrintable(where + QLatin1Char(' ') + key));
    }
    QVERIFY2(filter.size() == RequestFilterFields::toMap(count.filter).size(), qPrintable(where));
}

} // namespace

class TestCliDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonIsTheModels_data();
    void jsonIsTheModels();
    void knownNumbers();
    void textForPeople();
    void badOptions_data();
    void badOptions();
    void toAFile_data();
    void toAFile();
    void toAFileThatCannotBeWritten_data();
    void toAFileThatCannotBeWritten();

private:
    // The command, then its options and global ones (which may come after it).
    CliRun dashboard(const QStringList& options) const
    {
        return runCli(QStringList {QStringLiteral("dashboard"), QStringLiteral("--db"), m_t.path(),
                                   QStringLiteral("--as"), QStringLiteral("clerk")}
                      + options);
    }

    TestDatabase m_t;
};

void TestCliDashboard::initTestCase()
{
    const Status filled = fillDashboardRegister(m_t);
    QVERIFY2(filled.ok(), qPrintable(filled.fullText()));
}

void TestCliDashboard::jsonIsTheModels_data()
{
    QTest::addColumn<int>("daysLater"); // --as-of, from the test clock's today
    QTest::addColumn<int>("dueWithin"); // -1: not given
    QTest::newRow("today, default window") << 0 << -1;
    QTest::newRow("today, due within 30 days") << 0 << 30;
    QTest::newRow("a week later, due today") << 7 << 0;
    QTest::newRow("a year earlier") << -365 << 7;
}

void TestCliDashboard::jsonIsTheModels()
{
    QFETCH(int, daysLater);
    QFETCH(int, dueWithin);
    const QDate asOf = m_t.clock().today().addDays(daysLater);
    QStringList options
        = {QStringLiteral("--as-of"), isoDate(asOf), QStringLiteral("--format"), QStringLiteral("json")};
    if (dueWithin >= 0) {
        options << QStringLiteral("--due-within") << QString::number(dueWithin);
    }
    const CliRun run = dashboard(options);
    QCOMPARE_EXIT(run, 0);
    const QJsonObject json = parseObject(run.out);

    // The model, as of the same day.
    const FixedClock clock(asOf.startOfDay(Qt::UTC));
    const int days = dueWithin >= 0 ? dueWithin : Dashboard::defaultAtRiskDays;
    Result<DashboardFigures> computed = Dashboard(m_t.db(), clock).compute(days);
    QVERIFY(computed);
    const DashboardFigures& f = *computed;
    QVERIFY(f.open.count > 0);

    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("masar-dashboard"));
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("as_of")).toString(), isoDate(asOf));
    QCOMPARE(json.value(QStringLiteral("due_within_days")).toInt(), days);
    compareCount(json.value(QStringLiteral("open")), f.open, QStringLiteral("open"));
    compareCount(json.value(QStringLiteral("open_incoming")), f.openIncoming,
                 QStringLiteral("open incoming"));
    compareCount(json.value(QStringLiteral("open_outgoing")), f.openOutgoing,
                 QStringLiteral("open outgoing"));

    const QJsonArray states = json.value(QStringLiteral("open_by_state")).toArray();
    QCOMPARE(states.size(), int(f.openByState.size()));
    for (int i = 0; i < states.size(); ++i) {
        const QJsonObject s = states.at(i).toObject();
        QCOMPARE(s.value(QStringLiteral("state")).toString(), keyOf(f.openByState[std::size_t(i)].state));
        QCOMPARE(s.value(QStringLiteral("direction")).toString(),
                 keyOf(f.openByState[std::size_t(i)].direction));
        compareCount(s.value(QStringLiteral("requests")), f.openByState[std::size_t(i)].requests,
                     s.value(QStringLiteral("state")).toString());
    }

    const QJsonObject deadlines = json.value(QStringLiteral("deadlines")).toObject();
    compareCount(deadlines.value(QStringLiteral("overdue")), f.allDeadlines.overdue,
                 QStringLiteral("overdue"));
    compareCount(deadlines.value(QStringLiteral("due_soon")), f.allDeadlines.dueSoon,
                 QStringLiteral("due soon"));
    auto compareRows = [](const QJsonArray& rows, const std::vector<DashboardFigures::DeadlineCounts>& model,
                          const QString& keyName) {
        QCOMPARE(rows.size(), int(model.size()));
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const auto& expected = model[std::size_t(i)];
            QCOMPARE(row.value(keyName).toString(), expected.key); // null for nobody reads as ""
            QCOMPARE(row.value(keyName).isNull(), expected.key.isEmpty());
            compareCount(row.value(QStringLiteral("overdue")), expected.overdue, expected.key);
            compareCount(row.value(QStringLiteral("due_soon")), expected.dueSoon, expected.key);
        }
    };
    compareRows(deadlines.value(QStringLiteral("by_assignee")).toArray(), f.byAssignee,
                QStringLiteral("assignee"));
    if (QTest::currentTestFailed()) {
        return;
    }
    compareRows(deadlines.value(QStringLiteral("by_partner")).toArray(), f.byPartner,
                QStringLiteral("country"));
    if (QTest::currentTestFailed()) {
        return;
    }

    const QJsonArray ageing = json.value(QStringLiteral("ageing")).toArray();
    QCOMPARE(ageing.size(), int(f.ageing.size()));
    for (int i = 0; i < ageing.size(); ++i) {
        const QJsonObject a = ageing.at(i).toObject();
        const auto& expected = f.ageing[std::size_t(i)];
        QCOMPARE(a.value(QStringLiteral("age")).toString(), DashboardFigures::ageKey(expected.age));
        compareCount(a.value(QStringLiteral("incoming")), expected.incoming,
                     a.value(QStringLiteral("age")).toString());
        compareCount(a.value(QStringLiteral("outgoing")), expected.outgoing,
                     a.value(QStringLiteral("age")).toString());
        compareCount(a.value(QStringLiteral("all")), expected.both,
                     a.value(QStringLiteral("age")).toString());
    }
    QCOMPARE(ageing.at(0).toObject().value(QStringLiteral("opened_from")).toString(),
             isoDate(asOf.addDays(-30)));
    QVERIFY(ageing.at(0).toObject().value(QStringLiteral("opened_until")).isNull());

    const QJsonArray results = json.value(QStringLiteral("days_to_results")).toArray();
    QCOMPARE(results.size(), int(f.turnaround.size()));
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject t = results.at(i).toObject();
        const auto& expected = f.turnaround[std::size_t(i)];
        QCOMPARE(t.value(QStringLiteral("direction")).toString(), keyOf(expected.direction));
        QCOMPARE(t.value(QStringLiteral("country")).toString(), expected.country);
        compareCount(t.value(QStringLiteral("requests")), expected.requests, expected.country);
        if (expected.medianDays) {
            QCOMPARE(t.value(QStringLiteral("median_days")).toDouble(), *expected.medianDays);
        } else {
            QVERIFY(t.value(QStringLiteral("median_days")).isNull());
        }
    }
}

void TestCliDashboard::knownNumbers()
{
    // A register whose figures are known: an incoming request due yesterday,
    // one due today, one in 7 days and one in 8, received 30, 31, 180 and
    // 181 days ago; the last closed after its results were sent 15 days
    // after receipt.
    TestDatabase t;
    const QDate today = t.clock().today();
    RequestService service(t.db(), t.clock());
    const int ages[] = {30, 31, 180, 181};
    const int dueIn[] = {-1, 0, 7, 8};
    for (int i = 0; i < 4; ++i) {
        Request r = TestDatabase::incomingDraft();
        r.receivedOn = today.addDays(-ages[i]);
        r.foreignReference = QStringLiteral("K/%1").arg(i);
        Result<Request> created = service.create(t.user(QStringLiteral("officer")), r);
        QVERIFY(created);
        QVERIFY(Sql::exec(t.db().connection(),
                          QStringLiteral("UPDATE requests SET next_deadline = ? WHERE reference = ?"),
                          {Sql::date(today.addDays(dueIn[i])), created->reference}));
    }
    const CliRun run
        = runCli({QStringLiteral("--db"), t.path(), QStringLiteral("--as"), QStringLiteral("supervisor"),
                  QStringLiteral("--as-of"), isoDate(today), QStringLiteral("dashboard"),
                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE_EXIT(run, 0);
    const QJsonObject json = parseObject(run.out);
    auto count = [](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("count")).toInt(-1);
    };
    QCOMPARE(count(json.value(QStringLiteral("open"))), 4);
    const QJsonObject deadlines = json.value(QStringLiteral("deadlines")).toObject();
    QCOMPARE(count(deadlines.value(QStringLiteral("overdue"))), 1);
    QCOMPARE(count(deadlines.value(QStringLiteral("due_soon"))), 2);
    const QJsonArray assignees = deadlines.value(QStringLiteral("by_assignee")).toArray();
    QCOMPARE(assignees.size(), 1);
    QCOMPARE(assignees.at(0).toObject().value(QStringLiteral("assignee")).toString(),
             QStringLiteral("officer"));
    QCOMPARE(assignees.at(0)
                 .toObject()
                 .value(QStringLiteral("overdue"))
                 .toObject()
                 .value(QStringLiteral("filter"))
                 .toObject(),
             QJsonObject({{QStringLiteral("open_only"), true},
                          {QStringLiteral("assignee"), QStringLiteral("officer")},
                          {QStringLiteral("deadline_until"), isoDate(today.addDays(-1))}}));
    const QJsonArray ageing = json.value(QStringLiteral("ageing")).toArray();
    QStringList bands;
    for (const QJsonValue& a : ageing) {
        bands << QStringLiteral("%1:%2")
                     .arg(a.toObject().value(QStringLiteral("age")).toString())
                     .arg(count(a.toObject().value(QStringLiteral("all"))));
    }
    QCOMPARE(bands,
             QStringList({QStringLiteral("0-30:1"), QStringLiteral("31-90:1"), QStringLiteral("91-180:1"),
                          QStringLiteral("181+:1"), QStringLiteral("not_sent:0")}));
    QVERIFY(json.value(QStringLiteral("days_to_results")).toArray().isEmpty());
}

void TestCliDashboard::textForPeople()
{
    const QDate today = m_t.clock().today();
    Result<DashboardFigures> f = Dashboard(m_t.db(), m_t.clock()).compute(7);
    QVERIFY(f);
    const CliRun run = dashboard({QStringLiteral("--as-of"), isoDate(today)});
    QCOMPARE_EXIT(run, 0);
    QVERIFY_CONTAINS(
        run.out,
        QStringLiteral("Dashboard as of %1; due soon: within 7 day") /* "days" once translated */.arg(
            isoDate(today)));
    QVERIFY_CONTAINS(run.out,
                     QStringLiteral("Open requests: %1 (incoming %2, outgoing %3).")
                         .arg(f->open.count)
                         .arg(f->openIncoming.count)
                         .arg(f->openOutgoing.count));
    // A row of each table.
    QVERIFY_CONTAINS(run.out, QStringLiteral("(nobody)"));
    QVERIFY_CONTAINS(run.out, QStringLiteral("Morocco (MA)"));
    QVERIFY_CONTAINS(run.out, QStringLiteral("over 180 days"));
    QVERIFY_CONTAINS(run.out, QStringLiteral("median days"));
    const auto& first = f->byAssignee.front();
    const QRegularExpression row(
        QStringLiteral("\\n%1\\s+%2\\s+%3\\n")
            .arg(QRegularExpression::escape(first.key.isEmpty() ? QStringLiteral("(nobody)")
                                                : first.name == first.key
                                                ? first.key
                                                : QStringLiteral("%1 (%2)").arg(first.name, first.key)))
            .arg(first.overdue.count)
            .arg(first.dueSoon.count));
    QVERIFY2(row.match(run.out).hasMatch(), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
}

void TestCliDashboard::badOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative window") << QStringList {QStringLiteral("--due-within"), QStringLiteral("-1")}
                                     << QStringLiteral("--due-within");
    QTest::newRow("not a number") << QStringList {QStringLiteral("--due-within"), QStringLiteral("week")}
                                  << QStringLiteral("“week”");
    QTest::newRow("too far") << QStringList {QStringLiteral("--due-within"), QStringLiteral("366")}
                             << QStringLiteral("365");
    QTest::newRow("unknown format") << QStringList {QStringLiteral("--format"), QStringLiteral("csv")}
                                    << QStringLiteral("--format");
}

void TestCliDashboard::badOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const CliRun run = dashboard(options);
    QCOMPARE_EXIT(run, 1);
    QVERIFY_CONTAINS(run.err, message);
    QVERIFY(run.out.isEmpty());
}

void TestCliDashboard::toAFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestCliDashboard::toAFile()
{
    QFETCH(QString, format);
    const QString path = QDir(m_t.folder()).filePath(QStringLiteral("dashboard.") + format);
    const CliRun written = dashboard({QStringLiteral("--format"), format, QStringLiteral("-o"), path});
    QCOMPARE_EXIT(written, 0);
    QCOMPARE(written.out, QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // What standard output carries.
    const CliRun shown = dashboard({QStringLiteral("--format"), format});
    QCOMPARE_EXIT(shown, 0);
    QCOMPARE(QString::fromUtf8(file.readAll()), shown.out);
}

void TestCliDashboard::toAFileThatCannotBeWritten_data()
{
    QTest::addColumn<ScratchDisk::Kind>("kind");
    QTest::newRow("unwritable folder") << ScratchDisk::Kind::Unwritable;
    QTest::newRow("full disk") << ScratchDisk::Kind::Full;
}

void TestCliDashboard::toAFileThatCannotBeWritten()
{
    QFETCH(ScratchDisk::Kind, kind);
    ScratchDisk disk(kind);
    SKIP_UNLESS_READY(disk);
    const QString path = disk.filePath(QStringLiteral("dashboard.json"));
    const CliRun run = dashboard({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                                  path, QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE_EXIT(run, 3);
    QVERIFY_CONTAINS(run.err, path);
    QVERIFY_CONTAINS(run.err, str("rien n’y a été enregistré"));
    QCOMPARE(disk.entries(), QStringList());
}

QTEST_GUILESS_MAIN(TestCliDashboard)
#include "tst_cli_dashboard.moc"
