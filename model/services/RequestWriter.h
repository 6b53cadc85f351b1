#pragma once

#include "core/Result.h"
#include "domain/Request.h"

#include <QHash>
#include <QSqlQuery>

#include <optional>
#include <vector>

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
    // Inserts many requests (an import), each as insert() would, and with its
    // next deadline as given (Request::nextDeadline, deadlineKind), table by
    // table in statements of many rows, every row with the id that insert()
    // one request after another would give it. The word index takes them
    // all in one statement at the end rather than row by row
    // (SqlDialect::pauseSearchIndex); and SQLite's FTS5, which writes out
    // what it holds at every statement that may need undoing, writes a few
    // times rather than twice a request. Inside a write transaction only.
    // Returns the requests' ids, in order.
    Result<std::vector<qint64>> insertAll(const std::vector<const Request*>& requests,
                                          const std::vector<std::optional<qint64>>& assigneeIds);
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
    // Appends many entries (request id, entry) as appendHistory() one after
    // another would, in statements of many rows (an import).
    Status appendAllHistory(const std::vector<std::pair<qint64, const HistoryEntry*>>& entries);
    Status insertDocument(qint64 requestId, const Document& document);

    // The highest number among our references of a direction and year, or 0.
    Result<int> lastReferenceNumber(Direction direction, int year);

private:
    using Rows = std::vector<QVariantList>;

    Result<QSqlQuery*> prepared(const QString& statement);
    // Inserts rows of equal length into "table (columns)".
    Status insertRows(const QString& tableAndColumns, const Rows& rows);
    // The id a row inserted into the table now gets.
    Result<qint64> nextId(const QString& table);
    Status run(const QString& statement, const QVariantList& values);
    Status insertLegalBases(qint64 requestId, const QStringList& legalBases);
    Status insertOffences(qint64 requestId, const QStringList& offences);
    Status insertPersons(qint64 requestId, const std::vector<Person>& persons);
    Status keepResultsDay(qint64 requestId, const HistoryEntry& entry);

    Database& m_database;
    QHash<QString, QSqlQuery> m_statements;
    // The text of insertRows()'s statements, by table and number of rows.
    QHash<std::pair<QString, int>, QString> m_insertStatements;
};

} // namespace Masar
