// SavedFile: every file Masar writes for its user appears whole or not at
// all. In a folder that cannot be written and on a full disk (small tmpfs
// mounts, see ScratchDisk), whatever the size of the writes, nothing is left
// at the path, a file that was there stays as it was, and the user is told
// why and what to do, in their language. The list export (ListExportJob)
// goes through it too.
#include "ScratchDisk.h"
#include "TestDatabase.h"
#include "core/LocaleText.h"
#include "core/Translations.h"
#include "io/ListExportJob.h"
#include "io/SavedFile.h"
#include "services/RequestService.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// How the content is handed to the file.
enum class Writes { OneSmall, OneLarge, ManySmall };

Status writeTo(const QString& path, Writes writes)
{
    switch (writes) {
    case Writes::OneSmall:
        return SavedFile::write(path, QByteArray("x"));
    case Writes::OneLarge:
        return SavedFile::write(path, QByteArray(256 * 1024, 'x'));
    case Writes::ManySmall:
        return SavedFile::write(path, [](QIODevice& device) {
            for (int i = 0; i < 10000; ++i) {
                device.write("a line of an export\n");
            }
            return Status();
        });
    }
    return Status();
}

} // namespace

Q_DECLARE_METATYPE(Writes)

class TestSavedFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void writesTheWholeFile();
    void replacesAFileOnlyOnceWhole();
    void failsWhole_data();
    void failsWhole();
    void saysWhyInTheUsersLanguage();
    void keepsTheWritersError();
    void writesADeviceDirectly();
    void listExportOnAFullDisk();
};

void TestSavedFile::initTestCase()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestSavedFile::cleanup()
{
    Translations::install(QStringLiteral("en"));
}

void TestSavedFile::writesTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("whole.csv"));
    QVERIFY(SavedFile::write(path, QByteArray("one\ntwo\n")).ok());
    QCOMPARE(readAll(path), QByteArray("one\ntwo\n"));
    const Status streamed = SavedFile::write(path, [](QIODevice& device) {
        for (int i = 0; i < 1000; ++i) {
            device.write(QByteArray::number(i) + '\n');
        }
        return Status();
    });
    QVERIFY(streamed.ok());
    QCOMPARE(readAll(path).count('\n'), 1000);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("whole.csv")});
}

void TestSavedFile::replacesAFileOnlyOnceWhole()
{
    ScratchDisk disk(ScratchDisk::Kind::Full);
    SKIP_UNLESS_READY(disk);
    // A file that was there before the disk filled up (it takes no room: empty).
    const QString path = disk.filePath(QStringLiteral("report.csv"));
    QVERIFY(QFile(path).open(QIODevice::WriteOnly));
    const Status written = writeTo(path, Writes::OneLarge);
    QCOMPARE(written.kind(), Error::Kind::Storage);
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(disk.entries(), QStringList {QStringLiteral("report.csv")});
}

void TestSavedFile::failsWhole_data()
{
    QTest::addColumn<ScratchDisk::Kind>("kind");
    QTest::addColumn<Writes>("writes");
    for (const auto& [name, kind] : {std::pair {"unwritable folder", ScratchDisk::Kind::Unwritable},
                                     std::pair {"full disk", ScratchDisk::Kind::Full}}) {
        QTest::addRow("%s, one byte", name) << kind << Writes::OneSmall;
        QTest::addRow("%s, one large write", name) << kind << Writes::OneLarge;
        QTest::addRow("%s, many small writes", name) << kind << Writes::ManySmall;
    }
}

void TestSavedFile::failsWhole()
{
    QFETCH(ScratchDisk::Kind, kind);
    QFETCH(Writes, writes);
    ScratchDisk disk(kind);
    SKIP_UNLESS_READY(disk);
    const QString path = disk.filePath(QStringLiteral("document.pdf"));
    const Status written = writeTo(path, writes);
    QCOMPARE(written.kind(), Error::Kind::Storage);
    QVERIFY2(written.message().contains(path), qPrintable(written.message()));
    QVERIFY2(written.message().contains(QStringLiteral("nothing was saved there")),
             qPrintable(written.message()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(disk.entries(), QStringList()); // nothing written aside left either
}

void TestSavedFile::saysWhyInTheUsersLanguage()
{
    ScratchDisk disk(ScratchDisk::Kind::Full);
    SKIP_UNLESS_READY(disk);
    QVERIFY(Translations::install(QStringLiteral("fr")));
    const Status written = writeTo(disk.filePath(QStringLiteral("rapport.pdf")), Writes::OneLarge);
    QCOMPARE(written.kind(), Error::Kind::Storage);
    QVERIFY2(written.message().contains(QStringLiteral("rien n’y a été enregistré")),
             qPrintable(written.message()));
    QVERIFY(written.message().contains(QStringLiteral("rapport.pdf")));
    // The path bare, to be copied as it is; isolated in a right-to-left sentence, to stay whole.
    const QString path = disk.filePath(QStringLiteral("report.pdf"));
    QVERIFY(writeTo(path, Writes::OneLarge).message().contains(QLatin1Char(' ') + path + QLatin1Char(' ')));
    QVERIFY(Translations::install(QStringLiteral("ar")));
    QVERIFY(writeTo(path, Writes::OneLarge).message().contains(LocaleText::isolated(path)));
}

void TestSavedFile::keepsTheWritersError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stopped.json"));
    const Status written = SavedFile::write(path, [](QIODevice& device) {
        device.write("{\"requests\": [");
        return Status(Error::conflict(QStringLiteral("stopped")));
    });
    QCOMPARE(written.kind(), Error::Kind::Conflict);
    QCOMPARE(written.message(), QStringLiteral("stopped"));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestSavedFile::writesADeviceDirectly()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/null")) || !QFileInfo::exists(QStringLiteral("/dev/full"))) {
        QSKIP("this system has no /dev/null or /dev/full");
    }
    QVERIFY(SavedFile::write(QStringLiteral("/dev/null"), QByteArray("gone")).ok());
    const Status full = SavedFile::write(QStringLiteral("/dev/full"), QByteArray(64 * 1024, 'x'));
    QCOMPARE(full.kind(), Error::Kind::Storage);
    // Still devices: nothing was renamed over them.
    QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
    QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
}

void TestSavedFile::listExportOnAFullDisk()
{
    ScratchDisk disk(ScratchDisk::Kind::Full);
    SKIP_UNLESS_READY(disk);
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    }
    const QString path = disk.filePath(QStringLiteral("list.csv"));
    ListExportJob job(t.path(), RequestFilter(), RequestExport::Format::CsvWithDeadline, path);
    QSignalSpy finished(&job, &ListExportJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(job.error().contains(QStringLiteral("nothing was saved there")), qPrintable(job.error()));
    QCOMPARE(job.written(), 0);
    QCOMPARE(disk.entries(), QStringList());
}

QTEST_GUILESS_MAIN(TestSavedFile)
#include "tst_savedfile.moc"
