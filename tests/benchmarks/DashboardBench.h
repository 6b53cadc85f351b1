#pragma once

#include "ListBench.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "services/DashboardFigures.h"
#include "storage/Database.h"

#include <QString>

#include <memory>

namespace Masar::Benchmark {

// The supervisor's dashboard on the register, as the window's worker works
// it out: on a connection of its own, as of the register's today
// (RowMaker::today), against the sqlite3 shell running the same statements.
class DashboardBench
{
public:
    DashboardBench(const QString& path, int runs);
    ~DashboardBench();

    // Dashboard::compute(), every figure; the shell runs its statements.
    Result<Measured> figures(int atRiskDays);
    // One of Dashboard::statements(), run and read to the end.
    Result<Measured> statement(int index, int atRiskDays);
    // The figures of the last run of figures(), for the lists behind them.
    const DashboardFigures& lastFigures() const { return m_figures; }

private:
    Status open();

    QString m_path;
    int m_runs;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
    DashboardFigures m_figures;
};

} // namespace Masar::Benchmark
