#include "RequestFilterSql.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QStringList>

namespace Masar::RequestFilterSql {

namespace {

using F = RequestFilterField;

// The condition of one field the filter holds, its values appended to `values`.
QString condition(const RequestFilter& filter, RequestFilterField field, const SqlDialect& dialect,
                  QVariantList* values)
{
    switch (field) {
    case F::Direction:
        *values << keyOf(*filter.direction);
        return QStringLiteral("r.direction = ?");
    case F::States:
        for (State state : filter.states) {
            *values << keyOf(state);
        }
        return QStringLiteral("r.state IN (%1)").arg(placeholders(filter.states.size()));
    case F::OpenOnly:
        *values << keyOf(State::Closed);
        return QStringLiteral("r.state <> ?");
    case F::Country:
        *values << filter.country << filter.country;
        return QStringLiteral("(r.requesting_country = ? OR r.requested_country = ?)");
    case F::PartnerCountry:
        *values << keyOf(Direction::Incoming) << filter.partnerCountry << keyOf(Direction::Outgoing)
                << filter.partnerCountry;
        return QStringLiteral("((r.direction = ? AND r.requesting_country = ?)"
                              " OR (r.direction = ? AND r.requested_country = ?))");
    case F::Assignee:
        *values << filter.assignee;
        return QStringLiteral("r.assignee_id = (SELECT id FROM users WHERE name = ?)");
    case F::Unassigned:
        return QStringLiteral("r.assignee_id IS NULL");
    case F::Priority:
        *values << filter.priority;
        return QStringLiteral("r.priority = ?");
    case F::Find:
        return dialect.searchCondition(filter.text, values);
    case F::DeadlineFrom:
        *values << Sql::date(filter.deadlineFrom);
        return QStringLiteral("r.next_deadline >= ?");
    case F::DeadlineUntil:
        *values << Sql::date(filter.deadlineUntil);
        return QStringLiteral("r.next_deadline <= ?");
    // An incoming request has a date received and none sent, an outgoing one
    // the other way round (the table's checks): either is the day it was opened.
    case F::OpenedFrom:
        *values << Sql::date(filter.openedFrom);
        return QStringLiteral("coalesce(r.received_on, r.sent_on) >= ?");
    case F::OpenedUntil:
        *values << Sql::date(filter.openedUntil);
        return QStringLiteral("coalesce(r.received_on, r.sent_on) <= ?");
    case F::NotSent:
        *values << keyOf(Direction::Outgoing);
        return QStringLiteral("(r.direction = ? AND r.sent_on IS NULL)");
    case F::TookStep:
        *values << keyOf(*filter.tookStep);
        return QStringLiteral("EXISTS (SELECT 1 FROM history h WHERE h.request_id = r.id AND h.step = ?)");
    }
    return QString();
}

} // namespace

QString placeholders(std::size_t count)
{
    QString result;
    result.reserve(int(count) * 2);
    for (std::size_t i = 0; i < count; ++i) {
        result += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    }
    return result;
}

QString where(const RequestFilter& filter, const SqlDialect& dialect, QVariantList* values)
{
    QStringList conditions;
    for (const RequestFilterFieldInfo& row : RequestFilterFields::all()) {
        if (filter.has(row.field)) {
            if (const QString sql = condition(filter, row.field, dialect, values); !sql.isEmpty()) {
                conditions << sql;
            }
        }
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace Masar::RequestFilterSql
