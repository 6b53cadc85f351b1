// masar-cli end to end, `demo`: loads the demo requests into a register that
// has none, and is refused, writing nothing, everywhere else.
#include "CliHarness.h"

#include <QRegularExpression>
#include <QTest>

using namespace Masar::Test;

namespace {

// The rows of the tables a load writes to.
QList<int> tableRows(const Register& reg)
{
    QList<int> rows;
    for (const char* table : {"requests", "history", "users", "documents"}) {
        rows << reg.rows(QLatin1String(table));
    }
    return rows;
}

} // namespace

class TestCliDemo : public QObject
{
    Q_OBJECT

private slots:
    void loadsIntoEmptyRegister();
    void refused_data();
    void refused();
    void secondLoadRefused();
    void missingRegister();
};

void TestCliDemo::loadsIntoEmptyRegister()
{
    Register reg;
    QVERIFY(reg.setUp());
    const CliRun run = reg.as(QStringLiteral("admin"), {QStringLiteral("demo")});
    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    const QRegularExpressionMatch loaded
        = QRegularExpression(QStringLiteral("^Loaded (\\d+) demo request")).match(run.out);
    QVERIFY2(loaded.hasMatch(), qPrintable(run.out));
    const int count = loaded.captured(1).toInt();
    QVERIFY(count >= 35 && count <= 45);
    QCOMPARE(reg.rows(QStringLiteral("requests")), count);
    // The users it assigned requests to are listed, and may act at once.
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("^javier\\.soler +supervisor "),
                                                QRegularExpression::MultilineOption)));
    QCOMPARE(queryValue(reg.path(), QStringLiteral("SELECT role FROM users WHERE name = 'karim.benali'"))
                 .toString(),
             QStringLiteral("officer"));
    const CliRun list = reg.as(QStringLiteral("javier.soler"),
                               {QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("open")});
    QCOMPARE_EXIT(list, 0);
    QVERIFY_CONTAINS(list.out, QStringLiteral("IN-"));
    QVERIFY_CONTAINS(list.out, QStringLiteral("OUT-"));

    const CliRun check = reg.as(QStringLiteral("admin"), {QStringLiteral("check")});
    QCOMPARE_EXIT(check, 0);
}

void TestCliDemo::refused_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withRequest");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("register with a request")
        << QStringLiteral("admin") << strs({"demo"}) << true << 2 << QStringLiteral("without requests");
    QTest::newRow("an officer") << QStringLiteral("officer") << strs({"demo"}) << false << 2
                                << QStringLiteral("Only an administrator");
    QTest::newRow("a supervisor") << QStringLiteral("supervisor") << strs({"demo"}) << false << 2
                                  << QStringLiteral("Only an administrator");
    QTest::newRow("an argument") << QStringLiteral("admin") << strs({"demo", "all"}) << false << 1
                                 << QStringLiteral("demo takes no arguments");
    QTest::newRow("--as-of") << QStringLiteral("admin") << strs({"--as-of", "2026-01-01", "demo"}) << false
                             << 1 << QStringLiteral("--as-of cannot be used");
    QTest::newRow("unknown user") << QStringLiteral("nobody") << strs({"demo"}) << false << 2
                                  << QStringLiteral("nobody");
}

void TestCliDemo::refused()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, arguments);
    QFETCH(bool, withRequest);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    Register reg;
    QVERIFY(reg.setUp());
    if (withRequest) {
        QVERIFY(!reg.newRequest(QStringLiteral("incoming")).isEmpty());
    }
    const QList<int> before = tableRows(reg);
    const CliRun run = reg.as(actor, arguments);
    QCOMPARE_EXIT(run, exitCode);
    QVERIFY_CONTAINS(run.err, message);
    QCOMPARE(run.out, QString());
    QCOMPARE(tableRows(reg), before);
}

void TestCliDemo::secondLoadRefused()
{
    Register reg;
    QVERIFY(reg.setUp({}));
    QCOMPARE_EXIT(reg.as(QStringLiteral("admin"), {QStringLiteral("demo")}), 0);
    const QList<int> before = tableRows(reg);
    const CliRun again = reg.as(QStringLiteral("admin"), {QStringLiteral("demo")});
    QCOMPARE_EXIT(again, 2);
    QVERIFY_CONTAINS(again.err, QStringLiteral("without requests"));
    QCOMPARE(tableRows(reg), before);
}

void TestCliDemo::missingRegister()
{
    Register reg; // never set up: there is no database
    const CliRun run = reg.as(QStringLiteral("admin"), {QStringLiteral("demo")});
    QCOMPARE_EXIT(run, 3);
    QVERIFY_CONTAINS(run.err, QStringLiteral("init"));
}

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
