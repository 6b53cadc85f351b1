// masar-cli end to end, the `reassign` command: many requests to one user,
// all or none, by supervisors only.
#include "CliHarness.h"

#include <QTest>

using namespace Masar::Test;

class TestCliReassign : public QObject
{
    Q_OBJECT

private slots:
    void reassignsManyAtOnce();
    void refusesAllWhenOneIsRefused();
    void onlySupervisorsReassign();
};

void TestCliReassign::reassignsManyAtOnce()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString first = reg.newRequest(QStringLiteral("incoming"));
    const QString second = reg.newRequest(QStringLiteral("outgoing"));
    const CliRun run
        = reg.as(QStringLiteral("supervisor"),
                 {QStringLiteral("reassign"), first, second, QStringLiteral("--to"),
                  QStringLiteral("officer2"), QStringLiteral("--reason"), str("Congé de l'agent")});
    QCOMPARE_EXIT(run, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Reassigned 2 requests to officer2.")),
             qPrintable(describe(run)));
    for (const QString& reference : {first, second}) {
        QCOMPARE(reg.show(reference).value(QStringLiteral("assignee")).toString(),
                 QStringLiteral("officer2"));
    }
    QCOMPARE(queryValue(reg.path(), QStringLiteral("SELECT count(*) FROM history WHERE step = 'reassign'"))
                 .toInt(),
             2);
    // The history says from whom to whom, as the desk and the printed summary say it.
    const CliRun shown = reg.as(QStringLiteral("supervisor"), {QStringLiteral("show"), first});
    QCOMPARE_EXIT(shown, 0);
    QVERIFY2(shown.out.contains(str("Congé de l'agent; Reassigned from officer to officer2")),
             qPrintable(describe(shown)));
}

void TestCliReassign::refusesAllWhenOneIsRefused()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString first = reg.newRequest(QStringLiteral("incoming"));
    const QString second = reg.newRequest(QStringLiteral("incoming"));
    const int history = reg.rows(QStringLiteral("history"));
    const CliRun run = reg.as(QStringLiteral("supervisor"),
                              {QStringLiteral("reassign"), first, QStringLiteral("IN-1999-0001"), second,
                               QStringLiteral("--to"), QStringLiteral("officer2")});
    QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("IN-1999-0001")), qPrintable(describe(run)));
    QCOMPARE(reg.rows(QStringLiteral("history")), history);
    QCOMPARE(reg.show(first).value(QStringLiteral("assignee")).toString(), QStringLiteral("officer"));
    // A user who may not hold requests is refused the same way.
    const CliRun toClerk
        = reg.as(QStringLiteral("supervisor"),
                 {QStringLiteral("reassign"), first, QStringLiteral("--to"), QStringLiteral("clerk")});
    QVERIFY(toClerk.exitCode != 0);
    QCOMPARE(reg.rows(QStringLiteral("history")), history);
    // Without a user: a usage error.
    QCOMPARE_EXIT(reg.as(QStringLiteral("supervisor"), {QStringLiteral("reassign"), first}), 1);
}

void TestCliReassign::onlySupervisorsReassign()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString first = reg.newRequest(QStringLiteral("incoming"));
    const CliRun run
        = reg.as(QStringLiteral("officer"),
                 {QStringLiteral("reassign"), first, QStringLiteral("--to"), QStringLiteral("officer2")});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(reg.show(first).value(QStringLiteral("assignee")).toString(), QStringLiteral("officer"));
}

QTEST_GUILESS_MAIN(TestCliReassign)
#include "tst_cli_reassign.moc"
