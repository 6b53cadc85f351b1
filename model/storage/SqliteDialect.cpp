#include "SqliteDialect.h"

#include "Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QtEndian>

#include <algorithm>

namespace Masar {

SqlDialect::~SqlDialect() = default;

const SqlDialect& SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

QString SqliteDialect::driver() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::beginWrite() const
{
    // Qt's QSqlDatabase::transaction() issues a deferred BEGIN, which fails at
    // once with "database is locked" when another connection writes; an
    // immediate one waits for the busy timeout.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::beginRead() const
{
    // Deferred: the snapshot is taken at the first read, and writers are not blocked.
    return QStringLiteral("BEGIN DEFERRED");
}

QString SqliteDialect::idColumnType() const
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QString SqliteDialect::blobType() const
{
    return QStringLiteral("BLOB");
}

QString SqliteDialect::returningId() const
{
    return QString();
}

Result<qint64> SqliteDialect::insertedId(QSqlQuery& query) const
{
    const QVariant id = query.lastInsertId();
    if (!id.isValid()) {
        return Error::storage(tr("The database did not report the new row's id."));
    }
    return id.toLongLong();
}

QStringList SqliteDialect::appendOnlyTable(const QString& table) const
{
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1\n"
                       "BEGIN\n    SELECT RAISE(ABORT, '%1 is append-only');\nEND")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1\n"
                       "BEGIN\n    SELECT RAISE(ABORT, '%1 is append-only');\nEND")
            .arg(table),
    };
}

QString SqliteDialect::connectOptions(bool readOnly) const
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    return options;
}

namespace {

Result<QVariant> scalar(QSqlDatabase& db, const QString& sql)
{
    Result<QSqlQuery> query = Sql::exec(db, sql);
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error::storage(SqliteDialect::tr("The database gave no answer to “%1”.").arg(sql));
    }
    return query->value(0);
}

} // namespace

Result<SqlDialect::Probe> SqliteDialect::probeFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::storage(tr("The file cannot be read: %1").arg(file.errorString()));
    }
    const QByteArray header = file.read(100);
    Probe probe;
    if (header.isEmpty()) {
        return probe; // an empty file: SQLite makes a new database of it
    }
    probe.content = Content::Foreign;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return probe;
    }
    // The database header (https://www.sqlite.org/fileformat.html): big-endian
    // page count at 28, user version at 60, application id at 68; 2 at 18 is WAL.
    auto number = [&header](int offset) {
        return qFromBigEndian<quint32>(header.constData() + offset);
    };
    const bool writeAheadLog = header.at(18) == 2;
    probe.version = int(number(60));
    if (number(68) == quint32(applicationId)) {
        probe.content = Content::Masar;
        probe.certain = !writeAheadLog;
    } else if (number(68) == 0 && number(28) <= 1) {
        probe.content = Content::Empty; // no table yet, as far as the file says
        probe.certain = !writeAheadLog;
    }
    return probe;
}

Result<SqlDialect::Probe> SqliteDialect::probe(QSqlDatabase& db) const
{
    Result<QVariant> appId = scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        return appId.error();
    }
    Result<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return version.error();
    }
    Result<QVariant> objects = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects) {
        return objects.error();
    }
    Probe probe;
    probe.version = version->toInt();
    if (appId->toInt() == applicationId) {
        probe.content = Content::Masar;
    } else if (appId->toInt() == 0 && probe.version == 0 && objects->toInt() == 0) {
        probe.content = Content::Empty;
    } else {
        probe.content = Content::Foreign;
    }
    return probe;
}

Status SqliteDialect::checkIntegrity(QSqlDatabase& db, Check check) const
{
    // quick_check(users) reads the header, the schema and one b-tree: constant
    // time. A full quick_check of a register of a million requests with its
    // documents reads gigabytes; that is `masar-cli check`.
    const QString statement = check == Check::Cheap ? QStringLiteral("PRAGMA quick_check(users)")
                                                    : QStringLiteral("PRAGMA integrity_check");
    Result<QSqlQuery> query = Sql::exec(db, statement);
    if (!query) {
        return query.error();
    }
    QStringList problems;
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (!problems.isEmpty()) {
        return Error::storage(
            tr("The database is damaged (%1).").arg(problems.mid(0, 10).join(QLatin1String("; "))));
    }
    if (check == Check::Full) {
        Result<QSqlQuery> keys = Sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!keys) {
            return keys.error();
        }
        int broken = 0;
        while (keys->next()) {
            ++broken;
        }
        if (broken > 0) {
            return Error::storage(
                tr("The database is damaged: %n row(s) refer to rows that do not exist.", nullptr, broken));
        }
    }
    return Status();
}

Status SqliteDialect::configure(QSqlDatabase& db, bool readOnly) const
{
    QStringList statements = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    if (readOnly) {
        statements << QStringLiteral("PRAGMA query_only = ON");
    } else {
        statements << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString& statement : statements) {
        Result<QSqlQuery> query = Sql::exec(db, statement);
        if (!query) {
            return query.error();
        }
    }
    if (!readOnly) {
        return useWriteAheadLog(db);
    }
    return Status();
}

Status SqliteDialect::useWriteAheadLog(QSqlDatabase& db) const
{
    // Switching to WAL needs the database to itself and, unlike other
    // statements, does not wait for the busy timeout: wait here instead, as
    // when two programs open a new database at once. A database already in
    // WAL mode is not asked again.
    QElapsedTimer waited;
    waited.start();
    QString mode;
    for (const QString& statement :
         {QStringLiteral("PRAGMA journal_mode"), QStringLiteral("PRAGMA journal_mode = WAL")}) {
        while (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next()) {
                mode = query.value(0).toString();
                break;
            }
            const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
            const bool busy = code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
            if (!busy || waited.elapsed() > busyTimeoutMs) {
                return Sql::error(query.lastError());
            }
            QThread::msleep(20);
        }
    }
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error::storage(
            tr("The database cannot use write-ahead logging (journal mode is %1).").arg(mode));
    }
    return Status();
}

QStringList SqliteDialect::stampVersion(int version) const
{
    // PRAGMA takes no bound values; both numbers are ours, not user text.
    return {
        QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
        QStringLiteral("PRAGMA user_version = %1").arg(version),
    };
}

namespace {

// The columns of requests that quick find reads: references, authorities, summary.
const QStringList searchedRequestColumns = {
    QStringLiteral("reference"),
    QStringLiteral("foreign_reference"),
    QStringLiteral("executing_reference"),
    QStringLiteral("eurojust_reference"),
    QStringLiteral("interpol_reference"),
    QStringLiteral("requesting_authority"),
    QStringLiteral("requested_authority"),
    QStringLiteral("executing_authority"),
    QStringLiteral("summary"),
};

// Arabic written with or without its vowel marks, and with its variant
// letters, is found either way: the marks (fatha, kasra, shadda, ...) and the
// tatweel are dropped, the alef with hamza or madda is written as a bare
// alef, the alef maqsura as a ya, the ta marbuta as a ha. (FTS5's unicode61
// tokenizer folds Latin accents only.) The same folding is applied to what is
// indexed and to what is looked for.
std::vector<std::pair<QChar, QString>> arabicFolding()
{
    std::vector<std::pair<QChar, QString>> folds;
    for (char16_t mark = 0x064B; mark <= 0x065F; ++mark) {
        folds.emplace_back(QChar(mark), QString());
    }
    folds.emplace_back(QChar(0x0670), QString()); // superscript alef
    folds.emplace_back(QChar(0x0640), QString()); // tatweel
    for (char16_t alef : {char16_t(0x0622), char16_t(0x0623), char16_t(0x0625), char16_t(0x0671)}) {
        folds.emplace_back(QChar(alef), QString(QChar(0x0627)));
    }
    folds.emplace_back(QChar(0x0649), QString(QChar(0x064A))); // alef maqsura → ya
    folds.emplace_back(QChar(0x0629), QString(QChar(0x0647))); // ta marbuta → ha
    return folds;
}

QString folded(QString text)
{
    for (const auto& [from, to] : arabicFolding()) {
        text.replace(from, to);
    }
    return text;
}

// An FTS5 index over a table's columns, as folded by views of the table (so
// that the index keeps no copy of the text), and the triggers that keep it in
// step with the table. The folding is a chain of replace() calls, split over
// views of at most ten: SQLite's parser refuses deeper nesting in a view.
QStringList wordIndex(const QString& index, const QString& table, const QStringList& columns)
{
    const QString all = columns.join(QStringLiteral(", "));
    QStringList statements;
    const auto folds = arabicFolding();
    constexpr std::size_t perView = 10;
    QString below = table;
    QString source;
    for (std::size_t first = 0, step = 1; first < folds.size(); first += perView, ++step) {
        source = QStringLiteral("%1_fold%2").arg(index).arg(step);
        QStringList expressions;
        for (const QString& column : columns) {
            QString expression = column;
            for (std::size_t i = first; i < std::min(folds.size(), first + perView); ++i) {
                expression = QStringLiteral("replace(%1, '%2', '%3')")
                                 .arg(expression, QString(folds[i].first), folds[i].second);
            }
            expressions << expression + QStringLiteral(" AS ") + column;
        }
        statements << QStringLiteral("CREATE VIEW %1 AS SELECT id, %2 FROM %3")
                          .arg(source, expressions.join(QStringLiteral(", ")), below);
        below = source;
    }
    const QString insertNew
        = QStringLiteral("    INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 WHERE id = new.id;\n")
              .arg(index, all, source);
    // Before the row changes or goes: the index is told what it held.
    const QString deleteOld
        = QStringLiteral(
              "    INSERT INTO %1 (%1, rowid, %2) SELECT 'delete', id, %2 FROM %3 WHERE id = old.id;\n")
              .arg(index, all, source);
    statements << QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', "
                                 "tokenize='unicode61 remove_diacritics 2')")
                      .arg(index, all, source)
               << QStringLiteral("CREATE TRIGGER %1_after_insert AFTER INSERT ON %2\nBEGIN\n%3END")
                      .arg(index, table, insertNew)
               << QStringLiteral("CREATE TRIGGER %1_before_delete BEFORE DELETE ON %2\nBEGIN\n%3END")
                      .arg(index, table, deleteOld)
               << QStringLiteral("CREATE TRIGGER %1_before_update BEFORE UPDATE OF %2 ON %3\nBEGIN\n%4END")
                      .arg(index, all, table, deleteOld)
               << QStringLiteral("CREATE TRIGGER %1_after_update AFTER UPDATE OF %2 ON %3\nBEGIN\n%4END")
                      .arg(index, all, table, insertNew);
    return statements;
}

} // namespace

QString SqliteDialect::referenceOrder(const QString& column) const
{
    // "IN-2025" or "OUT-2025", then shorter numbers first, then the text.
    return QStringLiteral("substr(%1, 1, instr(%1, '-') + 4), length(%1), %1").arg(column);
}

QString SqliteDialect::unindexed(const QString& column) const
{
    // SQLite's documented way: a unary + hides a column's indexes from the planner.
    return QLatin1Char('+') + column;
}

QString SqliteDialect::daysBetween(const QString& from, const QString& to) const
{
    // Both days at midnight: the difference of their Julian day numbers is whole.
    return QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)").arg(from, to);
}

QString SqliteDialect::localDate(const QString& timestamp) const
{
    // The time zone of the process, as QDateTime::toLocalTime() uses.
    return QStringLiteral("date(%1, 'localtime')").arg(timestamp);
}

QStringList SqliteDialect::searchIndex() const
{
    return wordIndex(QStringLiteral("request_search"), QStringLiteral("requests"), searchedRequestColumns)
        + wordIndex(QStringLiteral("person_search"), QStringLiteral("persons"), {QStringLiteral("name")});
}

QStringList SqliteDialect::rebuildSearchIndex() const
{
    return {
        QStringLiteral("INSERT INTO request_search (request_search) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO person_search (person_search) VALUES ('rebuild')"),
    };
}

QString SqliteDialect::searchCondition(const QString& text, QVariantList* values) const
{
    // Each word the user typed becomes a quoted FTS5 string (so that no
    // character of it is query syntax) matched as a prefix: "IN-2026-00"
    // finds IN-2026-0042, "moh" finds Mohamed.
    QStringList terms;
    for (const QString& typed : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QString word = folded(typed);
        const bool hasWordCharacter
            = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (hasWordCharacter) {
            QString quoted = word;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            terms << QLatin1Char('"') + quoted + QLatin1String("\"*");
        }
    }
    if (terms.isEmpty()) {
        return QString();
    }
    // Each word in the request or in one of its persons' names, so that a
    // name and a word of the summary find the request together.
    QStringList conditions;
    for (const QString& term : terms) {
        *values << term << term;
        conditions << QStringLiteral(
            "(r.id IN (SELECT rowid FROM request_search WHERE request_search MATCH ?)"
            " OR r.id IN (SELECT p.request_id FROM persons p WHERE p.id IN"
            " (SELECT rowid FROM person_search WHERE person_search MATCH ?)))");
    }
    return QLatin1Char('(') + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

} // namespace Masar
