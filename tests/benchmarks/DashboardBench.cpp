#include "DashboardBench.h"

#include "RowMaker.h"
#include "services/Dashboard.h"
#include "storage/Sql.h"

#include <QElapsedTimer>

namespace Masar::Benchmark {

namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

RequestList::Statement shellStatement(const Dashboard::Statement& statement)
{
    return {statement.sql, statement.values};
}

} // namespace

DashboardBench::DashboardBench(const QString& path, int runs)
    : m_path(path)
    , m_runs(runs)
    , m_clock(RowMaker::today().startOfDay(Qt::UTC))
{
}

DashboardBench::~DashboardBench() = default;

Status DashboardBench::open()
{
    if (m_database) {
        return Status();
    }
    Result<std::unique_ptr<Database>> opened = Database::open(m_path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        return opened.error();
    }
    m_database = opened.take();
    return Status();
}

Result<Measured> DashboardBench::figures(int atRiskDays)
{
    if (Status status = open(); !status.ok()) {
        return status;
    }
    Measured m;
    m.group = QStringLiteral("dashboard");
    m.name = QStringLiteral("all figures (Dashboard::compute, due within %1 days)").arg(atRiskDays);
    const Dashboard dashboard(*m_database, m_clock);
    ShellRun statements;
    for (const Dashboard::Statement& statement :
         Dashboard::statements(m_clock.today(), atRiskDays, m_database->dialect())) {
        statements.push_back(shellStatement(statement));
    }
    statements.push_back({QStringLiteral("SELECT id, name, display_name FROM users"), {}});
    for (int run = 0; run < m_runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Result<DashboardFigures> figures = dashboard.compute(atRiskDays);
        m.masarMs.push_back(msSince(timer));
        if (!figures) {
            return figures.error();
        }
        m_figures = figures.take();
        m.shellRuns.push_back(statements);
    }
    m.rows = m_figures.open.count; // the open requests counted
    return m;
}

Result<Measured> DashboardBench::statement(int index, int atRiskDays)
{
    if (Status status = open(); !status.ok()) {
        return status;
    }
    const std::vector<Dashboard::Statement> all
        = Dashboard::statements(m_clock.today(), atRiskDays, m_database->dialect());
    if (index < 0 || std::size_t(index) >= all.size()) {
        return Error::invalid(QStringLiteral("no dashboard statement %1").arg(index));
    }
    const Dashboard::Statement& statement = all[std::size_t(index)];
    Measured m;
    m.group = QStringLiteral("dashboard");
    m.name = statement.name;
    m.counted = shellStatement(statement);
    for (int run = 0; run < m_runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Result<QSqlQuery> query = Sql::exec(m_database->connection(), statement.sql, statement.values);
        if (!query) {
            return query.error();
        }
        qint64 rows = 0;
        while (query->next()) {
            ++rows;
        }
        m.masarMs.push_back(msSince(timer));
        m.rows = rows; // the groups returned
        m.shellRuns.push_back({shellStatement(statement)});
    }
    return m;
}

} // namespace Masar::Benchmark
