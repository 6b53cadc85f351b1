// Files the desk writes for its user, whole or not at all: a stored
// document's copy (Documents ▸ Save a copy) in a folder that cannot be
// written or on a full disk leaves nothing behind, and the window says why
// and what to do, in the language of the screen.
#include "FileDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ScratchDisk.h"
#include "TestDatabase.h"
#include "services/RequestService.h"

#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Masar;
using Masar::Test::ScratchDisk;
using Masar::Test::TestDatabase;

class TestDeskFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesACopyWhereItCannotBeWritten_data();
    void savesACopyWhereItCannotBeWritten();
};

void TestDeskFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LanguageManager::instance().start(QStringLiteral("fr"));
}

void TestDeskFiles::savesACopyWhereItCannotBeWritten_data()
{
    QTest::addColumn<ScratchDisk::Kind>("kind");
    QTest::newRow("unwritable folder") << ScratchDisk::Kind::Unwritable;
    QTest::newRow("full disk") << ScratchDisk::Kind::Full;
}

void TestDeskFiles::savesACopyWhereItCannotBeWritten()
{
    QFETCH(ScratchDisk::Kind, kind);
    ScratchDisk disk(kind);
    SKIP_UNLESS_READY(disk);
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    Result<Request> request = service.create(officer, TestDatabase::incomingDraft());
    QVERIFY(request);
    StepInput input;
    input.document = DocumentInput {QStringLiteral("commission-rogatoire.pdf"),
                                    QStringLiteral("application/pdf"), QByteArray(32 * 1024, 'x')};
    QVERIFY(service.takeStep(officer, request->reference, Step::AddDocument, input));

    MainWindow window(t.db(), officer, t.clock());
    window.show();
    QVERIFY(window.selectRequest(request->reference));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("documentsTab")));
    window.findChild<QTableWidget*>(QStringLiteral("documentsTable"))->selectRow(0);
    const QString path = disk.filePath(QStringLiteral("copie.pdf"));
    FileDialog::setNextPath(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.statusBar()->clearMessage();
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("saveDocumentButton")), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(path), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QString::fromUtf8("rien n’y a été enregistré")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(disk.entries(), QStringList());
    QVERIFY(window.statusBar()->currentMessage().isEmpty()); // nothing said saved
}

QTEST_MAIN(TestDeskFiles)
#include "tst_deskfiles.moc"
