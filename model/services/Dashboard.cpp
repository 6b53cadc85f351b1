#include "Dashboard.h"

#include "User.h"
#include "core/Clock.h"
#include "domain/Workflow.h"
#include "storage/Database.h"
#include "storage/ReadTransaction.h"
#include "storage/ResultsDay.h"
#include "storage/Sql.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <map>
#include <tuple>

namespace Masar {

namespace {

using Age = DashboardFigures::Age;

// The statements in the order statements() returns them.
enum StatementIndex { OpenByState, Deadlines, Ageing, Turnaround, StatementCount };

// "Open" is written as this literal, not bound, so that the database sees
// that the partial index requests_open (Schema::applyVersion3) holds every
// row the statement can read.
const QString openRequests = QStringLiteral("r.state <> 'closed'");

// The partner's country of a request: the other state.
QString partnerColumn()
{
    return QStringLiteral("CASE WHEN r.direction = ? THEN r.requesting_country ELSE r.requested_country END");
}

RequestFilter openFilter()
{
    RequestFilter filter;
    filter.openOnly = true;
    return filter;
}

// Overdue or due soon, as a filter on top of `base`.
RequestFilter deadlineFilter(RequestFilter filter, bool overdue, const QDate& today, int atRiskDays)
{
    if (overdue) {
        filter.deadlineUntil = today.addDays(-1);
    } else {
        filter.deadlineFrom = today;
        filter.deadlineUntil = today.addDays(atRiskDays);
    }
    return filter;
}

// Sums counts under keys, then lists them most overdue first.
class DeadlineTally
{
public:
    DeadlineTally(const QDate& today, int atRiskDays)
        : m_today(today)
        , m_atRiskDays(atRiskDays)
    {
    }

    void add(const QString& key, bool overdue, int count)
    {
        std::pair<int, int>& counts = m_counts[key];
        (overdue ? counts.first : counts.second) += count;
    }

    // `base` gives the filter of one key's requests.
    template<typename Base>
    std::vector<DashboardFigures::DeadlineCounts> rows(const Base& base) const
    {
        std::vector<DashboardFigures::DeadlineCounts> result;
        for (const auto& [key, counts] : m_counts) {
            DashboardFigures::DeadlineCounts row;
            row.key = key;
            const RequestFilter filter = base(key);
            row.overdue = {counts.first, deadlineFilter(filter, true, m_today, m_atRiskDays)};
            row.dueSoon = {counts.second, deadlineFilter(filter, false, m_today, m_atRiskDays)};
            result.push_back(row);
        }
        std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
            return std::make_tuple(-a.overdue.count, -a.dueSoon.count)
                < std::make_tuple(-b.overdue.count, -b.dueSoon.count);
        });
        return result;
    }

private:
    QDate m_today;
    int m_atRiskDays;
    std::map<QString, std::pair<int, int>> m_counts; // key: overdue, due soon
};

// The median of values given as (value, how many), in any order.
std::optional<double> median(std::vector<std::pair<int, int>> histogram)
{
    std::sort(histogram.begin(), histogram.end());
    qint64 total = 0;
    for (const auto& bar : histogram) {
        total += bar.second;
    }
    if (total == 0) {
        return std::nullopt;
    }
    // The values at positions (total - 1) / 2 and total / 2 (the same one when total is odd).
    auto valueAt = [&histogram](qint64 position) {
        qint64 seen = 0;
        for (const auto& [value, count] : histogram) {
            seen += count;
            if (position < seen) {
                return value;
            }
        }
        return histogram.back().first;
    };
    return (double(valueAt((total - 1) / 2)) + double(valueAt(total / 2))) / 2.0;
}

// Open requests by state, and in each direction.
void addOpenByState(QSqlQuery& query, DashboardFigures* figures)
{
    QHash<QString, int> byState;
    while (query.next()) {
        byState.insert(query.value(0).toString(), query.value(1).toInt());
    }
    figures->open = {0, openFilter()};
    for (Direction direction : allOf<Direction>()) {
        RequestFilter directionFilter = openFilter();
        directionFilter.direction = direction;
        DashboardCount& total
            = direction == Direction::Incoming ? figures->openIncoming : figures->openOutgoing;
        total = {0, directionFilter};
        for (State state : Workflow::states(direction)) {
            if (!Workflow::isOpen(state)) {
                continue;
            }
            RequestFilter filter;
            filter.direction = direction;
            filter.states = {state};
            const int count = byState.value(keyOf(state));
            figures->openByState.push_back({direction, state, {count, filter}});
            total.count += count;
        }
        figures->open.count += total.count;
    }
}

// Every user's name and display name, by id.
using UserNames = QHash<qint64, std::pair<QString, QString>>;

Result<UserNames> userNames(const QSqlDatabase& db)
{
    Result<QSqlQuery> users = Sql::exec(db, QStringLiteral("SELECT id, name, display_name FROM users"));
    if (!users) {
        return users.error();
    }
    UserNames names;
    while (users->next()) {
        names.insert(users->value(0).toLongLong(), {users->value(1).toString(), users->value(2).toString()});
    }
    return names;
}

// Overdue and due soon, by assignee, by partner and in all.
void addDeadlines(QSqlQuery& query, const UserNames& users, DashboardFigures* figures)
{
    const QDate today = figures->today;
    const int atRiskDays = figures->atRiskDays;
    DeadlineTally byAssignee(today, atRiskDays);
    DeadlineTally byPartner(today, atRiskDays);
    DeadlineTally overall(today, atRiskDays);
    while (query.next()) {
        const QVariant assigneeId = query.value(0);
        const QString assignee = assigneeId.isNull() ? QString() : users.value(assigneeId.toLongLong()).first;
        const bool overdue = query.value(2).toInt() != 0;
        const int count = query.value(3).toInt();
        byAssignee.add(assignee, overdue, count);
        byPartner.add(query.value(1).toString(), overdue, count);
        overall.add(QString(), overdue, count);
    }
    figures->byAssignee = byAssignee.rows([](const QString& name) {
        RequestFilter filter = openFilter();
        if (name.isEmpty()) {
            filter.unassigned = true;
        } else {
            filter.assignee = name;
        }
        return filter;
    });
    for (DashboardFigures::DeadlineCounts& row : figures->byAssignee) {
        for (auto it = users.cbegin(); it != users.cend() && !row.key.isEmpty(); ++it) {
            if (it->first == row.key) {
                row.name = User::shownName(it->first, it->second);
            }
        }
    }
    figures->byPartner = byPartner.rows([](const QString& country) {
        RequestFilter filter = openFilter();
        filter.partnerCountry = country;
        return filter;
    });
    const std::vector<DashboardFigures::DeadlineCounts> totals
        = overall.rows([](const QString&) { return openFilter(); });
    figures->allDeadlines.overdue = {0, deadlineFilter(openFilter(), true, today, atRiskDays)};
    figures->allDeadlines.dueSoon = {0, deadlineFilter(openFilter(), false, today, atRiskDays)};
    if (!totals.empty()) {
        figures->allDeadlines = totals.front();
    }
}

// How long open requests have been open, in bands.
void addAgeing(QSqlQuery& query, DashboardFigures* figures)
{
    for (Age age : DashboardFigures::ages()) {
        DashboardFigures::AgeCounts counts;
        counts.age = age;
        RequestFilter both = openFilter();
        if (age == Age::NotSent) {
            both.notSent = true;
        } else {
            both.openedFrom = DashboardFigures::ageFrom(age, figures->today);
            both.openedUntil = DashboardFigures::ageUntil(age, figures->today);
        }
        counts.both.filter = both;
        counts.incoming.filter = both;
        counts.incoming.filter.direction = Direction::Incoming;
        counts.outgoing.filter = both;
        counts.outgoing.filter.direction = Direction::Outgoing;
        figures->ageing.push_back(counts);
    }
    while (query.next()) {
        const auto direction = fromKey<Direction>(query.value(0).toString());
        const int band = query.value(1).toInt();
        if (!direction || band < 0 || band >= int(figures->ageing.size())) {
            continue;
        }
        DashboardFigures::AgeCounts& counts = figures->ageing[std::size_t(band)];
        const int count = query.value(2).toInt();
        (*direction == Direction::Incoming ? counts.incoming : counts.outgoing).count += count;
        counts.both.count += count;
    }
}

// Closed requests with results, and the median of their days, by partner.
void addTurnaround(QSqlQuery& query, DashboardFigures* figures)
{
    struct Group
    {
        int requests = 0;
        std::vector<std::pair<int, int>> days; // days, how many
    };
    std::map<std::pair<int, QString>, Group> groups;
    while (query.next()) {
        const auto direction = fromKey<Direction>(query.value(0).toString());
        if (!direction) {
            continue;
        }
        Group& group = groups[{int(*direction), query.value(1).toString()}];
        const int count = query.value(3).toInt();
        group.requests += count;
        if (!query.value(2).isNull()) {
            group.days.emplace_back(query.value(2).toInt(), count);
        }
    }
    for (const auto& [key, group] : groups) {
        DashboardFigures::Turnaround row;
        row.direction = Direction(key.first);
        row.country = key.second;
        RequestFilter filter;
        filter.direction = row.direction;
        filter.states = {State::Closed};
        filter.partnerCountry = row.country;
        filter.tookStep = ResultsDay::step(row.direction);
        row.requests = {group.requests, filter};
        row.medianDays = median(group.days);
        figures->turnaround.push_back(row);
    }
}

} // namespace

Dashboard::Dashboard(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

std::vector<Dashboard::Statement> Dashboard::statements(const QDate& today, int atRiskDays,
                                                        const SqlDialect& dialect)
{
    std::vector<Statement> result(StatementCount);

    // Open requests by state: each open state belongs to one direction. The
    // open states by name, so that the index on (state, direction) is read
    // for them alone, in order, and not for the closed ones that make up most
    // of a large register.
    Statement byState;
    byState.name = QStringLiteral("open by state");
    QStringList placeholders;
    for (State state : allOf<State>()) {
        if (Workflow::isOpen(state)) {
            placeholders << QStringLiteral("?");
            byState.values << keyOf(state);
        }
    }
    byState.sql
        = QStringLiteral("SELECT r.state, count(*) FROM requests r WHERE r.state IN (%1) GROUP BY r.state")
              .arg(placeholders.join(QLatin1Char(',')));
    result[OpenByState] = byState;

    // Overdue and due soon together, by assignee and partner: a few hundred
    // groups, summed by assignee and by partner here.
    result[Deadlines]
        = {QStringLiteral("deadlines by assignee and partner"),
           QStringLiteral("SELECT r.assignee_id, %2, r.next_deadline < ?, count(*) FROM requests r"
                          " WHERE %1 AND r.next_deadline <= ? GROUP BY 1, 2, 3")
               .arg(openRequests, partnerColumn()),
           {keyOf(Direction::Incoming), Sql::date(today), Sql::date(today.addDays(atRiskDays))}};

    // Ageing: an incoming request has a day received and no day sent, an
    // outgoing one the other way round (the table's checks), so either is
    // the day it was opened; none for an outgoing request not sent yet.
    // Outgoing requests age from the day sent rather than the day their
    // draft was made (their first history entry): that day is a fact of the
    // request that survives an import (which would make every imported
    // request as old as the import), and it is when the requested state
    // started to owe us an answer; a draft waiting on us is shown apart.
    const QString opened = QStringLiteral("coalesce(r.received_on, r.sent_on)");
    // Grouped by band first: no index gives that order, so the database
    // reads the smallest that holds every column, requests_open.
    result[Ageing] = {QStringLiteral("ageing"),
                      QStringLiteral("SELECT r.direction, CASE WHEN %2 IS NULL THEN %3 WHEN %2 >= ? THEN %4"
                                     " WHEN %2 >= ? THEN %5 WHEN %2 >= ? THEN %6 ELSE %7 END, count(*)"
                                     " FROM requests r WHERE %1 GROUP BY 2, 1")
                          .arg(openRequests, opened)
                          .arg(int(Age::NotSent))
                          .arg(int(Age::UpTo30Days))
                          .arg(int(Age::UpTo90Days))
                          .arg(int(Age::UpTo180Days))
                          .arg(int(Age::Over180Days)),
                      {Sql::date(DashboardFigures::ageFrom(Age::UpTo30Days, today)),
                       Sql::date(DashboardFigures::ageFrom(Age::UpTo90Days, today)),
                       Sql::date(DashboardFigures::ageFrom(Age::UpTo180Days, today))}};

    // Days to results: per closed request, from the day opened to the day
    // its results first came (ResultsDay, kept with the request), counted by
    // partner and days so that the median is read off the counts. One index
    // holds exactly these requests, in this order (requests_results).
    result[Turnaround] = {QStringLiteral("days to results by partner"),
                          QStringLiteral("SELECT r.direction, %1, %2, count(*) FROM requests r WHERE %3"
                                         " GROUP BY 1, 2, 3")
                              .arg(ResultsDay::partner(QStringLiteral("r.")),
                                   ResultsDay::days(dialect, QStringLiteral("r.")),
                                   ResultsDay::counted(QStringLiteral("r."))),
                          {}};
    return result;
}

Result<DashboardFigures> Dashboard::compute(int atRiskDays) const
{
    if (atRiskDays < 0 || atRiskDays > mostAtRiskDays) {
        return Error::invalid(tr("“Due soon” is from 0 to %1 days ahead, not %2.")
                                  .arg(QLocale().toString(mostAtRiskDays), QLocale().toString(atRiskDays)));
    }
    DashboardFigures figures;
    figures.today = m_clock.today();
    figures.atRiskDays = atRiskDays;
    const std::vector<Statement> all = statements(figures.today, atRiskDays, m_database.dialect());
    const QSqlDatabase db = m_database.connection();

    // Every figure from one state of the register.
    ReadTransaction snapshot(db, m_database.dialect());
    if (Status status = snapshot.begin(); !status.ok()) {
        return status;
    }
    auto run = [&db, &all](StatementIndex index) {
        return Sql::exec(db, all[index].sql, all[index].values);
    };
    Result<QSqlQuery> states = run(OpenByState);
    if (!states) {
        return states.error();
    }
    addOpenByState(*states, &figures);
    Result<UserNames> users = userNames(db);
    if (!users) {
        return users.error();
    }
    Result<QSqlQuery> deadlines = run(Deadlines);
    if (!deadlines) {
        return deadlines.error();
    }
    addDeadlines(*deadlines, *users, &figures);
    Result<QSqlQuery> ageing = run(Ageing);
    if (!ageing) {
        return ageing.error();
    }
    addAgeing(*ageing, &figures);
    Result<QSqlQuery> turnaround = run(Turnaround);
    if (!turnaround) {
        return turnaround.error();
    }
    addTurnaround(*turnaround, &figures);
    snapshot.end();
    return figures;
}

} // namespace Masar
