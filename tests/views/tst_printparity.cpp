// The window and the command line print through one piece (PrintDelivery):
// the same print, made from the desk's File ▸ Print and by `masar-cli
// report`, leaves the same record in the print log, persons or not, with the
// same format key and the same requests.
#include "CliHarness.h"
#include "FileDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PrintDialog.h"
#include "TestDatabase.h"
#include "services/PrintLog.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// What the log keeps of the latest print, and the requests it named.
struct Logged
{
    PrintRecord record;
    QList<qint64> requestIds;
};

Logged latest(TestDatabase& t)
{
    Logged logged;
    Result<std::vector<PrintRecord>> records
        = PrintLog(t.db(), t.clock()).list(t.user(QStringLiteral("supervisor")), QDate(), QDate());
    if (!records || records->empty()) {
        qWarning("nothing logged");
        return logged;
    }
    logged.record = records->front();
    logged.record.at = QDateTime(); // the window's clock is the test's, the program's the system's
    Result<QSqlQuery> ids
        = Sql::exec(t.db().connection(),
                    QStringLiteral("SELECT request_id FROM print_log_requests WHERE print_id = "
                                   "(SELECT max(id) FROM print_log) ORDER BY request_id"));
    while (ids && ids->next()) {
        logged.requestIds << ids->value(0).toLongLong();
    }
    return logged;
}

} // namespace

class TestPrintParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameRecordFromTheWindowAndTheCli_data();
    void sameRecordFromTheWindowAndTheCli();
};

void TestPrintParity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LanguageManager::instance().start(QStringLiteral("en"));
}

void TestPrintParity::sameRecordFromTheWindowAndTheCli_data()
{
    QTest::addColumn<bool>("summary");
    QTest::addColumn<bool>("named"); // the summary's request names a person
    QTest::addColumn<bool>("persons"); // persons asked for
    QTest::addColumn<QString>("format");
    QTest::newRow("summary with persons, pdf") << true << true << true << QStringLiteral("pdf");
    QTest::newRow("summary without persons, html") << true << true << false << QStringLiteral("html");
    // Asked for, none recorded: the document shows none, and neither program logs any.
    QTest::newRow("summary with persons, none recorded") << true << false << true << QStringLiteral("pdf");
    QTest::newRow("report, csv") << false << false << false << QStringLiteral("csv");
    QTest::newRow("report, pdf") << false << false << false << QStringLiteral("pdf");
}

void TestPrintParity::sameRecordFromTheWindowAndTheCli()
{
    QFETCH(bool, summary);
    QFETCH(bool, named);
    QFETCH(bool, persons);
    QFETCH(QString, format);
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Request withPerson = TestDatabase::incomingDraft();
    withPerson.persons
        = {{QStringLiteral("Samir Haddad"), QStringLiteral("suspect"), QStringLiteral("LB"), {}}};
    Request nobody = TestDatabase::outgoingDraft();
    nobody.persons.clear();
    Result<Request> first = service.create(t.user(QStringLiteral("officer")), withPerson);
    Result<Request> second = service.create(t.user(QStringLiteral("officer")), nobody);
    QVERIFY(first && second);
    const QString reference = named ? first->reference : second->reference;

    // From the window.
    {
        MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (summary) {
            QVERIFY(window.selectRequest(reference));
        } else {
            window.findChild<QTableView*>(QStringLiteral("requestListView"))->clearSelection();
        }
        window.findChild<QAction*>(QStringLiteral("printAction"))->trigger();
        QTRY_VERIFY(window.findChild<PrintDialog*>(QStringLiteral("printDialog")));
        auto* dialog = window.findChild<PrintDialog*>(QStringLiteral("printDialog"));
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog
                    ->findChild<QRadioButton*>(summary ? QStringLiteral("summaryRadioButton")
                                                       : QStringLiteral("reportRadioButton"))
                    ->isChecked());
        dialog->findChild<QCheckBox*>(QStringLiteral("personsCheckBox"))->setChecked(persons);
        FileDialog::setNextPath(t.folder() + QStringLiteral("/window.") + format);
        dialog->findChild<QPushButton*>(format + QStringLiteral("PushButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("window.")),
                                 20000);
    }
    const Logged fromWindow = latest(t);

    // From the command line, the same print.
    t.close();
    QStringList arguments {QStringLiteral("--db"),   t.path(),
                           QStringLiteral("--as"),   QStringLiteral("officer"),
                           QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("report")};
    arguments << (summary ? QStringList {QStringLiteral("summary"), reference}
                          : QStringList {QStringLiteral("status")});
    if (persons) {
        arguments << QStringLiteral("--with-persons");
    }
    arguments << QStringLiteral("-o") << t.folder() + QStringLiteral("/cli.") + format;
    const CliRun run = runCli(arguments);
    QCOMPARE_EXIT(run, 0);
    t.reopen();
    QCOMPARE(t.rows(QStringLiteral("print_log")), 2);
    const Logged fromCli = latest(t);

    QCOMPARE(fromCli.record, fromWindow.record);
    QCOMPARE(fromCli.requestIds, fromWindow.requestIds);
    // And what was logged is what was printed.
    QCOMPARE(fromWindow.record.withPersons, summary && named && persons);
    QCOMPARE(fromWindow.record.format, format);
    QCOMPARE(fromWindow.record.document,
             summary ? QStringLiteral("summary") : QStringLiteral("status_report"));
    QCOMPARE(fromWindow.requestIds.size(), summary ? 0 : 2);
}

QTEST_MAIN(TestPrintParity)
#include "tst_printparity.moc"
