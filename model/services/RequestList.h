#pragma once

#include "RequestFilter.h"
#include "core/Result.h"
#include "domain/Codes.h"

#include <QDate>
#include <QString>
#include <QVariantList>

#include <vector>

namespace Masar {

class Database;
class SqlDialect;

// What the list of requests shows of one request.
struct RequestListRow
{
    qint64 id = 0;
    QString reference;
    Direction direction = Direction::Incoming;
    QString foreignReference;
    QString requestingCountry;
    QString requestedCountry;
    State state = State::Received;
    QString priority;
    QString confidentiality;
    QString assignee; // user name
    QString assigneeDisplayName; // the name shown: the display name, else the user name
    QDate receivedOn;
    QDate sentOn;
    QDate nextDeadline; // the stored one; invalid when none runs
    QString deadlineKind; // its kind's code (DeadlineRules::key)
    QString summary; // its beginning
};

// The list of requests of a filter in the order of a column, for a register
// of any size: the order is worked out by the database over its indexes and
// kept as request ids only; the rows themselves are read a page at a time.
// Every call runs its query to the end: no read transaction stays open.
class RequestList
{
public:
    enum class Column {
        Reference,
        Direction,
        ForeignReference,
        RequestingCountry,
        RequestedCountry,
        State,
        Priority,
        Assignee,
        ReceivedOn,
        NextDeadline,
    };
    static constexpr int columnCount = int(Column::NextDeadline) + 1;

    // A statement and the values to bind to its placeholders, in order.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };

    explicit RequestList(const Database& database);

    // The ids of the requests of the filter, in the column's order, ties in
    // the order they were registered. Columns that show a name for a code
    // (countries, states, ...) sort by the name in the current language.
    // Requests with no next deadline come last in either order.
    Result<std::vector<qint64>> ids(const RequestFilter& filter, Column column, Qt::SortOrder order) const;
    // The rows of these ids, in the same order; ids no longer there are left out.
    Result<std::vector<RequestListRow>> rows(const std::vector<qint64>& ids) const;

    // The countries that requests name, as requesting or requested state
    // (a probe of the indexes per known country, not a scan of the register).
    Result<QStringList> countriesInUse() const;
    static Statement countriesInUseStatement();

    // The text a column shows for a code, in the current language.
    static QString label(Column column, const RequestListRow& row);

    // The statements that ids() and rows() run, in order, for tools that
    // explain or measure them. For a column that shows names, the database
    // returns the ids grouped by code and ids() puts the groups in the order
    // of their names: over the whole register it counts the requests of each
    // code, then reads the ids alone (both over the column's index, in one
    // read transaction); under a filter it reads each id with its code.
    // For the next deadline, unless the filter asks for a range of them, it
    // counts the requests with none (they come first over the index), then
    // reads the ids, both in one read transaction.
    static std::vector<Statement> idsStatements(const RequestFilter& filter, Column column,
                                                const SqlDialect& dialect);
    static Statement rowsStatement(const std::vector<qint64>& ids);

private:
    const Database& m_database;
};

} // namespace Masar
