// The letterhead of printed documents and the log of what was printed
// (schema version 4): stored and read back whole, changed by administrators
// only, names and logos checked before anything is written; every print
// recorded with who, when and what, listed by period newest first, never
// changed afterwards; and a register of version 3 brought up to them.
#include "TestDatabase.h"
#include "services/LetterheadStore.h"
#include "services/PrintLog.h"
#include "services/Users.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Masar;
using Masar::Test::TestDatabase;

Q_DECLARE_METATYPE(Masar::PrintRecord)

namespace {

QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// The first bytes of a PNG: its signature and header chunk (a 1 × 1 image),
// and `size` bytes in all; what follows is not read by the model.
QByteArray png(int size = 64)
{
    static const char header[] = "\x89PNG\r\n\x1a\n"
                                 "\x00\x00\x00\x0d"
                                 "IHDR"
                                 "\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
                                 "\x1f\x15\xc4\x89";
    QByteArray bytes(header, sizeof(header) - 1);
    bytes.append(QByteArray(qMax(0, size - int(bytes.size())), 'x'));
    return bytes;
}

QByteArray jpeg()
{
    static const char bytes[] = "\xff\xd8\xff\xe0\x00\x10"
                                "JFIF"
                                "\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9";
    return QByteArray(bytes, sizeof(bytes) - 1);
}

Letterhead sample()
{
    Letterhead letterhead;
    letterhead.lines.insert(QStringLiteral("ar"),
                            {str("وزارة العدل"), str("السلطة المركزية للتعاون القضائي الدولي")});
    letterhead.lines.insert(
        QStringLiteral("fr"),
        {str("Ministère de la Justice"), str("Autorité centrale pour l'entraide judiciaire")});
    letterhead.lines.insert(QStringLiteral("en"), {str("Ministry of Justice"), QString()});
    letterhead.logo = png();
    letterhead.logoMediaType = QStringLiteral("image/png");
    return letterhead;
}

PrintRecord summaryOf(const QString& reference, const QString& format = QStringLiteral("pdf"))
{
    PrintRecord record;
    record.document = QStringLiteral("summary");
    record.reference = reference;
    record.requests = 1;
    record.withPersons = true;
    record.language = QStringLiteral("fr");
    record.format = format;
    return record;
}

PrintRecord report(int requests, const QString& language = QStringLiteral("ar"))
{
    PrintRecord record;
    record.document = QStringLiteral("status_report");
    record.requests = requests;
    record.language = language;
    record.format = QStringLiteral("html");
    return record;
}

} // namespace

class TestLetterhead : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aNewRegisterHasNone();
    void storesAndReadsBackTrimmed();
    void aChangeReplacesTheWholeLetterhead();
    void onlyAnAdministratorChangesIt_data();
    void onlyAnAdministratorChangesIt();
    void refusesBadLinesAndWritesNothing_data();
    void refusesBadLinesAndWritesNothing();
    void linesOfTwoHundredCharactersAreKept();
    void logoMediaTypeIsReadFromTheBytes_data();
    void logoMediaTypeIsReadFromTheBytes();
    void aLogoFileIsReadAndChecked();
    void recordsAndListsPrintsNewestFirst();
    void listsAPeriodOfDays();
    void refusesBadRecordsAndWritesNothing_data();
    void refusesBadRecordsAndWritesNothing();
    void onlyAdministratorsAndSupervisorsReadTheLog();
    void theLogIsAppendOnly();
    void keepsTheRequestsAReportShowed();
    void aVersion3RegisterIsUpgraded();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestLetterhead::init()
{
    m_db = std::make_unique<TestDatabase>();
}

void TestLetterhead::cleanup()
{
    m_db.reset();
}

void TestLetterhead::aNewRegisterHasNone()
{
    Result<Letterhead> read = LetterheadStore(m_db->db()).read();
    QVERIFY2(read, qPrintable(read.error().fullText()));
    QVERIFY(read->isEmpty());
    QVERIFY(read->lines.isEmpty());
    QVERIFY(read->linesIn(QStringLiteral("ar")).isEmpty());
    QCOMPARE(*read, Letterhead());
}

void TestLetterhead::storesAndReadsBackTrimmed()
{
    Letterhead given = sample();
    given.lines[QStringLiteral("fr")].ministry = str("  Ministère de la Justice \u00a0");
    given.logoMediaType = QStringLiteral("image/gif"); // not believed: read from the bytes
    LetterheadStore settings(m_db->db(), m_db->clock());
    const Status changed = settings.change(m_db->user(QStringLiteral("admin")), given);
    QVERIFY2(changed.ok(), qPrintable(changed.fullText()));

    Result<Letterhead> read = settings.read();
    QVERIFY(read);
    QCOMPARE(*read, sample());
    QCOMPARE(read->linesIn(QStringLiteral("fr")).ministry, str("Ministère de la Justice"));
    QCOMPARE(read->linesIn(QStringLiteral("ar")).department, str("السلطة المركزية للتعاون القضائي الدولي"));
    QCOMPARE(read->logo, png());
    QCOMPARE(read->logoMediaType, QStringLiteral("image/png"));
    QVERIFY(!read->isEmpty());
    // Who changed it, and when, is kept with each row.
    Result<QSqlQuery> rows
        = Sql::exec(m_db->db().connection(),
                    QStringLiteral("SELECT changed_by || ' ' || changed_at FROM letterhead_lines UNION ALL "
                                   "SELECT changed_by || ' ' || changed_at FROM letterhead_logo"));
    QVERIFY(rows);
    int count = 0;
    while (rows->next()) {
        QCOMPARE(rows->value(0).toString(), QStringLiteral("admin 2026-03-02T09:30:00Z"));
        ++count;
    }
    QCOMPARE(count, 4);
}

void TestLetterhead::aChangeReplacesTheWholeLetterhead()
{
    LetterheadStore settings(m_db->db(), m_db->clock());
    const User admin = m_db->user(QStringLiteral("admin"));
    QVERIFY(settings.change(admin, sample()).ok());

    Letterhead next;
    next.lines.insert(QStringLiteral("fr"),
                      {str("Ministère de la Justice"), str("Bureau de l'entraide pénale")});
    next.lines.insert(QStringLiteral("ar"), {QStringLiteral("  "), QString()}); // empty: no Arabic lines
    next.logo = jpeg();
    QVERIFY(settings.change(admin, next).ok());
    Result<Letterhead> read = settings.read();
    QVERIFY(read);
    QCOMPARE(read->lines.keys(), QStringList {QStringLiteral("fr")});
    QCOMPARE(read->linesIn(QStringLiteral("fr")).department, str("Bureau de l'entraide pénale"));
    QCOMPARE(read->logoMediaType, QStringLiteral("image/jpeg"));
    QCOMPARE(m_db->rows(QStringLiteral("letterhead_lines")), 1);

    // No lines and no logo: nothing is left.
    QVERIFY(settings.change(admin, Letterhead()).ok());
    QVERIFY(settings.read()->isEmpty());
    QCOMPARE(m_db->rows(QStringLiteral("letterhead_lines")), 0);
    QCOMPARE(m_db->rows(QStringLiteral("letterhead_logo")), 0);
}

void TestLetterhead::onlyAnAdministratorChangesIt_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("officer") << QStringLiteral("officer");
    QTest::newRow("supervisor") << QStringLiteral("supervisor");
    QTest::newRow("clerk") << QStringLiteral("clerk");
}

void TestLetterhead::onlyAnAdministratorChangesIt()
{
    QFETCH(QString, user);
    LetterheadStore settings(m_db->db(), m_db->clock());
    const Status refused = settings.change(m_db->user(user), sample());
    QCOMPARE(refused.kind(), Error::Kind::Forbidden);
    QVERIFY2(refused.message().contains(QLatin1String("administrator")), qPrintable(refused.message()));
    QVERIFY(settings.read()->isEmpty());
    QCOMPARE(m_db->rows(QStringLiteral("letterhead_lines")), 0);
    QCOMPARE(m_db->rows(QStringLiteral("letterhead_logo")), 0);
}

void TestLetterhead::refusesBadLinesAndWritesNothing_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("ministry");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QByteArray>("logo");
    QTest::addColumn<QString>("said"); // a fragment of the message

    const QString ministry = QStringLiteral("Ministry of Justice");
    QTest::newRow("Arabic name too long")
        << QStringLiteral("ar") << QString(201, QChar(0x0645)) << QString() << QByteArray()
        << QStringLiteral("ministry's name in Arabic has 201 characters");
    QTest::newRow("French line too long")
        << QStringLiteral("fr") << ministry << QString(250, QLatin1Char('e')) << QByteArray()
        << QStringLiteral("department's line in French has 250 characters");
    QTest::newRow("line break in a name")
        << QStringLiteral("en") << QStringLiteral("Ministry\nof Justice") << QString() << QByteArray()
        << QStringLiteral("ministry's name in English is one line");
    QTest::newRow("tab in a department")
        << QStringLiteral("ar") << ministry << QStringLiteral("Central\tauthority") << QByteArray()
        << QStringLiteral("department's line in Arabic is one line");
    QTest::newRow("paragraph separator")
        << QStringLiteral("fr") << QStringLiteral("Ministère\u2029de la Justice") << QString() << QByteArray()
        << QStringLiteral("in French is one line");
    QTest::newRow("department without ministry")
        << QStringLiteral("en") << QString() << QStringLiteral("Central authority") << QByteArray()
        << QStringLiteral("needs the ministry's name");
    QTest::newRow("another language")
        << QStringLiteral("de") << QStringLiteral("Bundesministerium der Justiz") << QString() << QByteArray()
        << QStringLiteral("not in “de”");
    QTest::newRow("a GIF for a logo")
        << QStringLiteral("en") << ministry << QString()
        << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14) << QStringLiteral("not a PNG or JPEG");
    QTest::newRow("a logo too large")
        << QStringLiteral("en") << ministry << QString() << png(LetterheadStore::largestLogo + 1)
        << QStringLiteral("the largest a logo may be");
}

void TestLetterhead::refusesBadLinesAndWritesNothing()
{
    QFETCH(QString, language);
    QFETCH(QString, ministry);
    QFETCH(QString, department);
    QFETCH(QByteArray, logo);
    QFETCH(QString, said);
    LetterheadStore settings(m_db->db(), m_db->clock());
    const User admin = m_db->user(QStringLiteral("admin"));
    QVERIFY(settings.change(admin, sample()).ok());

    Letterhead bad = sample();
    bad.lines.insert(language, {ministry, department});
    if (!logo.isEmpty()) {
        bad.logo = logo;
    }
    const Status refused = settings.change(admin, bad);
    QCOMPARE(refused.kind(), Error::Kind::Invalid);
    QVERIFY2(refused.message().contains(said), qPrintable(refused.message()));
    QCOMPARE(*settings.read(), sample());
}

void TestLetterhead::linesOfTwoHundredCharactersAreKept()
{
    Letterhead longest;
    longest.lines.insert(QStringLiteral("ar"), {QString(200, QChar(0x0645)), QString(200, QChar(0x0644))});
    LetterheadStore settings(m_db->db(), m_db->clock());
    const Status changed = settings.change(m_db->user(QStringLiteral("admin")), longest);
    QVERIFY2(changed.ok(), qPrintable(changed.fullText()));
    QCOMPARE(*settings.read(), longest);
}

void TestLetterhead::logoMediaTypeIsReadFromTheBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("type"); // empty: refused
    QTest::addColumn<QString>("said");

    QTest::newRow("PNG") << png() << QStringLiteral("image/png") << QString();
    QTest::newRow("PNG of the largest size")
        << png(LetterheadStore::largestLogo) << QStringLiteral("image/png") << QString();
    QTest::newRow("JPEG") << jpeg() << QStringLiteral("image/jpeg") << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("empty");
    QTest::newRow("one byte too large") << png(LetterheadStore::largestLogo + 1) << QString()
                                        << QStringLiteral("the largest a logo may be");
    QTest::newRow("PNG signature alone")
        << QByteArray("\x89PNG\r\n\x1a\n", 8) << QString() << QStringLiteral("not a PNG or JPEG");
    QTest::newRow("SVG") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") << QString()
                         << QStringLiteral("not a PNG or JPEG");
    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n") << QString() << QStringLiteral("not a PNG or JPEG");
    QTest::newRow("BMP") << QByteArray("BM\x36\x00\x00\x00", 6) << QString()
                         << QStringLiteral("not a PNG or JPEG");
}

void TestLetterhead::logoMediaTypeIsReadFromTheBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, type);
    QFETCH(QString, said);
    Result<QString> read = LetterheadStore::logoMediaType(bytes);
    if (type.isEmpty()) {
        QVERIFY(!read);
        QCOMPARE(read.error().kind(), Error::Kind::Invalid);
        QVERIFY2(read.error().message().contains(said), qPrintable(read.error().message()));
    } else {
        QVERIFY2(read, qPrintable(read.error().message()));
        QCOMPARE(*read, type);
    }
}

void TestLetterhead::aLogoFileIsReadAndChecked()
{
    QTemporaryDir dir;
    const auto write = [&dir](const char* name, const QByteArray& bytes) {
        QFile file(dir.filePath(QLatin1String(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return QString();
        }
        return file.fileName();
    };
    const QString good = write("emblem.png", png(5000));
    Result<QByteArray> read = LetterheadStore::readLogoFile(good);
    QVERIFY2(read, qPrintable(read.error().message()));
    QCOMPARE(*read, png(5000));

    const QString large = write("scan.png", png(3 * 1024 * 1024));
    read = LetterheadStore::readLogoFile(large);
    QVERIFY(!read);
    QVERIFY2(read.error().message().contains(QLatin1String("scan.png"))
                 && read.error().message().contains(QLatin1String("the largest a logo may be")),
             qPrintable(read.error().message()));

    read = LetterheadStore::readLogoFile(write("emblem.svg", "<svg/>"));
    QVERIFY(!read);
    QVERIFY2(read.error().message().contains(QLatin1String("not a PNG or JPEG")),
             qPrintable(read.error().message()));

    read = LetterheadStore::readLogoFile(dir.filePath(QStringLiteral("absent.png")));
    QVERIFY(!read);
    QCOMPARE(read.error().kind(), Error::Kind::Invalid);
    QVERIFY2(read.error().message().contains(QLatin1String("cannot be read")),
             qPrintable(read.error().message()));
}

void TestLetterhead::recordsAndListsPrintsNewestFirst()
{
    const QString first = m_db->createIncomingTo(QStringLiteral("MA"), QDate(2026, 3, 2));
    QVERIFY(!first.isEmpty());
    PrintLog log(m_db->db(), m_db->clock());
    m_db->clock().set(QDateTime(QDate(2026, 3, 10), QTime(8, 15, 7), Qt::UTC));
    PrintRecord summary = summaryOf(first);
    summary.requests = 7; // a summary is of its one request
    summary.user = QStringLiteral("someone else"); // not believed
    summary.at = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC); // nor this
    QVERIFY(log.record(m_db->user(QStringLiteral("clerk")), summary).ok());
    m_db->clock().advanceSeconds(90);
    const Status recorded = log.record(m_db->user(QStringLiteral("supervisor")), report(42));
    QVERIFY2(recorded.ok(), qPrintable(recorded.fullText()));
    m_db->clock().advanceSeconds(30);
    QVERIFY(
        log.record(m_db->user(QStringLiteral("officer")), summaryOf(first, QStringLiteral("printer"))).ok());

    Result<std::vector<PrintRecord>> listed = log.list(m_db->user(QStringLiteral("admin")), QDate(), QDate());
    QVERIFY2(listed, qPrintable(listed.error().fullText()));
    QCOMPARE(int(listed->size()), 3);
    const PrintRecord& newest = listed->at(0);
    QCOMPARE(newest.at, QDateTime(QDate(2026, 3, 10), QTime(8, 17, 7), Qt::UTC));
    QCOMPARE(newest.user, QStringLiteral("officer"));
    QCOMPARE(newest.format, QStringLiteral("printer"));
    const PrintRecord& middle = listed->at(1);
    QCOMPARE(middle.user, QStringLiteral("supervisor"));
    QCOMPARE(middle.document, QStringLiteral("status_report"));
    QCOMPARE(middle.reference, QString());
    QCOMPARE(middle.requests, 42);
    QCOMPARE(middle.withPersons, false);
    QCOMPARE(middle.language, QStringLiteral("ar"));
    QCOMPARE(middle.format, QStringLiteral("html"));
    PrintRecord expected = summaryOf(first);
    expected.at = QDateTime(QDate(2026, 3, 10), QTime(8, 15, 7), Qt::UTC);
    expected.user = QStringLiteral("clerk");
    QCOMPARE(listed->at(2), expected);
    // Kept as the history keeps time: UTC, to the second.
    Result<QSqlQuery> stored = Sql::exec(
        m_db->db().connection(), QStringLiteral("SELECT printed_at, request_id FROM print_log ORDER BY id"));
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), QStringLiteral("2026-03-10T08:15:07Z"));
    QVERIFY(stored->value(1).toLongLong() > 0);
    QVERIFY(stored->next());
    QVERIFY(stored->value(1).isNull());
}

void TestLetterhead::listsAPeriodOfDays()
{
    PrintLog log(m_db->db(), m_db->clock());
    const User clerk = m_db->user(QStringLiteral("clerk"));
    // One report a day from 1 to 5 March, at the start and the end of the day (the office's time).
    for (int day = 1; day <= 5; ++day) {
        for (const QTime& time : {QTime(0, 0, 0), QTime(23, 59, 59)}) {
            m_db->clock().set(QDateTime(QDate(2026, 3, day), time).toUTC());
            QVERIFY(log.record(clerk, report(day)).ok());
        }
    }
    const User supervisor = m_db->user(QStringLiteral("supervisor"));
    const auto counts = [&](const QDate& from, const QDate& until) {
        QList<int> days;
        Result<std::vector<PrintRecord>> listed = log.list(supervisor, from, until);
        if (listed) {
            for (const PrintRecord& record : *listed) {
                days << record.requests;
            }
        }
        return days;
    };
    QCOMPARE(counts(QDate(2026, 3, 2), QDate(2026, 3, 3)), (QList<int> {3, 3, 2, 2}));
    QCOMPARE(counts(QDate(2026, 3, 4), QDate()), (QList<int> {5, 5, 4, 4}));
    QCOMPARE(counts(QDate(), QDate(2026, 3, 1)), (QList<int> {1, 1}));
    QCOMPARE(counts(QDate(2026, 3, 5), QDate(2026, 3, 5)), (QList<int> {5, 5}));
    QCOMPARE(counts(QDate(2026, 3, 6), QDate()), QList<int>());
    QCOMPARE(counts(QDate(), QDate()).size(), 10);

    Result<std::vector<PrintRecord>> backwards = log.list(supervisor, QDate(2026, 3, 5), QDate(2026, 3, 1));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().kind(), Error::Kind::Invalid);
}

void TestLetterhead::refusesBadRecordsAndWritesNothing_data()
{
    QTest::addColumn<PrintRecord>("record");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("said");

    PrintRecord record = summaryOf(QStringLiteral("IN-2026-0999"));
    QTest::newRow("summary of no request")
        << record << int(Error::Kind::NotFound) << QStringLiteral("IN-2026-0999");
    record = summaryOf(QString());
    QTest::newRow("summary without a reference")
        << record << int(Error::Kind::Invalid) << QStringLiteral("names its request");
    record = report(3);
    record.reference = QStringLiteral("@first");
    QTest::newRow("report of one request") << record << int(Error::Kind::Invalid) << QStringLiteral("list");
    record = report(3);
    record.document = QStringLiteral("letter");
    QTest::newRow("unknown document") << record << int(Error::Kind::Invalid) << QStringLiteral("“letter”");
    record = report(3);
    record.format = QStringLiteral("docx");
    QTest::newRow("unknown format") << record << int(Error::Kind::Invalid) << QStringLiteral("“docx”");
    record = report(3, QStringLiteral("es"));
    QTest::newRow("unknown language") << record << int(Error::Kind::Invalid) << QStringLiteral("“es”");
    record = report(-1);
    QTest::newRow("negative count") << record << int(Error::Kind::Invalid) << QStringLiteral("negative");
    record = report(3);
    record.requestIds = {1, 2};
    QTest::newRow("fewer requests named than shown")
        << record << int(Error::Kind::Invalid) << QStringLiteral("as many requests");
}

void TestLetterhead::refusesBadRecordsAndWritesNothing()
{
    QFETCH(PrintRecord, record);
    QFETCH(int, kind);
    QFETCH(QString, said);
    const QString first = m_db->createIncomingTo(QStringLiteral("MA"), QDate(2026, 3, 2));
    if (record.reference == QLatin1String("@first")) {
        record.reference = first;
    }
    const Status refused
        = PrintLog(m_db->db(), m_db->clock()).record(m_db->user(QStringLiteral("clerk")), record);
    QCOMPARE(int(refused.kind()), kind);
    QVERIFY2(refused.message().contains(said), qPrintable(refused.message()));
    QCOMPARE(m_db->rows(QStringLiteral("print_log")), 0);
}

void TestLetterhead::keepsTheRequestsAReportShowed()
{
    // More than one statement's worth of rows.
    std::vector<qint64> ids;
    for (int i = 0; i < 450; ++i) {
        const QString reference = m_db->createIncomingTo(QStringLiteral("MA"), QDate(2026, 3, 2));
        Result<QSqlQuery> id
            = Sql::exec(m_db->db().connection(),
                        QStringLiteral("SELECT id FROM requests WHERE reference = ?"), {reference});
        QVERIFY(id && id->next());
        ids.push_back(id->value(0).toLongLong());
    }
    PrintRecord record = report(int(ids.size()));
    record.requestIds = ids;
    PrintLog log(m_db->db(), m_db->clock());
    QVERIFY(log.record(m_db->user(QStringLiteral("supervisor")), report(0)).ok());
    const Status recorded = log.record(m_db->user(QStringLiteral("supervisor")), record);
    QVERIFY2(recorded.ok(), qPrintable(recorded.fullText()));
    Result<QSqlQuery> kept
        = Sql::exec(m_db->db().connection(),
                    QStringLiteral("SELECT k.request_id FROM print_log_requests k JOIN print_log p "
                                   "ON p.id = k.print_id WHERE p.request_count = 450 "
                                   "ORDER BY k.request_id"));
    QVERIFY(kept);
    std::vector<qint64> found;
    while (kept->next()) {
        found.push_back(kept->value(0).toLongLong());
    }
    QCOMPARE(found, ids);
    QCOMPARE(m_db->rows(QStringLiteral("print_log_requests")), 450);
    // As append-only as the log.
    QVERIFY(!Sql::exec(m_db->db().connection(), QStringLiteral("DELETE FROM print_log_requests")));
}

void TestLetterhead::onlyAdministratorsAndSupervisorsReadTheLog()
{
    PrintLog log(m_db->db(), m_db->clock());
    QVERIFY(log.record(m_db->user(QStringLiteral("clerk")), report(2)).ok());
    for (const char* name : {"officer", "officer2", "clerk"}) {
        Result<std::vector<PrintRecord>> listed = log.list(m_db->user(QLatin1String(name)), QDate(), QDate());
        QVERIFY(!listed);
        QCOMPARE(listed.error().kind(), Error::Kind::Forbidden);
    }
    for (const char* name : {"admin", "supervisor"}) {
        Result<std::vector<PrintRecord>> listed = log.list(m_db->user(QLatin1String(name)), QDate(), QDate());
        QVERIFY(listed);
        QCOMPARE(int(listed->size()), 1);
    }
    QVERIFY(PrintLog::mayRead(Role::Administrator));
    QVERIFY(PrintLog::mayRead(Role::Supervisor));
    QVERIFY(!PrintLog::mayRead(Role::Officer));
    QVERIFY(!PrintLog::mayRead(Role::Clerk));
}

void TestLetterhead::theLogIsAppendOnly()
{
    PrintLog log(m_db->db(), m_db->clock());
    QVERIFY(log.record(m_db->user(QStringLiteral("clerk")), report(2)).ok());
    const QSqlDatabase db = m_db->db().connection();
    QVERIFY(!Sql::exec(db, QStringLiteral("UPDATE print_log SET user_id = 1")));
    QVERIFY(!Sql::exec(db, QStringLiteral("DELETE FROM print_log")));
    // The database itself refuses what the model would: a summary of no request, a report of one.
    QVERIFY(!Sql::exec(db,
                       QStringLiteral("INSERT INTO print_log (printed_at, user_id, document, request_count, "
                                      "with_persons, language, format) VALUES ('2026-03-02T09:30:00Z', 1, "
                                      "'summary', 1, 0, 'ar', 'pdf')")));
    QVERIFY(!Sql::exec(db,
                       QStringLiteral("INSERT INTO print_log (printed_at, user_id, document, request_count, "
                                      "with_persons, language, format) VALUES ('2026-03-02T09:30:00Z', 1, "
                                      "'status_report', 1, 2, 'ar', 'pdf')")));
    QVERIFY(!Sql::exec(db,
                       QStringLiteral("INSERT INTO print_log (printed_at, user_id, document, request_count, "
                                      "with_persons, language, format) VALUES ('2026-03-02T09:30:00Z', 999, "
                                      "'status_report', 1, 0, 'ar', 'pdf')")));
    QCOMPARE(m_db->rows(QStringLiteral("print_log")), 1);
    Result<std::vector<PrintRecord>> listed = log.list(m_db->user(QStringLiteral("admin")), QDate(), QDate());
    QVERIFY(listed);
    QCOMPARE(listed->at(0).user, QStringLiteral("clerk"));
}

void TestLetterhead::aVersion3RegisterIsUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        Result<int> upgraded = Schema::upgrade(db, SqlDialect::sqlite(), 3);
        QVERIFY2(upgraded, qPrintable(upgraded.error().fullText()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES "
                                          "('amina', 'administrator', '2025-01-01T00:00:00Z')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES "
                                          "('karim', 'clerk', '2025-01-01T00:00:00Z')")));
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM print_log")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(opened, qPrintable(opened.error().fullText()));
    Database& db = **opened;
    QCOMPARE(db.schemaVersion(), Schema::currentVersion);
    Result<Letterhead> read = LetterheadStore(db).read();
    QVERIFY(read && read->isEmpty());

    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
    Users users(db, clock);
    const User amina = *users.find(QStringLiteral("amina"));
    QVERIFY(LetterheadStore(db, clock).change(amina, sample()).ok());
    QCOMPARE(*LetterheadStore(db).read(), sample());
    QVERIFY(PrintLog(db, clock).record(*users.find(QStringLiteral("karim")), report(12)).ok());
    Result<std::vector<PrintRecord>> listed = PrintLog(db, clock).list(amina, QDate(), QDate());
    QVERIFY(listed);
    QCOMPARE(int(listed->size()), 1);
    QCOMPARE(listed->at(0).user, QStringLiteral("karim"));
}

QTEST_GUILESS_MAIN(TestLetterhead)
#include "tst_letterhead.moc"
