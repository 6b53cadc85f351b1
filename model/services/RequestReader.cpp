#include "RequestReader.h"

#include "RequestFilterSql.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace Masar {

namespace {

const QString headerColumns = QStringLiteral(
    "r.id, r.reference, r.direction, r.state, r.disposition, r.foreign_reference, r.requesting_country,"
    " r.requested_country, r.requesting_authority, r.requested_authority, r.executing_authority,"
    " r.executing_reference, r.eurojust_reference, r.interpol_reference, r.legal_basis_detail, r.channel,"
    " r.priority, r.urgency_reason, r.confidentiality, r.received_on, r.requested_by, r.sent_on, u.name,"
    " r.summary, r.next_deadline, r.deadline_kind, r.results_on");

constexpr int batchSize = 200;

Request readHeader(const QSqlQuery& q)
{
    Request r;
    r.id = q.value(0).toLongLong();
    r.reference = q.value(1).toString();
    r.direction = fromKey<Direction>(q.value(2).toString()).value_or(Direction::Incoming);
    r.state = fromKey<State>(q.value(3).toString()).value_or(State::Received);
    r.disposition = q.value(4).toString();
    r.foreignReference = q.value(5).toString();
    r.requestingCountry = q.value(6).toString();
    r.requestedCountry = q.value(7).toString();
    r.requestingAuthority = q.value(8).toString();
    r.requestedAuthority = q.value(9).toString();
    r.executingAuthority = q.value(10).toString();
    r.executingReference = q.value(11).toString();
    r.eurojustReference = q.value(12).toString();
    r.interpolReference = q.value(13).toString();
    r.legalBasisDetail = q.value(14).toString();
    r.channel = q.value(15).toString();
    r.priority = q.value(16).toString();
    r.urgencyReason = q.value(17).toString();
    r.confidentiality = q.value(18).toString();
    r.receivedOn = Sql::toDate(q.value(19));
    r.requestedBy = Sql::toDate(q.value(20));
    r.sentOn = Sql::toDate(q.value(21));
    r.assignee = q.value(22).toString();
    r.summary = q.value(23).toString();
    r.nextDeadline = Sql::toDate(q.value(24));
    r.deadlineKind = q.value(25).toString();
    r.resultsOn = Sql::toDate(q.value(26));
    return r;
}

HistoryEntry readHistory(const QSqlQuery& q, int first)
{
    HistoryEntry entry;
    entry.at = Sql::toTimestamp(q.value(first));
    entry.actor = q.value(first + 1).toString();
    entry.step = fromKey<Step>(q.value(first + 2).toString()).value_or(Step::Import);
    if (!q.value(first + 3).isNull()) {
        entry.from = fromKey<State>(q.value(first + 3).toString());
    }
    entry.to = fromKey<State>(q.value(first + 4).toString()).value_or(State::Received);
    entry.reason = q.value(first + 5).toString();
    entry.data = QJsonDocument::fromJson(q.value(first + 6).toString().toUtf8()).object();
    entry.id = q.value(first + 7).toLongLong();
    return entry;
}

QVariantList toVariants(const std::vector<qint64>& ids)
{
    QVariantList values;
    values.reserve(int(ids.size()));
    for (qint64 id : ids) {
        values << id;
    }
    return values;
}

// The lists of a request, each read by one query for a whole batch of
// requests (its first column the request's id) and added to its request.
using ListReader = std::pair<QString, std::function<void(Request&, const QSqlQuery&)>>;

std::vector<ListReader> listReaders(RequestReader::Detail detail)
{
    std::vector<ListReader> lists = {
        {QStringLiteral("SELECT request_id, legal_basis FROM request_legal_bases WHERE request_id IN (%1) "
                        "ORDER BY request_id, position"),
         [](Request& r, const QSqlQuery& q) {
             r.legalBasis << q.value(1).toString();
         }},
        {QStringLiteral("SELECT request_id, offence FROM request_offences WHERE request_id IN (%1) "
                        "ORDER BY request_id, position"),
         [](Request& r, const QSqlQuery& q) {
             r.offences << q.value(1).toString();
         }},
        {QStringLiteral(
             "SELECT request_id, type, status, note, id FROM measures WHERE request_id IN (%1) ORDER BY id"),
         [](Request& r, const QSqlQuery& q) {
             r.measures.push_back({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toLongLong()});
         }},
        {QStringLiteral("SELECT request_id, name, role, nationality, birth_date FROM persons "
                        "WHERE request_id IN (%1) ORDER BY id"),
         [](Request& r, const QSqlQuery& q) {
             r.persons.push_back({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                  Sql::toDate(q.value(4))});
         }},
        {QStringLiteral(
             "SELECT l.from_id, t.reference, l.kind FROM request_links l JOIN requests t ON t.id = l.to_id "
             "WHERE l.from_id IN (%1) ORDER BY l.from_id, t.id"),
         [](Request& r, const QSqlQuery& q) {
             r.links.push_back({q.value(1).toString(), q.value(2).toString()});
         }},
        {QStringLiteral(
             "SELECT request_id, at, actor, step, from_state, to_state, reason, data, id FROM history "
             "WHERE request_id IN (%1) ORDER BY request_id, id"),
         [](Request& r, const QSqlQuery& q) {
             r.history.push_back(readHistory(q, 1));
         }},
        {detail == RequestReader::Detail::FullWithContent
             ? QStringLiteral(
                 "SELECT request_id, name, media_type, size, sha256, added_at, added_by, content "
                 "FROM documents WHERE request_id IN (%1) ORDER BY id")
             : QStringLiteral("SELECT request_id, name, media_type, size, sha256, added_at, added_by "
                              "FROM documents WHERE request_id IN (%1) ORDER BY id"),
         [detail](Request& r, const QSqlQuery& q) {
             Document document;
             document.name = q.value(1).toString();
             document.mediaType = q.value(2).toString();
             document.size = q.value(3).toLongLong();
             document.sha256 = q.value(4).toString();
             document.addedAt = Sql::toTimestamp(q.value(5));
             document.addedBy = q.value(6).toString();
             if (detail == RequestReader::Detail::FullWithContent) {
                 document.content = q.value(7).toByteArray();
             }
             r.documents.push_back(document);
         }},
    };
    if (detail == RequestReader::Detail::Deadlines) {
        // What the deadline engine reads: legal bases and history.
        lists.erase(std::remove_if(lists.begin(), lists.end(),
                                   [](const ListReader& list) {
                                       return !list.first.contains(QLatin1String("request_legal_bases"))
                                           && !list.first.contains(QLatin1String("FROM history"));
                                   }),
                    lists.end());
    }
    return lists;
}

} // namespace

RequestReader::RequestReader(const Database& database)
    : m_database(database)
{
}

Result<std::optional<qint64>> RequestReader::idOf(const QString& reference) const
{
    Result<QSqlQuery> query = Sql::exec(
        m_database.connection(), QStringLiteral("SELECT id FROM requests WHERE reference = ?"), {reference});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(query->value(0).toLongLong());
}

Result<QHash<QString, qint64>> RequestReader::idsOf(const QStringList& references) const
{
    // A hundred at a time: a statement takes time to prepare in proportion
    // to the square of its values.
    constexpr int perQuery = 100;
    QHash<QString, qint64> ids;
    for (int first = 0; first < references.size(); first += perQuery) {
        const QStringList some = references.mid(first, perQuery);
        Result<QSqlQuery> query
            = Sql::exec(m_database.connection(),
                        QStringLiteral("SELECT reference, id FROM requests WHERE reference IN (%1)")
                            .arg(RequestFilterSql::placeholders(std::size_t(some.size()))),
                        QVariantList(some.begin(), some.end()));
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            ids.insert(query->value(0).toString(), query->value(1).toLongLong());
        }
    }
    return ids;
}

Result<Request> RequestReader::get(const QString& reference, Detail detail) const
{
    Result<std::optional<qint64>> id = idOf(reference);
    if (!id) {
        return id.error();
    }
    if (!*id) {
        return Error::notFound(tr("There is no request “%1”.").arg(reference));
    }
    Result<std::vector<Request>> requests = byIds({**id}, detail);
    if (!requests) {
        return requests.error();
    }
    if (requests->empty()) {
        return Error::notFound(tr("There is no request “%1”.").arg(reference));
    }
    return std::move(requests->front());
}

Result<std::vector<qint64>> RequestReader::ids(const RequestFilter& filter) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT r.id FROM requests r")
        + RequestFilterSql::where(filter, m_database.dialect(), &values) + QStringLiteral(" ORDER BY r.id");
    Result<QSqlQuery> query = Sql::exec(m_database.connection(), sql, values);
    if (!query) {
        return query.error();
    }
    std::vector<qint64> result;
    while (query->next()) {
        result.push_back(query->value(0).toLongLong());
    }
    return result;
}

Result<int> RequestReader::count(const RequestFilter& filter) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT count(*) FROM requests r")
        + RequestFilterSql::where(filter, m_database.dialect(), &values);
    Result<QSqlQuery> query = Sql::exec(m_database.connection(), sql, values);
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt();
}

Result<std::vector<Request>> RequestReader::list(const RequestFilter& filter, Detail detail) const
{
    std::vector<Request> result;
    Status status = forEach(filter, detail, [&](const Request& request) {
        result.push_back(request);
        return Status();
    });
    if (!status.ok()) {
        return status;
    }
    return result;
}

Status RequestReader::forEach(const RequestFilter& filter, Detail detail,
                              const std::function<Status(const Request&)>& visit) const
{
    Result<std::vector<qint64>> all = ids(filter);
    if (!all) {
        return all.error();
    }
    for (std::size_t start = 0; start < all->size(); start += batchSize) {
        const std::size_t end = std::min(all->size(), start + batchSize);
        Result<std::vector<Request>> batch
            = byIds(std::vector<qint64>(all->begin() + long(start), all->begin() + long(end)), detail);
        if (!batch) {
            return batch.error();
        }
        for (const Request& request : *batch) {
            if (Status status = visit(request); !status.ok()) {
                return status;
            }
        }
    }
    return Status();
}

Result<std::vector<Request>> RequestReader::byIds(const std::vector<qint64>& ids, Detail detail) const
{
    const QSqlDatabase db = m_database.connection();
    const QString in = RequestFilterSql::placeholders(ids.size());
    const QVariantList values = toVariants(ids);

    Result<QSqlQuery> header
        = Sql::exec(db,
                    QStringLiteral("SELECT %1 FROM requests r LEFT JOIN users u ON u.id = "
                                   "r.assignee_id WHERE r.id IN (%2) ORDER BY r.id")
                        .arg(headerColumns, in),
                    values);
    if (!header) {
        return header.error();
    }
    std::vector<Request> requests;
    QHash<qint64, std::size_t> index;
    while (header->next()) {
        index.insert(header->value(0).toLongLong(), requests.size());
        requests.push_back(readHeader(*header));
    }
    if (detail == Detail::Header || requests.empty()) {
        return requests;
    }
    // Each list of the batch in one query, distributed to its request.
    for (const auto& [sql, read] : listReaders(detail)) {
        Result<QSqlQuery> query = Sql::exec(db, sql.arg(in), values);
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            const auto it = index.constFind(query->value(0).toLongLong());
            if (it != index.constEnd()) {
                read(requests[*it], *query);
            }
        }
    }
    return requests;
}

Result<QByteArray> RequestReader::documentContent(const QString& reference, const QString& name) const
{
    Result<QSqlQuery> query
        = Sql::exec(m_database.connection(),
                    QStringLiteral("SELECT d.content FROM documents d JOIN requests r ON "
                                   "r.id = d.request_id WHERE r.reference = ? AND d.name = ?"),
                    {reference, name});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error::notFound(tr("Request “%1” has no document “%2”.").arg(reference, name));
    }
    return query->value(0).toByteArray();
}

} // namespace Masar
