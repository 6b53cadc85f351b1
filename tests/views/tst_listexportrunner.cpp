// File ▸ Export the list as CSV, on its own: the requests of the filter
// written off the GUI thread behind a progress dialog, one export at a
// time, and Stop leaving nothing written.
#include "FileDialog.h"
#include "ListExportRunner.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "services/RequestService.h"

#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

class TestListExportRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void writesTheRequestsOfTheFilter();
    void exportsOneListAtATime();
    void stopLeavesNothingWritten();
    void cancelledWritesNothing();

private:
    RequestFilter incoming() const;

    std::unique_ptr<TestDatabase> m_t;
};

void TestListExportRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestListExportRunner::init()
{
    m_t = std::make_unique<TestDatabase>();
    RequestService service(m_t->db(), m_t->clock());
    QVERIFY(service.create(m_t->user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QVERIFY(service.create(m_t->user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QVERIFY(service.create(m_t->user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
}

RequestFilter TestListExportRunner::incoming() const
{
    RequestFilter filter;
    filter.direction = Direction::Incoming;
    return filter;
}

void TestListExportRunner::writesTheRequestsOfTheFilter()
{
    QWidget window;
    ListExportRunner runner(m_t->db().path(), m_t->clock(), &window);
    QSignalSpy messages(&runner, &ListExportRunner::statusMessage);
    const QString path = m_t->folder() + QStringLiteral("/list.csv");
    FileDialog::setNextPath(path);
    runner.start(incoming());
    QVERIFY(runner.isRunning());
    auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("exportProgressDialog"));
    QVERIFY(progress);
    QCOMPARE(progress->windowTitle(), QStringLiteral("Export the list as CSV"));
    QCOMPARE(progress->labelText(), QStringLiteral("Writing the list…"));
    QTRY_VERIFY(!runner.isRunning());
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().at(0).toString(), QStringLiteral("2 request(s) written to %1.").arg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // the header and two requests
    QVERIFY(lines.first().contains("next_deadline"));
    QTRY_VERIFY(!window.findChild<QProgressDialog*>(QStringLiteral("exportProgressDialog")));
}

void TestListExportRunner::exportsOneListAtATime()
{
    QWidget window;
    ListExportRunner runner(m_t->db().path(), m_t->clock(), &window);
    const QString first = m_t->folder() + QStringLiteral("/first.csv");
    const QString second = m_t->folder() + QStringLiteral("/second.csv");
    FileDialog::setNextPath(first);
    runner.start(incoming());
    FileDialog::setNextPath(second);
    runner.start(incoming());
    // Not even asked where: the second path is still waiting to be given.
    QCOMPARE(FileDialog::saveFile(&window, QString(), QString()), second);
    QTRY_VERIFY(!runner.isRunning());
    QVERIFY(QFile::exists(first));
    QVERIFY(!QFile::exists(second));
}

void TestListExportRunner::stopLeavesNothingWritten()
{
    QWidget window;
    ListExportRunner runner(m_t->db().path(), m_t->clock(), &window);
    QSignalSpy messages(&runner, &ListExportRunner::statusMessage);
    const QString path = m_t->folder() + QStringLiteral("/stopped.csv");
    FileDialog::setNextPath(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    runner.start(incoming());
    // Stopped before its first request is written (the work checks before each).
    auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("exportProgressDialog"));
    QCOMPARE(progress->findChild<QPushButton*>()->text(), QStringLiteral("Stop"));
    progress->findChild<QPushButton*>()->click();
    QTRY_VERIFY(!runner.isRunning());
    QVERIFY(!QFile::exists(path));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("stopped")), qPrintable(MessageBox::lastText()));
    QCOMPARE(messages.count(), 0);
}

void TestListExportRunner::cancelledWritesNothing()
{
    QWidget window;
    ListExportRunner runner(m_t->db().path(), m_t->clock(), &window);
    FileDialog::setNextPath(QString());
    runner.start(incoming());
    QVERIFY(!runner.isRunning());
    QVERIFY(!window.findChild<QProgressDialog*>(QStringLiteral("exportProgressDialog")));
}

QTEST_MAIN(TestListExportRunner)
#include "tst_listexportrunner.moc"
