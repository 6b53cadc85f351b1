// masar-cli end to end, storage problems (exit status 3): missing, foreign,
// damaged or newer registers, a held lock, a read-only file; nothing is changed.
#include "CliHarness.h"
#include "TestDatabase.h"
#include "storage/Schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// masar-hold-lock in the background, holding the register's write lock.
class LockHolder
{
public:
    ~LockHolder() { stop(); }

    // Starts it and waits until it says it holds the lock.
    bool start(const QString& databasePath, int milliseconds)
    {
        m_process.start(QStringLiteral(MASAR_HOLD_LOCK_PATH), {databasePath, QString::number(milliseconds)});
        if (!m_process.waitForStarted(5000)) {
            return false;
        }
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("locked\n") && timer.elapsed() < 10000) {
            m_process.waitForReadyRead(200);
            output += m_process.readAllStandardOutput();
            if (m_process.state() == QProcess::NotRunning) {
                break;
            }
        }
        if (!output.contains("locked\n")) {
            qWarning("masar-hold-lock did not take the lock: %s",
                     m_process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    bool waitForEnd(int milliseconds)
    {
        return m_process.waitForFinished(milliseconds) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
};

} // namespace

class TestCliStorage : public QObject
{
    Q_OBJECT

private slots:
    void checkCommand();
    void storageProblem_data();
    void storageProblem();
    void lockHeldLongerThanBusyTimeout();
    void lockReleasedWithinBusyTimeout();
    void readOnlyRegister();
    void twoProgramsCreateOneRegister();
    void outputThatCannotBeWritten_data();
    void outputThatCannotBeWritten();
};

void TestCliStorage::checkCommand()
{
    Register reg;
    QVERIFY(reg.setUp());
    QVERIFY(!reg.newRequest(QStringLiteral("incoming"), {QStringLiteral("--person"), str("witness:Zoé")})
                 .isEmpty());

    const CliRun sound = reg.as(QStringLiteral("clerk"), {QStringLiteral("check")});
    QCOMPARE_EXIT(sound, 0);
    QVERIFY_CONTAINS(sound.out, QStringLiteral("sound"));
    QCOMPARE(sound.err, QString());
    QCOMPARE_EXIT(reg.as(QStringLiteral("clerk"), {QStringLiteral("check"), QStringLiteral("everything")}),
                  1);

    // A person of a request that does not exist: opening does not notice, check does.
    queryValue(
        reg.path(),
        QStringLiteral("INSERT INTO persons (request_id, name, role) VALUES (4242, 'Orphan', 'witness')"),
        false);
    QCOMPARE(reg.rows(QStringLiteral("persons")), 2);
    QCOMPARE_EXIT(reg.as(QStringLiteral("clerk"), {QStringLiteral("list")}), 0);
    const QByteArray hashBefore = Test::TestDatabase::fileHash(reg.path());
    const CliRun damaged = reg.as(QStringLiteral("clerk"), {QStringLiteral("check")});
    QCOMPARE_EXIT(damaged, 3);
    QCOMPARE(damaged.out, QString());
    QVERIFY_CONTAINS(damaged.err, QStringLiteral("damaged"));
    QCOMPARE(Test::TestDatabase::fileHash(reg.path()), hashBefore);
}

void TestCliStorage::storageProblem_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList list = strs({"list"});
    const QStringList init = strs({"init"});
    const QStringList step = strs({"step", "IN-2026-0001", "register"});

    QTest::newRow("missing file: list") << str("missing") << list << str("There is no Masar database");
    QTest::newRow("missing file: show")
        << str("missing") << strs({"show", "IN-2026-0001"}) << str("masar-cli --db");
    QTest::newRow("missing file: step") << str("missing") << step << str("There is no Masar database");
    QTest::newRow("missing folder: list")
        << str("missing folder") << list << str("There is no Masar database");
    QTest::newRow("text file: list") << str("text") << list << str("not a Masar database");
    QTest::newRow("text file: init") << str("text") << init << str("left unchanged");
    QTest::newRow("text file: step") << str("text") << step << str("not a Masar database");
    QTest::newRow("empty file: list") << str("empty") << list << str("empty");
    QTest::newRow("folder: list") << str("folder") << list << str("is a folder");
    QTest::newRow("folder: init") << str("folder") << init << str("is a folder");
    QTest::newRow("other SQLite database: list") << str("foreign") << list << str("not a Masar database");
    QTest::newRow("other SQLite database: init") << str("foreign") << init << str("left unchanged");
    QTest::newRow("newer schema: list") << str("newer") << list << str("newer version of Masar");
    QTest::newRow("newer schema: init") << str("newer") << init << str("newer version of Masar");
    QTest::newRow("newer schema: step") << str("newer") << step << str("newer version of Masar");
}

void TestCliStorage::storageProblem()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("register.sqlite"));
    if (kind == QLatin1String("missing folder")) {
        path = dir.filePath(QStringLiteral("nowhere/register.sqlite"));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, str("reference;summary\nIN-2026-0001;طلب\n").toUtf8()));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("register.sqlite")));
    } else if (kind == QLatin1String("foreign")) {
        queryValue(path, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"), false);
        QVERIFY(QFileInfo(path).size() > 0);
    } else if (kind == QLatin1String("newer")) {
        QCOMPARE_EXIT(runCli({QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("admin"),
                              QStringLiteral("init")}),
                      0);
        queryValue(path, QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1), false);
        QCOMPARE(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion + 1);
    }
    const bool isFile = QFileInfo(path).isFile();
    const QByteArray hashBefore = isFile ? Test::TestDatabase::fileHash(path) : QByteArray();
    const qint64 sizeBefore = isFile ? QFileInfo(path).size() : -1;

    const CliRun run
        = runCli(QStringList {QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("admin")}
                 + arguments);
    QCOMPARE_EXIT(run, 3);
    QCOMPARE(run.out, QString());
    QVERIFY_CONTAINS(run.err, message);

    if (kind == QLatin1String("missing") || kind == QLatin1String("missing folder")) {
        QVERIFY2(!QFileInfo::exists(path), "a missing register is not created");
        QVERIFY2(!QFileInfo::exists(QFileInfo(path).absolutePath()) || kind == QLatin1String("missing"),
                 "the missing folder is not created");
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(QDir(path).isEmpty());
    } else {
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(Test::TestDatabase::fileHash(path), hashBefore);
    }
    if (kind == QLatin1String("newer")) {
        QCOMPARE(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion + 1);
    }
}

void TestCliStorage::lockHeldLongerThanBusyTimeout()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("incoming"));
    QVERIFY(!reference.isEmpty());
    const CliRun before = reg.showJson(reference);
    QCOMPARE_EXIT(before, 0);

    LockHolder holder;
    QVERIFY(holder.start(reg.path(), 9000));
    QElapsedTimer timer;
    timer.start();
    const CliRun run
        = reg.as(QStringLiteral("officer"), {QStringLiteral("step"), reference, QStringLiteral("register")});
    const qint64 elapsed = timer.elapsed();
    holder.stop();

    QCOMPARE_EXIT(run, 3);
    QCOMPARE(run.out, QString());
    QVERIFY_CONTAINS(run.err, QStringLiteral("locked"));
    // It waited for the busy timeout (5 s), and gave up before the lock was released.
    QVERIFY2(elapsed >= 4500 && elapsed < 9000,
             qPrintable(QStringLiteral("gave up after %1 ms").arg(elapsed)));

    const CliRun after = reg.showJson(reference);
    QCOMPARE_EXIT(after, 0);
    QCOMPARE(after.out, before.out);
    QCOMPARE(parseObject(after.out).value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    QCOMPARE(reg.rows(QStringLiteral("history")), 1);
}

void TestCliStorage::lockReleasedWithinBusyTimeout()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("incoming"));
    QVERIFY(!reference.isEmpty());

    LockHolder holder;
    QVERIFY(holder.start(reg.path(), 1500));
    QElapsedTimer timer;
    timer.start();
    const CliRun run
        = reg.as(QStringLiteral("officer"), {QStringLiteral("step"), reference, QStringLiteral("register")});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(holder.waitForEnd(10000));

    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("%1: received -> registered (register)\n").arg(reference));
    QVERIFY2(elapsed >= 1000, qPrintable(QStringLiteral("did not wait for the lock: %1 ms").arg(elapsed)));
    QCOMPARE(reg.show(reference).value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
    QCOMPARE(reg.rows(QStringLiteral("history")), 2);
}

void TestCliStorage::twoProgramsCreateOneRegister()
{
    // Two programs starting on the same new register at once: both succeed,
    // the schema is built once, and only the first becomes administrator.
    for (int round = 0; round < 8; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        QList<QProcess*> programs;
        for (const char* name : {"amina", "karim"}) {
            auto* program = new QProcess(this);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(QStringLiteral("MASAR_USER"));
            program->setProcessEnvironment(environment);
            program->start(QStringLiteral(MASAR_CLI_PATH),
                           {QStringLiteral("--db"), path, QStringLiteral("--as"), QLatin1String(name),
                            QStringLiteral("init")});
            programs << program;
        }
        for (QProcess* program : programs) {
            QVERIFY(program->waitForFinished(30000));
            QVERIFY2(program->exitCode() == 0, program->readAllStandardError().constData());
            delete program;
        }
        QCOMPARE(countRows(path, QStringLiteral("users")), 1);
        QCOMPARE(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion);
    }
}

void TestCliStorage::outputThatCannotBeWritten_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("redirect"); // standard output to the full device
    QTest::newRow("export to standard output") << strs({"export"}) << true;
    QTest::newRow("list to standard output") << strs({"list"}) << true;
    QTest::newRow("export -o a device") << strs({"export", "-o", "/dev/full"}) << false;
}

void TestCliStorage::outputThatCannotBeWritten()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, redirect);
    if (!QFileInfo::exists(QStringLiteral("/dev/full"))) {
        QSKIP("this system has no /dev/full");
    }
    Register reg;
    QVERIFY(reg.setUp());
    QVERIFY(!reg.newRequest(QStringLiteral("incoming")).isEmpty());
    QProcess program;
    if (redirect) {
        program.setStandardOutputFile(QStringLiteral("/dev/full"));
    }
    program.start(
        QStringLiteral(MASAR_CLI_PATH),
        QStringList {QStringLiteral("--db"), reg.path(), QStringLiteral("--as"), QStringLiteral("officer")}
            + arguments);
    QVERIFY(program.waitForFinished(30000));
    // A full disk is a storage problem, never "done".
    QCOMPARE(program.exitCode(), 3);
    QVERIFY(program.readAllStandardError().contains("could not be written"));
    // And the device is still a device: nothing was renamed over it.
    QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
}

void TestCliStorage::readOnlyRegister()
{
    // A register file marked read-only can be read, and a write is refused
    // as a storage problem without touching it.
    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("incoming"));
    QVERIFY(!reference.isEmpty());
    const QFile::Permissions permissions = QFile::permissions(reg.path());
    QVERIFY(QFile::setPermissions(reg.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray hashBefore = Test::TestDatabase::fileHash(reg.path());

    const CliRun list = reg.as(QStringLiteral("clerk"), {QStringLiteral("list")});
    const CliRun step
        = reg.as(QStringLiteral("officer"), {QStringLiteral("step"), reference, QStringLiteral("register")});
    const QByteArray hashAfter = Test::TestDatabase::fileHash(reg.path());
    QVERIFY(QFile::setPermissions(reg.path(), permissions));

    QCOMPARE_EXIT(list, 0);
    QVERIFY_CONTAINS(list.out, reference);
    QCOMPARE_EXIT(step, 3);
    QCOMPARE(step.out, QString());
    QVERIFY_CONTAINS(step.err, QStringLiteral("read-only"));
    QCOMPARE(hashAfter, hashBefore);
    QCOMPARE(reg.show(reference).value(QStringLiteral("state")).toString(), QStringLiteral("received"));
}

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
