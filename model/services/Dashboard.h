#pragma once

#include "DashboardFigures.h"
#include "core/Result.h"
#include "deadlines/DeadlineStatus.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include <vector>

namespace Masar {

class Clock;
class Database;
class SqlDialect;

// Works out the supervisor's dashboard (DashboardFigures) from the register,
// as of the clock's today, in a few grouped queries over indexes made for
// them (Schema::applyVersion3 and 5), in one read transaction, none of which
// reads the table of requests or the history. A Dashboard is used by the
// thread that opened its Database.
class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Dashboard)

public:
    // "Due soon" means within this many days, unless the user says otherwise.
    static constexpr int defaultAtRiskDays = DeadlineStatus::defaultAtRiskDays;
    static constexpr int mostAtRiskDays = 365;

    // One statement the dashboard runs: what it is for, and what to bind.
    struct Statement
    {
        QString name;
        QString sql;
        QVariantList values;
    };

    Dashboard(const Database& database, const Clock& clock);

    // The figures with "due soon" meaning today to today + atRiskDays
    // (0 to mostAtRiskDays).
    Result<DashboardFigures> compute(int atRiskDays = defaultAtRiskDays) const;

    // The statements compute() runs, in order, for tools that explain or
    // measure them: open requests by state, deadlines by assignee and
    // partner, ageing, and the days to results.
    static std::vector<Statement> statements(const QDate& today, int atRiskDays, const SqlDialect& dialect);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace Masar
