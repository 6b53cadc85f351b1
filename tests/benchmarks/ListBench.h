#pragma once

#include "SqliteShell.h"
#include "core/Result.h"
#include "itemmodels/RequestListModel.h"
#include "services/RequestFilter.h"
#include "storage/Database.h"

#include <QString>
#include <QTableView>

#include <memory>
#include <vector>

namespace Masar::Benchmark {

// One measured operation: Masar's times and the statements it ran, run by
// run, for the sqlite3 shell to run again.
struct Measured
{
    QString group;
    QString name;
    qint64 rows = 0; // in the list, or read for the rows shown
    std::vector<double> masarMs;
    std::vector<ShellRun> shellRuns;
    RequestList::Statement counted; // the statement that returns the list's ids (none for a jump)
    bool reopen = false; // the shell opens the database before each run
};

// Masar's side: the list of requests as a window shows it. A register opened
// with Database::open, a RequestListModel, and a QTableView (vertical header
// hidden, fixed row heights, sorting enabled) shown on the offscreen
// platform; every operation is timed until the view has painted its rows.
class ListBench
{
public:
    ListBench(const QString& path, int runs);
    ~ListBench();

    // From before Database::open until the view has painted its first rows.
    Result<Measured> openToFirstPaint();
    // Scrolls to rows around `where` (a fraction of the list) and repaints.
    Result<Measured> jump(const QString& name, double where, double spread);
    // Repaints the rows shown, already read: what painting alone takes.
    Result<Measured> repaintOnly();
    // Sorts by a column through the view's header and repaints.
    Result<Measured> sort(RequestList::Column column, Qt::SortOrder order);
    // Shows another filter (or quick find), in the default order, and repaints.
    Result<Measured> filter(const QString& group, const QString& name, const RequestFilter& filter);

    // What the list model holds now, and at most after any run.
    std::size_t modelMemory() const;
    std::size_t peakModelMemory() const { return m_peakModelBytes; }
    QString sqliteVersion() const;

private:
    struct Window;
    Result<std::unique_ptr<Window>> openWindow();
    ShellRun pagesShown(const Window& window) const;
    ShellRun listAndPages(const Window& window, const RequestFilter& filter, RequestList::Column column,
                          RequestList::Statement* idsRead) const;

    QString m_path;
    int m_runs;
    void noteMemory();

    std::unique_ptr<Window> m_window; // the one the operations after opening use
    std::size_t m_peakModelBytes = 0;
};

} // namespace Masar::Benchmark
