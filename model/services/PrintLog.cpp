#include "PrintLog.h"

#include "Letterhead.h"
#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QLocale>

#include <algorithm>

namespace Masar {

PrintLog::PrintLog(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Status PrintLog::check(const User& actor, const PrintRecord& record)
{
    if (actor.id <= 0) {
        return Error::forbidden(tr("Only a user of the register prints its documents."));
    }
    if (!documents().contains(record.document)) {
        return Error::invalid(
            tr("A printed document is a summary or a status report, not “%1”.").arg(record.document));
    }
    if (!formats().contains(record.format)) {
        return Error::invalid(
            tr("A document's format is pdf, html, csv or printer, not “%1”.").arg(record.format));
    }
    if (!Letterhead::languages().contains(record.language)) {
        return Error::invalid(
            tr("A document is in Arabic, French or English (ar, fr, en), not “%1”.").arg(record.language));
    }
    const bool summary = record.document == QLatin1String("summary");
    if (summary && record.reference.isEmpty()) {
        return Error::invalid(tr("A printed summary names its request."));
    }
    if (!summary && !record.reference.isEmpty()) {
        return Error::invalid(tr("A status report is of a list of requests: it names no single request."));
    }
    if (!record.requestIds.empty() && (summary || int(record.requestIds.size()) != record.requests)) {
        return Error::invalid(tr("A status report names as many requests as it shows."));
    }
    if (record.requests < 0) {
        return Error::invalid(
            tr("A document cannot show a negative number of requests (%1).").arg(record.requests));
    }
    return Status();
}

Status PrintLog::record(const User& actor, const PrintRecord& record)
{
    if (Status status = check(actor, record); !status.ok()) {
        return status;
    }
    const bool summary = record.document == QLatin1String("summary");
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    QVariant requestId(QMetaType::fromType<qint64>());
    if (summary) {
        Result<QSqlQuery> request = Sql::exec(
            db, QStringLiteral("SELECT id FROM requests WHERE reference = ?"), {record.reference});
        if (!request) {
            return request.error();
        }
        if (!request->next()) {
            return Error::notFound(tr("There is no request “%1”.").arg(record.reference));
        }
        requestId = request->value(0);
    }
    if (Status status
        = Sql::exec(db,
                    QStringLiteral("INSERT INTO print_log (printed_at, user_id, document, request_id, "
                                   "request_count, with_persons, language, format) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {Sql::timestamp(m_clock.nowUtc()), actor.id, record.document, requestId,
                     summary ? 1 : record.requests, record.withPersons ? 1 : 0, record.language,
                     record.format})
              .status();
        !status.ok()) {
        return status;
    }
    if (Status status = recordRequests(record.requestIds); !status.ok()) {
        return status;
    }
    return transaction.commit();
}

Status PrintLog::recordRequests(const std::vector<qint64>& ids)
{
    if (ids.empty()) {
        return Status();
    }
    const QSqlDatabase db = m_database.connection();
    Result<QSqlQuery> last = Sql::exec(db, QStringLiteral("SELECT max(id) FROM print_log"));
    if (!last) {
        return last.error();
    }
    if (!last->next()) {
        return Error::storage(tr("The print log cannot be read back."));
    }
    const QVariant printId = last->value(0);
    // Many rows a statement, bound values only.
    constexpr std::size_t batch = 200;
    for (std::size_t start = 0; start < ids.size(); start += batch) {
        const std::size_t end = std::min(ids.size(), start + batch);
        QStringList rows;
        QVariantList values;
        for (std::size_t i = start; i < end; ++i) {
            rows << QStringLiteral("(?, ?)");
            values << printId << ids[i];
        }
        if (Status status = Sql::exec(db,
                                      QStringLiteral("INSERT INTO print_log_requests (print_id, request_id) "
                                                     "VALUES %1")
                                          .arg(rows.join(QStringLiteral(", "))),
                                      values)
                                .status();
            !status.ok()) {
            return status;
        }
    }
    return Status();
}

Result<std::vector<PrintRecord>> PrintLog::list(const User& actor, const QDate& from,
                                                const QDate& until) const
{
    if (!mayRead(actor.role)) {
        return Error::forbidden(
            tr("Only an administrator or a supervisor may read the print log. You are: %1.")
                .arg(labelOf(actor.role)));
    }
    if (from.isValid() && until.isValid() && until < from) {
        //: %1 and %2 are dates.
        return Error::invalid(tr("The period ends on %1, before it begins on %2.")
                                  .arg(QLocale().toString(until, QLocale::LongFormat),
                                       QLocale().toString(from, QLocale::LongFormat)));
    }
    // Days at the office, as times in UTC: from the start of `from` to the
    // start of the day after `until`.
    QString statement = QStringLiteral(
        "SELECT p.printed_at, u.name, p.document, r.reference, p.request_count, p.with_persons, p.language, "
        "p.format FROM print_log p JOIN users u ON u.id = p.user_id "
        "LEFT JOIN requests r ON r.id = p.request_id WHERE 1 = 1");
    QVariantList values;
    if (from.isValid()) {
        statement += QStringLiteral(" AND p.printed_at >= ?");
        values << Sql::timestamp(from.startOfDay().toUTC());
    }
    if (until.isValid()) {
        statement += QStringLiteral(" AND p.printed_at < ?");
        values << Sql::timestamp(until.addDays(1).startOfDay().toUTC());
    }
    statement += QStringLiteral(" ORDER BY p.printed_at DESC, p.id DESC");
    Result<QSqlQuery> query = Sql::exec(m_database.connection(), statement, values);
    if (!query) {
        return query.error();
    }
    std::vector<PrintRecord> records;
    while (query->next()) {
        PrintRecord record;
        record.at = Sql::toTimestamp(query->value(0));
        record.user = query->value(1).toString();
        record.document = query->value(2).toString();
        record.reference = query->value(3).toString();
        record.requests = query->value(4).toInt();
        record.withPersons = query->value(5).toInt() != 0;
        record.language = query->value(6).toString();
        record.format = query->value(7).toString();
        records.push_back(record);
    }
    return records;
}

} // namespace Masar
