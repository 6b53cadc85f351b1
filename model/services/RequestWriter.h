#pragma once

#include "core/Result.h"
#include "domain/Request.h"

#include <QHash>
#include <QSqlQuery>

namespace Masar {

class Database;

// Writes rows of requests. It checks nothing and opens no transaction: it is
// the storage half of RequestService, which does both. Statements are
// prepared once and reused, so that an import of many requests stays fast.
class RequestWriter
{
public:
    explicit RequestWriter(Database& database);

    // Inserts the request's own fields and its lists (legal bases, offences,
    // measures, persons); not its links, history or documents.
    Result<qint64> insert(const Request& request, std::optional<qint64> assigneeId);
    // Saves the fields a workflow step may change.
    Status updateAfterStep(const Request& request);
    // Saves the request's own fields that editing may change (RequestService::amend).
    Status updateDetails(const Request& request);
    // Replace a request's list with the one given.
    Status replaceLegalBases(qint64 requestId, const QStringList& legalBases);
    Status replaceOffences(qint64 requestId, const QStringList& offences);
    Status replacePersons(qint64 requestId, const std::vector<Person>& persons);
    // Links one request to another, or changes the kind of the link they have.
    Status setLink(qint64 fromId, qint64 toId, const QString& kind);
    Status removeLink(qint64 fromId, qint64 toId);
    Status insertMeasure(qint64 requestId, const Measure& measure);
    // Saves a stored measure's type and note (its status: updateMeasureStatus).
    Status updateMeasure(const Measure& measure);
    Status updateMeasureStatus(qint64 measureId, const QString& status);
    Status deleteMeasure(qint64 requestId, qint64 measureId);
    // Returns the new entry's id: the request's new revision. An entry of
    // the step that brings the request's results also keeps the day they
    // first came with the request (ResultsDay, requests.results_on).
    Result<qint64> appendHistory(qint64 requestId, const HistoryEntry& entry);
    Status insertDocument(qint64 requestId, const Document& document);

    // The highest number among our references of a direction and year, or 0.
    Result<int> lastReferenceNumber(Direction direction, int year);

private:
    Result<QSqlQuery*> prepared(const QString& statement);
    Status run(const QString& statement, const QVariantList& values);
    Status insertLegalBases(qint64 requestId, const QStringList& legalBases);
    Status insertOffences(qint64 requestId, const QStringList& offences);
    Status insertPersons(qint64 requestId, const std::vector<Person>& persons);
    Status keepResultsDay(qint64 requestId, const HistoryEntry& entry);

    Database& m_database;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace Masar
