#include "OverdueNotice.h"

#include "RequestFilterSql.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace Masar {

OverdueNotice::OverdueNotice(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

RequestFilter OverdueNotice::becameOverdue(const User& user, const QDate& since, const QDate& today)
{
    RequestFilter filter;
    filter.openOnly = true;
    filter.deadlineFrom = since;
    filter.deadlineUntil = today.addDays(-1);
    if (user.role == Role::Officer) {
        filter.assignee = user.name;
    }
    return filter;
}

Result<OverdueNews> OverdueNotice::take(const User& user)
{
    const QSqlDatabase db = m_database.connection();
    const QDate today = m_clock.today();
    Result<QSqlQuery> seen
        = Sql::exec(db, QStringLiteral("SELECT deadlines_seen_on FROM users WHERE name = ?"), {user.name});
    if (!seen) {
        return seen.error();
    }
    OverdueNews news;
    if (seen->next()) {
        news.since = Sql::toDate(seen->value(0));
    }
    seen->finish();
    const bool hears = user.role == Role::Officer || user.role == Role::Supervisor;
    if (hears && news.since.isValid() && news.since < today) {
        news.filter = becameOverdue(user, news.since, today);
        QVariantList values;
        const QString where = RequestFilterSql::where(news.filter, m_database.dialect(), &values);
        Result<QSqlQuery> found = Sql::exec(
            db,
            QStringLiteral("SELECT r.reference FROM requests r%1 ORDER BY r.next_deadline, r.id").arg(where),
            values);
        if (!found) {
            return found.error();
        }
        while (found->next()) {
            if (news.count++ < shownReferences) {
                news.references << found->value(0).toString();
            }
        }
    }
    if (!m_database.isReadOnly() && news.since != today) {
        if (Status status
            = Sql::exec(db, QStringLiteral("UPDATE users SET deadlines_seen_on = ? WHERE name = ?"),
                        {Sql::date(today), user.name})
                  .status();
            !status.ok()) {
            return status;
        }
    }
    return news;
}

} // namespace Masar
