// The store: creating, reopening, upgrading, refusing what is not ours (and
// leaving it untouched), read-only files, constraints, and waiting for
// another program's lock.
#include "TestDatabase.h"
#include "TimeZone.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "services/Users.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// Runs SQL on a file through a connection of its own, bypassing Masar.
QVariant rawScalar(const QString& path, const QString& sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                value = query.value(0);
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

bool rawExec(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(sql);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString createMasarDatabase(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        qWarning() << db.error().message();
        return QString();
    }
    if (Result<bool> bootstrapped = Users(**db).bootstrap(QStringLiteral("admin")); !bootstrapped) {
        qWarning() << bootstrapped.error().message();
        return QString();
    }
    return path;
}

} // namespace

class TestDatabaseStore : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsConfigured();
    void reopenKeepsData();
    void missingFileIsNotCreatedUnlessAsked();
    void upgradesFromEveryOlderVersion_data();
    void upgradesFromEveryOlderVersion();
    void upgradeFillsTheDayResultsCame();
    void upgradeKeepsTheWordIndex();
    void codesAddedSinceAreAddedOnOpen();
    void newerSchemaIsRefusedUntouched();
    void foreignFilesAreRefusedUntouched_data();
    void foreignFilesAreRefusedUntouched();
    void damagedDatabaseIsRefusedUntouched();
    void fullCheckFindsWhatTheOpenCheckSkips();
    void directoryIsRefused();
    void readOnlyFileIsReadButNotWritten();
    void foreignKeysAndChecksAreEnforced_data();
    void foreignKeysAndChecksAreEnforced();
    void historyIsAppendOnly();
    void fullDiskWritesNothing();
    void writerWaitsForAnotherProcess();
    void writerGivesUpAfterTheBusyTimeout();
};

void TestDatabaseStore::freshDatabaseIsConfigured()
{
    TestDatabase t;
    QVERIFY(t.db().isNew() || t.db().schemaVersion() == Schema::currentVersion);
    QCOMPARE(t.db().schemaVersion(), Schema::currentVersion);
    const QSqlDatabase db = t.db().connection();
    auto pragma = [&](const char* name) {
        Result<QSqlQuery> query = Sql::exec(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        return query && query->next() ? query->value(0).toString() : QString();
    };
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
    QVERIFY(pragma("busy_timeout").toInt() >= 5000);
    QCOMPARE(pragma("user_version").toInt(), Schema::currentVersion);
    QCOMPARE(pragma("application_id").toInt(), 0x4D415352);
    // The code tables are filled from the program's code lists.
    QCOMPARE(t.rows(QStringLiteral("channels")), int(Codes::channels().keys().size()));
    QCOMPARE(t.rows(QStringLiteral("states")), int(allOf<State>().size()));
    QCOMPARE(
        t.rows(QStringLiteral("direction_states")),
        int(Workflow::states(Direction::Incoming).size() + Workflow::states(Direction::Outgoing).size()));
    QVERIFY(t.rows(QStringLiteral("countries")) > 240);
}

void TestDatabaseStore::reopenKeepsData()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> created
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY2(created, qPrintable(created.error().fullText()));
    t.reopen();
    QVERIFY(!t.db().isNew());
    Result<Request> read = RequestReader(t.db()).get(created->reference);
    QVERIFY(read);
    QCOMPARE(read->summary, TestDatabase::incomingDraft().summary);
    QCOMPARE(read->persons, TestDatabase::incomingDraft().persons);
    QCOMPARE(int(read->history.size()), 1);
}

void TestDatabaseStore::missingFileIsNotCreatedUnlessAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(!db);
    QCOMPARE(db.error().kind(), Error::Kind::Storage);
    QVERIFY(!QFile::exists(path));

    // An empty file is not a register either, unless creating one is asked for.
    writeFile(path, QByteArray());
    QVERIFY(!Database::open(path, Database::OpenMode::ExistingOnly));
    QVERIFY(Database::open(path, Database::OpenMode::CreateIfMissing));
}

void TestDatabaseStore::upgradesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < Schema::currentVersion; ++version) {
        QTest::addRow("from %d", version) << version;
    }
}

void TestDatabaseStore::upgradesFromEveryOlderVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // Build a database as a program of that version left it.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        if (version > 0) {
            QCOMPARE(*Schema::upgrade(db, SqlDialect::sqlite(), version), 0);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES "
                                              "('elder', 'supervisor', '2020-01-01T00:00:00Z')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO requests (reference, direction, state, requesting_country, requested_country, "
                "channel, priority, confidentiality, received_on, summary) VALUES ('IN-2020-0001', "
                "'incoming', "
                "'received', 'TN', 'FR', 'central_authority', 'normal', 'restricted', '2020-01-02', "
                "'Saisie de comptes à Sousse')")));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), version);

    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.error().fullText()));
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion);
    db->reset();
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion);
    // The letterhead and the print log, since version 4.
    QCOMPARE(rawScalar(path,
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                      "('letterhead_lines', 'letterhead_logo', 'print_log')"))
                 .toInt(),
             3);
    if (version > 0) {
        QCOMPARE(rawScalar(path, QStringLiteral("SELECT role FROM users WHERE name = 'elder'")).toString(),
                 QStringLiteral("supervisor"));
        // Requests stored before quick find existed are found by it.
        QCOMPARE(rawScalar(path,
                           QStringLiteral("SELECT count(*) FROM request_search "
                                          "WHERE request_search MATCH 'sousse'"))
                     .toInt(),
                 1);
    }
    if (version > 0 && version < 3) {
        // Requests stored before deadlines were kept (version 3) wait for
        // theirs; the first refresh computes it: acknowledgement, 5 working
        // days in France from Thursday 2 January 2020.
        QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM deadline_queue")).toInt(), 1);
        Result<std::unique_ptr<Database>> again = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(again);
        QVERIFY((*again)->schemaVersion() == Schema::currentVersion);
        const Status refreshed = RequestService(**again).recomputeDeadlines();
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.fullText()));
        again->reset();
        QCOMPARE(rawScalar(path, QStringLiteral("SELECT next_deadline || ' ' || deadline_kind FROM requests"))
                     .toString(),
                 QStringLiteral("2020-01-09 acknowledgement"));
        QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM deadline_queue")).toInt(), 0);
    }
}

void TestDatabaseStore::upgradeFillsTheDayResultsCame()
{
    // A register of version 4 kept no day of results with its requests: the
    // upgrade fills it from the history, as the dashboard's figure read it
    // there: the local date (here Baghdad, UTC+3) of the first entry of the
    // request's own direction's results step.
    const TimeZone baghdad("Asia/Baghdad");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(*Schema::upgrade(db, SqlDialect::sqlite(), 4), 0);
        QSqlQuery query(db);
        const QString request = QStringLiteral(
            "INSERT INTO requests (id, reference, direction, state, disposition, requesting_country,"
            " requested_country, channel, priority, confidentiality, received_on, sent_on) VALUES");
        QVERIFY(query.exec(
            request
            + QStringLiteral("(1, 'IN-2020-0001', 'incoming', 'closed', 'executed', 'TN', 'ES',"
                             " 'central_authority', 'normal', 'normal', '2020-01-02', NULL),"
                             "(2, 'OUT-2020-0001', 'outgoing', 'results_received', NULL, 'ES', 'FR',"
                             " 'central_authority', 'normal', 'normal', NULL, '2020-01-03'),"
                             "(3, 'IN-2020-0002', 'incoming', 'results_sent', NULL, 'MA', 'ES',"
                             " 'central_authority', 'normal', 'normal', '2020-01-04', NULL),"
                             "(4, 'IN-2020-0003', 'incoming', 'received', NULL, 'EG', 'ES',"
                             " 'central_authority', 'normal', 'normal', '2020-01-05', NULL)")));
        const QString entry = QStringLiteral(
            "INSERT INTO history (request_id, at, actor, step, from_state, to_state) VALUES");
        QVERIFY(
            query.exec(entry
                       + QStringLiteral(
                           // Sent twice: the first counts, late in the evening in Baghdad.
                           "(1, '2020-02-10T21:30:00Z', 'elder', 'send_results', 'executed', 'results_sent'),"
                           "(1, '2020-03-01T08:00:00Z', 'elder', 'send_results', 'executed', 'results_sent'),"
                           "(2, '2020-02-20T20:59:59Z', 'elder', 'receive_results', 'in_execution_abroad',"
                           " 'results_received'),"
                           // Another direction's results step is not its own.
                           "(3, '2020-02-21T08:00:00Z', 'elder', 'receive_results', 'executed',"
                           " 'results_sent'),"
                           "(4, '2020-01-05T08:00:00Z', 'elder', 'import', NULL, 'received')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(db, qPrintable(db.error().fullText()));
    QCOMPARE((*db)->schemaVersion(), Schema::currentVersion);
    const QHash<QString, QString> expected = {{QStringLiteral("IN-2020-0001"), QStringLiteral("2020-02-11")},
                                              {QStringLiteral("OUT-2020-0001"), QStringLiteral("2020-02-20")},
                                              {QStringLiteral("IN-2020-0002"), QString()},
                                              {QStringLiteral("IN-2020-0003"), QString()}};
    Result<std::vector<Request>> all = RequestReader(**db).list(RequestFilter());
    QVERIFY(all);
    QCOMPARE(int(all->size()), 4);
    for (const Request& r : *all) {
        QCOMPARE(r.resultsOn.toString(Qt::ISODate), expected.value(r.reference));
    }
}

namespace {

// Every row of the text a word index reads, as one string a row.
QStringList folded(QSqlDatabase db, const QString& view)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(view))) {
        return {QStringLiteral("cannot read %1").arg(view)};
    }
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i) {
            values << query.value(i).toString();
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

void TestDatabaseStore::upgradeKeepsTheWordIndex()
{
    // Until version 5 the word index folded all text (Arabic marks and
    // letter variants); since, only text with Arabic in it. The text is the
    // same: an index written through the old views is whole for the new
    // ones, and finds what it found, Arabic with or without its marks.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    QStringList before;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(*Schema::upgrade(db, SqlDialect::sqlite(), 4), 0);
        // The views as version 4 made them: every text folded.
        QSqlQuery views(db);
        QVERIFY(views.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name")));
        std::vector<std::pair<QString, QString>> folding;
        while (views.next()) {
            folding.emplace_back(views.value(0).toString(), views.value(1).toString());
        }
        QCOMPARE(int(folding.size()), 6);
        static const QRegularExpression arabicOnly(QStringLiteral(
            "instr\\(CAST\\((\\w+) AS BLOB\\), x'D8'\\) > 0 OR instr\\(CAST\\(\\1 AS BLOB\\), x'D9'\\) > 0"));
        QSqlQuery query(db);
        for (auto it = folding.rbegin(); it != folding.rend(); ++it) {
            QVERIFY(query.exec(QStringLiteral("DROP VIEW %1").arg(it->first)));
        }
        for (const auto& [name, sql] : folding) {
            // The last view tests whether there is Arabic to fold.
            QVERIFY2(!name.endsWith(QLatin1String("_fold3")) || sql.contains(arabicOnly), qPrintable(sql));
            QVERIFY(query.exec(QString(sql).replace(arabicOnly, QStringLiteral("1"))));
        }
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO requests (id, reference, direction, state, requesting_country, requested_country,"
            " channel, priority, confidentiality, received_on, summary) VALUES"
            " (1, 'IN-2020-0001', 'incoming', 'received', 'EG', 'ES', 'central_authority', 'normal', "
            "'normal',"
            " '2020-01-02', 'طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ في قضية تمويل'),"
            " (2, 'IN-2020-0002', 'incoming', 'received', 'FR', 'ES', 'central_authority', 'normal', "
            "'normal',"
            " '2020-01-03', 'Audition de témoins à Lyon')")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO persons (request_id, name, role) VALUES"
                                      " (1, 'أحمد الغَزْواني', 'suspect'), (2, 'Élodie Martin', 'witness')")));
        before = folded(db, QStringLiteral("request_search_fold3"))
            + folded(db, QStringLiteral("person_search_fold3"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(db, qPrintable(db.error().fullText()));
    const QSqlDatabase connection = (*db)->connection();
    Result<QSqlQuery> views = Sql::exec(connection,
                                        QStringLiteral("SELECT count(*) FROM sqlite_master"
                                                       " WHERE type = 'view' AND sql LIKE '%instr(CAST(%'"));
    QVERIFY(views && views->next());
    QCOMPARE(views->value(0).toInt(), 2); // the first view of each index tests the text
    // The text the index reads is the text it was written with.
    QCOMPARE(folded(connection, QStringLiteral("request_search_fold3"))
                 + folded(connection, QStringLiteral("person_search_fold3")),
             before);
    QVERIFY(before.join(QString()).contains(QStringLiteral("طلب مساعده قضائيه")));
    const RequestReader reader(**db);
    const std::pair<const char*, int> finds[] = {
        {"مساعدة", 1},  {"مُسَاعَدَةٍ", 1}, {"قضائية", 1}, {"الغزواني", 1},
        {"temoins", 1}, {"elodie", 1}, {"lyon", 1},
    };
    for (const auto& [text, expected] : finds) {
        RequestFilter filter;
        filter.text = QString::fromUtf8(text);
        Result<int> found = reader.count(filter);
        QVERIFY(found);
        QVERIFY2(*found == expected, text);
    }
}

void TestDatabaseStore::codesAddedSinceAreAddedOnOpen()
{
    // A register of the current schema version as an earlier Masar would have
    // left it, had a step and a state of a direction been added since.
    QTemporaryDir dir;
    const QString path = createMasarDatabase(dir, QStringLiteral("earlier.sqlite"));
    QVERIFY(!path.isEmpty());
    QVERIFY(rawExec(path,
                    {QStringLiteral("DELETE FROM steps WHERE code = 'add_document'"),
                     QStringLiteral("DELETE FROM direction_states WHERE direction = 'outgoing' "
                                    "AND state = 'results_forwarded'")}));
    const QString addDocument = QStringLiteral("SELECT count(*) FROM steps WHERE code = 'add_document'");
    const QString forwarded = QStringLiteral(
        "SELECT count(*) FROM direction_states WHERE direction = 'outgoing' AND state = 'results_forwarded'");
    QCOMPARE(rawScalar(path, addDocument).toInt(), 0);
    QCOMPARE(rawScalar(path, forwarded).toInt(), 0);

    // Read-only, it is opened as it is and left untouched.
    const QString copy = dir.filePath(QStringLiteral("read-only copy.sqlite"));
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray copyBefore = TestDatabase::fileHash(copy);
    {
        Result<std::unique_ptr<Database>> db = Database::open(copy, Database::OpenMode::ExistingOnly);
        QVERIFY2(db, qPrintable(db.error().fullText()));
        QVERIFY((*db)->isReadOnly());
    }
    QCOMPARE(TestDatabase::fileHash(copy), copyBefore);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // Writable, it gets them when it is opened, at the same schema version.
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(db, qPrintable(db.error().fullText()));
        QVERIFY(!(*db)->isNew());
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion);
    }
    QCOMPARE(rawScalar(path, addDocument).toInt(), 1);
    QCOMPARE(rawScalar(path, forwarded).toInt(), 1);
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion);

    // Once every code is there, opening writes nothing.
    const QByteArray before = TestDatabase::fileHash(path);
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(db, qPrintable(db.error().fullText()));
    }
    QCOMPARE(TestDatabase::fileHash(path), before);
}

void TestDatabaseStore::newerSchemaIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = createMasarDatabase(dir, QStringLiteral("newer.sqlite"));
    // Still in WAL mode, as Masar leaves its databases.
    QVERIFY(rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1)}));
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    const QByteArray before = TestDatabase::fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(db.error().kind(), Error::Kind::Storage);
    QVERIFY2(db.error().message().contains(QLatin1String("newer")), qPrintable(db.error().message()));
    QCOMPARE(TestDatabase::fileHash(path), before);
    // Not even a lock file or a log was created beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabaseStore::foreignFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("sqlite"); // statements to build another program's SQLite database instead

    QTest::newRow("text") << QByteArray("Liste des demandes\nIN-2026-0001;MA;ES\n") << QString();
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i) {
        binary[i] = char((i * 131 + 7) % 256);
    }
    QTest::newRow("binary") << binary << QString();
    QTest::newRow("sqlite header only")
        << QByteArray("SQLite format 3\0garbage garbage garbage", 40) << QString();
    QTest::newRow("another program's database")
        << QByteArray() << QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)");
    QTest::newRow("another program's database with a version")
        << QByteArray() << QStringLiteral("PRAGMA user_version = 7");
}

void TestDatabaseStore::foreignFilesAreRefusedUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sqlite);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    if (sqlite.isEmpty()) {
        writeFile(path, content);
    } else {
        QVERIFY(rawExec(path, {sqlite, QStringLiteral("CREATE TABLE IF NOT EXISTS t (x)")}));
    }
    const QByteArray before = TestDatabase::fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    for (Database::OpenMode mode : {Database::OpenMode::ExistingOnly, Database::OpenMode::CreateIfMissing}) {
        Result<std::unique_ptr<Database>> db = Database::open(path, mode);
        QVERIFY(!db);
        QCOMPARE(db.error().kind(), Error::Kind::Storage);
        QVERIFY2(db.error().message().contains(QLatin1String("not a Masar database")),
                 qPrintable(db.error().message()));
    }
    QCOMPARE(TestDatabase::fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabaseStore::damagedDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = createMasarDatabase(dir, QStringLiteral("damaged.sqlite"));
    QVERIFY(rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
    const int pageSize = rawScalar(path, QStringLiteral("PRAGMA page_size")).toInt();
    const int pages = rawScalar(path, QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(pages > 4);
    {
        // Scribble over the b-tree pages after the first, as a failing disk would.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (int page = 2; page < pages; ++page) {
            file.seek(qint64(page) * pageSize);
            file.write(QByteArray(64, char(0x5A)));
        }
    }
    const QByteArray before = TestDatabase::fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(!db);
    QCOMPARE(db.error().kind(), Error::Kind::Storage);
    QVERIFY2(db.error().message().contains(QLatin1String("unchanged")), qPrintable(db.error().message()));
    QCOMPARE(TestDatabase::fileHash(path), before);
}

void TestDatabaseStore::fullCheckFindsWhatTheOpenCheckSkips()
{
    QTemporaryDir dir;
    const QString path = createMasarDatabase(dir, QStringLiteral("partly.sqlite"));
    QVERIFY(rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE")}));
    const int pageSize = rawScalar(path, QStringLiteral("PRAGMA page_size")).toInt();
    const int historyRoot
        = rawScalar(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'history'"))
              .toInt();
    QVERIFY(historyRoot > 1);
    {
        // Break the page type of the history table's root page only.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(qint64(historyRoot - 1) * pageSize);
        file.write(QByteArray(1, char(0x42)));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(db, qPrintable(db.error().fullText())); // the open check reads the users table only
    const Status status = (*db)->checkIntegrity();
    QVERIFY(!status.ok());
    QCOMPARE(status.kind(), Error::Kind::Storage);
    QVERIFY2(status.message().contains(QLatin1String("damaged")), qPrintable(status.message()));
}

void TestDatabaseStore::directoryIsRefused()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.path(), Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(db.error().kind(), Error::Kind::Storage);
    QVERIFY(db.error().message().contains(QLatin1String("folder")));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestDatabaseStore::readOnlyFileIsReadButNotWritten()
{
    TestDatabase t;
    Result<Request> created = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(created);
    t.close();
    QVERIFY(QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = TestDatabase::fileHash(t.path());

    Result<std::unique_ptr<Database>> db = Database::open(t.path(), Database::OpenMode::ExistingOnly);
    QVERIFY2(db, qPrintable(db.error().fullText()));
    QVERIFY((*db)->isReadOnly());
    QVERIFY(RequestReader(**db).get(created->reference));

    StepInput input;
    Result<StepOutcome> step
        = RequestService(**db, t.clock())
              .takeStep(t.user(QStringLiteral("officer")), created->reference, Step::Register, input);
    QVERIFY(!step);
    QCOMPARE(step.error().kind(), Error::Kind::Storage);
    QVERIFY2(step.error().message().contains(QLatin1String("read-only")), qPrintable(step.error().message()));
    db->reset();
    QCOMPARE(TestDatabase::fileHash(t.path()), before);
    QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::WriteOwner);
}

void TestDatabaseStore::foreignKeysAndChecksAreEnforced_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("history of no request")
        << QStringLiteral("INSERT INTO history (request_id, at, actor, step, to_state) "
                          "VALUES (999, '2026-03-02T09:30:00Z', 'x', 'register', 'registered')");
    QTest::newRow("unknown country") << QStringLiteral(
        "INSERT INTO requests (reference, direction, state, requesting_country, requested_country, "
        "channel, priority, confidentiality, received_on) VALUES ('IN-2026-0900', 'incoming', "
        "'received', 'XX', 'ES', 'central_authority', 'normal', 'normal', '2026-03-02')");
    QTest::newRow("state of the other direction") << QStringLiteral(
        "INSERT INTO requests (reference, direction, state, requesting_country, requested_country, "
        "channel, priority, confidentiality, received_on) VALUES ('IN-2026-0901', 'incoming', "
        "'draft', 'MA', 'ES', 'central_authority', 'normal', 'normal', '2026-03-02')");
    QTest::newRow("closed without disposition") << QStringLiteral(
        "INSERT INTO requests (reference, direction, state, requesting_country, requested_country, "
        "channel, priority, confidentiality, received_on) VALUES ('IN-2026-0902', 'incoming', "
        "'closed', 'MA', 'ES', 'central_authority', 'normal', 'normal', '2026-03-02')");
    QTest::newRow("same countries") << QStringLiteral(
        "INSERT INTO requests (reference, direction, state, requesting_country, requested_country, "
        "channel, priority, confidentiality, received_on) VALUES ('IN-2026-0903', 'incoming', "
        "'received', 'ES', 'ES', 'central_authority', 'normal', 'normal', '2026-03-02')");
    QTest::newRow("person without role")
        << QStringLiteral("INSERT INTO persons (request_id, name, role) VALUES (1, 'Sans rôle', NULL)");
    QTest::newRow("history of an unknown state")
        << QStringLiteral("INSERT INTO history (request_id, at, actor, step, from_state, to_state) "
                          "VALUES (1, '2026-03-02T09:30:00Z', 'x', 'register', 'received', 'limbo')");
    QTest::newRow("print of no request") << QStringLiteral(
        "INSERT INTO print_log (printed_at, user_id, document, request_id, request_count, with_persons, "
        "language, format) VALUES ('2026-03-02T09:30:00Z', 1, 'summary', 999, 1, 1, 'fr', 'pdf')");
    QTest::newRow("print in an unknown format") << QStringLiteral(
        "INSERT INTO print_log (printed_at, user_id, document, request_count, with_persons, language, "
        "format) VALUES ('2026-03-02T09:30:00Z', 1, 'status_report', 3, 0, 'fr', 'docx')");
    QTest::newRow("letterhead in another language") << QStringLiteral(
        "INSERT INTO letterhead_lines (language, ministry, department, changed_at, changed_by) "
        "VALUES ('de', 'Bundesministerium der Justiz', '', '2026-03-02T09:30:00Z', 'admin')");
    QTest::newRow("a second logo") << QStringLiteral(
        "INSERT INTO letterhead_logo (id, media_type, content, changed_at, changed_by) "
        "VALUES (2, 'image/png', X'89504E47', '2026-03-02T09:30:00Z', 'admin')");
    QTest::newRow("a logo of another type")
        << QStringLiteral("INSERT INTO letterhead_logo (id, media_type, content, changed_at, changed_by) "
                          "VALUES (1, 'image/gif', X'47494638', '2026-03-02T09:30:00Z', 'admin')");
    QTest::newRow("unknown role of a user") << QStringLiteral(
        "INSERT INTO users (name, role, created_at) VALUES ('x', 'king', '2026-03-02T09:30:00Z')");
}

void TestDatabaseStore::foreignKeysAndChecksAreEnforced()
{
    QFETCH(QString, sql);
    TestDatabase t;
    QVERIFY(RequestService(t.db(), t.clock())
                .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    const int requests = t.rows(QStringLiteral("requests"));
    const int persons = t.rows(QStringLiteral("persons"));
    Result<QSqlQuery> query = Sql::exec(t.db().connection(), sql);
    QVERIFY2(!query, "the database accepted a row that breaks its constraints");
    QCOMPARE(t.rows(QStringLiteral("requests")), requests);
    QCOMPARE(t.rows(QStringLiteral("persons")), persons);
}

void TestDatabaseStore::historyIsAppendOnly()
{
    TestDatabase t;
    QVERIFY(RequestService(t.db(), t.clock())
                .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QVERIFY(!Sql::exec(t.db().connection(), QStringLiteral("UPDATE history SET actor = 'someone else'")));
    QVERIFY(!Sql::exec(t.db().connection(), QStringLiteral("DELETE FROM history")));
    QCOMPARE(t.rows(QStringLiteral("history")), 1);
    Result<QSqlQuery> actor = Sql::exec(t.db().connection(), QStringLiteral("SELECT actor FROM history"));
    QVERIFY(actor && actor->next());
    QCOMPARE(actor->value(0).toString(), QStringLiteral("officer"));
}

void TestDatabaseStore::fullDiskWritesNothing()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> created
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(created);
    // Let the database grow by a few pages only: SQLite then fails exactly as on a full disk.
    Result<QSqlQuery> pages = Sql::exec(t.db().connection(), QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages && pages->next());
    QVERIFY(Sql::exec(t.db().connection(),
                      QStringLiteral("PRAGMA max_page_count = %1").arg(pages->value(0).toInt() + 2)));
    const int history = t.rows(QStringLiteral("history"));
    StepInput input;
    input.document = DocumentInput {QStringLiteral("scan.tiff"), QStringLiteral("image/tiff"),
                                    QByteArray(256 * 1024, 'x')};
    Result<StepOutcome> step
        = service.takeStep(t.user(QStringLiteral("officer")), created->reference, Step::AddDocument, input);
    QVERIFY(!step);
    QCOMPARE(step.error().kind(), Error::Kind::Storage);
    QVERIFY2(step.error().message().contains(QLatin1String("disk is full")),
             qPrintable(step.error().message()));
    QCOMPARE(t.rows(QStringLiteral("history")), history);
    QCOMPARE(t.rows(QStringLiteral("documents")), 0);
}

namespace {

// Starts masar-hold-lock and returns once it holds the lock.
bool holdLock(QProcess& process, const QString& path, int milliseconds)
{
    process.start(QStringLiteral(MASAR_HOLD_LOCK_PATH), {path, QString::number(milliseconds)});
    if (!process.waitForStarted(5000)) {
        return false;
    }
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(5000)) {
            return false;
        }
    }
    return process.readLine().trimmed() == "locked";
}

} // namespace

void TestDatabaseStore::writerWaitsForAnotherProcess()
{
    TestDatabase t;
    Result<Request> created = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(created);
    QProcess other;
    QVERIFY(holdLock(other, t.path(), 1500));
    QElapsedTimer timer;
    timer.start();
    Result<StepOutcome> step
        = RequestService(t.db(), t.clock())
              .takeStep(t.user(QStringLiteral("officer")), created->reference, Step::Register, {});
    QVERIFY2(step, qPrintable(step.error().fullText()));
    QVERIFY2(timer.elapsed() >= 1000, "the write did not wait for the other program's lock");
    QVERIFY(other.waitForFinished(10000));
    QCOMPARE(RequestReader(t.db()).get(created->reference)->state, State::Registered);
}

void TestDatabaseStore::writerGivesUpAfterTheBusyTimeout()
{
    TestDatabase t;
    Result<Request> created = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(created);
    QProcess other;
    QVERIFY(holdLock(other, t.path(), 7000));
    QElapsedTimer timer;
    timer.start();
    Result<StepOutcome> step
        = RequestService(t.db(), t.clock())
              .takeStep(t.user(QStringLiteral("officer")), created->reference, Step::Register, {});
    QVERIFY(!step);
    QCOMPARE(step.error().kind(), Error::Kind::Storage);
    QVERIFY2(step.error().message().contains(QLatin1String("locked")), qPrintable(step.error().message()));
    QVERIFY(timer.elapsed() >= 4500);
    QVERIFY(other.waitForFinished(10000));
    QCOMPARE(t.rows(QStringLiteral("history")), 1);
    QCOMPARE(RequestReader(t.db()).get(created->reference)->state, State::Received);
}

QTEST_GUILESS_MAIN(TestDatabaseStore)
#include "tst_database.moc"
