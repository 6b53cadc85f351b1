// A request's stored documents out of the register, on their own: a copy
// saved where the user chooses, byte for byte, or nothing when cancelled;
// opened in another program from a private folder that goes with the
// window; a document that cannot be read said, not opened.
#include "DocumentOpener.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "services/RequestService.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Masar;
using namespace Masar::Test;

// Stands for the program the system has for a file: records what it was asked to open.
class Opened : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls << url; }
};

class TestDocumentOpener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void savesACopyByteForByte();
    void savesNothingWhenCancelled();
    void opensFromAPrivateFolderThatGoesWithIt();
    void saysWhenTheDocumentCannotBeRead();

private:
    // A request with a stored document; its reference.
    QString withDocument(TestDatabase& t);

    const QString m_name = QStringLiteral("commission-rogatoire.pdf");
    const QByteArray m_content = QByteArray("%PDF-1.4\n\0\xff binary \r body", 24);
    Opened m_opened;
};

void TestDocumentOpener::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_opened, "open");
}

void TestDocumentOpener::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

QString TestDocumentOpener::withDocument(TestDatabase& t)
{
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    Result<Request> request = service.create(officer, TestDatabase::incomingDraft());
    StepInput input;
    input.document = DocumentInput {m_name, QStringLiteral("application/pdf"), m_content};
    if (!request || !service.takeStep(officer, request->reference, Step::AddDocument, input)) {
        return QString();
    }
    return request->reference;
}

void TestDocumentOpener::savesACopyByteForByte()
{
    TestDatabase t;
    const QString reference = withDocument(t);
    QVERIFY(!reference.isEmpty());
    QWidget window;
    DocumentOpener opener(t.db(), &window);
    QSignalSpy messages(&opener, &DocumentOpener::statusMessage);
    QTemporaryDir files;
    const QString copy = files.filePath(QStringLiteral("copie.pdf"));
    FileDialog::setNextPath(copy);
    opener.saveCopy(reference, m_name);
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_content);
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.first().at(0).toString().startsWith(QStringLiteral("Saved a copy as ")),
             qPrintable(messages.first().at(0).toString()));
    QVERIFY(messages.first().at(0).toString().contains(copy));
}

void TestDocumentOpener::savesNothingWhenCancelled()
{
    TestDatabase t;
    const QString reference = withDocument(t);
    QWidget window;
    DocumentOpener opener(t.db(), &window);
    QSignalSpy messages(&opener, &DocumentOpener::statusMessage);
    FileDialog::setNextPath(QString()); // cancelled
    opener.saveCopy(reference, m_name);
    QCOMPARE(messages.count(), 0);
}

void TestDocumentOpener::opensFromAPrivateFolderThatGoesWithIt()
{
    TestDatabase t;
    const QString reference = withDocument(t);
    QWidget window;
    auto opener = std::make_unique<DocumentOpener>(t.db(), &window);
    m_opened.urls.clear();
    opener->open(reference, m_name);
    QCOMPARE(m_opened.urls.size(), 1);
    const QString path = m_opened.urls.first().toLocalFile();
    QCOMPARE(QFileInfo(path).fileName(), m_name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_content);
    file.close();
    // Owner only, in the temporary folder, and the same folder for the next one.
    const QFileInfo folder(QFileInfo(path).path());
    QVERIFY2(folder.fileName().startsWith(QStringLiteral("masar-")), qPrintable(folder.filePath()));
    QCOMPARE(folder.permissions()
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                    | QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
    opener->open(reference, m_name);
    QCOMPARE(m_opened.urls.size(), 2);
    QCOMPARE(QFileInfo(m_opened.urls.last().toLocalFile()).path(), folder.filePath());
    // Gone with the window's opener: nothing left lying about.
    opener.reset();
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(folder.filePath()));
}

void TestDocumentOpener::saysWhenTheDocumentCannotBeRead()
{
    TestDatabase t;
    const QString reference = withDocument(t);
    QWidget window;
    DocumentOpener opener(t.db(), &window);
    m_opened.urls.clear();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    opener.open(reference, QStringLiteral("absent.pdf"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("absent.pdf")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(m_opened.urls.isEmpty());
}

QTEST_MAIN(TestDocumentOpener)
#include "tst_documentopener.moc"
