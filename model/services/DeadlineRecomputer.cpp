#include "DeadlineRecomputer.h"

#include "DeadlinePolicy.h"
#include "RequestFilterSql.h"
#include "RequestReader.h"
#include "deadlines/DeadlineEngine.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

namespace Masar {

QString DeadlineChange::kindLabel() const
{
    const std::optional<DeadlineKind> kind
        = DeadlineRules::kindOf(kindAfter.isEmpty() ? kindBefore : kindAfter);
    return kind ? DeadlineRules::label(*kind) : QString();
}

DeadlineRecomputer::DeadlineRecomputer(Database& database)
    : m_database(database)
{
}

DeadlineRecomputer::~DeadlineRecomputer() = default;

Status DeadlineRecomputer::loadEngine()
{
    Result<QSqlQuery> revision
        = Sql::exec(m_database.connection(), QStringLiteral("SELECT revision FROM deadline_policy_revision"));
    if (!revision) {
        return revision.error();
    }
    const qint64 now = revision->next() ? revision->value(0).toLongLong() : 0;
    revision->finish();
    if (m_engine && now == m_revision) {
        return Status();
    }
    Result<std::shared_ptr<const DeadlineEngine>> engine = DeadlinePolicy(m_database).engine();
    if (!engine) {
        return engine.error();
    }
    m_engine = engine.take();
    m_revision = now;
    return Status();
}

Status DeadlineRecomputer::write(qint64 id, const QDate& due, const QString& kind)
{
    return Sql::exec(m_database.connection(),
                     QStringLiteral("UPDATE requests SET next_deadline = ?, deadline_kind = ? WHERE id = ?"),
                     {Sql::date(due), Sql::text(kind), id})
        .status();
}

Status DeadlineRecomputer::store(const Request& request, const DeadlineEngine& engine)
{
    const std::optional<RequestDeadline> next = engine.next(request);
    return write(request.id, next ? next->due : QDate(), next ? DeadlineRules::key(next->kind) : QString());
}

Result<int> DeadlineRecomputer::pending(const Database& database)
{
    Result<QSqlQuery> query
        = Sql::exec(database.connection(), QStringLiteral("SELECT count(*) FROM deadline_queue"));
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt();
}

Result<int> DeadlineRecomputer::runBatch(std::vector<DeadlineChange>* changes)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    if (Status status = loadEngine(); !status.ok()) {
        return status;
    }
    const QSqlDatabase db = m_database.connection();
    Result<QSqlQuery> queued = Sql::exec(
        db,
        QStringLiteral("SELECT request_id FROM deadline_queue ORDER BY request_id LIMIT %1").arg(batchSize));
    if (!queued) {
        return queued.error();
    }
    std::vector<qint64> ids;
    while (queued->next()) {
        ids.push_back(queued->value(0).toLongLong());
    }
    if (ids.empty()) {
        return 0;
    }
    Result<std::vector<Request>> requests
        = RequestReader(m_database).byIds(ids, RequestReader::Detail::Deadlines);
    if (!requests) {
        return requests.error();
    }
    for (const Request& request : *requests) {
        const std::optional<RequestDeadline> next = m_engine->next(request);
        const QDate due = next ? next->due : QDate();
        const QString kind = next ? DeadlineRules::key(next->kind) : QString();
        if (due == request.nextDeadline && kind == request.deadlineKind) {
            continue;
        }
        if (Status status = write(request.id, due, kind); !status.ok()) {
            return status;
        }
        if (changes) {
            changes->push_back({request.reference, request.nextDeadline, due, request.deadlineKind, kind});
        }
    }
    // The ids read, not a range: a request another program queues meanwhile stays queued.
    QVariantList values;
    for (qint64 id : ids) {
        values << id;
    }
    if (Status status = Sql::exec(db,
                                  QStringLiteral("DELETE FROM deadline_queue WHERE request_id IN (%1)")
                                      .arg(RequestFilterSql::placeholders(ids.size())),
                                  values)
                            .status();
        !status.ok()) {
        return status;
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return int(ids.size());
}

Result<int> DeadlineRecomputer::run(std::vector<DeadlineChange>* changes,
                                   const std::function<bool(int, int)>& progress)
{
    Result<int> total = pending(m_database);
    if (!total) {
        return total.error();
    }
    int done = 0;
    while (true) {
        Result<int> batch = runBatch(changes);
        if (!batch) {
            return batch.error();
        }
        if (*batch == 0) {
            break;
        }
        done += *batch;
        if (progress && !progress(done, std::max(done, *total))) {
            break;
        }
    }
    return done;
}

} // namespace Masar
