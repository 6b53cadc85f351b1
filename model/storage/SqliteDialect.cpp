#include "SqliteDialect.h"

#include "Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QtEndian>

#include <algorithm>
#include <tuple>

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

// The views that fold a table's columns for its word index, "<index>_fold1"
// to "<index>_foldN", each over the one before; the last holds `id` and the
// columns folded. The folding is a chain of replace() calls, split over
// views of at most ten: SQLite's parser refuses deeper nesting in a view.
//
// Only text with an Arabic letter needs it, and most text (French, English,
// references) has none, so the last view folds a column only when its text
// holds a byte 0xD8 or 0xD9: in UTF-8, which a Masar register always is
// (SQLite's default, never changed), those lead every character from U+0600
// to U+067F, where all the folded characters are, and nothing else. The
// views below pass the table's text up beside what they made of it
// (`<column>_raw`), and the last gives that text as it is when there is
// nothing to fold, without running the chain below it; each view names the
// one below's columns once, so that SQLite, which copies a view's
// expression wherever the view above names its column, keeps its statements
// as small as the plain chain's. The text folded is the same either way;
// importing 10,000 requests spends a third less time in the index.
QStringList foldingViews(const QString& index, const QString& table, const QStringList& columns)
{
    QStringList statements;
    const auto folds = arabicFolding();
    constexpr std::size_t perView = 10;
    QString below = table;
    for (std::size_t first = 0, step = 1; first < folds.size(); first += perView, ++step) {
        const QString view = QStringLiteral("%1_fold%2").arg(index).arg(step);
        const bool last = first + perView >= folds.size();
        QStringList expressions;
        for (const QString& column : columns) {
            QString expression = column;
            for (std::size_t i = first; i < std::min(folds.size(), first + perView); ++i) {
                expression = QStringLiteral("replace(%1, '%2', '%3')")
                                 .arg(expression, QString(folds[i].first), folds[i].second);
            }
            const QString raw = step == 1 ? column : column + QStringLiteral("_raw");
            if (!last) {
                expressions << QStringLiteral("%1 AS %2").arg(expression, column)
                            << QStringLiteral("%1 AS %2_raw").arg(raw, column);
                continue;
            }
            expressions << QStringLiteral("CASE WHEN instr(CAST(%1 AS BLOB), x'D8') > 0"
                                          " OR instr(CAST(%1 AS BLOB), x'D9') > 0 THEN %2 ELSE %1 END AS %3")
                               .arg(raw, expression, column);
        }
        statements << QStringLiteral("CREATE VIEW %1 AS SELECT id, %2 FROM %3")
                          .arg(view, expressions.join(QStringLiteral(", ")), below);
        below = view;
    }
    return statements;
}

// The folding views' names, last first (the order they can be dropped in).
QStringList foldingViewNames(const QString& index)
{
    QStringList names;
    const std::size_t views = (arabicFolding().size() + 9) / 10;
    for (std::size_t step = views; step >= 1; --step) {
        names << QStringLiteral("%1_fold%2").arg(index).arg(step);
    }
    return names;
}

// The statement that indexes a table's rows, as its folding views give
// them, those of the trigger's new row (`which` "id = new.id") or those an
// import added ("id >= ?").
QString indexRows(const QString& index, const QStringList& columns, const QString& which)
{
    const QString all = columns.join(QStringLiteral(", "));
    return QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 WHERE %4")
        .arg(index, all, foldingViewNames(index).first(), which);
}

// The table whose row, inside a transaction, pauses the insert triggers of
// the word index (version 5).
const QString pausedTable = QStringLiteral("search_index_paused");

// The trigger that indexes a row inserted: at version 2 always; since
// version 5 unless the index is paused (SqlDialect::pauseSearchIndex).
QString insertTrigger(const QString& index, const QString& table, const QStringList& columns, bool pausable)
{
    const QString when
        = pausable ? QStringLiteral(" WHEN NOT EXISTS (SELECT 1 FROM %1)").arg(pausedTable) : QString();
    return QStringLiteral("CREATE TRIGGER %1_after_insert AFTER INSERT ON %2%3\nBEGIN\n    %4;\nEND")
        .arg(index, table, when, indexRows(index, columns, QStringLiteral("id = new.id")));
}

// An FTS5 index over a table's columns, as folded by views of the table (so
// that the index keeps no copy of the text), and the triggers that keep it in
// step with the table, as version 2 made them.
QStringList wordIndex(const QString& index, const QString& table, const QStringList& columns)
{
    const QString all = columns.join(QStringLiteral(", "));
    QStringList statements = foldingViews(index, table, columns);
    const QString source = foldingViewNames(index).first();
    const QString insertNew
        = QStringLiteral("    %1;\n").arg(indexRows(index, columns, QStringLiteral("id = new.id")));
    // Before the row changes or goes: the index is told what it held.
    const QString deleteOld
        = QStringLiteral(
              "    INSERT INTO %1 (%1, rowid, %2) SELECT 'delete', id, %2 FROM %3 WHERE id = old.id;\n")
              .arg(index, all, source);
    statements << QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', "
                                 "tokenize='unicode61 remove_diacritics 2')")
                      .arg(index, all, source)
               << insertTrigger(index, table, columns, false)
               << QStringLiteral("CREATE TRIGGER %1_before_delete BEFORE DELETE ON %2\nBEGIN\n%3END")
                      .arg(index, table, deleteOld)
               << QStringLiteral("CREATE TRIGGER %1_before_update BEFORE UPDATE OF %2 ON %3\nBEGIN\n%4END")
                      .arg(index, all, table, deleteOld)
               << QStringLiteral("CREATE TRIGGER %1_after_update AFTER UPDATE OF %2 ON %3\nBEGIN\n%4END")
                      .arg(index, all, table, insertNew);
    return statements;
}

// The word indexes: of requests, and of persons' names.
std::vector<std::tuple<QString, QString, QStringList>> wordIndexes()
{
    return {
        {QStringLiteral("request_search"), QStringLiteral("requests"), searchedRequestColumns},
        {QStringLiteral("person_search"), QStringLiteral("persons"), {QStringLiteral("name")}},
    };
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
    QStringList statements;
    for (const auto& [index, table, columns] : wordIndexes()) {
        statements << wordIndex(index, table, columns);
    }
    return statements;
}

QStringList SqliteDialect::upgradeSearchIndex() const
{
    QStringList statements
        = {QStringLiteral("CREATE TABLE %1 (\n    paused INTEGER NOT NULL CHECK (paused = 1)\n)")
               .arg(pausedTable)};
    for (const auto& [index, table, columns] : wordIndexes()) {
        for (const QString& view : foldingViewNames(index)) {
            statements << QStringLiteral("DROP VIEW %1").arg(view);
        }
        statements << foldingViews(index, table, columns)
                   << QStringLiteral("DROP TRIGGER %1_after_insert").arg(index)
                   << insertTrigger(index, table, columns, true);
    }
    return statements;
}

QString SqliteDialect::pauseSearchIndex() const
{
    return QStringLiteral("INSERT INTO %1 (paused) VALUES (1)").arg(pausedTable);
}

QStringList SqliteDialect::resumeSearchIndex() const
{
    QStringList statements;
    for (const auto& [index, table, columns] : wordIndexes()) {
        statements << indexRows(index, columns, QStringLiteral("id >= ?"));
    }
    statements << QStringLiteral("DELETE FROM %1").arg(pausedTable);
    return statements;
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
