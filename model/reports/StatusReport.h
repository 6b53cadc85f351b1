#pragma once

#include "PrintContext.h"
#include "PrintDocument.h"
#include "core/Result.h"
#include "domain/Codes.h"
#include "services/RequestFilter.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <vector>

namespace Masar {

class Database;
class DocumentLanguage;

// The status of many requests for a meeting or a partner: the requests of a
// filter grouped by state or by partner country, with totals, overdue rows
// marked, the filter and the "as of" day on the first page.
class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(Masar::StatusReport)

public:
    enum class Grouping { State, Country };

    // One request as the report shows it.
    struct Row
    {
        qint64 id = 0; // the stored request
        QString reference;
        Direction direction = Direction::Incoming;
        QString partnerCountry; // the other state: requesting for incoming, requested for outgoing
        State state = State::Received;
        QString assignee; // login name; empty for nobody
        QDate nextDeadline;
        QString deadlineKind;
        QString confidentiality;
    };

    struct Options
    {
        RequestFilter filter;
        Grouping grouping = Grouping::State;
    };

    // Returns false to stop.
    using Progress = std::function<bool(int done, int total)>;

    // The rows of the filter, in reference order; Cancelled when `progress` says stop.
    static Result<std::vector<Row>> read(const Database& database, const RequestFilter& filter,
                                         const Progress& progress = {});
    static PrintDocument build(const std::vector<Row>& rows, const Options& options,
                               const DocumentLanguage& language, const PrintContext& context);
    // The rows as CSV for a spreadsheet: one line a request, with its group,
    // column names in the document's language, dates in ISO 8601.
    static QByteArray csv(const std::vector<Row>& rows, const Options& options,
                          const DocumentLanguage& language, const PrintContext& context);

    static QString groupingKey(Grouping grouping);
    static std::optional<Grouping> groupingOf(const QString& key);
};

} // namespace Masar
