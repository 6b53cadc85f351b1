#include "RequestList.h"

#include "RequestFilterSql.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

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
    case RequestList::Column::RequestedBy:
        return QStringLiteral("r.requested_by");
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

QString shownName(const QString& name, const QString& displayName)
{
    return displayName.isEmpty() ? name : displayName;
}

const QString rowColumns = QStringLiteral(
    "r.id, r.reference, r.direction, r.foreign_reference, r.requesting_country, r.requested_country,"
    " r.state, r.priority, r.confidentiality, u.name, u.display_name, r.received_on, r.requested_by,"
    " r.sent_on, substr(r.summary, 1, 200)");

} // namespace

RequestList::RequestList(const Database& database)
    : m_database(database)
{
}

RequestList::Statement RequestList::idsStatement(const RequestFilter& filter, Column column,
                                                 const SqlDialect& dialect)
{
    Statement statement;
    const QString where = RequestFilterSql::where(filter, dialect, &statement.values);
    // Names: the ids grouped by code over an index that starts with the
    // column; idsByName() orders the groups. Otherwise the order is the
    // database's, ties in registration order.
    statement.sql = sortsByName(column)
        ? QStringLiteral("SELECT r.id, %2 FROM requests r%1 ORDER BY %2").arg(where, sortColumn(column))
        : QStringLiteral("SELECT r.id FROM requests r%1 ORDER BY %2, r.id").arg(where, sortColumn(column));
    return statement;
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
    const Statement statement = idsStatement(filter, column, m_database.dialect());
    Result<std::vector<qint64>> result = std::vector<qint64>();
    if (sortsByName(column)) {
        result = idsByName(statement, column);
    } else {
        Result<QSqlQuery> query = Sql::exec(m_database.connection(), statement.sql, statement.values);
        if (!query) {
            return query.error();
        }
        std::vector<qint64> ids;
        while (query->next()) {
            ids.push_back(query->value(0).toLongLong());
        }
        result = std::move(ids);
    }
    if (result && order == Qt::DescendingOrder) {
        std::reverse(result->begin(), result->end());
    }
    return result;
}

Result<std::vector<qint64>> RequestList::idsByName(const Statement& statement, Column column) const
{
    // The database returns the ids grouped by code over an index that starts
    // with the column; the groups are then put in the order of their names,
    // each in registration order.
    Result<QSqlQuery> query = Sql::exec(m_database.connection(), statement.sql, statement.values);
    if (!query) {
        return query.error();
    }
    struct Group
    {
        QString name;
        std::size_t begin = 0;
        std::size_t end = 0;
    };
    std::vector<Group> groups;
    std::vector<qint64> ids;
    QVariant currentKey;
    bool first = true;

    QHash<qint64, QString> userNames;
    if (column == Column::Assignee) {
        Result<QSqlQuery> users
            = Sql::exec(m_database.connection(), QStringLiteral("SELECT id, name, display_name FROM users"));
        if (!users) {
            return users.error();
        }
        while (users->next()) {
            userNames.insert(users->value(0).toLongLong(),
                             shownName(users->value(1).toString(), users->value(2).toString()));
        }
    }
    auto nameOf = [&](const QVariant& key) {
        if (column == Column::Assignee) {
            return key.isNull() ? QString() : userNames.value(key.toLongLong());
        }
        RequestListRow row;
        const QString code = key.toString();
        row.direction = fromKey<Direction>(code).value_or(Direction::Incoming);
        row.state = fromKey<State>(code).value_or(State::Received);
        row.requestingCountry = code;
        row.requestedCountry = code;
        row.priority = code;
        return label(column, row);
    };

    while (query->next()) {
        const QVariant key = query->value(1);
        if (first || key != currentKey) {
            if (!groups.empty()) {
                groups.back().end = ids.size();
            }
            groups.push_back({nameOf(key), ids.size(), ids.size()});
            currentKey = key;
            first = false;
        }
        ids.push_back(query->value(0).toLongLong());
    }
    if (!groups.empty()) {
        groups.back().end = ids.size();
    }

    QCollator collator {QLocale()};
    collator.setNumericMode(true);
    std::stable_sort(groups.begin(), groups.end(), [&collator](const Group& a, const Group& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    std::vector<qint64> ordered;
    ordered.reserve(ids.size());
    for (const Group& group : groups) {
        const auto begin
            = ordered.insert(ordered.end(), ids.begin() + long(group.begin), ids.begin() + long(group.end));
        std::sort(begin, ordered.end());
    }
    return ordered;
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
        row.assigneeDisplayName = shownName(row.assignee, query->value(10).toString());
        row.receivedOn = Sql::toDate(query->value(11));
        row.requestedBy = Sql::toDate(query->value(12));
        row.sentOn = Sql::toDate(query->value(13));
        row.summary = query->value(14).toString();
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
    case Column::RequestedBy:
        return QString(); // dates are written by whoever shows them, in the user's style
    }
    return QString();
}

} // namespace Masar
