#pragma once

#include "RequestFilter.h"
#include "core/Result.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace Masar {

class Database;

// Reads requests. Each call runs its queries to the end, so no read
// transaction stays open between calls.
class RequestReader
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestReader)

public:
    enum class Detail {
        Header, // the request's own fields
        Full, // and its lists, persons, links, history and documents (without content)
        FullWithContent, // and the documents' content
        Deadlines // the request's own fields, legal bases and history: what the deadline engine reads
    };

    explicit RequestReader(const Database& database);

    Result<Request> get(const QString& reference, Detail detail = Detail::Full) const;
    // The id of a reference, or std::nullopt when there is none.
    Result<std::optional<qint64>> idOf(const QString& reference) const;
    // The ids of those of the references that the register has, by reference.
    Result<QHash<QString, qint64>> idsOf(const QStringList& references) const;
    Result<std::vector<Request>> list(const RequestFilter& filter, Detail detail = Detail::Header) const;
    Result<int> count(const RequestFilter& filter) const;
    // Calls `visit` for every request of the filter in order, reading them in
    // batches, so that a whole register can be exported in little memory.
    Status forEach(const RequestFilter& filter, Detail detail,
                   const std::function<Status(const Request&)>& visit) const;
    Result<QByteArray> documentContent(const QString& reference, const QString& name) const;
    // The requests of these ids, in the order of their ids; ids of no request are left out.
    Result<std::vector<Request>> byIds(const std::vector<qint64>& ids, Detail detail) const;

private:
    Result<std::vector<qint64>> ids(const RequestFilter& filter) const;

    const Database& m_database;
};

} // namespace Masar
