#include "RequestWriter.h"

#include "domain/RequestValidator.h"
#include "storage/Database.h"
#include "storage/ResultsDay.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QJsonDocument>

namespace Masar {

namespace {

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// A request's own columns, as insert() writes them.
const QString ownColumns = QStringLiteral(
    "reference, direction, state, disposition, foreign_reference, requesting_country, requested_country,"
    " requesting_authority, requested_authority, executing_authority, executing_reference,"
    " eurojust_reference, interpol_reference, legal_basis_detail, channel, priority, urgency_reason,"
    " confidentiality, received_on, requested_by, sent_on, assignee_id, summary");
constexpr int ownColumnCount = 23;

QVariantList ownValues(const Request& r, std::optional<qint64> assigneeId)
{
    return {
        r.reference,
        keyOf(r.direction),
        keyOf(r.state),
        Sql::text(r.disposition),
        Sql::text(r.foreignReference),
        r.requestingCountry,
        r.requestedCountry,
        Sql::text(r.requestingAuthority),
        Sql::text(r.requestedAuthority),
        Sql::text(r.executingAuthority),
        Sql::text(r.executingReference),
        Sql::text(r.eurojustReference),
        Sql::text(r.interpolReference),
        Sql::text(r.legalBasisDetail),
        r.channel,
        r.priority,
        Sql::text(r.urgencyReason),
        r.confidentiality,
        Sql::date(r.receivedOn),
        Sql::date(r.requestedBy),
        Sql::date(r.sentOn),
        optionalId(assigneeId),
        Sql::nonNull(r.summary),
    };
}

// A history entry's columns and values.
const QString historyColumns
    = QStringLiteral("history (request_id, at, actor, step, from_state, to_state, reason, data)");
constexpr int historyColumnCount = 8;

QVariantList historyValues(qint64 requestId, const HistoryEntry& entry)
{
    return {requestId,
            Sql::formatTimestamp(entry.at),
            entry.actor,
            keyOf(entry.step),
            entry.from ? QVariant(keyOf(*entry.from)) : QVariant(QMetaType::fromType<QString>()),
            keyOf(entry.to),
            Sql::nonNull(entry.reason),
            entry.data.isEmpty()
                ? QStringLiteral("{}")
                : QString::fromUtf8(QJsonDocument(entry.data).toJson(QJsonDocument::Compact))};
}

// The most values insertRows() binds in one statement, and their names.
constexpr int valuesPerStatement = 250;

const QString& valueName(int position)
{
    static const std::vector<QString> names = [] {
        std::vector<QString> list;
        for (int i = 0; i < valuesPerStatement; ++i) {
            list.push_back(QStringLiteral(":v%1").arg(i));
        }
        return list;
    }();
    return names.at(std::size_t(position));
}

// "?, ?, ?": the placeholders of one row.
QString placeholders(int columns)
{
    QString text;
    for (int i = 0; i < columns; ++i) {
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    }
    return text;
}

} // namespace

RequestWriter::RequestWriter(Database& database)
    : m_database(database)
{
}

Result<QSqlQuery*> RequestWriter::prepared(const QString& statement)
{
    auto it = m_statements.find(statement);
    if (it == m_statements.end()) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(statement)) {
            return Sql::error(query.lastError());
        }
        it = m_statements.insert(statement, query);
    }
    return &*it;
}

Status RequestWriter::run(const QString& statement, const QVariantList& values)
{
    Result<QSqlQuery*> query = prepared(statement);
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    if (!q.exec()) {
        return Sql::error(q.lastError());
    }
    q.finish();
    return Status();
}

Result<qint64> RequestWriter::insert(const Request& r, std::optional<qint64> assigneeId)
{
    const SqlDialect& dialect = m_database.dialect();
    Result<QSqlQuery*> query = prepared(
        QStringLiteral("INSERT INTO requests (%1) VALUES (%2)").arg(ownColumns, placeholders(ownColumnCount))
        + dialect.returningId());
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    const QVariantList values = ownValues(r, assigneeId);
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    if (!q.exec()) {
        return Sql::error(q.lastError());
    }
    Result<qint64> id = dialect.insertedId(q);
    q.finish();
    if (!id) {
        return id;
    }

    if (Status s = insertLegalBases(*id, r.legalBasis); !s.ok()) {
        return s;
    }
    if (Status s = insertOffences(*id, r.offences); !s.ok()) {
        return s;
    }
    for (const Measure& measure : r.measures) {
        if (Status s = insertMeasure(*id, measure); !s.ok()) {
            return s;
        }
    }
    if (Status s = insertPersons(*id, r.persons); !s.ok()) {
        return s;
    }
    return id;
}

Result<std::vector<qint64>> RequestWriter::insertAll(const std::vector<const Request*>& requests,
                                                     const std::vector<std::optional<qint64>>& assigneeIds)
{
    Q_ASSERT(requests.size() == assigneeIds.size());
    // The ids insert() would get one after another: one more than the highest each time.
    Result<qint64> first = nextId(QStringLiteral("requests"));
    Result<qint64> firstPerson = nextId(QStringLiteral("persons"));
    if (!first || !firstPerson) {
        return first ? firstPerson.error() : first.error();
    }

    std::vector<qint64> ids;
    std::vector<QVariantList> own;
    Rows legalBases;
    Rows offences;
    Rows measures;
    Rows persons;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const Request& r = *requests[i];
        const qint64 id = *first + qint64(i);
        ids.push_back(id);
        own.push_back(QVariantList {id} + ownValues(r, assigneeIds[i])
                      + QVariantList {Sql::date(r.nextDeadline), Sql::text(r.deadlineKind)});
        for (int n = 0; n < r.legalBasis.size(); ++n) {
            legalBases.push_back({id, n, r.legalBasis.at(n)});
        }
        for (int n = 0; n < r.offences.size(); ++n) {
            offences.push_back({id, n, r.offences.at(n)});
        }
        for (const Measure& measure : r.measures) {
            measures.push_back({id, measure.type, measure.status, Sql::nonNull(measure.note)});
        }
        for (const Person& person : r.persons) {
            persons.push_back(
                {id, person.name, person.role, Sql::text(person.nationality), Sql::date(person.birthDate)});
        }
    }
    const std::pair<QString, const Rows*> tables[] = {
        {QStringLiteral("requests (id, %1, next_deadline, deadline_kind)").arg(ownColumns), &own},
        {QStringLiteral("request_legal_bases (request_id, position, legal_basis)"), &legalBases},
        {QStringLiteral("request_offences (request_id, position, offence)"), &offences},
        {QStringLiteral("measures (request_id, type, status, note)"), &measures},
        {QStringLiteral("persons (request_id, name, role, nationality, birth_date)"), &persons},
    };
    // The word index takes the rows together once they are in (SqlDialect::pauseSearchIndex).
    const SqlDialect& dialect = m_database.dialect();
    if (Status s = run(dialect.pauseSearchIndex(), {}); !s.ok()) {
        return s;
    }
    for (const auto& [table, rows] : tables) {
        if (Status s = insertRows(table, *rows); !s.ok()) {
            return s;
        }
    }
    const QStringList resume = dialect.resumeSearchIndex();
    const QVariantList firstIds = {*first, *firstPerson};
    for (int i = 0; i < resume.size(); ++i) {
        if (Status s
            = run(resume.at(i), i < firstIds.size() ? QVariantList {firstIds.at(i)} : QVariantList());
            !s.ok()) {
            return s;
        }
    }
    return ids;
}

Result<qint64> RequestWriter::nextId(const QString& table)
{
    // The table name is one of ours, never user text.
    Result<QSqlQuery*> highest = prepared(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
    if (!highest) {
        return highest.error();
    }
    QSqlQuery& q = **highest;
    if (!q.exec() || !q.next()) {
        return Sql::error(q.lastError());
    }
    const qint64 next = q.value(0).toLongLong() + 1;
    q.finish();
    return next;
}

Status RequestWriter::insertRows(const QString& tableAndColumns, const Rows& rows)
{
    if (rows.empty()) {
        return Status();
    }
    // Statements of several rows, of at most some 250 values: a statement
    // takes time to prepare in proportion to the square of its values, and
    // each statement run costs a little.
    const int columns = int(rows.front().size());
    const std::size_t perStatement = std::size_t(std::max(1, valuesPerStatement / columns));
    for (std::size_t first = 0; first < rows.size(); first += perStatement) {
        const std::size_t count = std::min(perStatement, rows.size() - first);
        QString& statement = m_insertStatements[{tableAndColumns, int(count)}];
        if (statement.isEmpty()) {
            QStringList values;
            for (std::size_t row = 0; row < count; ++row) {
                QStringList names;
                for (int column = 0; column < columns; ++column) {
                    names << valueName(int(row) * columns + column);
                }
                values << QLatin1Char('(') + names.join(QStringLiteral(", ")) + QLatin1Char(')');
            }
            statement = QStringLiteral("INSERT INTO %1 VALUES %2")
                            .arg(tableAndColumns, values.join(QStringLiteral(", ")));
        }
        Result<QSqlQuery*> query = prepared(statement);
        if (!query) {
            return query.error();
        }
        // Bound by name: Qt makes a name of each position it binds by
        // (QSqlResult::bindValue), which costs more than the rest of binding.
        QSqlQuery& q = **query;
        int position = 0;
        for (std::size_t i = first; i < first + count; ++i) {
            for (const QVariant& value : rows[i]) {
                q.bindValue(valueName(position++), value);
            }
        }
        if (!q.exec()) {
            return Sql::error(q.lastError());
        }
        q.finish();
    }
    return Status();
}

Status RequestWriter::insertLegalBases(qint64 requestId, const QStringList& legalBases)
{
    for (int i = 0; i < legalBases.size(); ++i) {
        if (Status s
            = run(QStringLiteral("INSERT INTO request_legal_bases (request_id, position, legal_basis) "
                                 "VALUES (?, ?, ?)"),
                  {requestId, i, legalBases.at(i)});
            !s.ok()) {
            return s;
        }
    }
    return Status();
}

Status RequestWriter::insertOffences(qint64 requestId, const QStringList& offences)
{
    for (int i = 0; i < offences.size(); ++i) {
        if (Status s = run(QStringLiteral("INSERT INTO request_offences (request_id, position, offence) "
                                          "VALUES (?, ?, ?)"),
                           {requestId, i, offences.at(i)});
            !s.ok()) {
            return s;
        }
    }
    return Status();
}

Status RequestWriter::insertPersons(qint64 requestId, const std::vector<Person>& persons)
{
    for (const Person& person : persons) {
        if (Status s
            = run(QStringLiteral("INSERT INTO persons (request_id, name, role, nationality, birth_date) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {requestId, person.name, person.role, Sql::text(person.nationality),
                   Sql::date(person.birthDate)});
            !s.ok()) {
            return s;
        }
    }
    return Status();
}

Status RequestWriter::replaceLegalBases(qint64 requestId, const QStringList& legalBases)
{
    if (Status s = run(QStringLiteral("DELETE FROM request_legal_bases WHERE request_id = ?"), {requestId});
        !s.ok()) {
        return s;
    }
    return insertLegalBases(requestId, legalBases);
}

Status RequestWriter::replaceOffences(qint64 requestId, const QStringList& offences)
{
    if (Status s = run(QStringLiteral("DELETE FROM request_offences WHERE request_id = ?"), {requestId});
        !s.ok()) {
        return s;
    }
    return insertOffences(requestId, offences);
}

Status RequestWriter::replacePersons(qint64 requestId, const std::vector<Person>& persons)
{
    if (Status s = run(QStringLiteral("DELETE FROM persons WHERE request_id = ?"), {requestId}); !s.ok()) {
        return s;
    }
    return insertPersons(requestId, persons);
}

Status RequestWriter::insertMeasure(qint64 requestId, const Measure& measure)
{
    return run(QStringLiteral("INSERT INTO measures (request_id, type, status, note) VALUES (?, ?, ?, ?)"),
               {requestId, measure.type, measure.status, Sql::nonNull(measure.note)});
}

Status RequestWriter::updateMeasure(const Measure& measure)
{
    return run(QStringLiteral("UPDATE measures SET type = ?, note = ? WHERE id = ?"),
               {measure.type, Sql::nonNull(measure.note), measure.id});
}

Status RequestWriter::deleteMeasure(qint64 requestId, qint64 measureId)
{
    return run(QStringLiteral("DELETE FROM measures WHERE id = ? AND request_id = ?"),
               {measureId, requestId});
}

Status RequestWriter::updateAfterStep(const Request& r)
{
    return run(QStringLiteral("UPDATE requests SET state = ?, disposition = ?, foreign_reference = ?,"
                              " executing_authority = ?, executing_reference = ?, channel = ?, priority = ?,"
                              " urgency_reason = ?, confidentiality = ?, sent_on = ?,"
                              " assignee_id = (SELECT id FROM users WHERE name = ?) WHERE id = ?"),
               {keyOf(r.state), Sql::text(r.disposition), Sql::text(r.foreignReference),
                Sql::text(r.executingAuthority), Sql::text(r.executingReference), r.channel, r.priority,
                Sql::text(r.urgencyReason), r.confidentiality, Sql::date(r.sentOn), Sql::text(r.assignee),
                r.id});
}

Status RequestWriter::updateDetails(const Request& r)
{
    return run(QStringLiteral("UPDATE requests SET foreign_reference = ?, requesting_country = ?,"
                              " requested_country = ?, requesting_authority = ?, requested_authority = ?,"
                              " executing_authority = ?, executing_reference = ?, eurojust_reference = ?,"
                              " interpol_reference = ?, legal_basis_detail = ?, channel = ?, received_on = ?,"
                              " requested_by = ?, summary = ? WHERE id = ?"),
               {Sql::text(r.foreignReference), r.requestingCountry, r.requestedCountry,
                Sql::text(r.requestingAuthority), Sql::text(r.requestedAuthority),
                Sql::text(r.executingAuthority), Sql::text(r.executingReference),
                Sql::text(r.eurojustReference), Sql::text(r.interpolReference), Sql::text(r.legalBasisDetail),
                r.channel, Sql::date(r.receivedOn), Sql::date(r.requestedBy), Sql::nonNull(r.summary), r.id});
}

Status RequestWriter::setLink(qint64 fromId, qint64 toId, const QString& kind)
{
    return run(QStringLiteral("INSERT INTO request_links (from_id, to_id, kind) VALUES (?, ?, ?)"
                              " ON CONFLICT (from_id, to_id) DO UPDATE SET kind = excluded.kind"),
               {fromId, toId, kind});
}

Status RequestWriter::removeLink(qint64 fromId, qint64 toId)
{
    return run(QStringLiteral("DELETE FROM request_links WHERE from_id = ? AND to_id = ?"), {fromId, toId});
}

Status RequestWriter::updateMeasureStatus(qint64 measureId, const QString& status)
{
    return run(QStringLiteral("UPDATE measures SET status = ? WHERE id = ?"), {status, measureId});
}

Result<qint64> RequestWriter::appendHistory(qint64 requestId, const HistoryEntry& entry)
{
    Result<QSqlQuery*> query = prepared(
        QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(historyColumns, placeholders(historyColumnCount))
        + m_database.dialect().returningId());
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    const QVariantList values = historyValues(requestId, entry);
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    if (!q.exec()) {
        return Sql::error(q.lastError());
    }
    Result<qint64> id = m_database.dialect().insertedId(q);
    q.finish();
    if (!id) {
        return id;
    }
    if (Status kept = keepResultsDay(requestId, entry); !kept.ok()) {
        return kept;
    }
    return id;
}

Status RequestWriter::appendAllHistory(const std::vector<std::pair<qint64, const HistoryEntry*>>& entries)
{
    Rows rows;
    rows.reserve(entries.size());
    for (const auto& [requestId, entry] : entries) {
        rows.push_back(historyValues(requestId, *entry));
    }
    if (Status s = insertRows(historyColumns, rows); !s.ok()) {
        return s;
    }
    for (const auto& [requestId, entry] : entries) {
        if (Status kept = keepResultsDay(requestId, *entry); !kept.ok()) {
            return kept;
        }
    }
    return Status();
}

Status RequestWriter::keepResultsDay(qint64 requestId, const HistoryEntry& entry)
{
    // Every entry passes here (steps, imports, demo data), so the day kept
    // with the request is always the one its history gives.
    const std::optional<Direction> direction = ResultsDay::directionOf(entry.step);
    if (!direction) {
        return Status();
    }
    const QString at = Sql::formatTimestamp(entry.at);
    return run(ResultsDay::keepStatement(m_database.dialect()), {at, requestId, keyOf(*direction), at});
}

Status RequestWriter::insertDocument(qint64 requestId, const Document& document)
{
    return run(QStringLiteral(
                   "INSERT INTO documents (request_id, name, media_type, size, sha256, added_at, added_by,"
                   " content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {requestId, document.name, document.mediaType, qint64(document.content.size()),
                document.sha256, Sql::formatTimestamp(document.addedAt), document.addedBy,
                Sql::nonNull(document.content)});
}

Result<int> RequestWriter::lastReferenceNumber(Direction direction, int year)
{
    // References of a year sort together: "IN-2026-" up to, not including, "IN-2026." ('.' follows '-').
    const QString prefix
        = QStringLiteral("%1-%2-").arg(RequestValidator::referencePrefix(direction)).arg(year);
    Result<QSqlQuery*> query
        = prepared(QStringLiteral("SELECT reference FROM requests WHERE reference >= ? AND reference < ?"));
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    q.bindValue(0, prefix);
    q.bindValue(1, prefix.left(prefix.size() - 1) + QLatin1Char('.'));
    if (!q.exec()) {
        return Sql::error(q.lastError());
    }
    int last = 0;
    while (q.next()) {
        Direction d;
        int y = 0;
        int number = 0;
        if (RequestValidator::parseReference(q.value(0).toString(), &d, &y, &number)) {
            last = std::max(last, number);
        }
    }
    q.finish();
    return last;
}

} // namespace Masar
