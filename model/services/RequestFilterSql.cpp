#include "RequestFilterSql.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QStringList>

namespace Masar::RequestFilterSql {

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
    if (filter.direction) {
        conditions << QStringLiteral("r.direction = ?");
        *values << keyOf(*filter.direction);
    }
    if (!filter.states.empty()) {
        conditions << QStringLiteral("r.state IN (%1)").arg(placeholders(filter.states.size()));
        for (State state : filter.states) {
            *values << keyOf(state);
        }
    }
    if (filter.openOnly) {
        conditions << QStringLiteral("r.state <> ?");
        *values << keyOf(State::Closed);
    }
    if (!filter.country.isEmpty()) {
        conditions << QStringLiteral("(r.requesting_country = ? OR r.requested_country = ?)");
        *values << filter.country << filter.country;
    }
    if (!filter.assignee.isEmpty()) {
        conditions << QStringLiteral("r.assignee_id = (SELECT id FROM users WHERE name = ?)");
        *values << filter.assignee;
    }
    if (!filter.priority.isEmpty()) {
        conditions << QStringLiteral("r.priority = ?");
        *values << filter.priority;
    }
    if (filter.deadlineFrom.isValid()) {
        conditions << QStringLiteral("r.next_deadline >= ?");
        *values << Sql::date(filter.deadlineFrom);
    }
    if (filter.deadlineUntil.isValid()) {
        conditions << QStringLiteral("r.next_deadline <= ?");
        *values << Sql::date(filter.deadlineUntil);
    }
    if (!filter.partnerCountry.isEmpty()) {
        conditions << QStringLiteral("((r.direction = ? AND r.requesting_country = ?)"
                                     " OR (r.direction = ? AND r.requested_country = ?))");
        *values << keyOf(Direction::Incoming) << filter.partnerCountry << keyOf(Direction::Outgoing)
                << filter.partnerCountry;
    }
    if (filter.unassigned) {
        conditions << QStringLiteral("r.assignee_id IS NULL");
    }
    // An incoming request has a date received and none sent, an outgoing one
    // the other way round (the table's checks): either is the day it was opened.
    if (filter.openedFrom.isValid()) {
        conditions << QStringLiteral("coalesce(r.received_on, r.sent_on) >= ?");
        *values << Sql::date(filter.openedFrom);
    }
    if (filter.openedUntil.isValid()) {
        conditions << QStringLiteral("coalesce(r.received_on, r.sent_on) <= ?");
        *values << Sql::date(filter.openedUntil);
    }
    if (filter.notSent) {
        conditions << QStringLiteral("(r.direction = ? AND r.sent_on IS NULL)");
        *values << keyOf(Direction::Outgoing);
    }
    if (filter.tookStep) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM history h WHERE h.request_id = r.id AND h.step = ?)");
        *values << keyOf(*filter.tookStep);
    }
    if (const QString search = dialect.searchCondition(filter.text, values); !search.isEmpty()) {
        conditions << search;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace Masar::RequestFilterSql
