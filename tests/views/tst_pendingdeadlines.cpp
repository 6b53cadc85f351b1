// The deadlines a register has left to compute, on their own: computed off
// the GUI thread once the window is up, their progress said in the status
// bar's label; nothing done (but the notice) when none are left; a queue
// that cannot be counted said.
#include "PendingDeadlines.h"
#include "TestDatabase.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

class TestPendingDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void computesWhatIsLeftOffTheGuiThread();
    void finishesAtOnceWhenNothingIsLeft();
    void saysWhenTheQueueCannotBeCounted();
};

void TestPendingDeadlines::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPendingDeadlines::computesWhatIsLeftOffTheGuiThread()
{
    TestDatabase t;
    QVERIFY(RequestService(t.db(), t.clock())
                .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    // As after an upgrade: the deadline not computed yet, the request queued.
    QVERIFY(Sql::exec(t.db().connection(),
                      QStringLiteral("UPDATE requests SET next_deadline = NULL, deadline_kind = NULL")));
    QVERIFY(Sql::exec(t.db().connection(),
                      QStringLiteral("INSERT INTO deadline_queue (request_id) SELECT id FROM requests")));
    QWidget window;
    QLabel label(&window);
    label.hide();
    window.show();
    PendingDeadlines pending(t.db(), t.clock(), &label, &window);
    QSignalSpy finished(&pending, &PendingDeadlines::finished);
    QSignalSpy messages(&pending, &PendingDeadlines::statusMessage);
    pending.start();
    QVERIFY(!label.isVisible()); // once the window is up, not before
    QTRY_VERIFY(label.isVisible() || finished.count() == 1);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!label.isVisible());
    QCOMPARE(label.text(), QString());
    QCOMPARE(t.rows(QStringLiteral("deadline_queue")), 0);
    Result<QSqlQuery> stored
        = Sql::exec(t.db().connection(), QStringLiteral("SELECT next_deadline FROM requests"));
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), QStringLiteral("2026-03-09"));
    QCOMPARE(messages.count(), 0);
}

void TestPendingDeadlines::finishesAtOnceWhenNothingIsLeft()
{
    TestDatabase t;
    QVERIFY(RequestService(t.db(), t.clock())
                .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QLabel label;
    PendingDeadlines pending(t.db(), t.clock(), &label, nullptr);
    QSignalSpy finished(&pending, &PendingDeadlines::finished);
    pending.start();
    QCOMPARE(finished.count(), 0); // on the next turn of the event loop
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!pending.findChild<QObject*>(QStringLiteral("deadlineRefreshJob")));
}

void TestPendingDeadlines::saysWhenTheQueueCannotBeCounted()
{
    TestDatabase t;
    QVERIFY(Sql::exec(t.db().connection(),
                      QStringLiteral("ALTER TABLE deadline_queue RENAME TO deadline_queue_away")));
    QLabel label;
    PendingDeadlines pending(t.db(), t.clock(), &label, nullptr);
    QSignalSpy finished(&pending, &PendingDeadlines::finished);
    QSignalSpy messages(&pending, &PendingDeadlines::statusMessage);
    pending.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.first().at(0).toString().contains(QStringLiteral("deadline_queue")),
             qPrintable(messages.first().at(0).toString()));
}

QTEST_MAIN(TestPendingDeadlines)
#include "tst_pendingdeadlines.moc"
