#pragma once

#include "core/Result.h"
#include "services/RequestList.h"

#include <QString>

#include <vector>

namespace Masar::Benchmark {

// The statements of one run of an operation, as Masar runs them.
using ShellRun = std::vector<RequestList::Statement>;

// What the sqlite3 shell took for each run of an operation.
struct ShellTimes
{
    std::vector<double> ms; // one per run
    int repeats = 1; // how many times each run's statements were run in a row
};

// Runs Masar's statements in the sqlite3 command-line shell on the same file
// and reads its timer. Each run's statements go on one input line, so that
// the shell's ".timer on" reports one "Run Time: real" for all of them; their
// values are bound through the shell's parameters (.param), each `?`
// numbered in order (`?1`, `?2`, ...) so that one line can hold several
// statements. The results are written to /dev/null.
class SqliteShell
{
public:
    SqliteShell(const QString& program, const QString& database);

    // "3.40.1 2022-12-28 ...", or an error when the shell cannot be run.
    Result<QString> version() const;

    // The real time of each run. With `reopen`, the database is opened anew
    // before each run, so that its first statement reads the schema, as
    // opening a register does. The timer counts whole milliseconds: a run
    // under 20 ms is run again with its statements repeated on its line
    // until the line takes about 50 ms, and the time divided.
    Result<ShellTimes> time(const std::vector<ShellRun>& runs, bool reopen = false) const;

    // How many rows the statement returns.
    Result<qint64> count(const RequestList::Statement& statement) const;

    // Runs a script of SQL and dot-commands on the database; what the shell wrote.
    Result<QString> script(const QString& text) const { return execute(text); }

private:
    Result<std::vector<double>> runScript(const std::vector<ShellRun>& runs, bool reopen, int repeats) const;
    Result<QString> execute(const QString& script) const;

    QString m_program;
    QString m_database;
};

} // namespace Masar::Benchmark
