#include "RequestList.h"

#include "RequestFilterSql.h"
#include "User.h"
#include "storage/Database.h"
#include "storage/ReadTransaction.h"
#include "storage/Sql.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace Masar {

namespace {

// The stored column each list column sorts on.
QString sortColumn(RequestList::Column column)
{
    switch (column) {
    case RequestList::Column::Reference:
        return QStringLiteral("r.reference");
    case RequestList::Column::Direction:
        return QStringLiteral("r.direction");
    case RequestList::Column::ForeignReference:
        return QStringLiteral("r.foreign_reference");
    case RequestList::Column::RequestingCountry:
        return QStringLiteral("r.requesting_country");
    case RequestList::Column::RequestedCountry:
        return QStringLiteral("r.requested_country");
    case RequestList::Column::State:
        return QStringLiteral("r.state");
    case RequestList::Column::Priority:
        return QStringLiteral("r.priority");
    case RequestList::Column::Assignee:
        return QStringLiteral("r.assignee_id");
    case RequestList::Column::ReceivedOn:
        return QStringLiteral("r.received_on");
    case RequestList::Column::NextDeadline:
        return QStringLiteral("r.next_deadline");
    }
    return QStringLiteral("r.id");
}

// Columns that show a name for a stored code or key.
bool sortsByName(RequestList::Column column)
{
    switch (column) {
    case RequestList::Column::Direction:
    case RequestList::Column::RequestingCountry:
    case RequestList::Column::RequestedCountry:
    case RequestList::Column::State:
    case RequestList::Column::Priority:
    case RequestList::Column::Assignee:
        return true;
    default:
        return false;
    }
}

const QString rowColumns = QStringLiteral(
    "r.id, r.reference, r.direction, r.foreign_reference, r.requesting_country, r.requested_country,"
    " r.state, r.priority, r.confidentiality, u.name, u.display_name, r.received_on, r.sent_on,"
    " substr(r.summary, 1, 200), r.next_deadline, r.deadline_kind");

// A run of ids of one code, as the database returned them.
struct CodeGroup
{
    QVariant code;
    std::size_t begin = 0;
    std::size_t end = 0;
};

Result<std::vector<qint64>> readIds(const QSqlDatabase& db, const RequestList::Statement& statement)
{
    Result<QSqlQuery> query = Sql::exec(db, statement.sql, statement.values);
    if (!query) {
        return query.error();
    }
    std::vector<qint64> ids;
    while (query->next()) {
        ids.push_back(query->value(0).toLongLong());
    }
    return ids;
}

// Puts a group's ids in registration order. Over an index on (code, other
// columns) the group comes as runs already in id order, one per value of the
// other columns (two directions, a dozen states): merging the runs in pairs
// takes a pass per doubling, where sorting compares each id some twenty times.
void sortGroup(std::vector<qint64>::iterator begin, std::vector<qint64>::iterator end)
{
    using Iterator = std::vector<qint64>::iterator;
    constexpr std::size_t mostRuns = 64; // beyond, the ids are hardly in order: sort them
    std::vector<Iterator> bounds = {begin}; // where each run begins, then the end
    for (Iterator run = begin; run != end;) {
        run = std::is_sorted_until(run, end);
        bounds.push_back(run);
        if (bounds.size() > mostRuns + 1) {
            std::sort(begin, end);
            return;
        }
    }
    while (bounds.size() > 2) {
        std::vector<Iterator> merged = {bounds.front()};
        std::size_t i = 0;
        for (; i + 2 < bounds.size(); i += 2) {
            std::inplace_merge(bounds[i], bounds[i + 1], bounds[i + 2]);
            merged.push_back(bounds[i + 2]);
        }
        if (i + 1 < bounds.size()) {
            merged.push_back(bounds.back()); // an odd run out, merged in the next pass
        }
        bounds = std::move(merged);
    }
}

// The groups in the order of the names of their codes, each in registration order.
Result<std::vector<qint64>> inNameOrder(const QSqlDatabase& db, RequestList::Column column,
                                        std::vector<CodeGroup> groups, const std::vector<qint64>& ids)
{
    QHash<qint64, QString> userNames;
    if (column == RequestList::Column::Assignee) {
        Result<QSqlQuery> users = Sql::exec(db, QStringLiteral("SELECT id, name, display_name FROM users"));
        if (!users) {
            return users.error();
        }
        while (users->next()) {
            userNames.insert(users->value(0).toLongLong(),
                             User::shownName(users->value(1).toString(), users->value(2).toString()));
        }
    }
    auto nameOf = [&](const QVariant& key) {
        if (column == RequestList::Column::Assignee) {
            return key.isNull() ? QString() : userNames.value(key.toLongLong());
        }
        RequestListRow row;
        const QString code = key.toString();
        row.direction = fromKey<Direction>(code).value_or(Direction::Incoming);
        row.state = fromKey<State>(code).value_or(State::Received);
        row.requestingCountry = code;
        row.requestedCountry = code;
        row.priority = code;
        return RequestList::label(column, row);
    };
    std::vector<std::pair<QString, CodeGroup>> named;
    named.reserve(groups.size());
    for (CodeGroup& group : groups) {
        named.emplace_back(nameOf(group.code), std::move(group));
    }
    QCollator collator {QLocale()};
    collator.setNumericMode(true);
    std::stable_sort(named.begin(), named.end(), [&collator](const auto& a, const auto& b) {
        return collator.compare(a.first, b.first) < 0;
    });
    // Codes that show the same name (two users of one display name) make one
    // group, in registration order as a whole.
    std::vector<qint64> ordered;
    ordered.reserve(ids.size());
    std::size_t sameNameBegin = 0;
    for (std::size_t i = 0; i < named.size(); ++i) {
        const CodeGroup& group = named[i].second;
        if (i > 0 && collator.compare(named[i - 1].first, named[i].first) != 0) {
            sortGroup(ordered.begin() + long(sameNameBegin), ordered.end());
            sameNameBegin = ordered.size();
        }
        ordered.insert(ordered.end(), ids.begin() + long(group.begin), ids.begin() + long(group.end));
    }
    sortGroup(ordered.begin() + long(sameNameBegin), ordered.end());
    return ordered;
}

// Under a filter: each id comes with its code, grouped by code.
Result<std::vector<qint64>> idsWithCodes(const QSqlDatabase& db, const RequestList::Statement& statement,
                                         RequestList::Column column)
{
    Result<QSqlQuery> query = Sql::exec(db, statement.sql, statement.values);
    if (!query) {
        return query.error();
    }
    std::vector<CodeGroup> groups;
    std::vector<qint64> ids;
    while (query->next()) {
        const QVariant code = query->value(1);
        if (groups.empty() || code != groups.back().code) {
            if (!groups.empty()) {
                groups.back().end = ids.size();
            }
            groups.push_back({code, ids.size(), ids.size()});
        }
        ids.push_back(query->value(0).toLongLong());
    }
    if (!groups.empty()) {
        groups.back().end = ids.size();
    }
    return inNameOrder(db, column, std::move(groups), ids);
}

// The whole register: the number of requests of each code, then the ids in
// the same order of codes. The caller holds a read transaction, so that both
// see the same requests; nothing when they do not.
Result<std::optional<std::vector<qint64>>> idsByCount(const QSqlDatabase& db,
                                                      const RequestList::Statement& counting,
                                                      const RequestList::Statement& reading,
                                                      RequestList::Column column)
{
    Result<QSqlQuery> counts = Sql::exec(db, counting.sql, counting.values);
    if (!counts) {
        return counts.error();
    }
    std::vector<CodeGroup> groups;
    std::size_t total = 0;
    while (counts->next()) {
        const std::size_t count = std::size_t(counts->value(1).toLongLong());
        groups.push_back({counts->value(0), total, total + count});
        total += count;
    }
    Result<std::vector<qint64>> ids = readIds(db, reading);
    if (!ids) {
        return ids.error();
    }
    if (ids->size() != total) {
        return std::optional<std::vector<qint64>>();
    }
    Result<std::vector<qint64>> ordered = inNameOrder(db, column, std::move(groups), *ids);
    if (!ordered) {
        return ordered.error();
    }
    return std::optional<std::vector<qint64>>(ordered.take());
}

// Whether the column's requests with no value must be moved after the others
// (the database puts NULLs first).
bool noneLast(RequestList::Column column)
{
    return column == RequestList::Column::NextDeadline;
}

// The number of requests with no value, then the ids over the index, where
// those come first; the caller holds a read transaction, so that both
// statements see the same requests. Those without a value go last in either
// order: ascending, they are moved there in the order they were registered;
// descending, the list is reversed as a whole, ties included, as for the
// other columns.
Result<std::vector<qint64>> idsNoneLast(const QSqlDatabase& db, const RequestList::Statement& counting,
                                        const RequestList::Statement& reading, Qt::SortOrder order)
{
    Result<QSqlQuery> count = Sql::exec(db, counting.sql, counting.values);
    if (!count) {
        return count.error();
    }
    const std::size_t none = count->next() ? std::size_t(count->value(0).toLongLong()) : 0;
    count->finish();
    Result<std::vector<qint64>> ids = readIds(db, reading);
    if (!ids) {
        return ids;
    }
    if (order == Qt::AscendingOrder) {
        std::rotate(ids->begin(), ids->begin() + long(std::min(none, ids->size())), ids->end());
    } else {
        std::reverse(ids->begin(), ids->end());
    }
    return ids;
}

} // namespace

RequestList::RequestList(const Database& database)
    : m_database(database)
{
}

std::vector<RequestList::Statement> RequestList::idsStatements(const RequestFilter& filter, Column column,
                                                               const SqlDialect& dialect)
{
    Statement statement;
    const QString where = RequestFilterSql::where(filter, dialect, &statement.values);
    // A range of deadlines is read over the deadline index and its few
    // requests sorted after: an order another index could give would make
    // SQLite scan all of that index instead (SqlDialect::unindexed).
    const bool overDeadlines = filter.hasDeadlineRange() && column != Column::NextDeadline;
    const auto hidden = [&](const QString& expression) {
        return overDeadlines ? dialect.unindexed(expression) : expression;
    };
    const QString sorted = column == Column::Reference
        ? dialect.referenceOrder(hidden(QStringLiteral("r.reference")))
        : hidden(sortColumn(column));
    if (!sortsByName(column)) {
        statement.sql = QStringLiteral("SELECT r.id FROM requests r%1 ORDER BY %2, r.id").arg(where, sorted);
        if (!noneLast(column) || filter.hasDeadlineRange()) {
            return {statement}; // a range of deadlines leaves out the requests with none
        }
        // The requests of the filter with none, counted first.
        Statement counting;
        QString none = RequestFilterSql::where(filter, dialect, &counting.values);
        none += none.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        counting.sql = QStringLiteral("SELECT count(*) FROM requests r%1%2 IS NULL").arg(none, sorted);
        return {counting, statement};
    }
    if (!where.isEmpty()) {
        statement.sql = QStringLiteral("SELECT r.id, %2 FROM requests r%1 ORDER BY %2").arg(where, sorted);
        return {statement};
    }
    // The whole register: carrying a code with each of a million ids costs
    // more than counting the codes first.
    return {
        {QStringLiteral("SELECT %1, count(*) FROM requests r GROUP BY %1 ORDER BY %1").arg(sorted), {}},
        {QStringLiteral("SELECT r.id FROM requests r ORDER BY %1").arg(sorted), {}},
    };
}

RequestList::Statement RequestList::rowsStatement(const std::vector<qint64>& ids)
{
    Statement statement;
    statement.sql = QStringLiteral("SELECT %1 FROM requests r LEFT JOIN users u ON u.id = "
                                   "r.assignee_id WHERE r.id IN (%2)")
                        .arg(rowColumns, RequestFilterSql::placeholders(ids.size()));
    statement.values.reserve(int(ids.size()));
    for (qint64 id : ids) {
        statement.values << id;
    }
    return statement;
}

Result<std::vector<qint64>> RequestList::ids(const RequestFilter& filter, Column column,
                                             Qt::SortOrder order) const
{
    const std::vector<Statement> statements = idsStatements(filter, column, m_database.dialect());
    const QSqlDatabase db = m_database.connection();
    Result<std::vector<qint64>> result = std::vector<qint64>();
    if (statements.size() == 2 && noneLast(column)) {
        ReadTransaction snapshot(db, m_database.dialect());
        if (Status status = snapshot.begin(); !status.ok()) {
            return status;
        }
        return idsNoneLast(db, statements.front(), statements.back(), order);
    }
    if (!sortsByName(column)) {
        result = readIds(db, statements.front());
    } else if (statements.size() == 1) {
        result = idsWithCodes(db, statements.front(), column);
    } else {
        ReadTransaction snapshot(db, m_database.dialect());
        if (Status status = snapshot.begin(); !status.ok()) {
            return status;
        }
        Result<std::optional<std::vector<qint64>>> counted
            = idsByCount(db, statements.front(), statements.back(), column);
        if (!counted) {
            return counted.error();
        }
        if (*counted) {
            result = std::move(**counted);
        } else {
            // Cannot happen in one read transaction; read each code with its id instead.
            result = idsWithCodes(
                db,
                {QStringLiteral("SELECT r.id, %1 FROM requests r ORDER BY %1").arg(sortColumn(column)), {}},
                column);
        }
    }
    if (result && order == Qt::DescendingOrder) {
        std::reverse(result->begin(), result->end());
    }
    return result;
}

Result<std::vector<RequestListRow>> RequestList::rows(const std::vector<qint64>& ids) const
{
    std::vector<RequestListRow> result;
    if (ids.empty()) {
        return result;
    }
    const Statement statement = rowsStatement(ids);
    Result<QSqlQuery> query = Sql::exec(m_database.connection(), statement.sql, statement.values);
    if (!query) {
        return query.error();
    }
    QHash<qint64, RequestListRow> byId;
    byId.reserve(int(ids.size()));
    while (query->next()) {
        RequestListRow row;
        row.id = query->value(0).toLongLong();
        row.reference = query->value(1).toString();
        row.direction = fromKey<Direction>(query->value(2).toString()).value_or(Direction::Incoming);
        row.foreignReference = query->value(3).toString();
        row.requestingCountry = query->value(4).toString();
        row.requestedCountry = query->value(5).toString();
        row.state = fromKey<State>(query->value(6).toString()).value_or(State::Received);
        row.priority = query->value(7).toString();
        row.confidentiality = query->value(8).toString();
        row.assignee = query->value(9).toString();
        row.assigneeDisplayName = User::shownName(row.assignee, query->value(10).toString());
        row.receivedOn = Sql::toDate(query->value(11));
        row.sentOn = Sql::toDate(query->value(12));
        row.summary = query->value(13).toString();
        row.nextDeadline = Sql::toDate(query->value(14));
        row.deadlineKind = query->value(15).toString();
        byId.insert(row.id, row);
    }
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd()) {
            result.push_back(*it);
        }
    }
    return result;
}

RequestList::Statement RequestList::countriesInUseStatement()
{
    return {QStringLiteral("SELECT c.code FROM countries c"
                           " WHERE EXISTS (SELECT 1 FROM requests WHERE requesting_country = c.code)"
                           " OR EXISTS (SELECT 1 FROM requests WHERE requested_country = c.code)"
                           " ORDER BY c.code"),
            {}};
}

Result<QStringList> RequestList::countriesInUse() const
{
    const Statement statement = countriesInUseStatement();
    Result<QSqlQuery> query = Sql::exec(m_database.connection(), statement.sql, statement.values);
    if (!query) {
        return query.error();
    }
    QStringList codes;
    while (query->next()) {
        codes << query->value(0).toString();
    }
    return codes;
}

QString RequestList::label(Column column, const RequestListRow& row)
{
    switch (column) {
    case Column::Reference:
        return row.reference;
    case Column::Direction:
        return labelOf(row.direction);
    case Column::ForeignReference:
        return row.foreignReference;
    case Column::RequestingCountry:
        return Codes::countryName(row.requestingCountry);
    case Column::RequestedCountry:
        return Codes::countryName(row.requestedCountry);
    case Column::State:
        return labelOf(row.state);
    case Column::Priority:
        return Codes::priorities().label(row.priority);
    case Column::Assignee:
        return row.assigneeDisplayName;
    case Column::ReceivedOn:
    case Column::NextDeadline:
        return QString(); // dates are written by whoever shows them, in the user's style
    }
    return QString();
}

} // namespace Masar
