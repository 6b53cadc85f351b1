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
        QStringLiteral(
            "INSERT INTO requests (reference, direction, state, disposition, foreign_reference, "
            "requesting_country,"
            " requested_country, requesting_authority, requested_authority, executing_authority,"
            " executing_reference, eurojust_reference, interpol_reference, legal_basis_detail, channel, "
            "priority,"
            " urgency_reason, confidentiality, received_on, requested_by, sent_on, assignee_id, summary)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        + dialect.returningId());
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    const QVariantList values = {
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
        QStringLiteral("INSERT INTO history (request_id, at, actor, step, from_state, to_state, reason, data)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        + m_database.dialect().returningId());
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = **query;
    const QVariantList values
        = {requestId,
           Sql::formatTimestamp(entry.at),
           entry.actor,
           keyOf(entry.step),
           entry.from ? QVariant(keyOf(*entry.from)) : QVariant(QMetaType::fromType<QString>()),
           keyOf(entry.to),
           Sql::nonNull(entry.reason),
           QString::fromUtf8(QJsonDocument(entry.data).toJson(QJsonDocument::Compact))};
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
